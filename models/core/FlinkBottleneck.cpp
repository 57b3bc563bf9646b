#include "FlinkBottleneck.h"

#include <algorithm>

namespace Tidewatch::FlinkBottlenecks {

namespace {

bool backPressured(const FlinkVertexInfo &v)
{
    return v.backpressureLevel == FlinkBackpressureLevel::Low ||
           v.backpressureLevel == FlinkBackpressureLevel::High;
}

} // namespace

double busyMsPerSecond(const FlinkVertexInfo &vertex)
{
    if (vertex.busyMsPerSecondMax >= 0)
        return vertex.busyMsPerSecondMax;
    double busiest = -1;
    for (const FlinkSubtaskBackpressure &s : vertex.subtasks) {
        if (s.busyRatio >= 0)
            busiest = std::max(busiest, s.busyRatio * 1000);
    }
    return busiest;
}

QList<FlinkBottleneck> find(const QList<FlinkVertexInfo> &vertices)
{
    QList<FlinkBottleneck> out;
    for (qsizetype i = 0; i < vertices.size(); ++i) {
        const FlinkVertexInfo &v = vertices.at(i);
        const double busy = busyMsPerSecond(v);
        if (v.source && v.inputs.isEmpty())
            continue; // nothing feeds a source: it cannot hold anything up behind it
        if (busy < kBusyMsPerSecond || v.backpressureLevel != FlinkBackpressureLevel::Ok)
            continue;
        QStringList culprits;
        for (qsizetype k = 0; k < vertices.size(); ++k) {
            const FlinkVertexInfo &u = vertices.at(k);
            const bool feeds = v.inputs.isEmpty() ? k == i - 1 : v.inputs.contains(u.id);
            if (k != i && feeds && backPressured(u))
                culprits << u.name;
        }
        if (!culprits.isEmpty())
            out.append(FlinkBottleneck{v.id, v.name, busy, culprits});
    }
    return out;
}

} // namespace Tidewatch::FlinkBottlenecks
