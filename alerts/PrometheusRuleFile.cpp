#include "PrometheusRuleFile.h"

#include "PromDuration.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Tidewatch::AlertRules {

QString yamlQuoted(const QString &text)
{
    // A YAML reader refuses a file with a character outside YAML's printable set (C0 and C1 controls,
    // DEL, U+FFFE, U+FFFF, lone surrogates) even inside quotes: those are written as escapes. Line breaks
    // and the BOM are escaped too, so every value stays on its line.
    QString out = QStringLiteral("\"");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            out += text.at(i);
            out += text.at(++i); // a pair: a character outside the BMP, printable in YAML
        } else if (QChar::isSurrogate(u)) {
            out += QStringLiteral("\\uFFFD"); // a lone surrogate is no character: UTF-8 cannot hold it
        } else if (u == '"' || u == '\\') {
            out += QLatin1Char('\\') + QChar(u);
        } else if (u == '\n') {
            out += QStringLiteral("\\n");
        } else if (u == '\t') {
            out += QStringLiteral("\\t");
        } else if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029 || u == 0xfeff ||
                   u == 0xfffe || u == 0xffff) {
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            out += QChar(u);
        }
    }
    return out + QLatin1Char('"');
}

namespace {

bool isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    return re.match(name).hasMatch();
}

/// [a-zA-Z0-9_] only: accents dropped (NFKD, combining marks removed), any other run of characters '_'.
QString sanitizedName(const QString &name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing)
            continue;
        const bool keep = c.unicode() < 0x80 && (c.isLetterOrNumber() || c == QLatin1Char('_'));
        if (keep)
            out += c;
        else if (!out.endsWith(QLatin1Char('_')))
            out += QLatin1Char('_');
    }
    while (out.size() > 1 && out.endsWith(QLatin1Char('_')))
        out.chop(1);
    if (out.isEmpty() || out == QLatin1String("_"))
        return QStringLiteral("alert");
    if (out.at(0).isDigit())
        out.prepend(QLatin1Char('_'));
    return out;
}

} // namespace

QStringList prometheusAlertNames(const QList<AlertRule> &rules)
{
    QSet<QString> used;
    for (const AlertRule &r : rules) {
        if (isValidName(r.name))
            used.insert(r.name); // names that are valid already keep them, whatever comes first
    }
    QHash<QString, QString> mapped;
    QStringList out;
    for (const AlertRule &r : rules) {
        if (isValidName(r.name)) {
            out.append(r.name);
            continue;
        }
        if (!mapped.contains(r.name)) {
            const QString base = sanitizedName(r.name);
            QString candidate = base;
            for (int n = 2; used.contains(candidate); ++n)
                candidate = base + QLatin1Char('_') + QString::number(n);
            used.insert(candidate);
            mapped.insert(r.name, candidate);
        }
        out.append(mapped.value(r.name));
    }
    return out;
}

QString prometheusExpr(const AlertRule &rule, const QString &alertName)
{
    if (!rule.clearThreshold)
        return rule.promql();
    QStringList ignored{QStringLiteral("alertname"), QStringLiteral("alertstate"),
                        QStringLiteral("severity")};
    QString alerts = QStringLiteral("ALERTS{alertname=") + promqlQuoted(alertName) +
                     QStringLiteral(",alertstate=\"firing\",severity=") + promqlQuoted(rule.severity);
    for (const auto &[name, value] : rule.labels) {
        ignored.append(name);
        if (!value.contains(QLatin1String("{{"))) // a literal value narrows ALERTS to this rule's alerts
            alerts += QLatin1Char(',') + name + QLatin1Char('=') + promqlQuoted(value);
    }
    std::sort(ignored.begin(), ignored.end());
    const QString op = QLatin1Char(' ') + comparisonToken(rule.comparison) + QLatin1Char(' ');
    return rule.selector() + op + formatPromValue(rule.threshold) + QStringLiteral(" or (") +
           rule.selector() + op + formatPromValue(*rule.clearThreshold) + QStringLiteral(" and ignoring(") +
           ignored.join(QStringLiteral(", ")) + QStringLiteral(") ") + alerts + QStringLiteral("})");
}

QByteArray toPrometheusYaml(const QList<AlertRule> &rules, const QString &groupName)
{
    const QStringList names = prometheusAlertNames(rules);
    QString out = QStringLiteral("groups:\n  - name: %1\n    rules:\n").arg(yamlQuoted(groupName));
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const AlertRule &rule = rules.at(i);
        if (!rule.enabled)
            continue;
        const QString &name = names.at(i);
        out += QStringLiteral("      - alert: %1\n").arg(yamlQuoted(name));
        out += QStringLiteral("        expr: %1\n").arg(yamlQuoted(prometheusExpr(rule, name)));
        out += QStringLiteral("        for: %1\n").arg(yamlQuoted(PromDuration::format(rule.forMs)));
        if (rule.keepFiringForMs > 0) // keep_firing_for needs Prometheus 2.42; older ones reject the key
            out += QStringLiteral("        keep_firing_for: %1\n")
                       .arg(yamlQuoted(PromDuration::format(rule.keepFiringForMs)));
        QList<QPair<QString, QString>> labels = rule.labels;
        if (!rule.severity.isEmpty())
            labels.append({QStringLiteral("severity"), rule.severity});
        std::sort(labels.begin(), labels.end());
        if (!labels.isEmpty()) {
            out += QStringLiteral("        labels:\n");
            for (const auto &[key, value] : labels)
                out += QStringLiteral("          %1: %2\n").arg(key, yamlQuoted(value));
        }
        QList<QPair<QString, QString>> annotations;
        if (name != rule.name)
            annotations.append({QLatin1String(kRuleNameAnnotation), rule.name});
        if (!rule.summary.isEmpty())
            annotations.append({QStringLiteral("summary"), rule.summary});
        if (!rule.description.isEmpty())
            annotations.append({QStringLiteral("description"), rule.description});
        if (!rule.runbookUrl.isEmpty())
            annotations.append({QStringLiteral("runbook_url"), rule.runbookUrl});
        if (!annotations.isEmpty()) {
            out += QStringLiteral("        annotations:\n");
            for (const auto &[key, value] : annotations)
                out += QStringLiteral("          %1: %2\n").arg(key, yamlQuoted(value));
        }
    }
    return out.toUtf8();
}

} // namespace Tidewatch::AlertRules
