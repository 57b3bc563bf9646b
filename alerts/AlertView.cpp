#include "AlertView.h"

#include <algorithm>

namespace Tidewatch {

QString alertFingerprint(const QList<QPair<QString, QString>> &labels)
{
    QList<QPair<QString, QString>> sorted = labels;
    std::sort(sorted.begin(), sorted.end());
    quint64 hash = 14695981039346656037ULL; // FNV-1a 64
    const auto feed = [&hash](const QByteArray &bytes) {
        for (const char c : bytes) {
            hash ^= quint8(c);
            hash *= 1099511628211ULL;
        }
        hash ^= 0xff; // separator: ("ab","c") and ("a","bc") differ
        hash *= 1099511628211ULL;
    };
    for (const auto &[name, value] : sorted) {
        feed(name.toUtf8());
        feed(value.toUtf8());
    }
    return QStringLiteral("%1").arg(hash, 16, 16, QLatin1Char('0'));
}

} // namespace Tidewatch
