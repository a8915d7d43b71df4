// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace rr {

class PostMetricsTableModel;

// The posts/metrics table: Ctrl+V pastes a block copied from a spreadsheet with its top-left
// cell at the selection's top-left (or the current cell), all cells or none.
class MetricsTableView : public QTableView
{
    Q_OBJECT
public:
    explicit MetricsTableView(QWidget *parent = nullptr);

    void setMetricsModel(PostMetricsTableModel *model);
    // Pastes `text` (tab-separated) at the selection; returns false and emits pasteFailed on error.
    bool pasteText(const QString &text);

signals:
    void pasteFailed(const QString &reason);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    PostMetricsTableModel *m_model = nullptr;
};

} // namespace rr
