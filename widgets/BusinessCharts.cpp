#include "BusinessCharts.h"

#include <QCoreApplication>

namespace Tidewatch::BusinessCharts {

namespace {

struct BusinessChartsText
{
    Q_DECLARE_TR_FUNCTIONS(BusinessCharts)
};

constexpr qint64 kMinuteMs = 60 * 1000;

MinuteChartData frame(const BusinessSnapshot &s)
{
    MinuteChartData d;
    if (!s.minutes.isEmpty()) {
        // Always the hour up to the newest minute, so a young state does not stretch a few minutes.
        d.toMs = s.minutes.last().startMs + kMinuteMs;
        d.fromMs = d.toMs - 60 * kMinuteMs;
        for (const MinuteCounts &m : s.minutes) {
            if (!m.closed) {
                d.partialFromMs = m.startMs;
                break;
            }
        }
    } else {
        const qint64 end = s.watermarkMs >= 0 ? s.watermarkMs : 0;
        d.fromMs = end - 60 * kMinuteMs;
        d.toMs = end;
    }
    d.emptyText = s.hasData() ? BusinessChartsText::tr("No events in the last hour")
                              : BusinessChartsText::tr("No events yet");
    return d;
}

/// One point per minute from the first reported minute to the last: a minute the state has no
/// entry for had no event (0); minutes before the first one are unknown and not drawn.
template<typename Value>
QList<QPointF> perMinute(const BusinessSnapshot &s, Value value)
{
    QList<QPointF> out;
    if (s.minutes.isEmpty())
        return out;
    qsizetype i = 0;
    for (qint64 start = s.minutes.first().startMs; start <= s.minutes.last().startMs; start += kMinuteMs) {
        while (i < s.minutes.size() && s.minutes.at(i).startMs < start)
            ++i;
        const bool has = i < s.minutes.size() && s.minutes.at(i).startMs == start;
        out << QPointF(double(start + kMinuteMs / 2), has ? value(s.minutes.at(i)) : 0.0);
    }
    return out;
}

MinuteChartData::Series series(const BusinessSnapshot &s, const QString &name, const QColor &colour,
                               qint64 MinuteCounts::*field)
{
    return {name, colour, perMinute(s, [field](const MinuteCounts &m) { return double(m.*field); })};
}

} // namespace

QColor createdColour()
{
    return QColor(0x1e, 0x88, 0xe5);
}

MinuteChartData orderFlow(const BusinessSnapshot &s)
{
    MinuteChartData d = frame(s);
    d.series << series(s, BusinessChartsText::tr("created"), createdColour(), &MinuteCounts::created)
             << series(s, BusinessChartsText::tr("paid"), QColor(0x43, 0xa0, 0x47), &MinuteCounts::paid)
             << series(s, BusinessChartsText::tr("shipped"), QColor(0x8e, 0x24, 0xaa), &MinuteCounts::shipped)
             << series(s, BusinessChartsText::tr("cancelled"), QColor(0xe5, 0x39, 0x35),
                       &MinuteCounts::cancelled);
    return d;
}

MinuteChartData ordersCreated(const BusinessSnapshot &s)
{
    MinuteChartData d = frame(s);
    d.series << series(s, BusinessChartsText::tr("created"), createdColour(), &MinuteCounts::created);
    return d;
}

MinuteChartData revenue(const BusinessSnapshot &s)
{
    MinuteChartData d = frame(s);
    QStringList currencies;
    for (const MinuteCounts &m : s.minutes) {
        for (const auto &r : m.revenue) {
            if (!currencies.contains(r.first))
                currencies << r.first;
        }
    }
    currencies.sort();
    static const QColor palette[] = {QColor(0x00, 0x89, 0x7b), QColor(0xf5, 0x9e, 0x0b),
                                     QColor(0x5e, 0x35, 0xb1), QColor(0x6d, 0x4c, 0x41),
                                     QColor(0xd8, 0x1b, 0x60), QColor(0x54, 0x6e, 0x7a)};
    for (int i = 0; i < currencies.size(); ++i) {
        MinuteChartData::Series line{currencies.at(i).isEmpty() ? BusinessChartsText::tr("(no currency)")
                                                                : currencies.at(i),
                                     palette[i % std::size(palette)],
                                     {}};
        const QString currency = currencies.at(i);
        line.points = perMinute(s, [&currency](const MinuteCounts &m) {
            double sum = 0; // a minute without paid orders in this currency earned 0 in it
            for (const auto &r : m.revenue) {
                if (r.first == currency)
                    sum += r.second;
            }
            return sum;
        });
        d.series << line;
    }
    return d;
}

} // namespace Tidewatch::BusinessCharts
