// Watermark lag measured at the time Flink sampled it (declared in FlinkParsers.h).
//
// Flink's REST metric handlers answer from a cache that a request only refreshes: the first request
// after a quiet period starts a fetch and answers from the previous one, which can be a whole poll
// interval old, while the back-pressure `end-timestamp` already names the new fetch. Subtracting a
// cached watermark from the time of our request therefore overstates the lag by the cache's age. The
// sources' own gauges date the fetch: `watermarkLag` is "last emit time minus watermark", where the last
// emit time is the moment the gauge was read while the source emits, and the moment it started waiting
// while it waits for input; `sourceIdleTime` is "now minus that start" while waiting, else 0. So
// `watermark + watermarkLag + sourceIdleTime` is the moment Flink read them, and
// `watermarkLag + sourceIdleTime` the lag then; everything else of the same fetch is measured against it.
#include "FlinkParsers.h"

#include "NumberRange.h"

#include <algorithm>
#include <limits>
#include <map>

namespace Tidewatch::FlinkParsers {

namespace {

constexpr qint64 kWatermarkNone = std::numeric_limits<qint64>::min();
constexpr qint64 kWatermarkEnd = std::numeric_limits<qint64>::max();

int subtaskIndex(const QString &id, QString *rest)
{
    const qsizetype dot = id.indexOf(QLatin1Char('.'));
    bool ok = false;
    const int index = dot > 0 ? id.left(dot).toInt(&ok) : -1;
    if (!ok)
        return -1;
    *rest = id.mid(dot + 1);
    return index;
}

bool realWatermark(const std::optional<qint64> &w)
{
    return w && *w != kWatermarkNone && *w != kWatermarkEnd;
}

/// Whether subtask @p index of @p v is held back (back-pressured) or kept busy (e.g. by a slow
/// operator chained to it) rather than starved of input: then reading nothing is not idleness.
bool heldBack(const FlinkVertexInfo &v, int index)
{
    for (const FlinkSubtaskBackpressure &b : v.subtasks) {
        if (b.subtask == index && (b.ratio >= 0 || b.busyRatio >= 0))
            return b.ratio >= kBackPressuredRatio || b.busyRatio >= kBackPressuredRatio;
    }
    return v.backPressuredMsPerSecondMax >= kBackPressuredRatio * 1000.0 ||
           v.busyMsPerSecondMax >= kBackPressuredRatio * 1000.0;
}

} // namespace

void applySourceValues(const QHash<QString, QString> &values, FlinkVertexInfo &vertex)
{
    std::map<int, FlinkSourceSubtask> subtasks;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QString rest;
        const int index = subtaskIndex(it.key(), &rest);
        bool ok = false;
        const qint64 value = it.value().toLongLong(&ok); // int64: a double would lose precision
        if (index < 0 || !ok)
            continue;
        FlinkSourceSubtask &s = subtasks[index];
        s.subtask = index;
        // A chain may hold several source operators: the lowest watermark and largest lag count.
        if (rest.endsWith(QLatin1String(".currentOutputWatermark")))
            s.watermarkMs = s.watermarkMs ? std::min(*s.watermarkMs, value) : value;
        else if (rest.endsWith(QLatin1String(".watermarkLag")))
            s.watermarkLagMs = s.watermarkLagMs ? std::max(*s.watermarkLagMs, value) : value;
        else if (rest.endsWith(QLatin1String(".sourceIdleTime")))
            s.idleTimeMs = s.idleTimeMs ? std::min(*s.idleTimeMs, value) : value;
    }
    vertex.sourceSubtasks.clear();
    for (auto &[index, s] : subtasks) {
        // The gauge stops at the last emit: a waiting source adds its idle time. Sums that overflow
        // (gauges near Long.MAX_VALUE) are unknown, not wrapped.
        if (s.watermarkLagMs)
            s.watermarkLagMs =
                NumberRange::add(*s.watermarkLagMs, std::max<qint64>(0, s.idleTimeMs.value_or(0)));
        if (realWatermark(s.watermarkMs) && s.watermarkLagMs)
            s.sampledAtMs = NumberRange::add(*s.watermarkMs, *s.watermarkLagMs);
        vertex.sourceSubtasks.append(s);
    }
}

qint64 metricsSampledAt(const FlinkJobDetails &job)
{
    if (job.vertices.isEmpty())
        return -1; // nothing measured, e.g. a job that has ended
    qint64 newest = -1;
    for (const FlinkVertexInfo &v : job.vertices) {
        for (const FlinkSourceSubtask &s : v.sourceSubtasks) {
            if (s.sampledAtMs)
                newest = std::max(newest, *s.sampledAtMs);
        }
    }
    if (newest > 0)
        return newest;
    // The JobManager's uptime gauge, asked for with the vertex metrics, comes from the same fetch
    // unless Flink's fetch completed between the requests.
    if (job.runningSinceMs > 0 && job.metricsUptimeGaugeMs > 0)
        return NumberRange::add(job.runningSinceMs, job.metricsUptimeGaugeMs).value_or(-1);
    return -1;
}

void resolveWatermarks(FlinkJobDetails &job, qint64 idleMs, qint64 fallbackNowMs)
{
    job.metricsSampledAtMs = metricsSampledAt(job);
    const qint64 at = job.metricsSampledAtMs > 0 ? job.metricsSampledAtMs : fallbackNowMs;
    bool hasSource = false;
    bool allSourcesIdle = true;
    for (FlinkVertexInfo &v : job.vertices) {
        if (!v.source) {
            applyInputWatermarks(v.inputWatermarksMs, at, v);
            continue;
        }
        hasSource = true;
        v.lowWatermarkMs.reset();
        v.watermarkLagMs.reset();
        v.idleSubtasks = 0;
        if (v.sourceSubtasks.isEmpty()) {
            v.watermarkState = FlinkWatermarkState::Unknown;
            allSourcesIdle = false;
            continue;
        }
        bool anyWatermark = false;
        bool anyActiveWatermark = false;
        for (FlinkSourceSubtask &s : v.sourceSubtasks) {
            s.idle = idleMs > 0 && s.idleTimeMs && *s.idleTimeMs >= idleMs && !heldBack(v, s.subtask);
            v.idleSubtasks += s.idle ? 1 : 0;
            if (!realWatermark(s.watermarkMs))
                continue;
            anyWatermark = true;
            if (s.idle)
                continue;
            anyActiveWatermark = true;
            v.lowWatermarkMs =
                v.lowWatermarkMs ? std::min(*v.lowWatermarkMs, *s.watermarkMs) : *s.watermarkMs;
            std::optional<qint64> lag = s.watermarkLagMs;
            if (!lag && at > 0)
                lag = NumberRange::subtract(at, *s.watermarkMs);
            if (lag)
                v.watermarkLagMs = v.watermarkLagMs ? std::max(*v.watermarkLagMs, *lag) : *lag;
        }
        // A source that never had a watermark says so steadily, whether or not it reads anything.
        if (!anyWatermark)
            v.watermarkState = FlinkWatermarkState::None;
        else if (!anyActiveWatermark)
            v.watermarkState = v.idleSubtasks > 0 ? FlinkWatermarkState::Idle : FlinkWatermarkState::None;
        else
            v.watermarkState = FlinkWatermarkState::Ok;
        allSourcesIdle = allSourcesIdle && v.watermarkState == FlinkWatermarkState::Idle;
    }
    // When every source is idle the downstream watermarks stand still by design: not lag.
    if (hasSource && allSourcesIdle) {
        for (FlinkVertexInfo &v : job.vertices) {
            if (!v.source && v.watermarkState == FlinkWatermarkState::Ok) {
                v.watermarkState = FlinkWatermarkState::Idle;
                v.watermarkLagMs.reset();
            }
        }
    }
}

} // namespace Tidewatch::FlinkParsers
