#pragma once

// Helpers shared by the GUI benchmarks: resident memory and percentiles.

#include <QByteArray>
#include <QFile>
#include <QList>

#include <algorithm>
#include <cmath>

namespace Tidewatch::BenchTools {

/// VmRSS of this process in MiB, -1 when /proc cannot tell.
inline double rssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

/// The nearest-rank percentile @p p (0..1) of @p values; 0 when empty.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values[std::clamp<qsizetype>(index, 0, values.size() - 1)];
}

} // namespace Tidewatch::BenchTools
