#pragma once

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

} // namespace Tidewatch::Format
