// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignTypes.h"

#include <QCoreApplication>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QWidget;

namespace rr {

// Input widgets shared by the collaboration dialogs: a fee entered in yuan (stored in fen), the
// content format (图文 / 视频) and the collaboration status, each filled from the enums' keys.
class CollaborationInputs
{
    Q_DECLARE_TR_FUNCTIONS(rr::CollaborationInputs)
public:
    // A fee in yuan; its lowest value reads "not set" (no fee) when `allowUnset`.
    static QDoubleSpinBox *feeBox(QWidget *parent, bool allowUnset);
    static std::optional<qint64> feeFen(const QDoubleSpinBox *box);
    static void setFeeFen(QDoubleSpinBox *box, std::optional<qint64> fen);

    // Formats; with `allowUnset` a first "—" entry stands for no format.
    static QComboBox *formatBox(QWidget *parent, bool allowUnset);
    static std::optional<ContentFormat> format(const QComboBox *box);
    static void setFormat(QComboBox *box, std::optional<ContentFormat> format);

    static QComboBox *statusBox(QWidget *parent);
    static CollaborationStatus status(const QComboBox *box);
    static void setStatus(QComboBox *box, CollaborationStatus status);
};

} // namespace rr
