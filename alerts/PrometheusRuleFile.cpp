#include "PrometheusRuleFile.h"

#include "PromDuration.h"

namespace Tidewatch::AlertRules {

namespace {

/// A YAML double-quoted scalar; line breaks and other control characters are escaped.
QString yamlQuoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '"' || u == '\\')
            out += QLatin1Char('\\') + c;
        else if (u == '\n')
            out += QStringLiteral("\\n");
        else if (u == '\t')
            out += QStringLiteral("\\t");
        else if (u < 0x20 || u == 0x7f || u == 0x85 || u == 0x2028 || u == 0x2029)
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

} // namespace

QByteArray toPrometheusYaml(const QList<AlertRule> &rules, const QString &groupName)
{
    QString out = QStringLiteral("groups:\n  - name: %1\n    rules:\n").arg(yamlQuoted(groupName));
    for (const AlertRule &rule : rules) {
        if (!rule.enabled)
            continue;
        out += QStringLiteral("      - alert: %1\n").arg(yamlQuoted(rule.name));
        out += QStringLiteral("        expr: %1\n").arg(yamlQuoted(rule.promql()));
        out += QStringLiteral("        for: %1\n").arg(yamlQuoted(PromDuration::format(rule.forMs)));
        if (rule.keepFiringForMs > 0) // keep_firing_for needs Prometheus 2.42; older ones reject the key
            out += QStringLiteral("        keep_firing_for: %1\n")
                       .arg(yamlQuoted(PromDuration::format(rule.keepFiringForMs)));
        if (!rule.severity.isEmpty())
            out += QStringLiteral("        labels:\n          severity: %1\n").arg(yamlQuoted(rule.severity));
        if (!rule.summary.isEmpty() || !rule.description.isEmpty()) {
            out += QStringLiteral("        annotations:\n");
            if (!rule.summary.isEmpty())
                out += QStringLiteral("          summary: %1\n").arg(yamlQuoted(rule.summary));
            if (!rule.description.isEmpty())
                out += QStringLiteral("          description: %1\n").arg(yamlQuoted(rule.description));
        }
    }
    return out.toUtf8();
}

} // namespace Tidewatch::AlertRules
