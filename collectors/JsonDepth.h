#pragma once

#include <cstddef>
#include <string_view>

namespace Tidewatch {

/// How deeply JSON from outside may nest arrays and objects. Readers that build a document (nlohmann,
/// QJsonDocument) walk it recursively afterwards (copies, comparisons, dump()), so a body nested a
/// million levels deep would overflow the stack: such a body is refused before it is parsed. The same
/// limit as JsonScanner::maxDepth; real Flink and Alertmanager answers nest fewer than ten levels.
inline constexpr int kMaxJsonDepth = 64;

/// True when no array or object in @p json is nested deeper than @p maxDepth levels (the top-level
/// container is level 1). Brackets inside strings do not count. One linear pass, no allocation; it
/// does not validate, the parser that follows does.
inline bool jsonDepthWithin(std::string_view json, int maxDepth = kMaxJsonDepth)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character cannot end the string
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return false;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return true;
}

} // namespace Tidewatch
