#pragma once

// Private helpers of the Flink parsers (not installed, not used outside collectors/Flink*Parsers.cpp).

#include "JsonDepth.h"
#include "NumberRange.h"

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>
#include <optional>

namespace Tidewatch::FlinkJson {

using nlohmann::json;

/// Parses @p body; false (and a translated @p error) when it is not JSON or not of the wanted kind.
/// Bodies nested deeper than kMaxJsonDepth are refused before they are parsed (see JsonDepth.h).
inline bool parse(const QByteArray &body, json &out, QString &error, bool wantArray = false)
{
    if (!jsonDepthWithin(std::string_view(body.constData(), std::size_t(body.size())))) {
        out = json();
        error = QCoreApplication::translate("FlinkParsers", "The response nests deeper than %1 levels")
                    .arg(kMaxJsonDepth);
        return false;
    }
    out = json::parse(body.constBegin(), body.constEnd(), nullptr, /*allow_exceptions=*/false);
    if (out.is_discarded()) {
        error = QCoreApplication::translate("FlinkParsers", "The response is not valid JSON");
        return false;
    }
    if (wantArray ? !out.is_array() : !out.is_object()) {
        error = wantArray ? QCoreApplication::translate("FlinkParsers", "The response is not a JSON array")
                          : QCoreApplication::translate("FlinkParsers", "The response is not a JSON object");
        return false;
    }
    return true;
}

inline QString stringField(const json &object, const char *key)
{
    const auto it = object.find(key);
    return (it != object.end() && it->is_string()) ? QString::fromStdString(it->get<std::string>())
                                                   : QString();
}

/// A JSON number as a 64-bit integer; @p fallback when absent, not a number or out of range
/// (`1e300`, an unsigned above Long.MAX_VALUE).
inline qint64 intField(const json &object, const char *key, qint64 fallback)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number())
        return fallback;
    if (it->is_number_float())
        return NumberRange::toInteger<qint64>(it->get<double>()).value_or(fallback);
    if (it->is_number_unsigned())
        return NumberRange::narrow<qint64>(it->get<quint64>()).value_or(fallback);
    return it->get<qint64>();
}

/// A count, size or index that must fit an int and cannot be negative (slots, parallelism, a subtask);
/// @p fallback otherwise.
inline int countField(const json &object, const char *key, int fallback)
{
    const qint64 value = intField(object, key, -1);
    return value >= 0 ? NumberRange::narrow<int>(value).value_or(fallback) : fallback;
}

/// A duration or other quantity that cannot be negative; @p fallback (unknown) when it is.
inline qint64 nonNegativeField(const json &object, const char *key, qint64 fallback)
{
    const qint64 value = intField(object, key, -1);
    return value >= 0 ? value : fallback;
}

inline bool boolField(const json &object, const char *key, bool fallback)
{
    const auto it = object.find(key);
    return (it != object.end() && it->is_boolean()) ? it->get<bool>() : fallback;
}

/// A JSON number or a number in a string (Flink writes metric values and NaN as strings).
/// Empty for anything else, NaN and infinities.
inline std::optional<double> number(const json &value)
{
    double v = 0;
    if (value.is_number()) {
        v = value.get<double>();
    } else if (value.is_string()) {
        bool ok = false;
        v = QString::fromStdString(value.get<std::string>()).toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

inline double numberField(const json &object, const char *key, double fallback)
{
    const auto it = object.find(key);
    return it == object.end() ? fallback : number(*it).value_or(fallback);
}

} // namespace Tidewatch::FlinkJson
