// JsonScanner (event payloads) against nlohmann::json as the reference of RFC 8259: both must agree on
// what is valid JSON (within JsonScanner's nesting limit), and the values found at the registered
// pointers must be those the reference finds there.
#include "JsonScanner.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace Tidewatch;

namespace {

const char *const kPointers[] = {"",
                                 "/a",
                                 "/a/b",
                                 "/0",
                                 "/0/1",
                                 "/a/0",
                                 "/01",
                                 "/-",
                                 "/",
                                 "//x",
                                 "/~0",
                                 "/~1",
                                 "/order_id",
                                 "/op",
                                 "/after/order_id",
                                 "/payload/after/amount",
                                 "/source/ts_ms",
                                 "/hub/code",
                                 "/\xc3\xa9"};

[[noreturn]] void mismatch(const char *what)
{
    std::fprintf(stderr, "JsonScanner disagrees with the reference: %s\n", what);
    std::abort();
}

/// The nesting depth of a valid JSON text (containers inside containers; a scalar is 0).
int depthOf(std::string_view text)
{
    int depth = 0, deepest = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

/// nlohmann::json refuses numbers beyond a double's range ("number overflow"), which RFC 8259's
/// grammar allows and JsonScanner accepts (EventDecoder reports them as out of range).
bool numberOverflow(std::string_view text)
{
    try {
        (void)nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception &e) { // out_of_range 406 for an overflow
        return std::string_view(e.what()).find("number overflow") != std::string_view::npos;
    }
    return false;
}

JsonScanner::Type typeOf(const nlohmann::json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return JsonScanner::Type::Null;
    case nlohmann::json::value_t::boolean:
        return value.get<bool>() ? JsonScanner::Type::True : JsonScanner::Type::False;
    case nlohmann::json::value_t::string:
        return JsonScanner::Type::String;
    case nlohmann::json::value_t::object:
        return JsonScanner::Type::Object;
    case nlohmann::json::value_t::array:
        return JsonScanner::Type::Array;
    default:
        return JsonScanner::Type::Number;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static JsonScanner plain; // no pointer but the document: validation only
    static JsonScanner wanted;
    static std::vector<int> slots;
    if (slots.empty()) {
        plain.addPointer("");
        for (const char *pointer : kPointers)
            slots.push_back(wanted.addPointer(pointer));
    }
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    // nlohmann::json skips a leading UTF-8 byte order mark; RFC 8259 parsers may refuse it.
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        return 0;

    // nlohmann::json ends its input at a NUL byte; a raw NUL is never valid JSON (RFC 8259).
    const bool valid = text.find('\0') == std::string_view::npos && nlohmann::json::accept(text);
    const bool scanned = plain.scan(text);
    if (scanned && !valid && !numberOverflow(text))
        mismatch("scanner accepts invalid JSON");
    if (valid && !scanned && depthOf(text) <= JsonScanner::maxDepth)
        mismatch("scanner refuses valid JSON");
    if (valid && scanned && depthOf(text) > JsonScanner::maxDepth)
        mismatch("scanner accepts nesting beyond maxDepth");

    const bool scannedWanted = wanted.scan(text);
    if (scannedWanted && !scanned)
        mismatch("pointers made an invalid document valid");
    if (!scannedWanted && scanned && std::string_view(wanted.error()) != "duplicate member")
        mismatch("pointers made a valid document invalid");
    if (!scannedWanted || !valid)
        return 0;

    const nlohmann::json document = nlohmann::json::parse(text);
    for (std::size_t i = 0; i < slots.size(); ++i) {
        const nlohmann::json *value = nullptr;
        try {
            value = &document.at(nlohmann::json::json_pointer(kPointers[i]));
        } catch (const nlohmann::json::exception &) {
            value = nullptr;
        }
        const JsonScanner::Type type = wanted.type(slots[i]);
        if (!value) {
            if (type != JsonScanner::Type::Absent)
                mismatch("a value where the reference has none");
            continue;
        }
        if (type != typeOf(*value))
            mismatch("a value of another type");
        if (type == JsonScanner::Type::String && wanted.text(slots[i]) != value->get<std::string>())
            mismatch("another string");
    }
    return 0;
}
