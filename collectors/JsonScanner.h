#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace Tidewatch {

/// A strict, validating, single-pass JSON (RFC 8259) scanner that records the values at a fixed set
/// of JSON pointers (RFC 6901) and builds no document.
///
/// - The pointers are registered once (addPointer) and kept in a small trie; a scan walks the message
///   once, descends only into members on a registered path and merely validates everything else.
/// - Validation is complete: a truncated or otherwise invalid document fails even when every wanted
///   value was already seen. Checked: the grammar (numbers too), string escapes incl. \uXXXX with
///   paired surrogates (a lone surrogate fails), no raw control characters in strings, well-formed
///   UTF-8 (no overlong forms, no surrogates, at most U+10FFFF), a nesting limit of maxDepth
///   containers, nothing but whitespace after the value.
/// - A wanted member (one on the path of a registered pointer) given twice in one object makes the
///   document invalid ("duplicate member"): taking parts of both could invent a value. Other members
///   may repeat.
/// - Pointer tokens unescape ~1 to / and ~0 to ~. A token that is an array index (0 or a number
///   without a leading zero) also matches that element of an array; "-" matches nothing.
/// - No allocation per scan in the common case: strings are views into the document; a wanted string
///   with escapes is unescaped into scratch space (sized once to the largest document seen).
class JsonScanner
{
public:
    enum class Type : std::uint8_t
    {
        Absent, ///< the pointer did not match anything in the last scan
        Null,
        False,
        True,
        Number,
        String,
        Object,
        Array,
    };

    static constexpr int maxDepth = 64;

    /// Copies and moves keep the pointers; the values of the last scan belong to its document and
    /// are only read between a scan and the next one, on the same scanner.
    JsonScanner();

    /// Registers @p pointer (UTF-8, "" is the whole document) and returns its slot, or -1 when it is
    /// not a valid JSON pointer (it does not start with '/', or has a '~' not followed by 0 or 1).
    /// Registering the same pointer twice returns the same slot.
    int addPointer(std::string_view pointer);

    /// Scans @p json; true when it is one valid JSON value. The document must outlive the views
    /// returned by text() until the next scan.
    bool scan(std::string_view json);

    /// The type of the last scan's top-level value (Absent when the scan failed before it).
    Type rootType() const { return m_rootType; }
    /// The type of the value at @p slot in the last successful scan; Absent for slot -1.
    Type type(int slot) const;
    /// A string's unescaped content or a number's text (as written); empty for other types.
    std::string_view text(int slot);
    /// A string's or number's text exactly as written in the document (a string without its quotes,
    /// escapes not undone): for quoting it in messages.
    std::string_view rawText(int slot) const;

    /// The document of the last scan.
    std::string_view document() const { return {m_begin, std::size_t(m_end - m_begin)}; }

    /// Why the last scan failed ("unexpected end", "invalid escape", ...) and the byte offset.
    const char *error() const { return m_error; }
    std::size_t errorOffset() const { return m_errorOffset; }

    static const char *typeName(Type type); ///< "a string", "a number", "an object", ...

private:
    struct Child
    {
        std::string key;
        std::int64_t index = -1; ///< the array index the token stands for, -1 when none
        int node = -1;
    };
    struct Node
    {
        int slot = -1;
        std::vector<Child> children;
        std::uint32_t seenGeneration = 0; ///< the scan that last met this member: a second one is refused
    };
    struct Value
    {
        std::uint32_t generation = 0;
        Type type = Type::Absent;
        bool escaped = false;     ///< a string with escapes: text() unescapes it
        bool unescaped = false;   ///< the unescaped text is in m_scratch
        std::uint32_t offset = 0; ///< in the document
        std::uint32_t length = 0;
        std::uint32_t scratchOffset = 0;
        std::uint32_t scratchLength = 0;
    };
    struct StringSpan
    {
        const char *begin = nullptr;
        std::size_t length = 0;
        bool escaped = false;
    };

    bool parseValue(int node, int depth);
    bool parseObject(int node, int depth);
    bool parseArray(int node, int depth);
    bool parseString(StringSpan &out);
    bool parseEscape();
    bool parseUtf8();
    bool parseNumber();
    bool parseLiteral(std::string_view word);
    void skipWhitespace()
    {
        // most documents have none: one compare, inlined
        if (m_p != m_end && static_cast<unsigned char>(*m_p) <= ' ')
            skipWhitespaceSlow();
    }
    void skipWhitespaceSlow();
    int findChild(const Node &node, const StringSpan &key);
    int findIndex(const Node &node, std::int64_t index) const;
    void record(int node, Type type, const char *begin, std::size_t length, bool escaped);
    bool fail(const char *message);
    bool failEnd();
    /// Writes the unescaped form of the valid JSON string content [begin, begin + length) to @p out;
    /// returns the bytes written (never more than @p length).
    static std::size_t unescape(const char *begin, std::size_t length, char *out);

    std::vector<Node> m_nodes;
    std::vector<Value> m_values;
    const char *m_begin = nullptr;
    const char *m_p = nullptr;
    const char *m_end = nullptr;
    std::uint32_t m_generation = 0;
    Type m_rootType = Type::Absent;
    const char *m_error = nullptr;
    std::size_t m_errorOffset = 0;
    std::string m_scratch; ///< grows to the largest document seen, never shrinks
    std::size_t m_scratchUsed = 0;
    std::string m_keyScratch;
};

} // namespace Tidewatch
