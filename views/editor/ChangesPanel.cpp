// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/ChangesPanel.h"

#include "domain/ChangeText.h"
#include "store/AuditLog.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rr {

ChangesPanel::ChangesPanel(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("changesTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(true);
    m_tree->setColumnCount(int(Column::Count));
    m_tree->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_tree->header()->setSectionResizeMode(int(Column::When), QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(int(Column::Who), QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_note);
}

void ChangesPanel::setCreatorId(qint64 id)
{
    m_tree->clear();
    m_note->clear();
    if (id <= 0)
        return;
    StoreError error;
    const QList<AuditEntry> entries = AuditLog::forCreator(m_db, id, kShown + 1, &error);
    if (error) {
        m_note->setText(error.message);
        return;
    }
    const QHash<QString, QString> names = ChangeText::names(m_db, entries);
    const QLocale locale;
    QList<QTreeWidgetItem *> items;
    for (qsizetype i = 0; i < std::min<qsizetype>(entries.size(), kShown); ++i) {
        const AuditEntry &e = entries.at(i);
        auto *item = new QTreeWidgetItem;
        item->setText(int(Column::When), locale.toString(e.at.toLocalTime(), QLocale::ShortFormat));
        item->setText(int(Column::Who), e.user.isEmpty() ? tr("unknown") : e.user);
        const QString what = ChangeText::describe(e, names);
        item->setText(int(Column::What), what);
        item->setToolTip(int(Column::What), what);
        items << item;
    }
    m_tree->addTopLevelItems(items);
    if (entries.size() > kShown)
        m_note->setText(tr("The latest %n changes are shown.", nullptr, kShown));
    else if (entries.isEmpty())
        m_note->setText(tr("No changes recorded yet."));
}

} // namespace rr
