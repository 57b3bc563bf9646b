// The parsers of Flink REST response bodies. The first byte chooses the parser (the endpoint), the rest
// is the body; what a parser produced then goes through what the collector does with it (checkpoint
// interval, source metric ids, watermark resolution).
#include "FlinkParsers.h"

#include <cstddef>
#include <cstdint>

using namespace Tidewatch;

namespace {

enum Endpoint : std::uint8_t
{
    Config,
    Overview,
    JobsOverview,
    TaskManagers,
    JobManagerConfig,
    JobDetails,
    JobMetrics,
    Exceptions,
    Checkpoints,
    CheckpointsConfig,
    Backpressure,
    VertexAggregates,
    Watermarks,
    MetricIds,
    MetricValues,
    Error,
    EndpointCount
};

void resolve(const FlinkVertexInfo &vertex, qint64 nowMs)
{
    FlinkJobDetails job;
    job.runningSinceMs = 1'796'570'000'000;
    job.metricsUptimeGaugeMs = 60'000;
    FlinkVertexInfo source;
    source.source = true;
    job.vertices << source << vertex;
    job.metricsSampledAtMs = FlinkParsers::metricsSampledAt(job);
    FlinkParsers::resolveWatermarks(job, 30'000, nowMs);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const auto endpoint = Endpoint(data[0] % EndpointCount);
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    QString error;
    FlinkSnapshot snapshot;
    FlinkJobDetails job;
    FlinkVertexInfo vertex;
    switch (endpoint) {
    case Config:
        FlinkParsers::parseConfig(body, snapshot, error);
        break;
    case Overview:
        FlinkParsers::parseOverview(body, snapshot, error);
        break;
    case JobsOverview:
        FlinkParsers::parseJobsOverview(body, snapshot, error);
        break;
    case TaskManagers:
        FlinkParsers::parseTaskManagers(body, snapshot, error);
        break;
    case JobManagerConfig: {
        qint64 intervalMs = 0;
        FlinkParsers::parseFetcherIntervalMs(body, intervalMs, error);
        break;
    }
    case JobDetails: {
        FlinkParsers::JobPlan plan;
        if (FlinkParsers::parseJobDetails(body, plan, error)) {
            job.vertices = plan.vertices;
            job.runningSinceMs = plan.runningSinceMs;
            FlinkParsers::resolveWatermarks(job, 30'000, plan.nowMs);
        }
        break;
    }
    case JobMetrics:
        FlinkParsers::parseJobMetrics(body, job, error);
        break;
    case Exceptions:
        FlinkParsers::parseExceptions(body, job.lastFailure, error);
        break;
    case Checkpoints:
        FlinkParsers::parseCheckpoints(body, job.checkpoints, error);
        break;
    case CheckpointsConfig: {
        qint64 intervalMs = 0;
        if (FlinkParsers::parseCheckpointInterval(body, intervalMs, error))
            FlinkParsers::applyCheckpointInterval(intervalMs, job.checkpoints);
        break;
    }
    case Backpressure:
        FlinkParsers::parseBackpressure(body, vertex, error);
        break;
    case VertexAggregates:
        FlinkParsers::parseVertexAggregates(body, vertex, error);
        break;
    case Watermarks: {
        QList<qint64> watermarks;
        if (FlinkParsers::parseWatermarks(body, watermarks, error)) {
            FlinkParsers::applyInputWatermarks(watermarks, 1'796'570'438'319, vertex);
            resolve(vertex, 1'796'570'438'319);
        }
        break;
    }
    case MetricIds: {
        QStringList ids;
        if (FlinkParsers::parseMetricIds(body, ids, error))
            FlinkParsers::sourceMetricIds(ids);
        break;
    }
    case MetricValues: {
        QHash<QString, QString> values;
        if (FlinkParsers::parseMetricValues(body, values, error)) {
            vertex.source = true;
            FlinkParsers::applySourceValues(values, vertex);
            resolve(vertex, 1'796'570'438'319);
        }
        break;
    }
    case Error:
    case EndpointCount:
        FlinkParsers::errorMessage(body);
        FlinkParsers::isCheckpointingDisabled(404, body);
        FlinkParsers::rootCauseOf(QString::fromUtf8(body));
        break;
    }
    return 0;
}
