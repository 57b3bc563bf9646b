#pragma once

#include "PostgresSnapshot.h"
#include "PrometheusTextParser.h"

namespace Tidewatch {

/// Debezium's PostgreSQL connector figures from a Connect worker's JMX exporter scrape, named as
/// the stack's exporter rules name them (stack/connect/jmx-exporter.yml): the MBean
/// `debezium.postgres:type=connector-metrics,context=<streaming|snapshot>,server=<prefix>` becomes
/// `debezium_postgres_<context>_<attribute lower-cased>{server="<prefix>"}`. One entry per server,
/// sorted; a server with none of the figures is left out. Pure.
QList<DebeziumMetrics> debeziumMetrics(const PrometheusExposition &scrape);

} // namespace Tidewatch
