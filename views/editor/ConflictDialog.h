// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/FieldMerge.h"

#include <QDialog>
#include <QList>
#include <QSet>
#include <QString>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace rr {

// Two people changed the same fields of one record: each such field with both values, to choose
// which one to keep (this user's by default). Fields only one of them changed are merged without
// asking and are not listed. Save keeps the choices; Cancel saves nothing.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    using Row = MergeConflict; // key, label, this user's value, the stored value
    enum class Column { Field, Mine, Theirs, Count };

    // `intro` says who saved what when, e.g. "Anna saved this creator at 16:05 while you were editing."
    ConflictDialog(const QString &title, const QString &intro, const QList<Row> &rows, QWidget *parent = nullptr);

    // Keys whose "yours" value was chosen.
    QSet<QString> keepMine() const;
    // Chooses one side for every field (the buttons under the list).
    void chooseAll(bool mine);
    QTreeWidget *tree() const { return m_tree; }

private:
    void toggled(QTreeWidgetItem *item, int column);

    QTreeWidget *m_tree = nullptr;
    QLabel *m_intro = nullptr;
    bool m_updating = false;
};

} // namespace rr
