#include "JsonScanner.h"

#include <bit>
#include <cstring>

// The string half of JsonScanner: content runs, escapes, UTF-8 validation and unescaping.

namespace Tidewatch {

namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHigh = 0x8080808080808080ULL;

/// Flags (in bit 7 of each byte) the bytes of @p v that end a plain run of string content: '"', '\\',
/// a control character or a non-ASCII byte. The lowest flag is always exact (borrows only run
/// upwards), which is all the caller uses.
inline std::uint64_t specialBytes(std::uint64_t v)
{
    const std::uint64_t quote = v ^ (kOnes * '"');
    const std::uint64_t backslash = v ^ (kOnes * '\\');
    return ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash) | (v - kOnes * 0x20) | v;
}

inline int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// The code unit of the four hex digits at @p p, or -1.
inline int hex4(const char *p)
{
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        const int h = hexValue(p[i]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

std::size_t appendUtf8(char *out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out[0] = char(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = char(0xC0 | (cp >> 6));
        out[1] = char(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = char(0xE0 | (cp >> 12));
        out[1] = char(0x80 | ((cp >> 6) & 0x3F));
        out[2] = char(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = char(0xF0 | (cp >> 18));
    out[1] = char(0x80 | ((cp >> 12) & 0x3F));
    out[2] = char(0x80 | ((cp >> 6) & 0x3F));
    out[3] = char(0x80 | (cp & 0x3F));
    return 4;
}

} // namespace

bool JsonScanner::parseString(StringSpan &out)
{
    ++m_p; // '"'
    out.begin = m_p;
    out.escaped = false;
    for (;;) {
        if constexpr (std::endian::native == std::endian::little) {
            while (m_end - m_p >= 8) {
                std::uint64_t v;
                std::memcpy(&v, m_p, 8);
                const std::uint64_t special = specialBytes(v) & kHigh;
                if (special) {
                    m_p += std::countr_zero(special) >> 3;
                    break;
                }
                m_p += 8;
            }
        }
        if (m_p == m_end)
            return failEnd();
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            out.length = std::size_t(m_p - out.begin);
            ++m_p;
            return true;
        }
        if (c == '\\') {
            out.escaped = true;
            if (!parseEscape())
                return false;
        } else if (c < 0x20) {
            return fail("control character in a string");
        } else if (c >= 0x80) {
            if (!parseUtf8())
                return false;
        } else {
            ++m_p;
        }
    }
}

bool JsonScanner::parseEscape()
{
    ++m_p; // '\\'
    if (m_p == m_end)
        return failEnd();
    switch (*m_p) {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
        ++m_p;
        return true;
    case 'u':
        break;
    default:
        return fail("invalid escape");
    }
    ++m_p;
    if (m_end - m_p < 4)
        return failEnd();
    const int unit = hex4(m_p);
    if (unit < 0)
        return fail("invalid \\u escape");
    if (unit >= 0xDC00 && unit <= 0xDFFF)
        return fail("lone low surrogate");
    m_p += 4;
    if (unit < 0xD800 || unit > 0xDBFF)
        return true;
    // a high surrogate: an escaped low one must follow
    if (m_p == m_end)
        return failEnd();
    if (m_p[0] != '\\')
        return fail("lone high surrogate");
    if (m_end - m_p < 2)
        return failEnd();
    if (m_p[1] != 'u')
        return fail("lone high surrogate");
    if (m_end - m_p < 6)
        return failEnd();
    const int low = hex4(m_p + 2);
    if (low < 0)
        return fail("invalid \\u escape");
    if (low < 0xDC00 || low > 0xDFFF)
        return fail("lone high surrogate");
    m_p += 6;
    return true;
}

bool JsonScanner::parseUtf8()
{
    const auto c = static_cast<unsigned char>(*m_p);
    int extra;
    std::uint32_t cp;
    std::uint32_t min;
    if (c >= 0xC2 && c <= 0xDF) {
        extra = 1;
        cp = c & 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        extra = 2;
        cp = c & 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3;
        cp = c & 0x07;
        min = 0x10000;
    } else {
        return fail("invalid UTF-8");
    }
    if (m_end - m_p <= extra)
        return failEnd();
    for (int i = 1; i <= extra; ++i) {
        const auto cc = static_cast<unsigned char>(m_p[i]);
        if ((cc & 0xC0) != 0x80)
            return fail("invalid UTF-8");
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return fail("invalid UTF-8");
    m_p += extra + 1;
    return true;
}

std::size_t JsonScanner::unescape(const char *begin, std::size_t length, char *out)
{
    const char *p = begin;
    const char *end = begin + length;
    char *o = out;
    while (p != end) {
        if (*p != '\\') {
            *o++ = *p++;
            continue;
        }
        ++p;
        const char e = *p++;
        switch (e) {
        case 'b':
            *o++ = '\b';
            break;
        case 'f':
            *o++ = '\f';
            break;
        case 'n':
            *o++ = '\n';
            break;
        case 'r':
            *o++ = '\r';
            break;
        case 't':
            *o++ = '\t';
            break;
        case 'u': {
            std::uint32_t cp = std::uint32_t(hex4(p));
            p += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) { // validated: a low surrogate follows
                const auto low = std::uint32_t(hex4(p + 2));
                p += 6;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            o += appendUtf8(o, cp);
            break;
        }
        default: // " \ /
            *o++ = e;
        }
    }
    return std::size_t(o - out);
}

} // namespace Tidewatch
