#pragma once

#include <QString>

namespace Tidewatch::Format {

/// @p text with the user information (user, password, token) of every URL in it replaced by "***":
/// "http://ops:pw@flink:8081/x" gives "http://***@flink:8081/x". For everything that shows or writes a
/// URL the user gave (snapshot JSON, tables, errors, window labels, logs); requests use the original.
QString redactCredentials(const QString &text);

} // namespace Tidewatch::Format
