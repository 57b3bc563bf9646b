#pragma once

#include "FlinkSnapshot.h"

#include <QByteArray>
#include <QString>

namespace Tidewatch::FlinkParsers {

/// Each parser reads one Flink REST response body into @p snapshot. Unknown fields are ignored;
/// malformed JSON or a wrong shape returns false and sets @p error. Pure: no I/O.
bool parseConfig(const QByteArray &body, FlinkSnapshot &snapshot, QString &error);
bool parseOverview(const QByteArray &body, FlinkSnapshot &snapshot, QString &error);
bool parseJobsOverview(const QByteArray &body, FlinkSnapshot &snapshot, QString &error);

/// The first message of a Flink error body (`{"errors":["..."]}`), or an empty string.
QString errorMessage(const QByteArray &body);

} // namespace Tidewatch::FlinkParsers
