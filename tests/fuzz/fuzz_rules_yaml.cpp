// A Prometheus rule file (YAML) imported into rules (AlertRules::fromPrometheusYaml). Imported rules
// must survive the way back: toPrometheusYaml() of them imports again to the same rules.
#include "PrometheusRuleFile.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Tidewatch;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray yaml = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const AlertRulesParseResult result = AlertRules::fromPrometheusYaml(yaml, QStringLiteral("rules.yml"));
    if (!result.ok() && !result.rules.isEmpty())
        std::abort(); // rules only without errors
    if (!result.ok())
        return 0;
    const QByteArray again = AlertRules::toPrometheusYaml(result.rules);
    const AlertRulesParseResult reread = AlertRules::fromPrometheusYaml(again);
    QList<AlertRule> enabled; // the export leaves disabled rules out
    for (const AlertRule &rule : result.rules) {
        if (rule.enabled)
            enabled << rule;
    }
    if (!reread.ok() || reread.rules != enabled) {
        std::fprintf(stderr, "toPrometheusYaml() does not import back:\n%s\n%s\n", again.constData(),
                     qPrintable(reread.errors.join(QLatin1Char('\n'))));
        std::abort();
    }
    return 0;
}
