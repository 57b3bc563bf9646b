#pragma once

#include <QJsonValue>
#include <QString>

namespace Tidewatch::SnapshotJson {

/// An empty text is null in the snapshot JSON.
inline QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

/// Non-negative numbers are values; negative ones mean "unknown".
inline QJsonValue knownOrNull(double value)
{
    return value >= 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

inline QJsonValue knownOrNull(qint64 value)
{
    return value >= 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

} // namespace Tidewatch::SnapshotJson
