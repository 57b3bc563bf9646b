#pragma once

#include "PipelineConfig.h"

#include <QString>

class QSettings;

namespace Tidewatch::PipelineProfileKeys {

/// Reads the pipeline keys of the profile group @p settings is in:
///   postgres=host=127.0.0.1 port=15432 dbname=shop user=tidewatch   (libpq connection string)
///   postgres.password=...                       (a secret: save() never writes it)
///   debezium.metrics=http://127.0.0.1:18404/metrics   (the Connect worker's JMX exporter)
///   pipeline.1=shop: database:tidewatch_orders > connector:shop-orders-cdc > topic:orders-cdc
///   pipelines.auto=false                        (only the pipelines defined here)
/// Returns false with @p error naming the key for a value that cannot be used.
bool read(const QSettings &settings, PipelineConfig &out, QString &error);

/// Writes @p config's keys (never the password) into the current group.
void write(QSettings &settings, const PipelineConfig &config);

/// True for the keys read() reads (save() replaces them).
bool isPipelineKey(const QString &key);

} // namespace Tidewatch::PipelineProfileKeys
