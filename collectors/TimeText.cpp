#include "TimeText.h"

#include <charconv>
#include <cmath>

namespace Tidewatch::TimeText {

namespace {

constexpr qint64 kMsPerDay = 86400000;
constexpr qint64 kMinMs = -62167219200000;  // 0000-01-01T00:00:00Z
constexpr qint64 kMaxMs = 253402300799999;  // 9999-12-31T23:59:59.999Z
constexpr qint64 kDaysYear0To1970 = 719528; // days from 0000-01-01 to 1970-01-01
constexpr int kDaysBeforeMonth[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : days[month - 1];
}

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// Reads exactly @p count digits at @p pos into @p out.
bool digits(std::string_view text, std::size_t &pos, int count, int &out)
{
    if (pos + std::size_t(count) > text.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[pos + std::size_t(i)];
        if (!isAsciiDigit(c))
            return false;
        v = v * 10 + (c - '0');
    }
    pos += std::size_t(count);
    out = v;
    return true;
}

bool expect(std::string_view text, std::size_t &pos, char c)
{
    if (pos >= text.size() || text[pos] != c)
        return false;
    ++pos;
    return true;
}

} // namespace

qint64 daysFromCivil(int year, int month, int day)
{
    // Leap years in [0, year): multiples of 4, minus those of 100, plus those of 400 (year 0 is one).
    const qint64 y = year;
    const qint64 daysBeforeYear = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    const qint64 dayOfYear = kDaysBeforeMonth[month - 1] + (month > 2 && isLeap(year) ? 1 : 0) + day - 1;
    return daysBeforeYear + dayOfYear - kDaysYear0To1970;
}

namespace {

/// The common shape, YYYY-MM-DDThh:mm:ss.mmmZ, without the general parser's branches; false when the
/// text has another shape (the general parser then decides).
bool parseCanonical(std::string_view text, qint64 &out)
{
    if (text.size() != 24 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
        text[16] != ':' || text[19] != '.' || text[23] != 'Z')
        return false;
    static constexpr int kDigitAt[] = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22};
    int d[17];
    for (int i = 0; i < 17; ++i) {
        d[i] = text[std::size_t(kDigitAt[i])] - '0';
        if (d[i] < 0 || d[i] > 9)
            return false;
    }
    const int year = d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3];
    const int month = d[4] * 10 + d[5];
    const int day = d[6] * 10 + d[7];
    const int hour = d[8] * 10 + d[9];
    const int minute = d[10] * 10 + d[11];
    const int second = d[12] * 10 + d[13];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 ||
        second > 60)
        return false;
    out = daysFromCivil(year, month, day) * kMsPerDay + (qint64(hour) * 3600 + minute * 60 + second) * 1000 +
          d[14] * 100 + d[15] * 10 + d[16];
    return true;
}

} // namespace

std::optional<qint64> parseIso8601Ms(std::string_view text)
{
    if (qint64 ms; parseCanonical(text, ms))
        return ms;
    std::size_t pos = 0;
    // Set by digits() before use; GCC 12 at -O3 cannot see that (maybe-uninitialized).
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(text, pos, 4, year) || !expect(text, pos, '-') || !digits(text, pos, 2, month) ||
        !expect(text, pos, '-') || !digits(text, pos, 2, day))
        return std::nullopt;
    if (pos >= text.size() || (text[pos] != 'T' && text[pos] != 't' && text[pos] != ' '))
        return std::nullopt;
    ++pos;
    if (!digits(text, pos, 2, hour) || !expect(text, pos, ':') || !digits(text, pos, 2, minute) ||
        !expect(text, pos, ':') || !digits(text, pos, 2, second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 ||
        second > 60)
        return std::nullopt;
    int millis = 0;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        const std::size_t first = pos;
        while (pos < text.size() && isAsciiDigit(text[pos])) {
            if (pos - first < 3)
                millis = millis * 10 + (text[pos] - '0');
            ++pos;
        }
        if (pos == first)
            return std::nullopt;
        for (std::size_t n = pos - first; n < 3; ++n)
            millis *= 10;
    }
    int offsetMinutes = 0;
    if (pos < text.size()) {
        const char zone = text[pos++];
        if (zone == 'Z' || zone == 'z') {
            // UTC
        } else if (zone == '+' || zone == '-') {
            int oh, om = 0;
            if (!digits(text, pos, 2, oh))
                return std::nullopt;
            if (pos < text.size()) {
                if (text[pos] == ':')
                    ++pos;
                if (!digits(text, pos, 2, om))
                    return std::nullopt;
            }
            if (oh > 23 || om > 59)
                return std::nullopt;
            offsetMinutes = (oh * 60 + om) * (zone == '-' ? -1 : 1);
        } else {
            return std::nullopt;
        }
        if (pos != text.size())
            return std::nullopt;
    }
    const qint64 seconds = qint64(hour) * 3600 + qint64(minute) * 60 + second - qint64(offsetMinutes) * 60;
    return daysFromCivil(year, month, day) * kMsPerDay + seconds * 1000 + millis;
}

std::optional<qint64> parseEpochMs(std::string_view text, EpochUnit unit)
{
    // Validate the JSON number grammar first: from_chars alone would accept "1e", "01" or "+1" forms.
    std::size_t pos = 0;
    const bool negative = pos < text.size() && text[pos] == '-';
    if (negative)
        ++pos;
    const std::size_t intBegin = pos;
    while (pos < text.size() && isAsciiDigit(text[pos]))
        ++pos;
    const std::size_t intEnd = pos;
    if (intEnd == intBegin || (text[intBegin] == '0' && intEnd - intBegin > 1))
        return std::nullopt;
    std::size_t fracBegin = pos, fracEnd = pos;
    if (pos < text.size() && text[pos] == '.') {
        fracBegin = ++pos;
        while (pos < text.size() && isAsciiDigit(text[pos]))
            ++pos;
        fracEnd = pos;
        if (fracEnd == fracBegin)
            return std::nullopt;
    }
    const bool exponent = pos < text.size() && (text[pos] == 'e' || text[pos] == 'E');
    if (exponent) {
        ++pos;
        if (pos < text.size() && (text[pos] == '+' || text[pos] == '-'))
            ++pos;
        const std::size_t expBegin = pos;
        while (pos < text.size() && isAsciiDigit(text[pos]))
            ++pos;
        if (pos == expBegin)
            return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;

    const qint64 scale = unit == EpochUnit::Seconds ? 1000 : 1;
    qint64 ms;
    if (exponent) {
        double value = 0;
        if (std::from_chars(text.data(), text.data() + text.size(), value).ec != std::errc())
            return std::nullopt;
        const double scaled = std::floor(value * double(scale));
        if (!(scaled >= double(kMinMs) && scaled <= double(kMaxMs)))
            return std::nullopt;
        ms = qint64(scaled);
    } else {
        // Exact decimal arithmetic: 1796547123.518 s is 1796547123518 ms, not ...517.99.
        if (intEnd - intBegin > 15)
            return std::nullopt;
        qint64 whole = 0;
        for (std::size_t i = intBegin; i < intEnd; ++i)
            whole = whole * 10 + (text[i] - '0');
        ms = whole * scale;
        bool dropped = false; // a nonzero digit below the millisecond
        qint64 place = scale;
        for (std::size_t i = fracBegin; i < fracEnd; ++i) {
            const int d = text[i] - '0';
            if (place > 1) {
                place /= 10;
                ms += d * place;
            } else if (d != 0) {
                dropped = true;
            }
        }
        if (negative)
            ms = -ms - (dropped ? 1 : 0);
        if (ms < kMinMs || ms > kMaxMs)
            return std::nullopt;
    }
    return ms;
}

} // namespace Tidewatch::TimeText
