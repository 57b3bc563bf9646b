#pragma once

#include "BusinessConfig.h"

#include <QString>

class QSettings;

namespace Tidewatch::BusinessProfileKeys {

/// Reads the event-topic keys of the profile group @p settings is in:
///   events.stack=true                         (the local stack's orders, shipments and orders-cdc)
///   events.1.topic=orders                     (any number of topics: events.N.*)
///   events.1.kind=orders|shipments
///   events.1.format=json|debezium
///   events.1.time.format=auto|epoch-ms|epoch-s|iso8601
///   events.1.field.order_id=/order/id         (JSON pointer overriding the default of kind and format;
///                                              an empty value unmaps the field)
///   events.start.minutes=30  events.allowed.lateness.seconds=30  events.retention.minutes=30
///   events.open.retention.hours=6  events.sla.windows.minutes=15,60  events.list.limit=200
///   events.max.orders=500000  events.max.shipments=500000
///   events.status.order.shipped=dispatched,handed_over       (more words for a stage: created, paid,
///   events.status.shipment.delivered=handed_to_customer       shipped, delivered, cancelled; created,
///                                                              at-hub, in-transit, delayed, delivered,
///                                                              failed)
/// Returns false with @p error naming the key for a value that cannot be used.
bool read(const QSettings &settings, BusinessConfig &out, QString &error);

/// Writes @p config's keys (only field pointers that differ from the defaults) into the current group.
void write(QSettings &settings, const BusinessConfig &config);

/// True for the keys read() reads (save() replaces them).
bool isBusinessKey(const QString &key);

} // namespace Tidewatch::BusinessProfileKeys
