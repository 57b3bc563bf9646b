#pragma once

#include <QList>
#include <QString>

namespace Tidewatch::Format {

/// "987", "12.3 k", "1.2 M", "4.5 G": counts as operators read them.
QString count(double value);
/// "850 ms", "42 s", "3 m 20 s", "2 h 5 m", "3 d 4 h"; negative values give "−" + the magnitude.
QString duration(qint64 milliseconds);
/// "512 B", "1.5 KiB", "3.2 MiB", "1.1 GiB".
QString bytes(double value);
/// A rate per second: count(value) + " /s".
QString rate(double perSecond);
/// "just now", "12 s ago", "3 m 20 s ago", or "never" for a negative age.
QString age(qint64 milliseconds);
/// A time lag: "42 s", "≥ 44 s" for a lower bound, "unknown" for a negative value.
QString timeLag(double seconds, bool lowerBound);
/// Broker ids as "1,2,3".
QString idList(const QList<int> &ids);

} // namespace Tidewatch::Format
