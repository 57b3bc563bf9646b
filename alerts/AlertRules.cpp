#include "AlertRules.h"

#include "JsonPositions.h"
#include "LabelRegex.h"
#include "PromDuration.h"
#include "RuleLimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace Tidewatch {

void AlertRulesParseResult::add(const RuleFileError &problem)
{
    problems.append(problem);
    errors.append(problem.toString());
}

namespace AlertRules {

namespace {

struct AlertRulesText
{
    Q_DECLARE_TR_FUNCTIONS(AlertRules)
};

const QStringList &knownFields()
{
    static const QStringList fields{
        QStringLiteral("alert"),       QStringLiteral("metric"),          QStringLiteral("matchers"),
        QStringLiteral("op"),          QStringLiteral("threshold"),       QStringLiteral("clear_threshold"),
        QStringLiteral("for"),         QStringLiteral("keep_firing_for"), QStringLiteral("severity"),
        QStringLiteral("labels"),      QStringLiteral("summary"),         QStringLiteral("description"),
        QStringLiteral("runbook_url"), QStringLiteral("enabled")};
    return fields;
}

bool isLabelName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    return re.match(name).hasMatch();
}

bool matcherLess(const LabelMatcher &a, const LabelMatcher &b)
{
    return std::tuple(a.name, a.op(), a.value) < std::tuple(b.name, b.op(), b.value);
}

/// Reads the JSON types of one rule; every problem goes to @p out with its field and JSON path.
class RuleReader
{
public:
    struct Problem
    {
        QString field;
        QString path; ///< JSON path of what is wrong
        QString message;
    };

    RuleReader(const QString &path, const QJsonObject &object)
        : m_path(path)
        , m_object(object)
    {}

    AlertRule read()
    {
        AlertRule rule;
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!knownFields().contains(it.key()))
                fail(it.key(), AlertRulesText::tr("unknown field"));
        }
        rule.name = string("alert", true);
        rule.metric = string("metric", true);
        rule.matchers = matchers();
        const QString op = string("op", true);
        if (const auto comparison = parseComparison(op))
            rule.comparison = *comparison;
        else if (!op.isEmpty())
            fail(QStringLiteral("op"),
                 AlertRulesText::tr("unknown op '%1' (use >, >=, <, <=, == or !=)").arg(op));
        rule.threshold = number("threshold", true).value_or(0);
        rule.clearThreshold = number("clear_threshold", false);
        rule.forMs = duration("for");
        rule.keepFiringForMs = duration("keep_firing_for");
        rule.severity = string("severity", true);
        rule.labels = labels();
        rule.summary = string("summary", false);
        rule.description = string("description", false);
        rule.runbookUrl = string("runbook_url", false);
        const QJsonValue enabled = m_object.value(QLatin1String("enabled"));
        if (!enabled.isUndefined() && !enabled.isBool())
            fail(QStringLiteral("enabled"), AlertRulesText::tr("must be true or false"));
        rule.enabled = enabled.toBool(true);
        return rule;
    }

    const QList<Problem> &problems() const { return m_problems; }
    bool failed(const QString &field) const
    {
        return std::any_of(m_problems.cbegin(), m_problems.cend(), [&](const Problem &p) {
            return p.field == field || p.field.startsWith(field + QLatin1Char('.'));
        });
    }

private:
    void fail(const QString &field, const QString &message, const QString &path = QString())
    {
        m_problems.append({field, path.isEmpty() ? JsonPositions::child(m_path, field) : path, message});
    }

    QString string(const char *key, bool required)
    {
        const QString field = QLatin1String(key);
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() && !required)
            return {};
        if (value.isUndefined())
            fail(field, AlertRulesText::tr("missing (a non-empty string is required)"));
        else if (!value.isString())
            fail(field, AlertRulesText::tr("must be a string"));
        else if (required && value.toString().isEmpty())
            fail(field, AlertRulesText::tr("must not be empty"));
        return value.toString();
    }

    std::optional<double> number(const char *key, bool required)
    {
        const QString field = QLatin1String(key);
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() && !required)
            return std::nullopt;
        if (value.isUndefined())
            fail(field, AlertRulesText::tr("missing (a number is required)"));
        else if (!value.isDouble())
            fail(field, AlertRulesText::tr("must be a number"));
        if (!value.isDouble())
            return std::nullopt;
        return value.toDouble();
    }

    qint64 duration(const char *key)
    {
        const QString field = QLatin1String(key);
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            return 0;
        if (!value.isString()) {
            fail(field, AlertRulesText::tr("must be a duration string such as \"5m\""));
            return 0;
        }
        const auto ms = PromDuration::parse(value.toString());
        if (!ms)
            fail(field, AlertRulesText::tr("bad duration '%1' (use e.g. 30s, 5m, 1h30m)")
                            .arg(value.toString().left(64)));
        else if (*ms > PromDuration::kMaxMs)
            fail(field, AlertRulesText::tr(
                            "duration '%1' is out of range: from 0 to %2 (Prometheus's longest duration)")
                            .arg(value.toString().left(64), PromDuration::format(PromDuration::kMaxMs)));
        return ms && *ms <= PromDuration::kMaxMs ? *ms : 0;
    }

    QList<QPair<QString, QString>> labels()
    {
        const QString field = QStringLiteral("labels");
        const QJsonValue value = m_object.value(field);
        QList<QPair<QString, QString>> result;
        if (value.isUndefined())
            return result;
        if (!value.isObject()) {
            fail(field, AlertRulesText::tr("must be an object of label name to value"));
            return result;
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString path = JsonPositions::child(JsonPositions::child(m_path, field), it.key());
            if (!it.value().isString())
                fail(field + QLatin1Char('.') + it.key(), AlertRulesText::tr("must be a string"), path);
            result.append({it.key(), it.value().toString()}); // QJsonObject iterates sorted by key
        }
        return result;
    }

    QList<LabelMatcher> matchers()
    {
        const QString field = QStringLiteral("matchers");
        const QString base = JsonPositions::child(m_path, field);
        const QJsonValue value = m_object.value(field);
        QList<LabelMatcher> result;
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!it.value().isString())
                    fail(field, AlertRulesText::tr("matcher '%1' must be a string").arg(it.key()),
                         JsonPositions::child(base, it.key()));
                result.append(LabelMatcher{it.key(), it.value().toString()});
            }
        } else if (value.isArray()) {
            static const QRegularExpression re(QStringLiteral("^\\s*([^=!~\\s]*)\\s*(=~|!~|!=|=)(.*)$"));
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QJsonValue &item = array.at(i);
                const auto m = re.match(item.toString());
                if (!item.isString() || !m.hasMatch()) {
                    fail(field,
                         AlertRulesText::tr(
                             "bad matcher '%1' (use name=value, name!=value, name=~regex or name!~regex)")
                             .arg(item.toString()),
                         JsonPositions::child(base, QString::number(i)));
                    continue;
                }
                const QString op = m.captured(2);
                result.append(LabelMatcher{m.captured(1), m.captured(3), op.endsWith(QLatin1Char('~')),
                                           op.startsWith(QLatin1Char('!'))});
            }
        } else if (!value.isUndefined()) {
            fail(field, AlertRulesText::tr("must be an object or an array of strings"));
        }
        std::sort(result.begin(), result.end(), matcherLess);
        return result;
    }

    QString m_path;
    QJsonObject m_object;
    QList<Problem> m_problems;
};

QJsonValue matchersToJson(const QList<LabelMatcher> &matchers)
{
    const bool allEqual = std::all_of(matchers.cbegin(), matchers.cend(),
                                      [](const LabelMatcher &m) { return !m.regex && !m.negate; });
    if (allEqual) {
        QJsonObject object;
        for (const LabelMatcher &m : matchers)
            object.insert(m.name, m.value);
        return object;
    }
    QJsonArray array;
    for (const LabelMatcher &m : matchers)
        array.append(QString(m.name + m.op() + m.value));
    return array;
}

/// The JSON path a validate() field is at: "labels.team" -> labels/team.
QString fieldPath(const QString &rulePath, const QString &field)
{
    QString path = rulePath;
    for (const QString &part : field.split(QLatin1Char('.')))
        path = JsonPositions::child(path, part);
    return path;
}

} // namespace

QList<QPair<QString, QString>> validate(const AlertRule &rule)
{
    QList<QPair<QString, QString>> out;
    auto fail = [&](const char *field, const QString &message) {
        out.append({QLatin1String(field), message});
    };
    if (rule.name.isEmpty())
        fail("alert", AlertRulesText::tr("must not be empty"));
    static const QStringList metrics = metricNames(); // built once: validate() runs once per rule
    if (!metrics.contains(rule.metric))
        fail("metric", AlertRulesText::tr("unknown metric '%1' (see docs/METRICS.md)").arg(rule.metric));
    for (const LabelMatcher &m : rule.matchers) {
        if (!isLabelName(m.name) || m.name == QLatin1String("__name__"))
            fail("matchers", AlertRulesText::tr("invalid label name '%1'").arg(m.name));
        else if (m.regex) {
            if (const QString error = LabelRegex::error(m.value); !error.isEmpty())
                fail("matchers",
                     AlertRulesText::tr("invalid regex '%1' for label '%2': %3").arg(m.value, m.name, error));
        }
    }
    const std::pair<const char *, qint64> durations[] = {{"for", rule.forMs},
                                                         {"keep_firing_for", rule.keepFiringForMs}};
    for (const auto &[field, ms] : durations) {
        if (ms < 0 || ms > PromDuration::kMaxMs)
            fail(field, AlertRulesText::tr("is out of range: from 0 to %1 (Prometheus's longest duration)")
                            .arg(PromDuration::format(PromDuration::kMaxMs)));
    }
    if (!std::isfinite(rule.threshold))
        fail("threshold", AlertRulesText::tr("must be a finite number"));
    if (rule.clearThreshold) {
        const double clear = *rule.clearThreshold;
        const double t = rule.threshold;
        const AlertComparison c = rule.comparison;
        if (!std::isfinite(clear))
            fail("clear_threshold", AlertRulesText::tr("must be a finite number"));
        else if (c == AlertComparison::Equal || c == AlertComparison::NotEqual)
            fail("clear_threshold",
                 AlertRulesText::tr("is not allowed with op == or != (there is no inside to clear to)"));
        else if ((c == AlertComparison::Greater || c == AlertComparison::GreaterOrEqual) && clear > t)
            fail("clear_threshold",
                 AlertRulesText::tr(
                     "must not be above the threshold %1 for op %2: a firing alert clears when the value "
                     "falls to it")
                     .arg(formatPromValue(t), comparisonToken(c)));
        else if ((c == AlertComparison::Less || c == AlertComparison::LessOrEqual) && clear < t)
            fail("clear_threshold",
                 AlertRulesText::tr(
                     "must not be below the threshold %1 for op %2: a firing alert clears when the value "
                     "rises to it")
                     .arg(formatPromValue(t), comparisonToken(c)));
    }
    static const QStringList severities{QStringLiteral("critical"), QStringLiteral("warning"),
                                        QStringLiteral("info")};
    if (!severities.contains(rule.severity))
        fail("severity",
             AlertRulesText::tr("unknown severity '%1' (use critical, warning or info)").arg(rule.severity));
    QSet<QString> seen;
    for (const auto &[name, value] : rule.labels) {
        const QString field = QStringLiteral("labels.") + name;
        auto failLabel = [&](const QString &message) {
            out.append({field, message});
        };
        if (seen.contains(name))
            failLabel(AlertRulesText::tr("label given twice"));
        seen.insert(name);
        if (name == QLatin1String("alertname"))
            failLabel(AlertRulesText::tr("the alertname label is the rule's \"alert\" field"));
        else if (name == QLatin1String("severity"))
            failLabel(AlertRulesText::tr("the severity label is the rule's \"severity\" field"));
        else if (!isLabelName(name) || name.startsWith(QLatin1String("__")))
            failLabel(
                AlertRulesText::tr("invalid label name (use [a-zA-Z_][a-zA-Z0-9_]*, not starting with __)"));
        if (value.isEmpty())
            failLabel(AlertRulesText::tr("must not be empty (leave the label out instead)"));
        else if (const QString error = alertTemplateError(value); !error.isEmpty())
            failLabel(AlertRulesText::tr("bad template: %1").arg(error));
    }
    const std::pair<const char *, const QString *> templates[] = {
        {"summary", &rule.summary}, {"description", &rule.description}, {"runbook_url", &rule.runbookUrl}};
    for (const auto &[field, text] : templates) {
        if (const QString error = alertTemplateError(*text); !error.isEmpty())
            fail(field, AlertRulesText::tr("bad template: %1").arg(error));
    }
    return out;
}

AlertRulesParseResult parse(const QByteArray &json, const QString &fileName)
{
    AlertRulesParseResult result;
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        // Qt's offset is at or just after the offending character: the line is right, a column may not be.
        const int line = JsonPositions::lineColumn(json, jsonError.offset).first;
        result.add({fileName,
                    line,
                    0,
                    0,
                    {},
                    {},
                    AlertRulesText::tr("not valid JSON: %1").arg(jsonError.errorString())});
        return result;
    }
    const JsonPositions positions = JsonPositions::index(json);
    const QJsonValue rules = document.object().value(QLatin1String("rules"));
    if (!document.isObject() || !rules.isArray()) {
        result.add({fileName,
                    std::max(1, positions.line(QStringLiteral("rules"))),
                    0,
                    0,
                    {},
                    {},
                    AlertRulesText::tr("expected an object with a \"rules\" array")});
        return result;
    }
    for (const auto &[path, line] : positions.duplicates()) {
        const QStringList parts = path.split(QLatin1Char('/'));
        const int number =
            parts.size() > 1 && parts.first() == QLatin1String("rules") ? parts.at(1).toInt() + 1 : 0;
        result.add({fileName,
                    line,
                    0,
                    number,
                    {},
                    parts.mid(2).join(QLatin1Char('.')),
                    AlertRulesText::tr("given more than once (JSON keeps only the last)")});
    }
    const QJsonArray array = rules.toArray();
    QHash<QString, int> firstRule; // identity() -> number of the first rule with it
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int number = int(i) + 1;
        const QString rulePath = QStringLiteral("rules/") + QString::number(i);
        const int ruleLine = positions.line(rulePath);
        if (!array.at(i).isObject()) {
            result.add({fileName, ruleLine, 0, number, {}, {}, AlertRulesText::tr("not an object")});
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        const QString name = object.value(QLatin1String("alert")).toString();
        RuleReader reader(rulePath, object);
        const AlertRule rule = reader.read();
        QList<RuleFileError> ruleProblems;
        auto add = [&](const QString &field, const QString &path, const QString &message) {
            const int line = positions.line(path);
            ruleProblems.append({fileName, line > 0 ? line : ruleLine, 0, number, name, field, message});
        };
        for (const RuleReader::Problem &p : reader.problems())
            add(p.field, p.path, p.message);
        for (const auto &[field, message] : validate(rule)) {
            if (!reader.failed(field) && !reader.failed(field.section(QLatin1Char('.'), 0, 0)))
                add(field, fieldPath(rulePath, field), message);
        }
        std::stable_sort(ruleProblems.begin(), ruleProblems.end(),
                         [](const RuleFileError &a, const RuleFileError &b) { return a.line < b.line; });
        for (const RuleFileError &problem : std::as_const(ruleProblems))
            result.add(problem);
        // A hash, not a search of the rules so far: files of tens of thousands of rules load in linear time.
        const auto same = firstRule.constFind(identity(rule));
        if (same != firstRule.cend())
            result.add(
                {fileName,
                 ruleLine,
                 0,
                 number,
                 name,
                 {},
                 AlertRulesText::tr("duplicate of rule %1 (same alert and matchers)").arg(same.value())});
        else
            firstRule.insert(identity(rule), number);
        result.rules.append(rule); // kept even when broken, so rule numbers of duplicates stay right
    }
    if (!result.ok())
        result.rules.clear();
    return result;
}

QByteArray toJson(const QList<AlertRule> &rules)
{
    QJsonArray array;
    for (const AlertRule &r : rules) {
        QJsonObject object{{QStringLiteral("alert"), r.name},
                           {QStringLiteral("metric"), r.metric},
                           {QStringLiteral("op"), comparisonToken(r.comparison)},
                           {QStringLiteral("threshold"), r.threshold},
                           {QStringLiteral("for"), PromDuration::format(r.forMs)},
                           {QStringLiteral("keep_firing_for"), PromDuration::format(r.keepFiringForMs)},
                           {QStringLiteral("severity"), r.severity},
                           {QStringLiteral("summary"), r.summary},
                           {QStringLiteral("description"), r.description},
                           {QStringLiteral("enabled"), r.enabled}};
        if (!r.matchers.isEmpty())
            object.insert(QStringLiteral("matchers"), matchersToJson(r.matchers));
        if (r.clearThreshold)
            object.insert(QStringLiteral("clear_threshold"), *r.clearThreshold);
        if (!r.labels.isEmpty()) {
            QJsonObject labels;
            for (const auto &[name, value] : r.labels)
                labels.insert(name, value);
            object.insert(QStringLiteral("labels"), labels);
        }
        if (!r.runbookUrl.isEmpty())
            object.insert(QStringLiteral("runbook_url"), r.runbookUrl);
        array.append(object);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("rules"), array}}).toJson(QJsonDocument::Indented);
}

QList<AlertRule> defaults()
{
    QFile file{QLatin1String(kDefaultsResource)};
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Tidewatch::AlertRules: the built-in rules resource %s is missing", kDefaultsResource);
        return {};
    }
    const AlertRulesParseResult result = parse(file.readAll());
    // A broken built-in file is a build defect that tst_alertrules catches.
    Q_ASSERT_X(result.ok(), "AlertRules::defaults", qPrintable(result.errors.join(QLatin1Char('\n'))));
    return result.rules;
}

} // namespace AlertRules

} // namespace Tidewatch
