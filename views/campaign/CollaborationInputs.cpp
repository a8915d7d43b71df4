// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/CollaborationInputs.h"

#include <QComboBox>
#include <QDoubleSpinBox>

#include <cmath>

namespace rr {

namespace {
constexpr double kMaxYuan = 100000000.0;
constexpr double kUnset = -1.0;
} // namespace

QDoubleSpinBox *CollaborationInputs::feeBox(QWidget *parent, bool allowUnset)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setDecimals(2);
    box->setRange(allowUnset ? kUnset : 0.0, kMaxYuan);
    box->setSingleStep(100.0);
    box->setPrefix(QStringLiteral("¥"));
    box->setGroupSeparatorShown(true);
    if (allowUnset)
        box->setSpecialValueText(tr("not set", "fee"));
    box->setToolTip(tr("Fee in yuan (CNY)"));
    return box;
}

std::optional<qint64> CollaborationInputs::feeFen(const QDoubleSpinBox *box)
{
    if (box->value() < 0.0)
        return std::nullopt;
    return qint64(std::llround(box->value() * 100.0));
}

void CollaborationInputs::setFeeFen(QDoubleSpinBox *box, std::optional<qint64> fen)
{
    box->setValue(fen ? double(*fen) / 100.0 : box->minimum());
}

QComboBox *CollaborationInputs::formatBox(QWidget *parent, bool allowUnset)
{
    auto *box = new QComboBox(parent);
    if (allowUnset)
        box->addItem(tr("—", "no format"), QString());
    for (ContentFormat f : {ContentFormat::Image, ContentFormat::Video})
        box->addItem(FormatText::label(f), FormatText::key(f));
    return box;
}

std::optional<ContentFormat> CollaborationInputs::format(const QComboBox *box)
{
    return FormatText::fromKey(box->currentData().toString());
}

void CollaborationInputs::setFormat(QComboBox *box, std::optional<ContentFormat> format)
{
    const int i = box->findData(format ? FormatText::key(*format) : QString());
    box->setCurrentIndex(i >= 0 ? i : 0);
}

QComboBox *CollaborationInputs::statusBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (CollaborationStatus s : allCollaborationStatuses)
        box->addItem(CampaignText::label(s), CampaignText::key(s));
    return box;
}

CollaborationStatus CollaborationInputs::status(const QComboBox *box)
{
    return CampaignText::collaborationStatusFromKey(box->currentData().toString()).value_or(CollaborationStatus::Planned);
}

void CollaborationInputs::setStatus(QComboBox *box, CollaborationStatus status)
{
    const int i = box->findData(CampaignText::key(status));
    box->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace rr
