// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/DeliverablesPanel.h"

#include "domain/NumberFormat.h"

#include "campaign/InputFlags.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rr {

namespace {
enum class Col { Format, Due, State, Post, Count };
}

DeliverablesPanel::DeliverablesPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *row = new QHBoxLayout;
    m_table = new QTableWidget(0, int(Col::Count), this);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(int(Col::Post), QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(22);
    row->addWidget(m_table, 1);
    auto *buttons = new QVBoxLayout;
    m_add = new QPushButton(this);
    m_edit = new QPushButton(this);
    m_remove = new QPushButton(this);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    row->addLayout(buttons);
    layout->addLayout(row);
    connect(m_add, &QPushButton::clicked, this, &DeliverablesPanel::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentDeliverableId())
            emit editRequested(id);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (const qint64 id = currentDeliverableId())
            emit editRequested(id);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentDeliverableId())
            emit removeRequested(id);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &DeliverablesPanel::updateButtons);
    retranslate();
    setCollaboration(nullptr, {}, QDate::currentDate());
}

void DeliverablesPanel::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Format"), tr("Due", "column: the date a deliverable is due"), tr("State"), tr("Delivered by")});
    m_add->setText(tr("Add deliverable…"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Remove"));
    if (m_collaborationId <= 0)
        m_summary->setText(tr("Select a collaboration to see its deliverables."));
}

void DeliverablesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DeliverablesPanel::setCollaboration(const Collaboration *c, const QList<Post> &posts, const QDate &today)
{
    const qint64 previous = currentDeliverableId();
    m_collaborationId = c ? c->id : 0;
    m_table->setRowCount(0);
    if (!c) {
        m_summary->setText(tr("Select a collaboration to see its deliverables."));
        m_summary->setStyleSheet(QString());
        updateButtons();
        return;
    }
    int withPost = 0;
    m_table->setRowCount(int(c->deliverables.size()));
    for (int i = 0; i < c->deliverables.size(); ++i) {
        const Deliverable &d = c->deliverables.at(i);
        auto *format = new QTableWidgetItem(FormatText::label(d.format));
        format->setData(Qt::UserRole, d.id);
        m_table->setItem(i, int(Col::Format), format);
        m_table->setItem(i, int(Col::Due), new QTableWidgetItem(d.dueOn.isValid() ? NumberFormat::date(d.dueOn, QLocale())
                                                                                  : tr("no date")));
        QString state = tr("Open", "deliverable state: not delivered yet");
        QString post;
        if (d.postId > 0) {
            ++withPost;
            state = tr("Delivered");
            for (const Post &p : posts) {
                if (p.id == d.postId)
                    post = tr("%1 (%2)").arg(p.title.isEmpty() ? p.url : p.title, NumberFormat::date(p.publishedOn, QLocale()));
            }
        } else if (d.dueOn.isValid() && d.dueOn < today) {
            state = tr("Overdue");
        }
        auto *stateItem = new QTableWidgetItem(state);
        if (d.postId == 0 && d.dueOn.isValid() && d.dueOn < today)
            stateItem->setForeground(QColor(0xc6, 0x28, 0x28));
        m_table->setItem(i, int(Col::State), stateItem);
        m_table->setItem(i, int(Col::Post), new QTableWidgetItem(post));
        if (d.id == previous)
            m_table->selectRow(i);
    }
    m_table->resizeColumnToContents(int(Col::Format));
    m_table->resizeColumnToContents(int(Col::Due));
    m_table->resizeColumnToContents(int(Col::State));
    QString text = tr("%1: %2 contracted, %3 delivered; %4 deliverable(s) scheduled, %5 delivered by a post.")
                       .arg(c->creatorName)
                       .arg(c->contractedPosts)
                       .arg(c->deliveredPosts)
                       .arg(c->deliverables.size())
                       .arg(withPost);
    QStringList flags;
    if (const auto flag = InputFlags::delivered(withPost, c->contractedPosts))
        flags << flag->reason;
    if (c->deliverables.size() > c->contractedPosts)
        flags << tr("%1 deliverables scheduled but only %2 contracted").arg(c->deliverables.size()).arg(c->contractedPosts);
    if (!flags.isEmpty())
        text += QLatin1Char(' ') + flags.join(QStringLiteral("; "));
    m_summary->setText(text);
    m_summary->setStyleSheet(flags.isEmpty() ? QString() : QStringLiteral("color: #c62828;"));
    updateButtons();
}

qint64 DeliverablesPanel::currentDeliverableId() const
{
    const int row = m_table->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, int(Col::Format)) : nullptr;
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

QString DeliverablesPanel::summary() const
{
    return m_summary->text();
}

void DeliverablesPanel::updateButtons()
{
    m_add->setEnabled(m_collaborationId > 0);
    const bool selected = currentDeliverableId() > 0;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

} // namespace rr
