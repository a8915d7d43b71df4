// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappingPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rr {

namespace {
enum class MapColumn { FileColumn, Target, Count };
constexpr int toInt(MapColumn c) { return int(c); }
} // namespace

MappingPanel::MappingPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("mappingPanel"));
    m_presetCombo = new QComboBox(this);
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    m_presetCombo->addItem(tr("Preset…"), QString());
    for (const QString &key : MappingPresets::keys())
        m_presetCombo->addItem(MappingPresets::label(key), key);
    connect(m_presetCombo, &QComboBox::activated, this, [this](int index) {
        const QString key = m_presetCombo->itemData(index).toString();
        if (!key.isEmpty())
            applyPreset(key);
        m_presetCombo->setCurrentIndex(0);
    });

    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_loadButton = new QPushButton(tr("Load"), this);
    m_loadButton->setObjectName(QStringLiteral("loadProfileButton"));
    m_saveButton = new QPushButton(tr("Save as…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    connect(m_loadButton, &QPushButton::clicked, this, [this] {
        if (!m_profileCombo->currentText().isEmpty())
            loadProfile(m_profileCombo->currentText());
    });
    connect(m_saveButton, &QPushButton::clicked, this, &MappingPanel::saveProfileAs);

    m_fenCheck = new QCheckBox(tr("Prices are in fen (cents)"), this);
    m_fenCheck->setObjectName(QStringLiteral("pricesInFenCheck"));
    m_fenCheck->setToolTip(tr("Tick for files whose prices are already in fen, such as Pugongying API exports."));
    connect(m_fenCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_mapping.pricesInFen = on;
        emit mappingEdited();
    });

    m_table = new QTableWidget(0, toInt(MapColumn::Count), this);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setHorizontalHeaderLabels({tr("File column"), tr("Goes to")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);

    m_conflictLabel = new QLabel(this);
    m_conflictLabel->setObjectName(QStringLiteral("mappingConflictLabel"));
    m_conflictLabel->setWordWrap(true);
    m_conflictLabel->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_conflictLabel->hide();

    auto *profiles = new QHBoxLayout;
    profiles->addWidget(new QLabel(tr("Profile:"), this));
    profiles->addWidget(m_profileCombo, 1);
    profiles->addWidget(m_loadButton);
    profiles->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_presetCombo);
    layout->addLayout(profiles);
    layout->addWidget(m_fenCheck);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_conflictLabel);
    refreshProfiles();
}

void MappingPanel::setMapping(const QStringList &header, const ColumnMapping &mapping)
{
    m_header = header;
    m_mapping = mapping;
    {
        const QSignalBlocker blocker(m_fenCheck);
        m_fenCheck->setChecked(mapping.pricesInFen);
    }
    rebuildTable();
}

void MappingPanel::rebuildTable()
{
    const QList<ImportField> offered = ImportFieldText::fieldsFor(m_mapping.kind);
    m_table->setRowCount(int(m_header.size()));
    for (int col = 0; col < m_header.size(); ++col) {
        auto *name = new QTableWidgetItem(m_header.at(col));
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(col, toInt(MapColumn::FileColumn), name);
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("fieldCombo%1").arg(col));
        for (ImportField f : offered)
            combo->addItem(f == ImportField::Ignore ? tr("(ignore)") : ImportFieldText::label(f), int(f));
        combo->setCurrentIndex(std::max(0, combo->findData(int(m_mapping.fieldAt(col)))));
        connect(combo, &QComboBox::activated, this, [this, col, combo](int index) {
            while (m_mapping.fields.size() < m_header.size())
                m_mapping.fields.push_back(ImportField::Ignore);
            m_mapping.fields[col] = ImportField(combo->itemData(index).toInt());
            m_mapping.headers = m_header;
            updateConflicts();
            emit mappingEdited();
        });
        m_table->setCellWidget(col, toInt(MapColumn::Target), combo);
    }
    updateConflicts();
}

void MappingPanel::updateConflicts()
{
    QStringList names;
    for (ImportField f : m_mapping.conflicts())
        names << ImportFieldText::label(f);
    m_conflictLabel->setText(tr("Mapped more than once: %1").arg(names.join(QStringLiteral(", "))));
    m_conflictLabel->setVisible(!names.isEmpty());
}

void MappingPanel::applyMapping(const ColumnMapping &mapping)
{
    setMapping(m_header, mapping.appliedTo(m_header));
    emit mappingEdited();
}

void MappingPanel::applyPreset(const QString &key)
{
    if (const auto preset = MappingPresets::preset(key))
        applyMapping(*preset);
}

bool MappingPanel::loadProfile(const QString &name)
{
    QSettings settings;
    QString error;
    const auto profile = MappingProfiles::load(settings, name, &error);
    if (!profile) {
        QMessageBox::warning(this, tr("Mapping profile"), error);
        return false;
    }
    applyMapping(*profile);
    return true;
}

void MappingPanel::saveProfileAs()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save mapping profile"), tr("Profile name:"),
                                               QLineEdit::Normal, m_mapping.name, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    ColumnMapping m = m_mapping;
    m.name = name;
    m.headers = m_header;
    QSettings settings;
    QString error;
    if (!MappingProfiles::save(settings, m, &error)) {
        QMessageBox::warning(this, tr("Mapping profile"), error);
        return;
    }
    m_mapping.name = name;
    refreshProfiles();
    m_profileCombo->setCurrentText(name);
}

void MappingPanel::refreshProfiles()
{
    QSettings settings;
    m_profileCombo->clear();
    m_profileCombo->addItems(MappingProfiles::names(settings));
    m_loadButton->setEnabled(m_profileCombo->count() > 0);
}

} // namespace rr
