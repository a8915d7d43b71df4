// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace rr::demo {

// Word pools of the fictional demo dataset. Every person, agency, brand and product here is made
// up; any likeness to a real account is a coincidence.

// A nickname stem with its pinyin, e.g. {"小鹿", "xiaolu"}.
struct NameStem
{
    QString display;
    QString latin;
};

// A fictional campaign: brand, product, objective key and the categories its creators come from.
struct CampaignTemplate
{
    QString name;
    QString brand;
    QString product;
    QString objective;      // awareness / conversion / seeding
    QStringList categories; // category keys preferred for its creators
    int startOffsetDays;    // start relative to the reference date (negative: in the past)
    int durationDays;
    QString notes;
};

struct TagTemplate
{
    QString name;
    QString color;
};

const std::vector<NameStem> &nicknameStems();
// Nickname endings per category key ("skincare" → "爱护肤", "的护肤日记", …).
QStringList nicknameEndings(const QString &categoryKey);
// Latin word per category key for handles ("skincare" → "skin").
QString handleWord(const QString &categoryKey);

const QStringList &cities();          // ~15 Chinese cities, most common first
const QStringList &owners();          // 5 team members, bilingual
const QStringList &agencies();        // fictional agencies / MCNs
const QStringList &surnames();
const QStringList &givenNames();
const QStringList &creatorNotes();    // Chinese and English notes on a creator
const QStringList &communicationNotes();
const QStringList &declineNotes();    // why a creator is declined / do not contact
const QStringList &audienceNotes();
const QStringList &pastCollaborations();
const QStringList &vettingNotes();
const std::vector<TagTemplate> &tags();
const std::vector<CampaignTemplate> &campaigns(); // exactly 12
// Note titles; %1 is the product.
const QStringList &postTitles();
const QStringList &pushbackNotes();
const QStringList &revisionNotes();
const QStringList &renewalReasons(const QString &renewal); // yes / no / maybe
const QStringList &contactNotes();
const QStringList &eventNotes();
// Chinese status names by status key, for the relationship log.
QString statusNameZh(const QString &statusKey);

} // namespace rr::demo
