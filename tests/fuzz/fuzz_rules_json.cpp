// Our JSON rules file (AlertRules::parse with its line-position scanner). A file that parses must
// survive the way back: toJson() of its rules parses again to the same rules.
#include "AlertRules.h"
#include "JsonPositions.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Tidewatch;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // The position scanner on any bytes (parse() gives it only valid JSON).
    const JsonPositions positions = JsonPositions::index(json);
    positions.line(QStringLiteral("rules/0"));
    JsonPositions::lineColumn(json, json.size() / 2);

    const AlertRulesParseResult result = AlertRules::parse(json, QStringLiteral("rules.json"));
    if (!result.ok()) {
        if (!result.rules.isEmpty())
            std::abort(); // rules only without errors
        return 0;
    }
    const QByteArray again = AlertRules::toJson(result.rules);
    const AlertRulesParseResult reread = AlertRules::parse(again);
    if (!reread.ok() || reread.rules != result.rules) {
        std::fprintf(stderr, "toJson() does not read back:\n%s\n%s\n", again.constData(),
                     qPrintable(reread.errors.join(QLatin1Char('\n'))));
        std::abort();
    }
    return 0;
}
