#include "BusinessCells.h"

#include "ColumnTableModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace Tidewatch::BusinessCells {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BusinessCells)
};
} // namespace

QString time(qint64 ms)
{
    if (ms < 0)
        return Cell::dash();
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("MM-dd HH:mm:ss"));
}

QString amount(double amount, const QString &currency)
{
    if (!std::isfinite(amount))
        return Cell::dash();
    const QString number = QLocale().toString(amount, 'f', 2);
    return currency.isEmpty() ? number : Text::tr("%1 %2").arg(number, currency);
}

QString window(qint64 ms)
{
    if (ms <= 0)
        return Cell::dash();
    if (ms % (60 * 60 * 1000) == 0)
        return Text::tr("%1 h").arg(ms / (60 * 60 * 1000));
    if (ms % (60 * 1000) == 0)
        return Text::tr("%1 min").arg(ms / (60 * 1000));
    return Format::duration(ms);
}

QString share(const SlaShare &share)
{
    const double ratio = share.ratio();
    if (!std::isfinite(ratio))
        return Cell::dash();
    return Text::tr("%1 %").arg(QLocale().toString(ratio * 100.0, 'f', 1));
}

QString exact(qint64 count)
{
    return QLocale().toString(count);
}

QString shownOf(qsizetype shown, qint64 total)
{
    if (total <= 0 && shown == 0)
        return Text::tr("none");
    if (shown >= total)
        return Text::tr("all %1").arg(exact(total));
    return Text::tr("showing %1 of %2").arg(exact(shown), exact(total));
}

namespace Threshold {

QColor sla(double ratio)
{
    if (!std::isfinite(ratio))
        return {};
    return ratio < kSlaBad    ? StatusColour::bad()
           : ratio < kSlaWarn ? StatusColour::warn()
                              : StatusColour::good();
}

QColor lateShipments(qint64 count)
{
    if (count < 0)
        return {};
    return count >= kLateBad ? StatusColour::bad() : count > 0 ? StatusColour::warn() : StatusColour::good();
}

QColor breaches(qint64 count)
{
    if (count < 0)
        return {};
    return count >= kBreachesBad ? StatusColour::bad()
           : count > 0           ? StatusColour::warn()
                                 : StatusColour::good();
}

QColor ordersPerMinute(qint64 perMinute, double baseline)
{
    if (perMinute < 0 || !(baseline > 0))
        return {};
    if (perMinute == 0)
        return StatusColour::bad();
    return double(perMinute) < baseline * kOrdersDropWarn ? StatusColour::warn() : QColor();
}

} // namespace Threshold

} // namespace Tidewatch::BusinessCells
