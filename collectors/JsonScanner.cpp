#include "JsonScanner.h"

#include <bit>
#include <cstring>

namespace Tidewatch {

namespace {

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// The array index a pointer token stands for, or -1.
std::int64_t tokenIndex(const std::string &token)
{
    if (token.empty() || token.size() > 15 || (token.size() > 1 && token[0] == '0'))
        return -1;
    std::int64_t v = 0;
    for (char c : token) {
        if (!isDigit(c))
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

} // namespace

JsonScanner::JsonScanner()
{
    m_nodes.emplace_back();
}

int JsonScanner::addPointer(std::string_view pointer)
{
    if (!pointer.empty() && pointer.front() != '/')
        return -1;
    int node = 0;
    std::size_t pos = 0;
    while (pos < pointer.size()) {
        ++pos; // the '/'
        std::string token;
        while (pos < pointer.size() && pointer[pos] != '/') {
            char c = pointer[pos++];
            if (c == '~') {
                if (pos == pointer.size() || (pointer[pos] != '0' && pointer[pos] != '1'))
                    return -1;
                c = pointer[pos++] == '0' ? '~' : '/';
            }
            token.push_back(c);
        }
        int next = -1;
        for (const Child &child : m_nodes[std::size_t(node)].children) {
            if (child.key == token)
                next = child.node;
        }
        if (next < 0) {
            next = int(m_nodes.size());
            const std::int64_t index = tokenIndex(token);
            m_nodes.emplace_back();
            m_nodes[std::size_t(node)].children.push_back(Child{std::move(token), index, next});
        }
        node = next;
    }
    Node &target = m_nodes[std::size_t(node)];
    if (target.slot < 0) {
        target.slot = int(m_values.size());
        m_values.emplace_back();
    }
    return target.slot;
}

bool JsonScanner::scan(std::string_view json)
{
    m_begin = json.data();
    m_p = m_begin;
    m_end = m_begin + json.size();
    m_error = nullptr;
    m_errorOffset = 0;
    m_rootType = Type::Absent;
    m_scratchUsed = 0;
    if (++m_generation == 0) { // wrapped: forget every value explicitly once in 4 billion scans
        for (Value &v : m_values)
            v.generation = 0;
        for (Node &n : m_nodes)
            n.seenGeneration = 0;
        m_generation = 1;
    }
    if (json.size() > 0xFFFFFFFFu) // offsets are 32-bit
        return fail("document too large");
    if (m_scratch.size() < json.size())
        m_scratch.resize(json.size());

    skipWhitespace();
    if (m_p != m_end) {
        switch (*m_p) {
        case '{':
            m_rootType = Type::Object;
            break;
        case '[':
            m_rootType = Type::Array;
            break;
        case '"':
            m_rootType = Type::String;
            break;
        case 't':
            m_rootType = Type::True;
            break;
        case 'f':
            m_rootType = Type::False;
            break;
        case 'n':
            m_rootType = Type::Null;
            break;
        default:
            m_rootType = Type::Number;
        }
    }
    if (!parseValue(0, 0))
        return false;
    skipWhitespace();
    if (m_p != m_end)
        return fail("unexpected data after the document");
    return true;
}

JsonScanner::Type JsonScanner::type(int slot) const
{
    if (slot < 0 || m_error)
        return Type::Absent;
    const Value &v = m_values[std::size_t(slot)];
    return v.generation == m_generation ? v.type : Type::Absent;
}

std::string_view JsonScanner::text(int slot)
{
    const Type t = type(slot);
    if (t != Type::String && t != Type::Number)
        return {};
    Value &v = m_values[std::size_t(slot)];
    if (!v.escaped)
        return {m_begin + v.offset, v.length};
    if (!v.unescaped) {
        // distinct slots hold disjoint strings that unescape to at most their own length, so the
        // scratch space (at least the document's size) never runs out
        char *out = m_scratch.data() + m_scratchUsed;
        const std::size_t n = unescape(m_begin + v.offset, v.length, out);
        v.scratchOffset = std::uint32_t(m_scratchUsed);
        v.scratchLength = std::uint32_t(n);
        v.unescaped = true;
        m_scratchUsed += n;
    }
    return {m_scratch.data() + v.scratchOffset, v.scratchLength};
}

std::string_view JsonScanner::rawText(int slot) const
{
    const Type t = type(slot);
    if (t != Type::String && t != Type::Number)
        return {};
    const Value &v = m_values[std::size_t(slot)];
    return {m_begin + v.offset, v.length};
}

const char *JsonScanner::typeName(Type type)
{
    switch (type) {
    case Type::Absent:
        return "nothing";
    case Type::Null:
        return "null";
    case Type::False:
    case Type::True:
        return "a boolean";
    case Type::Number:
        return "a number";
    case Type::String:
        return "a string";
    case Type::Object:
        return "an object";
    case Type::Array:
        return "an array";
    }
    return "?";
}

bool JsonScanner::fail(const char *message)
{
    if (!m_error) {
        m_error = message;
        m_errorOffset = std::size_t(m_p - m_begin);
    }
    return false;
}

bool JsonScanner::failEnd()
{
    m_p = m_end; // a token cut off anywhere is reported where the document ends
    return fail("unexpected end");
}

void JsonScanner::skipWhitespaceSlow()
{
    while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

void JsonScanner::record(int node, Type type, const char *begin, std::size_t length, bool escaped)
{
    if (node < 0)
        return;
    const int slot = m_nodes[std::size_t(node)].slot;
    if (slot < 0)
        return;
    Value &v = m_values[std::size_t(slot)];
    v.generation = m_generation;
    v.type = type;
    v.escaped = escaped;
    v.unescaped = false;
    v.offset = std::uint32_t(begin - m_begin);
    v.length = std::uint32_t(length);
}

bool JsonScanner::parseValue(int node, int depth)
{
    if (m_p == m_end)
        return failEnd();
    const char *start = m_p;
    switch (*m_p) {
    case '{':
        return parseObject(node, depth);
    case '[':
        return parseArray(node, depth);
    case '"': {
        StringSpan s;
        if (!parseString(s))
            return false;
        record(node, Type::String, s.begin, s.length, s.escaped);
        return true;
    }
    case 't':
        if (!parseLiteral("true"))
            return false;
        record(node, Type::True, start, 4, false);
        return true;
    case 'f':
        if (!parseLiteral("false"))
            return false;
        record(node, Type::False, start, 5, false);
        return true;
    case 'n':
        if (!parseLiteral("null"))
            return false;
        record(node, Type::Null, start, 4, false);
        return true;
    default:
        if (*m_p != '-' && !isDigit(*m_p))
            return fail("unexpected character");
        if (!parseNumber())
            return false;
        record(node, Type::Number, start, std::size_t(m_p - start), false);
        return true;
    }
}

bool JsonScanner::parseObject(int node, int depth)
{
    if (depth >= maxDepth)
        return fail("nested too deeply");
    const char *start = m_p;
    ++m_p; // '{'
    skipWhitespace();
    if (m_p != m_end && *m_p == '}') {
        ++m_p;
        record(node, Type::Object, start, std::size_t(m_p - start), false);
        return true;
    }
    const Node *n =
        node >= 0 && !m_nodes[std::size_t(node)].children.empty() ? &m_nodes[std::size_t(node)] : nullptr;
    for (;;) {
        if (m_p == m_end)
            return failEnd();
        if (*m_p != '"')
            return fail("expected a member name");
        StringSpan key;
        if (!parseString(key))
            return false;
        skipWhitespace();
        if (m_p == m_end)
            return failEnd();
        if (*m_p != ':')
            return fail("expected ':'");
        ++m_p;
        skipWhitespace();
        const int child = n ? findChild(*n, key) : -1;
        if (child >= 0) {
            // A wanted member given twice: which one the producer meant is anyone's guess, and taking
            // the parts of both (an id from one, a status from the other) would invent an event.
            Node &member = m_nodes[std::size_t(child)];
            if (member.seenGeneration == m_generation)
                return fail("duplicate member");
            member.seenGeneration = m_generation;
        }
        if (!parseValue(child, depth + 1))
            return false;
        skipWhitespace();
        if (m_p == m_end)
            return failEnd();
        if (*m_p == '}') {
            ++m_p;
            break;
        }
        if (*m_p != ',')
            return fail("expected ',' or '}'");
        ++m_p;
        skipWhitespace();
    }
    record(node, Type::Object, start, std::size_t(m_p - start), false);
    return true;
}

bool JsonScanner::parseArray(int node, int depth)
{
    if (depth >= maxDepth)
        return fail("nested too deeply");
    const char *start = m_p;
    ++m_p; // '['
    skipWhitespace();
    if (m_p != m_end && *m_p == ']') {
        ++m_p;
        record(node, Type::Array, start, std::size_t(m_p - start), false);
        return true;
    }
    const Node *n =
        node >= 0 && !m_nodes[std::size_t(node)].children.empty() ? &m_nodes[std::size_t(node)] : nullptr;
    for (std::int64_t index = 0;; ++index) {
        if (!parseValue(n ? findIndex(*n, index) : -1, depth + 1))
            return false;
        skipWhitespace();
        if (m_p == m_end)
            return failEnd();
        if (*m_p == ']') {
            ++m_p;
            break;
        }
        if (*m_p != ',')
            return fail("expected ',' or ']'");
        ++m_p;
        skipWhitespace();
    }
    record(node, Type::Array, start, std::size_t(m_p - start), false);
    return true;
}

int JsonScanner::findChild(const Node &node, const StringSpan &key)
{
    std::string_view name(key.begin, key.length);
    if (key.escaped) {
        m_keyScratch.resize(key.length);
        m_keyScratch.resize(unescape(key.begin, key.length, m_keyScratch.data()));
        name = m_keyScratch;
    }
    for (const Child &child : node.children) {
        if (child.key.size() == name.size() &&
            (name.empty() ||
             (child.key[0] == name[0] && std::memcmp(child.key.data(), name.data(), name.size()) == 0)))
            return child.node;
    }
    return -1;
}

int JsonScanner::findIndex(const Node &node, std::int64_t index) const
{
    for (const Child &child : node.children) {
        if (child.index == index)
            return child.node;
    }
    return -1;
}

bool JsonScanner::parseNumber()
{
    if (*m_p == '-')
        ++m_p;
    if (m_p == m_end)
        return failEnd();
    if (*m_p == '0') {
        ++m_p;
    } else if (isDigit(*m_p)) {
        while (m_p != m_end && isDigit(*m_p))
            ++m_p;
    } else {
        return fail("invalid number");
    }
    if (m_p != m_end && *m_p == '.') {
        ++m_p;
        if (m_p == m_end)
            return failEnd();
        if (!isDigit(*m_p))
            return fail("invalid number");
        while (m_p != m_end && isDigit(*m_p))
            ++m_p;
    }
    if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (m_p == m_end)
            return failEnd();
        if (!isDigit(*m_p))
            return fail("invalid number");
        while (m_p != m_end && isDigit(*m_p))
            ++m_p;
    }
    return true;
}

bool JsonScanner::parseLiteral(std::string_view word)
{
    for (char c : word) {
        if (m_p == m_end)
            return failEnd();
        if (*m_p != c)
            return fail("unexpected character");
        ++m_p;
    }
    return true;
}

} // namespace Tidewatch
