#include "PromDuration.h"

#include <array>
#include <limits>

namespace Tidewatch::PromDuration {

namespace {

struct Unit
{
    const char *suffix;
    qint64 ms;
};

// Largest first; "ms" must be tried before "m".
constexpr std::array<Unit, 7> kUnits{{{"y", 365LL * 24 * 3600 * 1000},
                                      {"w", 7LL * 24 * 3600 * 1000},
                                      {"d", 24LL * 3600 * 1000},
                                      {"h", 3600LL * 1000},
                                      {"m", 60LL * 1000},
                                      {"s", 1000},
                                      {"ms", 1}}};

} // namespace

std::optional<qint64> parse(const QString &text)
{
    if (text == QLatin1String("0"))
        return 0;
    if (text.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    qsizetype pos = 0;
    int lastUnit = -1;
    while (pos < text.size()) {
        qsizetype digitsEnd = pos;
        while (digitsEnd < text.size() && text.at(digitsEnd).isDigit())
            ++digitsEnd;
        if (digitsEnd == pos)
            return std::nullopt;
        bool ok = false;
        const qint64 number = text.mid(pos, digitsEnd - pos).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        int matched = -1;
        // "ms" before "m": match the longest suffix at this position.
        for (int u = 0; u < int(kUnits.size()); ++u) {
            const QLatin1String suffix(kUnits[u].suffix);
            if (text.mid(digitsEnd).startsWith(suffix) &&
                (matched < 0 || suffix.size() > qsizetype(qstrlen(kUnits[matched].suffix))))
                matched = u;
        }
        if (matched < 0 || matched <= lastUnit)
            return std::nullopt;
        if (number > std::numeric_limits<qint64>::max() / kUnits[matched].ms)
            return std::nullopt;
        total += number * kUnits[matched].ms;
        lastUnit = matched;
        pos = digitsEnd + qsizetype(qstrlen(kUnits[matched].suffix));
    }
    return total;
}

QString format(qint64 milliseconds)
{
    if (milliseconds <= 0)
        return QStringLiteral("0s");
    QString out;
    qint64 rest = milliseconds;
    for (const Unit &unit : kUnits) {
        if (rest >= unit.ms) {
            out += QString::number(rest / unit.ms) + QLatin1String(unit.suffix);
            rest %= unit.ms;
        }
    }
    return out;
}

} // namespace Tidewatch::PromDuration
