#pragma once

// Private helpers of the Flink parsers (not installed, not used outside collectors/Flink*Parsers.cpp).

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <cmath>
#include <optional>

namespace Tidewatch::FlinkJson {

using nlohmann::json;

/// Parses @p body; false (and a translated @p error) when it is not JSON or not of the wanted kind.
inline bool parse(const QByteArray &body, json &out, QString &error, bool wantArray = false)
{
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

inline qint64 intField(const json &object, const char *key, qint64 fallback)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number())
        return fallback;
    return it->is_number_float() ? qint64(it->get<double>()) : it->get<qint64>();
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
