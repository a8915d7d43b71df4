// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/TimelinePanel.h"

#include "domain/NumberFormat.h"

#include "relationship/RelationshipCommands.h"
#include "store/Database.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace rr {

namespace {

QColor kindColor(TimelineEntry::Kind kind)
{
    switch (kind) {
    case TimelineEntry::Kind::Contact:
        return QColor(0x0d, 0x6e, 0xfd);
    case TimelineEntry::Kind::Status:
        return QColor(0xb8, 0x86, 0x0b);
    case TimelineEntry::Kind::Collaboration:
        return QColor(0x19, 0x87, 0x54);
    case TimelineEntry::Kind::Note:
    case TimelineEntry::Kind::Rating:
    case TimelineEntry::Kind::Other:
        break;
    }
    return QColor(0x49, 0x50, 0x57);
}

} // namespace

TimelinePanel::TimelinePanel(Database &db, QWidget *parent) : QWidget(parent), m_db(db), m_log(db)
{
    setObjectName(QStringLiteral("timelinePanel"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("timelineSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("timelineList"));
    m_list->setColumnCount(int(Column::Count));
    m_list->setHeaderLabels({tr("Date"), tr("Kind"), tr("What"), tr("By")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(int(Column::What), QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    layout->addWidget(m_list, 1);

    auto *row = new QHBoxLayout;
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("timelineDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("timelineTextEdit"));
    m_text->setPlaceholderText(tr("e.g. Sent the brief on WeChat; asked for the rate card"));
    m_addContact = new QPushButton(tr("Add contact"), this);
    m_addContact->setObjectName(QStringLiteral("addContactButton"));
    m_addContact->setAutoDefault(false);
    m_addNote = new QPushButton(tr("Add note"), this);
    m_addNote->setObjectName(QStringLiteral("addNoteButton"));
    m_addNote->setAutoDefault(false);
    connect(m_addContact, &QPushButton::clicked, this, &TimelinePanel::addContact);
    connect(m_addNote, &QPushButton::clicked, this, &TimelinePanel::addNote);
    row->addWidget(m_date);
    row->addWidget(m_text, 1);
    row->addWidget(m_addContact);
    row->addWidget(m_addNote);
    layout->addLayout(row);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("timelineError"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b02a37; }"));
    m_error->hide();
    layout->addWidget(m_error);
    setCreatorId(0);
}

void TimelinePanel::setCreatorId(qint64 id)
{
    m_creatorId = id;
    for (QWidget *w : {static_cast<QWidget *>(m_date), static_cast<QWidget *>(m_text),
                       static_cast<QWidget *>(m_addContact), static_cast<QWidget *>(m_addNote)})
        w->setEnabled(id > 0);
    m_error->hide();
    reload();
}

void TimelinePanel::setUndoStack(QUndoStack *stack)
{
    m_undo = stack;
}

QString TimelinePanel::summaryText() const
{
    return m_summary->text();
}

void TimelinePanel::reload()
{
    m_list->clear();
    m_entries.clear();
    if (m_creatorId <= 0) {
        m_summary->setText(tr("The history starts when the creator is saved."));
        return;
    }
    const RelationshipSummary s = m_log.summary(m_creatorId);
    const QString first = !s.firstContact.isValid()        ? tr("not yet")
                          : s.firstContactFromProfile ? NumberFormat::date(s.firstContact, QLocale())
                                                      : tr("%1 (first logged contact)").arg(NumberFormat::date(s.firstContact, QLocale()));
    m_summary->setText(tr("First contact: %1    Owner: %2").arg(first, s.owner.isEmpty() ? tr("nobody yet") : s.owner));

    StoreError error;
    m_entries = m_log.timeline(m_creatorId, &error);
    if (error) {
        m_error->setText(error.message);
        m_error->show();
    }
    for (const TimelineEntry &e : std::as_const(m_entries)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(int(Column::Date), NumberFormat::date(e.on, QLocale()));
        item->setText(int(Column::Kind), RelationshipLog::kindLabel(e.kind));
        item->setForeground(int(Column::Kind), kindColor(e.kind));
        const QString what = RelationshipLog::describe(e);
        item->setText(int(Column::What), what);
        item->setToolTip(int(Column::What), e.note.isEmpty() || e.note == what ? what : what + QLatin1Char('\n') + e.note);
        item->setText(int(Column::By), e.owner);
    }
    for (Column c : {Column::Date, Column::Kind, Column::By})
        m_list->resizeColumnToContents(int(c));
}

bool TimelinePanel::addContact()
{
    return add(TimelineEntry::Kind::Contact);
}

bool TimelinePanel::addNote()
{
    return add(TimelineEntry::Kind::Note);
}

bool TimelinePanel::add(TimelineEntry::Kind kind)
{
    if (m_creatorId <= 0)
        return false;
    if (m_text->text().trimmed().isEmpty()) {
        m_error->setText(tr("Write what happened first."));
        m_error->show();
        m_text->setFocus();
        return false;
    }
    StoreError error;
    bool ok = false;
    if (m_undo) {
        auto *command = new AddRelationshipEventCommand(
            m_db, m_creatorId,
            kind == TimelineEntry::Kind::Contact ? AddRelationshipEventCommand::Kind::Contact
                                                 : AddRelationshipEventCommand::Kind::Note,
            m_text->text(), m_date->date());
        // The callbacks reach this panel only while it exists: an undo after the editor closed
        // just writes. The failure of this first push is read back from `failure`.
        QPointer<TimelinePanel> self(this);
        auto failure = std::make_shared<StoreError>();
        command->setFailureReporter([self, failure](const StoreError &e) {
            *failure = e;
            if (self) {
                self->m_error->setText(e.message);
                self->m_error->show();
            }
        });
        command->setChangedCallback([self](qint64 creatorId) {
            if (self && self->m_creatorId == creatorId)
                self->reload();
        });
        m_undo->push(command); // runs redo(); a failed command is obsolete and deleted by the stack
        error = *failure;
        ok = !error.isError();
    } else {
        ok = kind == TimelineEntry::Kind::Contact
                 ? m_log.addContact(m_creatorId, m_text->text(), m_date->date(), &error)
                 : m_log.addNote(m_creatorId, m_text->text(), m_date->date(), &error);
    }
    if (!ok) {
        m_error->setText(error.message);
        m_error->show();
        return false;
    }
    m_error->hide();
    m_text->clear();
    reload();
    emit eventAdded(m_creatorId);
    return true;
}

} // namespace rr
