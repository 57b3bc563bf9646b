#include "PostgresDebezium.h"

#include <QMap>

#include <cmath>

namespace Tidewatch {

QList<DebeziumMetrics> debeziumMetrics(const PrometheusExposition &scrape)
{
    QMap<QString, DebeziumMetrics> byServer;
    const auto take = [&](const char *name, auto apply) {
        for (const PrometheusSample &s : scrape.find(QLatin1String(name))) {
            if (std::isnan(s.value))
                continue; // the exporter's "no value"
            const QString server = s.label(QStringLiteral("server"));
            DebeziumMetrics &m = byServer[server];
            m.server = server;
            apply(m, s.value);
        }
    };
    take("debezium_postgres_streaming_millisecondsbehindsource",
         [](DebeziumMetrics &m, double v) { m.milliSecondsBehindSource = v; });
    take("debezium_postgres_streaming_queueremainingcapacity",
         [](DebeziumMetrics &m, double v) { m.queueRemainingCapacity = v; });
    take("debezium_postgres_streaming_queuetotalcapacity",
         [](DebeziumMetrics &m, double v) { m.queueTotalCapacity = v; });
    take("debezium_postgres_streaming_connected",
         [](DebeziumMetrics &m, double v) { m.connected = v > 0 ? 1 : 0; });
    take("debezium_postgres_snapshot_snapshotrunning",
         [](DebeziumMetrics &m, double v) { m.snapshotRunning = v > 0 ? 1 : 0; });
    take("debezium_postgres_snapshot_snapshotcompleted",
         [](DebeziumMetrics &m, double v) { m.snapshotCompleted = v > 0 ? 1 : 0; });
    take("debezium_postgres_snapshot_remainingtablecount",
         [](DebeziumMetrics &m, double v) { m.remainingTableCount = v; });
    take("debezium_postgres_snapshot_totaltablecount",
         [](DebeziumMetrics &m, double v) { m.totalTableCount = v; });
    return byServer.values();
}

} // namespace Tidewatch
