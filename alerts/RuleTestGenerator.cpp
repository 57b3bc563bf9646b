#include "RuleTestGenerator.h"

#include "PromDuration.h"
#include "PrometheusRuleFile.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>

#include <cmath>
#include <numeric>

namespace Tidewatch::RuleTestGenerator {

namespace {

struct RuleTestGeneratorText
{
    Q_DECLARE_TR_FUNCTIONS(RuleTestGenerator)
};

/// A string the regex @p pattern probably matches: the first branch of each alternation, one of each
/// repeated atom, none of an optional one, the first character of a class. Checked by the caller.
QString guessMatch(const QString &pattern)
{
    QString out;
    qsizetype lastAtom = 0; // where the last atom starts in out
    int depth = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\') && i + 1 < pattern.size()) {
            const QChar e = pattern.at(++i);
            lastAtom = out.size();
            out += e == QLatin1Char('d')   ? QStringLiteral("0")
                   : e == QLatin1Char('w') ? QStringLiteral("a")
                   : e == QLatin1Char('s') ? QStringLiteral(" ")
                                           : QString(e);
        } else if (c == QLatin1Char('[')) {
            qsizetype end = pattern.indexOf(QLatin1Char(']'), i + 2);
            if (end < 0)
                end = pattern.size();
            const QString set = pattern.mid(i + 1, end - i - 1);
            lastAtom = out.size();
            out += set.startsWith(QLatin1Char('^')) ? QStringLiteral("~") : set.left(1);
            i = end;
        } else if (c == QLatin1Char('(')) {
            ++depth;
            if (pattern.mid(i + 1, 1) == QLatin1String("?")) { // (?:  (?i)  (?P<name>
                const qsizetype close = pattern.indexOf(QRegularExpression(QStringLiteral("[:)>]")), i);
                if (close > 0 && pattern.at(close) == QLatin1Char(')'))
                    --depth;
                i = close > 0 ? close : i;
            }
            lastAtom = out.size();
        } else if (c == QLatin1Char(')')) {
            --depth;
        } else if (c == QLatin1Char('|')) {
            // take the first branch: skip to the end of the enclosing group (or the pattern)
            int d = 0;
            for (++i; i < pattern.size(); ++i) {
                if (pattern.at(i) == QLatin1Char('\\'))
                    ++i;
                else if (pattern.at(i) == QLatin1Char('('))
                    ++d;
                else if (pattern.at(i) == QLatin1Char(')') && d-- == 0)
                    break;
            }
            if (depth > 0)
                --depth;
        } else if (c == QLatin1Char('*') || c == QLatin1Char('?')) {
            out.truncate(lastAtom);
        } else if (c == QLatin1Char('{')) { // {n}, {n,}, {n,m}: n of the last atom
            const qsizetype close = pattern.indexOf(QLatin1Char('}'), i);
            const int n = pattern.mid(i + 1, close - i - 1).section(QLatin1Char(','), 0, 0).toInt();
            const QString atom = out.mid(lastAtom);
            out.truncate(lastAtom);
            out += atom.repeated(n);
            i = close > 0 ? close : i;
        } else if (c == QLatin1Char('+') || c == QLatin1Char('^') || c == QLatin1Char('$')) {
            // one of a repeated atom is kept; anchors match nothing
        } else {
            lastAtom = out.size();
            out += c == QLatin1Char('.') ? QLatin1Char('x') : c;
        }
    }
    return out;
}

struct Values
{
    double high = 0;           ///< the condition holds
    double low = 0;            ///< neither the condition nor (with hysteresis) the clear condition holds
    std::optional<double> mid; ///< only the clear condition holds (hysteresis with a band)
};

Values valuesFor(const AlertRule &r)
{
    const double t = r.threshold;
    const double d = std::max(1.0, std::abs(t));
    Values v;
    switch (r.comparison) {
    case AlertComparison::Greater:
        v = {t + d, t, {}};
        break;
    case AlertComparison::GreaterOrEqual:
        v = {t, t - d, {}};
        break;
    case AlertComparison::Less:
        v = {t - d, t, {}};
        break;
    case AlertComparison::LessOrEqual:
        v = {t, t + d, {}};
        break;
    case AlertComparison::Equal:
        return {t, t + d, {}};
    case AlertComparison::NotEqual:
        return {t + d, t, {}};
    }
    if (!r.clearThreshold)
        return v;
    const double c = *r.clearThreshold;
    const double dc = std::max(1.0, std::abs(c));
    switch (r.comparison) {
    case AlertComparison::Greater: // clears at <= c
        v.low = c;
        if (c < t)
            v.mid = t;
        break;
    case AlertComparison::GreaterOrEqual: // clears below c
        v.low = c - dc;
        if (c < t)
            v.mid = c;
        break;
    case AlertComparison::Less: // clears at >= c
        v.low = c;
        if (c > t)
            v.mid = t;
        break;
    case AlertComparison::LessOrEqual: // clears above c
        v.low = c + dc;
        if (c > t)
            v.mid = c;
        break;
    default:
        break;
    }
    return v;
}

qint64 stepFor(const AlertRule &r)
{
    return std::gcd(std::gcd(r.forMs, r.keepFiringForMs), qint64(60'000));
}

struct Check
{
    qint64 index;
    std::optional<double> firingValue; ///< nullopt: no firing alert expected
};

QString seriesText(const MetricSample &s)
{
    QStringList parts;
    for (const auto &[name, value] : s.labels)
        parts.append(name + QLatin1Char('=') + promqlQuoted(value));
    return s.name + QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString yamlMap(const QList<QPair<QString, QString>> &entries)
{
    QStringList parts;
    for (const auto &[key, value] : entries)
        parts.append(key + QStringLiteral(": ") + AlertRules::yamlQuoted(value));
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

} // namespace

std::optional<QString> labelValueFor(const QString &label, const QList<LabelMatcher> &matchers)
{
    QStringList candidates;
    for (const LabelMatcher &m : matchers) {
        if (!m.negate)
            candidates.append(m.regex ? guessMatch(m.value) : m.value);
    }
    candidates << QStringLiteral("test-") + label << QStringLiteral("x") << QString();
    for (const QString &candidate : std::as_const(candidates)) {
        if (std::all_of(matchers.cbegin(), matchers.cend(),
                        [&](const LabelMatcher &m) { return m.matches(candidate); }))
            return candidate;
    }
    return std::nullopt;
}

Result generate(const QList<AlertRule> &rules, const QString &ruleFileName)
{
    Result result;
    const QStringList names = AlertRules::prometheusAlertNames(rules);
    QMap<qint64, QString> testsByStep;
    static const QRegularExpression labelRef(
        QStringLiteral("\\{\\{\\s*\\$labels\\.([a-zA-Z_][a-zA-Z0-9_]*)\\s*\\}\\}"));
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const AlertRule &r = rules.at(i);
        if (!r.enabled)
            continue;
        const QString who = RuleTestGeneratorText::tr("rule %1 (%2)").arg(QString::number(i + 1), r.name);
        // The series: cluster, the matchers' labels, and every label a template refers to.
        QMap<QString, QList<LabelMatcher>> byLabel;
        byLabel.insert(QStringLiteral("cluster"), {});
        for (const LabelMatcher &m : r.matchers)
            byLabel[m.name].append(m);
        QStringList templates{r.summary, r.description, r.runbookUrl};
        for (const auto &label : r.labels)
            templates.append(label.second);
        for (const QString &text : std::as_const(templates)) {
            for (auto it = labelRef.globalMatch(text); it.hasNext();) {
                const QString name = it.next().captured(1);
                if (name != QLatin1String("__name__"))
                    byLabel[name];
            }
        }
        MetricSample sample{r.metric, {}, 0};
        QString unmatched;
        for (auto it = byLabel.cbegin(); it != byLabel.cend(); ++it) {
            const auto value = it.key() == QLatin1String("cluster") && it.value().isEmpty()
                                   ? std::optional<QString>(QStringLiteral("test"))
                                   : labelValueFor(it.key(), it.value());
            if (!value)
                unmatched = it.key();
            else if (!value->isEmpty())
                sample.labels.append({it.key(), *value});
        }
        if (!unmatched.isEmpty()) {
            result.skipped.append(
                RuleTestGeneratorText::tr(
                    "%1: not tested: no label value for '%2' that satisfies its matchers was found")
                    .arg(who, unmatched));
            continue;
        }
        bool clash = false;
        for (qsizetype j = 0; j < rules.size(); ++j)
            clash = clash || (j != i && rules.at(j).enabled && names.at(j) == names.at(i) &&
                              rules.at(j).matches(sample));
        if (clash) {
            result.skipped.append(
                RuleTestGeneratorText::tr(
                    "%1: not tested: another rule of the same name also matches its test series")
                    .arg(who));
            continue;
        }

        // The timeline and what must be seen at which evaluation.
        const qint64 step = stepFor(r);
        const qint64 forSteps = r.forMs / step;
        const qint64 keepSteps = r.keepFiringForMs / step;
        const Values v = valuesFor(r);
        QList<double> values{v.low, v.low};
        QList<Check> checks{{0, {}}, {1, {}}};
        if (v.mid && forSteps >= 1) { // pending, then a value between the thresholds drops it
            values << v.high << *v.mid;
            checks.append(Check{qint64(values.size() - 1), {}});
        }
        const qint64 start = values.size();
        for (qint64 k = 0; k <= forSteps; ++k)
            values << v.high;
        if (forSteps >= 1)
            checks.append(Check{start + forSteps - 1, {}});
        checks.append(Check{start + forSteps, v.high});
        double last = v.high;
        if (v.mid) {
            values << *v.mid << *v.mid;
            checks.append(Check{qint64(values.size() - 2), *v.mid});
            checks.append(Check{qint64(values.size() - 1), *v.mid});
            last = *v.mid;
        }
        const qint64 lowStart = values.size();
        for (qint64 k = 0; k <= keepSteps + 1; ++k)
            values << v.low;
        if (keepSteps >= 1) {
            checks.append(Check{lowStart, last});
            checks.append(Check{lowStart + keepSteps - 1, last});
        }
        checks.append(Check{lowStart + keepSteps, {}});
        checks.append(Check{lowStart + keepSteps + 1, {}});

        QStringList valueTexts;
        for (const double value : std::as_const(values))
            valueTexts.append(formatPromValue(value));
        QString test = QStringLiteral("  - name: %1\n    interval: %2\n    input_series:\n")
                           .arg(AlertRules::yamlQuoted(who), PromDuration::format(step));
        test += QStringLiteral("      - series: %1\n        values: %2\n")
                    .arg(AlertRules::yamlQuoted(seriesText(sample)),
                         AlertRules::yamlQuoted(valueTexts.join(QLatin1Char(' '))));
        test += QStringLiteral("    alert_rule_test:\n");
        for (const Check &check : std::as_const(checks)) {
            test += QStringLiteral("      - eval_time: %1\n        alertname: %2\n")
                        .arg(PromDuration::format(check.index * step), AlertRules::yamlQuoted(names.at(i)));
            if (!check.firingValue) {
                test += QStringLiteral("        exp_alerts: []\n");
                continue;
            }
            MetricSample at = sample;
            at.value = *check.firingValue;
            // Labels: the series' (without __name__), then the rule's over them; empty ones vanish.
            QMap<QString, QString> labels;
            for (const auto &[name, value] : sample.labels)
                labels.insert(name, value);
            for (const auto &[name, text] : r.labels)
                labels.insert(name, expandAlertTemplate(text, at));
            labels.insert(QStringLiteral("severity"), r.severity);
            QList<QPair<QString, QString>> labelList;
            for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
                if (!it.value().isEmpty())
                    labelList.append({it.key(), it.value()});
            }
            QList<QPair<QString, QString>> annotations;
            if (names.at(i) != r.name)
                annotations.append({QLatin1String(AlertRules::kRuleNameAnnotation), r.name});
            const std::pair<const char *, const QString *> texts[] = {
                {"summary", &r.summary}, {"description", &r.description}, {"runbook_url", &r.runbookUrl}};
            for (const auto &[key, text] : texts) {
                if (!text->isEmpty())
                    annotations.append({QLatin1String(key), expandAlertTemplate(*text, at)});
            }
            test +=
                QStringLiteral("        exp_alerts:\n          - exp_labels: %1\n").arg(yamlMap(labelList));
            if (!annotations.isEmpty())
                test += QStringLiteral("            exp_annotations: %1\n").arg(yamlMap(annotations));
        }
        testsByStep[step] += test;
        ++result.testedRules;
    }
    for (auto it = testsByStep.cbegin(); it != testsByStep.cend(); ++it) {
        const QString step = PromDuration::format(it.key());
        const QString content = QStringLiteral("rule_files: [%1]\nevaluation_interval: %2\ntests:\n")
                                    .arg(AlertRules::yamlQuoted(ruleFileName), step) +
                                it.value();
        result.files.append({QStringLiteral("tidewatch-rules.test-%1.yml").arg(step), content.toUtf8()});
    }
    return result;
}

} // namespace Tidewatch::RuleTestGenerator
