// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/CampaignKpis.h"

#include <QLocale>

namespace rr {

namespace {

std::optional<double> asDouble(std::optional<qint64> v)
{
    return v ? std::optional<double>(double(*v)) : std::nullopt;
}

std::optional<double> yuan(std::optional<qint64> fen)
{
    return fen ? std::optional<double>(double(*fen) / 100.0) : std::nullopt;
}

} // namespace

CampaignKpis CampaignKpis::compute(const KpiInput &input, const Metrics &metrics)
{
    CampaignKpis k;
    k.m_metrics = metrics;
    k.m_budgetFen = input.budgetFen;
    k.m_contracted = input.contracted;
    k.m_delivered = input.delivered;

    std::optional<qint64> spend = qint64(0);
    for (const std::optional<qint64> &fee : input.feesFen) {
        if (!fee || !spend)
            spend.reset();
        else
            *spend += *fee;
    }
    k.m_spendFen = spend;

    k.m_posts = int(input.latestPerPost.size());
    int measured = 0;
    for (MetricField field : allMetricFields) {
        std::optional<qint64> sum = qint64(0);
        measured = 0;
        for (const std::optional<PostCounts> &post : input.latestPerPost) {
            if (!post)
                continue;
            ++measured;
            const std::optional<qint64> v = metricValue(*post, field);
            if (!v || !sum)
                sum.reset();
            else
                *sum += *v;
        }
        setMetricValue(k.m_totals, field, measured > 0 ? sum : std::nullopt);
    }
    k.m_unmeasured = k.m_posts - measured;
    k.m_engagements = metrics.engagements(k.m_totals);
    return k;
}

std::optional<double> CampaignKpis::value(Kpi kpi) const
{
    switch (kpi) {
    case Kpi::Spend: return yuan(m_spendFen);
    case Kpi::Budget: return yuan(m_budgetFen);
    case Kpi::SpendOfBudget: return Metrics::ratio(asDouble(m_spendFen), asDouble(m_budgetFen));
    case Kpi::Views: return asDouble(m_totals.views);
    case Kpi::Engagements: return asDouble(m_engagements);
    case Kpi::EngagementRate: return m_metrics.engagementRate(m_totals);
    case Kpi::Saves: return asDouble(m_totals.saves);
    case Kpi::SaveRate: return m_metrics.saveRate(m_totals);
    case Kpi::Clicks: return asDouble(m_totals.clicks);
    case Kpi::Cpe: return m_metrics.cpe(m_spendFen, m_totals);
    case Kpi::Cpm: return m_metrics.cpm(m_spendFen, m_totals);
    case Kpi::Cpr: return m_metrics.cpr(m_spendFen, m_totals);
    case Kpi::Cpc: return m_metrics.cpc(m_spendFen, m_totals);
    case Kpi::Delivered:
        return Metrics::ratio(double(m_delivered), double(m_contracted));
    }
    return std::nullopt;
}

QList<Kpi> CampaignKpis::headlineKpis(Objective objective)
{
    switch (objective) {
    case Objective::Awareness: return {Kpi::Views, Kpi::Cpm, Kpi::Cpr};
    case Objective::Conversion: return {Kpi::Clicks, Kpi::Cpc, Kpi::Saves, Kpi::SaveRate};
    case Objective::Seeding: return {Kpi::Engagements, Kpi::Cpe, Kpi::EngagementRate};
    }
    return {};
}

QList<Kpi> CampaignKpis::kpisFor(Objective objective)
{
    QList<Kpi> out = headlineKpis(objective);
    static const Kpi rest[] = {Kpi::Spend, Kpi::Budget, Kpi::SpendOfBudget, Kpi::Views, Kpi::Engagements,
                               Kpi::EngagementRate, Kpi::Saves, Kpi::SaveRate, Kpi::Clicks, Kpi::Cpe,
                               Kpi::Cpm, Kpi::Cpr, Kpi::Cpc, Kpi::Delivered};
    for (Kpi k : rest) {
        if (!out.contains(k))
            out << k;
    }
    return out;
}

QString CampaignKpis::label(Kpi kpi)
{
    switch (kpi) {
    case Kpi::Spend: return tr("Spend");
    case Kpi::Budget: return tr("Budget");
    case Kpi::SpendOfBudget: return tr("Spend of budget");
    case Kpi::Views: return tr("Views");
    case Kpi::Engagements: return tr("Engagements");
    case Kpi::EngagementRate: return tr("Engagement rate");
    case Kpi::Saves: return tr("Saves");
    case Kpi::SaveRate: return tr("Save rate");
    case Kpi::Clicks: return tr("Clicks");
    case Kpi::Cpe: return tr("CPE");
    case Kpi::Cpm: return tr("CPM");
    case Kpi::Cpr: return tr("CPR");
    case Kpi::Cpc: return tr("CPC");
    case Kpi::Delivered: return tr("Delivered / contracted");
    }
    return {};
}

QString CampaignKpis::formatted(Kpi kpi) const
{
    const std::optional<double> v = value(kpi);
    if (kpi == Kpi::Delivered)
        return tr("%1 / %2").arg(m_delivered).arg(m_contracted);
    if (!v)
        return QStringLiteral("—");
    const QLocale locale;
    switch (kpi) {
    case Kpi::Spend:
    case Kpi::Budget:
    case Kpi::Cpe:
    case Kpi::Cpm:
    case Kpi::Cpr:
    case Kpi::Cpc:
        return QStringLiteral("¥%1").arg(locale.toString(*v, 'f', 2));
    case Kpi::SpendOfBudget:
    case Kpi::EngagementRate:
    case Kpi::SaveRate:
        return QStringLiteral("%1%").arg(locale.toString(*v * 100.0, 'f', 2));
    case Kpi::Views:
    case Kpi::Engagements:
    case Kpi::Saves:
    case Kpi::Clicks:
    case Kpi::Delivered:
        return locale.toString(qint64(*v));
    }
    return {};
}

} // namespace rr
