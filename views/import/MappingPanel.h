// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ColumnMapping.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace rr {

// Where each file column goes: one combo of target fields per column, presets, named profiles
// (QSettings) and "prices are in fen". Emits mappingEdited() on every change the user makes.
class MappingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MappingPanel(QWidget *parent = nullptr);

    // Shows a file's header with the mapping in effect (no mappingEdited()).
    void setMapping(const QStringList &header, const ColumnMapping &mapping);
    ColumnMapping mapping() const { return m_mapping; }
    QStringList header() const { return m_header; }

    // Applies a preset or a saved profile to the current header, as the user would.
    void applyPreset(const QString &key);
    bool loadProfile(const QString &name);

Q_SIGNALS:
    void mappingEdited();

private:
    void rebuildTable();
    void refreshProfiles();
    void applyMapping(const ColumnMapping &mapping);
    void saveProfileAs();
    void updateConflicts();

    QStringList m_header;
    ColumnMapping m_mapping;
    QComboBox *m_presetCombo = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QPushButton *m_loadButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QCheckBox *m_fenCheck = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_conflictLabel = nullptr;
};

} // namespace rr
