#include "BusinessCells.h"

#include "ColumnTableModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace Tidewatch::BusinessCells {

namespace {
struct BusinessCellsText
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
    return currency.isEmpty() ? number : BusinessCellsText::tr("%1 %2").arg(number, currency);
}

QString window(qint64 ms)
{
    if (ms <= 0)
        return Cell::dash();
    if (ms % (60 * 60 * 1000) == 0)
        return BusinessCellsText::tr("%1 h").arg(ms / (60 * 60 * 1000));
    if (ms % (60 * 1000) == 0)
        return BusinessCellsText::tr("%1 min").arg(ms / (60 * 1000));
    return Format::duration(ms);
}

QString share(const SlaShare &share)
{
    const double ratio = share.ratio();
    if (!std::isfinite(ratio))
        return Cell::dash();
    return BusinessCellsText::tr("%1 %").arg(QLocale().toString(ratio * 100.0, 'f', 1));
}

QString exact(qint64 count)
{
    return QLocale().toString(count);
}

namespace {

struct Words
{
    const char *code;
    const char *words;
};

// The statuses StatusVocabulary::defaults() knows (orders and shipments share some).
constexpr Words kStatusWords[] = {
    {"created", QT_TRANSLATE_NOOP("BusinessCells", "created")},
    {"new", QT_TRANSLATE_NOOP("BusinessCells", "new")},
    {"placed", QT_TRANSLATE_NOOP("BusinessCells", "placed")},
    {"paid", QT_TRANSLATE_NOOP("BusinessCells", "paid")},
    {"packed", QT_TRANSLATE_NOOP("BusinessCells", "packed")},
    {"confirmed", QT_TRANSLATE_NOOP("BusinessCells", "confirmed")},
    {"shipped", QT_TRANSLATE_NOOP("BusinessCells", "shipped")},
    {"dispatched", QT_TRANSLATE_NOOP("BusinessCells", "dispatched")},
    {"delivered", QT_TRANSLATE_NOOP("BusinessCells", "delivered")},
    {"completed", QT_TRANSLATE_NOOP("BusinessCells", "completed")},
    {"cancelled", QT_TRANSLATE_NOOP("BusinessCells", "cancelled")},
    {"canceled", QT_TRANSLATE_NOOP("BusinessCells", "cancelled")},
    {"rejected", QT_TRANSLATE_NOOP("BusinessCells", "rejected")},
    {"label_created", QT_TRANSLATE_NOOP("BusinessCells", "label created")},
    {"picked_up", QT_TRANSLATE_NOOP("BusinessCells", "picked up")},
    {"in_transit", QT_TRANSLATE_NOOP("BusinessCells", "in transit")},
    {"arrived_at_hub", QT_TRANSLATE_NOOP("BusinessCells", "arrived at a hub")},
    {"out_for_delivery", QT_TRANSLATE_NOOP("BusinessCells", "out for delivery")},
    {"delayed", QT_TRANSLATE_NOOP("BusinessCells", "delayed")},
    {"exception", QT_TRANSLATE_NOOP("BusinessCells", "delivery problem")},
    {"lost", QT_TRANSLATE_NOOP("BusinessCells", "lost")},
    {"returned", QT_TRANSLATE_NOOP("BusinessCells", "returned")},
};

// The kinds EventDecoder and BusinessState reject with.
constexpr Words kRejectionWords[] = {
    {"not-json", QT_TRANSLATE_NOOP("BusinessCells", "not JSON")},
    {"not-an-object", QT_TRANSLATE_NOOP("BusinessCells", "not a JSON object")},
    {"unknown-op", QT_TRANSLATE_NOOP("BusinessCells", "unknown change operation")},
    {"missing-field", QT_TRANSLATE_NOOP("BusinessCells", "required field missing")},
    {"wrong-type", QT_TRANSLATE_NOOP("BusinessCells", "field of the wrong type")},
    {"bad-time", QT_TRANSLATE_NOOP("BusinessCells", "unreadable time")},
    {"future-time", QT_TRANSLATE_NOOP("BusinessCells", "event time in the future")},
    {"empty", QT_TRANSLATE_NOOP("BusinessCells", "empty message")},
};

template<std::size_t N>
const char *wordsOf(const Words (&table)[N], const QString &code)
{
    const QString lower = code.toLower();
    for (const Words &w : table) {
        if (lower == QLatin1String(w.code))
            return w.words;
    }
    return nullptr;
}

} // namespace

QString statusWords(const QString &code)
{
    if (const char *words = wordsOf(kStatusWords, code))
        return QCoreApplication::translate("BusinessCells", words);
    QString spaced = code;
    spaced.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    return spaced;
}

QString rejectionWords(const QString &kind)
{
    if (const char *words = wordsOf(kRejectionWords, kind))
        return QCoreApplication::translate("BusinessCells", words);
    return kind;
}

QString codeToolTip(const QString &code)
{
    return BusinessCellsText::tr("Code in the events: %1").arg(code);
}

QString shownOf(qsizetype shown, qint64 total)
{
    if (total <= 0 && shown == 0)
        return BusinessCellsText::tr("none");
    if (shown >= total)
        return BusinessCellsText::tr("all %1").arg(exact(total));
    return BusinessCellsText::tr("showing %1 of %2").arg(exact(shown), exact(total));
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
