#pragma once

// Checked conversions and arithmetic for numbers that come from outside (JSON, metric text, HTTP
// headers): each returns nothing instead of wrapping, truncating into nonsense or invoking undefined
// behaviour, so the caller keeps "unknown" rather than showing a made-up value.

#include <cmath>
#include <concepts>
#include <limits>
#include <optional>
#include <utility>

namespace Tidewatch::NumberRange {

/// @p value as integer type T when it is finite and T can hold it (the fraction is dropped, as a
/// cast would); nothing for NaN, infinities and values out of T's range.
template<std::integral T>
std::optional<T> toInteger(double value)
{
    // 2^digits is exact in a double; the lowest value of a signed type (-2^digits) is too.
    constexpr double upper = double(std::numeric_limits<T>::max() / 2 + 1) * 2.0; // exclusive
    constexpr double lower = double(std::numeric_limits<T>::min());               // inclusive
    if (!std::isfinite(value) || value < lower || value >= upper)
        return std::nullopt;
    return static_cast<T>(value);
}

/// @p value as integer type T when T can hold it exactly; nothing otherwise.
template<std::integral T, std::integral U>
std::optional<T> narrow(U value)
{
    if (!std::in_range<T>(value))
        return std::nullopt;
    return static_cast<T>(value);
}

/// a + b, a - b and a * b; nothing when the result would overflow.
template<std::integral T>
std::optional<T> add(T a, T b)
{
    T out{};
    return __builtin_add_overflow(a, b, &out) ? std::nullopt : std::optional<T>(out);
}

template<std::integral T>
std::optional<T> subtract(T a, T b)
{
    T out{};
    return __builtin_sub_overflow(a, b, &out) ? std::nullopt : std::optional<T>(out);
}

template<std::integral T>
std::optional<T> multiply(T a, T b)
{
    T out{};
    return __builtin_mul_overflow(a, b, &out) ? std::nullopt : std::optional<T>(out);
}

} // namespace Tidewatch::NumberRange
