#include "AlertRules.h"

#include "PromDuration.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace Tidewatch::AlertRules {

namespace {

const QStringList &knownFields()
{
    static const QStringList fields{QStringLiteral("alert"),           QStringLiteral("metric"),
                                    QStringLiteral("matchers"),        QStringLiteral("op"),
                                    QStringLiteral("threshold"),       QStringLiteral("for"),
                                    QStringLiteral("keep_firing_for"), QStringLiteral("severity"),
                                    QStringLiteral("summary"),         QStringLiteral("description"),
                                    QStringLiteral("enabled")};
    return fields;
}

bool isLabelName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    return re.match(name).hasMatch() && name != QLatin1String("__name__");
}

bool matcherLess(const LabelMatcher &a, const LabelMatcher &b)
{
    return std::tuple(a.name, a.op(), a.value) < std::tuple(b.name, b.op(), b.value);
}

/// Reads one rule, collecting every problem with the rule's number and name in front.
class RuleReader
{
public:
    RuleReader(int number, const QJsonObject &object, QStringList &errors)
        : m_number(number)
        , m_object(object)
        , m_errors(errors)
    {}

    AlertRule read()
    {
        AlertRule rule;
        rule.name = string("alert", true);
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!knownFields().contains(it.key()))
                fail(QCoreApplication::translate("AlertRules", "unknown field '%1'").arg(it.key()));
        }
        rule.metric = string("metric", true);
        if (!rule.metric.isEmpty() && !metricNames().contains(rule.metric))
            fail(QCoreApplication::translate("AlertRules", "unknown metric '%1'").arg(rule.metric));
        rule.matchers = matchers();
        const QString op = string("op", true);
        if (const auto comparison = parseComparison(op))
            rule.comparison = *comparison;
        else if (!op.isEmpty())
            fail(QCoreApplication::translate("AlertRules", "unknown op '%1' (use >, >=, <, <=, == or !=)")
                     .arg(op));
        if (!m_object.value(QLatin1String("threshold")).isDouble())
            fail(QCoreApplication::translate("AlertRules", "'threshold' must be a number"));
        rule.threshold = m_object.value(QLatin1String("threshold")).toDouble();
        rule.forMs = duration("for");
        rule.keepFiringForMs = duration("keep_firing_for");
        rule.severity = string("severity", true);
        static const QStringList severities{QStringLiteral("critical"), QStringLiteral("warning"),
                                            QStringLiteral("info")};
        if (!rule.severity.isEmpty() && !severities.contains(rule.severity))
            fail(QCoreApplication::translate("AlertRules",
                                             "unknown severity '%1' (use critical, warning or info)")
                     .arg(rule.severity));
        rule.summary = templateString("summary");
        rule.description = templateString("description");
        const QJsonValue enabled = m_object.value(QLatin1String("enabled"));
        if (!enabled.isUndefined() && !enabled.isBool())
            fail(QCoreApplication::translate("AlertRules", "'enabled' must be true or false"));
        rule.enabled = enabled.toBool(true);
        return rule;
    }

private:
    void fail(const QString &message)
    {
        const QString name = m_object.value(QLatin1String("alert")).toString();
        m_errors.append(name.isEmpty() ? QCoreApplication::translate("AlertRules", "rule %1: %2")
                                             .arg(QString::number(m_number), message)
                                       : QCoreApplication::translate("AlertRules", "rule %1 (%2): %3")
                                             .arg(QString::number(m_number), name, message));
    }

    QString string(const char *key, bool required)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() && !required)
            return {};
        if (required && value.toString().isEmpty())
            fail(QCoreApplication::translate("AlertRules", "'%1' must be a non-empty string")
                     .arg(QLatin1String(key)));
        else if (!value.isString())
            fail(QCoreApplication::translate("AlertRules", "'%1' must be a string").arg(QLatin1String(key)));
        return value.toString();
    }

    QString templateString(const char *key)
    {
        const QString text = string(key, false);
        if (const QString error = alertTemplateError(text); !error.isEmpty())
            fail(QCoreApplication::translate("AlertRules", "bad template in %1: %2")
                     .arg(QLatin1String(key), error));
        return text;
    }

    qint64 duration(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined())
            return 0;
        if (!value.isString()) {
            fail(QCoreApplication::translate("AlertRules", "'%1' must be a duration string such as \"5m\"")
                     .arg(QLatin1String(key)));
            return 0;
        }
        const auto ms = PromDuration::parse(value.toString());
        if (!ms)
            fail(QCoreApplication::translate("AlertRules", "bad duration '%1' in %2")
                     .arg(value.toString(), QLatin1String(key)));
        return ms.value_or(0);
    }

    QList<LabelMatcher> matchers()
    {
        const QJsonValue value = m_object.value(QLatin1String("matchers"));
        QList<LabelMatcher> result;
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!it.value().isString())
                    fail(QCoreApplication::translate("AlertRules", "matcher '%1' must be a string")
                             .arg(it.key()));
                result.append(LabelMatcher{it.key(), it.value().toString()});
            }
        } else if (value.isArray()) {
            static const QRegularExpression re(QStringLiteral("^\\s*([^=!~\\s]*)\\s*(=~|!~|!=|=)(.*)$"));
            for (const QJsonValue &item : value.toArray()) {
                const auto m = re.match(item.toString());
                if (!item.isString() || !m.hasMatch()) {
                    fail(QCoreApplication::translate(
                             "AlertRules",
                             "bad matcher '%1' (use name=value, name!=value, name=~regex or name!~regex)")
                             .arg(item.toString()));
                    continue;
                }
                const QString op = m.captured(2);
                result.append(LabelMatcher{m.captured(1), m.captured(3), op.endsWith(QLatin1Char('~')),
                                           op.startsWith(QLatin1Char('!'))});
            }
        } else if (!value.isUndefined()) {
            fail(QCoreApplication::translate("AlertRules",
                                             "'matchers' must be an object or an array of strings"));
        }
        for (const LabelMatcher &m : std::as_const(result)) {
            if (!isLabelName(m.name))
                fail(QCoreApplication::translate("AlertRules", "invalid label name '%1' in matchers")
                         .arg(m.name));
            if (m.regex) {
                const QRegularExpression re(QRegularExpression::anchoredPattern(m.value));
                if (!re.isValid())
                    fail(QCoreApplication::translate("AlertRules", "invalid regex '%1' for label '%2': %3")
                             .arg(m.value, m.name, re.errorString()));
            }
        }
        std::sort(result.begin(), result.end(), matcherLess);
        return result;
    }

    int m_number;
    QJsonObject m_object;
    QStringList &m_errors;
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

} // namespace

AlertRulesParseResult parse(const QByteArray &json)
{
    AlertRulesParseResult result;
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        result.errors.append(QCoreApplication::translate("AlertRules", "not valid JSON: %1 at offset %2")
                                 .arg(jsonError.errorString(), QString::number(jsonError.offset)));
        return result;
    }
    const QJsonValue rules = document.object().value(QLatin1String("rules"));
    if (!document.isObject() || !rules.isArray()) {
        result.errors.append(
            QCoreApplication::translate("AlertRules", "expected an object with a 'rules' array"));
        return result;
    }
    int number = 0;
    for (const QJsonValue &value : rules.toArray()) {
        ++number;
        if (!value.isObject()) {
            result.errors.append(
                QCoreApplication::translate("AlertRules", "rule %1: not an object").arg(number));
            continue;
        }
        const AlertRule rule = RuleReader(number, value.toObject(), result.errors).read();
        const auto same = std::find_if(result.rules.cbegin(), result.rules.cend(), [&](const AlertRule &r) {
            return r.name == rule.name && r.matchers == rule.matchers;
        });
        if (same != result.rules.cend())
            result.errors.append(
                QCoreApplication::translate("AlertRules",
                                            "rule %1 (%2): duplicate of rule %3 (same alert and matchers)")
                    .arg(QString::number(number), rule.name,
                         QString::number(same - result.rules.cbegin() + 1)));
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

} // namespace Tidewatch::AlertRules
