// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/VettingPanel.h"

#include "Icons.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rr {

namespace {

QPlainTextEdit *smallText(QWidget *parent, const QString &name, int lines)
{
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(name);
    e->setTabChangesFocus(true);
    e->setFixedHeight(e->fontMetrics().lineSpacing() * lines + 14);
    return e;
}

std::optional<int> ratingOf(const QComboBox *combo)
{
    const QVariant v = combo->currentData();
    return v.isValid() && !v.isNull() ? std::optional<int>(v.toInt()) : std::nullopt;
}

void setRating(QComboBox *combo, const std::optional<int> &rating)
{
    const int index = rating ? combo->findData(*rating) : 0;
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

VettingPanel::VettingPanel(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_repo(db), m_checker(std::make_unique<VettingWarnings>(db))
{
    build();
    retranslate();
    setEnabled(false);
}

VettingPanel::~VettingPanel() = default;

void VettingPanel::build()
{
    m_warningBox = new QFrame(this);
    m_warningBox->setObjectName(QStringLiteral("vettingWarnings"));
    m_warningBox->setFrameShape(QFrame::StyledPanel);
    // Prominent: amber band with dark text, readable on light and dark themes.
    m_warningBox->setStyleSheet(QStringLiteral(
        "#vettingWarnings { background: #fff4e0; border: 1px solid #e8a33d; border-radius: 6px; }"
        "#vettingWarnings QLabel { color: #5a3b00; }"));
    m_warningLayout = new QVBoxLayout(m_warningBox);
    m_warningLayout->setContentsMargins(10, 8, 10, 8);
    m_warningTitle = new QLabel(m_warningBox);
    QFont bold = m_warningTitle->font();
    bold.setBold(true);
    m_warningTitle->setFont(bold);
    m_warningLayout->addWidget(m_warningTitle);

    m_noWarnings = new QLabel(this);
    m_noWarnings->setObjectName(QStringLiteral("vettingNoWarnings"));
    m_noWarnings->setWordWrap(true);
    m_noWarnings->setForegroundRole(QPalette::PlaceholderText);

    m_commentQuality = new QComboBox(this);
    m_commentQuality->setObjectName(QStringLiteral("commentQuality"));
    m_contentConsistency = new QComboBox(this);
    m_contentConsistency->setObjectName(QStringLiteral("contentConsistency"));
    m_audience = smallText(this, QStringLiteral("audienceNotes"), 2);
    m_past = smallText(this, QStringLiteral("pastCollaborations"), 2);
    m_competitor = new QCheckBox(this);
    m_competitor->setObjectName(QStringLiteral("competitorConflict"));
    m_fakeFollowers = new QCheckBox(this);
    m_fakeFollowers->setObjectName(QStringLiteral("fakeFollowerFlag"));
    m_notes = smallText(this, QStringLiteral("vettingNotes"), 3);
    m_vettedLine = new QLabel(this);
    m_vettedLine->setObjectName(QStringLiteral("vettedLine"));
    m_vettedLine->setForegroundRole(QPalette::PlaceholderText);

    m_commentLabel = new QLabel(this);
    m_consistencyLabel = new QLabel(this);
    m_audienceLabel = new QLabel(this);
    m_pastLabel = new QLabel(this);
    m_notesLabel = new QLabel(this);
    m_commentLabel->setBuddy(m_commentQuality);
    m_consistencyLabel->setBuddy(m_contentConsistency);
    m_audienceLabel->setBuddy(m_audience);
    m_pastLabel->setBuddy(m_past);
    m_notesLabel->setBuddy(m_notes);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_commentLabel, m_commentQuality);
    form->addRow(m_consistencyLabel, m_contentConsistency);
    form->addRow(m_audienceLabel, m_audience);
    form->addRow(m_pastLabel, m_past);
    form->addRow(QString(), m_competitor);
    form->addRow(QString(), m_fakeFollowers);
    form->addRow(m_notesLabel, m_notes);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warningBox);
    layout->addWidget(m_noWarnings);
    layout->addLayout(form);
    layout->addWidget(m_vettedLine);
    layout->addStretch(1);

    const auto touched = [this] {
        if (!m_loading)
            setModified(true);
    };
    connect(m_commentQuality, &QComboBox::currentIndexChanged, this, touched);
    connect(m_contentConsistency, &QComboBox::currentIndexChanged, this, touched);
    connect(m_audience, &QPlainTextEdit::textChanged, this, touched);
    connect(m_past, &QPlainTextEdit::textChanged, this, touched);
    connect(m_notes, &QPlainTextEdit::textChanged, this, touched);
    connect(m_competitor, &QCheckBox::toggled, this, touched);
    connect(m_fakeFollowers, &QCheckBox::toggled, this, touched);
}

void VettingPanel::fillRatingCombo(QComboBox *combo)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QVariant current = combo->currentData();
    combo->clear();
    combo->addItem(tr("— not rated"), QVariant());
    const bool comments = combo == m_commentQuality;
    combo->addItem(comments ? tr("1 – spam, emoji, bots") : tr("1 – erratic, no clear style"), 1);
    combo->addItem(tr("2"), 2);
    combo->addItem(tr("3 – mixed"), 3);
    combo->addItem(tr("4"), 4);
    combo->addItem(comments ? tr("5 – substantive questions and replies") : tr("5 – regular posting, coherent aesthetic"), 5);
    const int index = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(index < 0 ? 0 : index);
    m_loading = wasLoading;
}

void VettingPanel::retranslate()
{
    fillRatingCombo(m_commentQuality);
    fillRatingCombo(m_contentConsistency);
    m_commentLabel->setText(tr("&Comment quality:"));
    m_consistencyLabel->setText(tr("Content &consistency:"));
    m_audienceLabel->setText(tr("&Audience:"));
    m_audience->setPlaceholderText(tr("Age, gender, geography, when known"));
    m_pastLabel->setText(tr("&Past brand work:"));
    m_past->setPlaceholderText(tr("Brands this creator has worked with"));
    m_competitor->setText(tr("Has worked with a &competitor"));
    m_fakeFollowers->setText(tr("&Fake followers or engagement suspected"));
    m_notesLabel->setText(tr("&Notes:"));
    showWarnings();
    updateVettedLine();
}

void VettingPanel::setWarningSettings(const VettingWarningSettings &settings)
{
    m_checker = std::make_unique<VettingWarnings>(m_db, settings);
}

void VettingPanel::setCreator(qint64 id)
{
    m_creatorId = id;
    setEnabled(id > 0);
    StoreError error;
    m_loaded = id > 0 ? m_repo.load(id, &error) : std::nullopt;
    m_loading = true;
    showVetting(m_loaded);
    m_loading = false;
    setModified(false);
    refreshWarnings();
}

void VettingPanel::refreshWarnings()
{
    m_warnings.clear();
    m_warningError.clear();
    if (m_creatorId > 0) {
        StoreError error;
        m_warnings = m_checker->forCreator(m_creatorId, &error);
        if (error)
            m_warningError = error.message;
    }
    showWarnings();
}

void VettingPanel::showVetting(const std::optional<Vetting> &v)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    if (v) {
        setRating(m_commentQuality, v->commentQuality);
        setRating(m_contentConsistency, v->contentConsistency);
        m_audience->setPlainText(v->audienceNotes);
        m_past->setPlainText(v->pastCollaborations);
        m_competitor->setChecked(v->competitorConflict);
        m_fakeFollowers->setChecked(v->fakeFollowerFlag);
        m_notes->setPlainText(v->notes);
    } else {
        setRating(m_commentQuality, std::nullopt);
        setRating(m_contentConsistency, std::nullopt);
        m_audience->clear();
        m_past->clear();
        m_competitor->setChecked(false);
        m_fakeFollowers->setChecked(false);
        m_notes->clear();
    }
    m_loading = wasLoading;
    updateVettedLine();
}

void VettingPanel::updateVettedLine()
{
    const std::optional<Vetting> &v = m_loaded;
    if (v && v->vettedOn.isValid())
        m_vettedLine->setText(v->vettedBy.isEmpty()
                                  ? tr("Last vetted on %1.").arg(QLocale().toString(v->vettedOn, QLocale::ShortFormat))
                                  : tr("Last vetted on %1 by %2.")
                                        .arg(QLocale().toString(v->vettedOn, QLocale::ShortFormat), v->vettedBy));
    else
        m_vettedLine->setText(tr("Not vetted yet."));
}

void VettingPanel::showWarnings()
{
    // Everything after the title is rebuilt.
    while (m_warningLayout->count() > 1) {
        QLayoutItem *item = m_warningLayout->takeAt(1);
        delete item->widget();
        delete item;
    }
    QStringList lines;
    for (const VettingWarning &w : std::as_const(m_warnings))
        lines << w.text;
    if (!m_warningError.isEmpty())
        lines << tr("Warnings could not be computed: %1").arg(m_warningError);
    m_warningTitle->setText(tr("%n warning sign(s) in the numbers", nullptr, int(m_warnings.size())));
    for (const QString &line : std::as_const(lines)) {
        auto *row = new QWidget(m_warningBox);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto *icon = new QLabel(row);
        icon->setPixmap(themedIcon(QStringLiteral("alert-triangle")).pixmap(16, 16));
        icon->setAlignment(Qt::AlignTop);
        auto *text = new QLabel(line, row);
        text->setObjectName(QStringLiteral("vettingWarningText"));
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        h->addWidget(icon);
        h->addWidget(text, 1);
        m_warningLayout->addWidget(row);
    }
    m_warningBox->setVisible(!lines.isEmpty());
    m_noWarnings->setVisible(lines.isEmpty() && m_creatorId > 0);
    m_noWarnings->setText(tr("No warning signs in the numbers: engagement is in line with the tier and "
                             "follower growth has no sudden jumps."));
}

Vetting VettingPanel::vetting() const
{
    Vetting v;
    v.creatorId = m_creatorId;
    v.commentQuality = ratingOf(m_commentQuality);
    v.contentConsistency = ratingOf(m_contentConsistency);
    v.audienceNotes = m_audience->toPlainText().trimmed();
    v.pastCollaborations = m_past->toPlainText().trimmed();
    v.competitorConflict = m_competitor->isChecked();
    v.fakeFollowerFlag = m_fakeFollowers->isChecked();
    v.notes = m_notes->toPlainText().trimmed();
    if (m_loaded) {
        v.vettedOn = m_loaded->vettedOn;
        v.vettedBy = m_loaded->vettedBy;
    }
    return v;
}

bool VettingPanel::hasChanges() const
{
    if (m_creatorId <= 0 || !m_modified)
        return false;
    Vetting empty;
    empty.creatorId = m_creatorId;
    return vetting() != m_loaded.value_or(empty);
}

bool VettingPanel::save(StoreError *error)
{
    if (m_creatorId <= 0) {
        if (error)
            *error = StoreError::make(StoreError::Code::NotFound, tr("No creator is open."));
        return false;
    }
    Vetting v = vetting();
    if (!m_repo.save(v, m_loaded, error)) // a colleague's checklist saved meanwhile is not overwritten
        return false;
    m_loaded = v;
    showVetting(m_loaded);
    setModified(false);
    emit saved(m_creatorId);
    return true;
}

void VettingPanel::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void VettingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace rr
