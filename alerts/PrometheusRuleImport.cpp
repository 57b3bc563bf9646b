// AlertRules::fromPrometheusYaml: a Prometheus rule file back into rules (declared in PrometheusRuleFile.h).
#include "PrometheusRuleFile.h"

#include "PromDuration.h"
#include "PromqlRuleExpr.h"

#include <QCoreApplication>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace Tidewatch::AlertRules {

namespace {

struct PrometheusRuleImportText
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusRuleImport)
};

QString scalar(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

int lineOf(const YAML::Node &node)
{
    return node.Mark().is_null() ? 0 : node.Mark().line + 1;
}

/// Reads the rules of one file; problems go to m_result with their line.
class Importer
{
public:
    Importer(const QString &fileName, AlertRulesParseResult &result)
        : m_file(fileName)
        , m_result(result)
    {}

    void run(const YAML::Node &root)
    {
        if (!root.IsMap() || !root["groups"] || !root["groups"].IsSequence()) {
            error(root.IsDefined() ? lineOf(root) : 1, 0, {},
                  PrometheusRuleImportText::tr("expected a map with a 'groups' list"));
            return;
        }
        for (const auto &entry : root) {
            if (scalar(entry.first) != QLatin1String("groups"))
                error(lineOf(entry.first), 0, {},
                      PrometheusRuleImportText::tr("unknown field '%1'").arg(scalar(entry.first)));
        }
        for (const YAML::Node &group : root["groups"])
            readGroup(group);
    }

private:
    void error(int line, int rule, const QString &field, const QString &message, const QString &name = {})
    {
        m_result.add({m_file, line, 0, rule, name, field, message});
    }

    /// The map's entries by key, with an error for each unknown or repeated key.
    QHash<QString, QPair<YAML::Node, YAML::Node>> fields(const YAML::Node &map, const QStringList &known,
                                                         int rule, const QString &name = {})
    {
        QHash<QString, QPair<YAML::Node, YAML::Node>> out;
        for (const auto &entry : map) {
            const QString key = scalar(entry.first);
            if (!known.contains(key))
                error(lineOf(entry.first), rule, key,
                      PrometheusRuleImportText::tr("unknown field (Tidewatch cannot represent it)"), name);
            else if (out.contains(key))
                error(lineOf(entry.first), rule, key, PrometheusRuleImportText::tr("given more than once"),
                      name);
            else
                out.insert(key, {entry.first, entry.second});
        }
        return out;
    }

    void readGroup(const YAML::Node &group)
    {
        if (!group.IsMap()) {
            error(lineOf(group), 0, {}, PrometheusRuleImportText::tr("a group must be a map"));
            return;
        }
        // interval only says how often Prometheus evaluates; Tidewatch evaluates at every poll.
        const auto f =
            fields(group, {QStringLiteral("name"), QStringLiteral("interval"), QStringLiteral("rules")}, 0);
        if (!f.contains(QStringLiteral("rules")) || !f.value(QStringLiteral("rules")).second.IsSequence()) {
            error(lineOf(group), 0, QStringLiteral("rules"),
                  PrometheusRuleImportText::tr("a group needs a 'rules' list"));
            return;
        }
        for (const YAML::Node &rule : f.value(QStringLiteral("rules")).second)
            readRule(rule);
    }

    void readRule(const YAML::Node &node)
    {
        const int number = ++m_number;
        const int ruleLine = lineOf(node);
        if (!node.IsMap()) {
            error(ruleLine, number, {}, PrometheusRuleImportText::tr("a rule must be a map"));
            return;
        }
        if (node["record"]) {
            error(
                ruleLine, number, QStringLiteral("record"),
                PrometheusRuleImportText::tr("recording rules cannot be represented (only alerting rules)"));
            return;
        }
        const auto f = fields(
            node,
            {QStringLiteral("alert"), QStringLiteral("expr"), QStringLiteral("for"),
             QStringLiteral("keep_firing_for"), QStringLiteral("labels"), QStringLiteral("annotations")},
            number, node["alert"] && node["alert"].IsScalar() ? scalar(node["alert"]) : QString());
        AlertRule rule;
        const QString alertName =
            f.contains(QStringLiteral("alert")) ? scalar(f.value(QStringLiteral("alert")).second) : QString();
        rule.name = alertName;
        QHash<QString, int> lines{{QStringLiteral("alert"), ruleLine}};
        for (auto it = f.cbegin(); it != f.cend(); ++it)
            lines.insert(it.key(), lineOf(it.value().first));
        auto fail = [&](const QString &field, const QString &message) {
            const int line = lines.value(field, lines.value(field.section(QLatin1Char('.'), 0, 0), ruleLine));
            error(line, number, field, message, rule.name);
        };
        auto strings = [&](const char *key) {
            QList<QPair<QString, QString>> out;
            const YAML::Node map = f.value(QLatin1String(key)).second;
            if (!map.IsDefined() || map.IsNull())
                return out;
            if (!map.IsMap()) {
                fail(QLatin1String(key), PrometheusRuleImportText::tr("must be a map"));
                return out;
            }
            for (const auto &entry : map) {
                const QString name = scalar(entry.first);
                lines.insert(QLatin1String(key) + QLatin1Char('.') + name, lineOf(entry.first));
                if (!entry.second.IsScalar())
                    fail(QLatin1String(key) + QLatin1Char('.') + name,
                         PrometheusRuleImportText::tr("must be a string"));
                out.append({name, scalar(entry.second)});
            }
            return out;
        };
        for (const auto &[name, value] : strings("annotations")) {
            if (name == QLatin1String(kRuleNameAnnotation))
                rule.name = value;
            else if (name == QLatin1String("summary"))
                rule.summary = value;
            else if (name == QLatin1String("description"))
                rule.description = value;
            else if (name == QLatin1String("runbook_url"))
                rule.runbookUrl = value;
            else
                fail(QStringLiteral("annotations.") + name,
                     PrometheusRuleImportText::tr(
                         "unsupported annotation (use summary, description, runbook_url)"));
        }
        for (const auto &[name, value] : strings("labels")) {
            if (name == QLatin1String("severity"))
                rule.severity = value;
            else
                rule.labels.append({name, value});
        }
        std::sort(rule.labels.begin(), rule.labels.end());
        if (alertName.isEmpty())
            fail(QStringLiteral("alert"), PrometheusRuleImportText::tr("missing"));
        for (const char *key : {"for", "keep_firing_for"}) {
            if (!f.contains(QLatin1String(key)))
                continue;
            const auto ms = PromDuration::parse(scalar(f.value(QLatin1String(key)).second));
            if (!ms)
                fail(QLatin1String(key), PrometheusRuleImportText::tr("bad duration '%1'")
                                             .arg(scalar(f.value(QLatin1String(key)).second)));
            (QLatin1String(key) == QLatin1String("for") ? rule.forMs : rule.keepFiringForMs) = ms.value_or(0);
        }
        if (!readExpr(f.value(QStringLiteral("expr")).second, alertName, rule, fail))
            return;
        // The fields of our JSON named as where they are in a Prometheus rule file.
        static const QHash<QString, QString> yamlField{
            {QStringLiteral("metric"), QStringLiteral("expr")},
            {QStringLiteral("matchers"), QStringLiteral("expr")},
            {QStringLiteral("op"), QStringLiteral("expr")},
            {QStringLiteral("threshold"), QStringLiteral("expr")},
            {QStringLiteral("clear_threshold"), QStringLiteral("expr")},
            {QStringLiteral("severity"), QStringLiteral("labels.severity")},
            {QStringLiteral("summary"), QStringLiteral("annotations.summary")},
            {QStringLiteral("description"), QStringLiteral("annotations.description")},
            {QStringLiteral("runbook_url"), QStringLiteral("annotations.runbook_url")}};
        for (const auto &[field, message] : validate(rule))
            fail(field.startsWith(QLatin1String("labels.")) ? field : yamlField.value(field, field), message);
        const auto same =
            std::find_if(m_result.rules.cbegin(), m_result.rules.cend(), [&](const AlertRule &r) {
                return r.name == rule.name && r.matchers == rule.matchers;
            });
        if (same != m_result.rules.cend())
            fail(QString(), PrometheusRuleImportText::tr("duplicate of rule %1 (same alert and matchers)")
                                .arg(same - m_result.rules.cbegin() + 1));
        m_result.rules.append(rule);
    }

    template<typename Fail>
    bool readExpr(const YAML::Node &node, const QString &alertName, AlertRule &rule, Fail &fail)
    {
        if (!node.IsDefined() || !node.IsScalar()) {
            fail(QStringLiteral("expr"), PrometheusRuleImportText::tr("missing"));
            return false;
        }
        QString error;
        const auto expr = PromqlRuleExpr::parse(scalar(node), &error);
        if (!expr) {
            fail(QStringLiteral("expr"),
                 PrometheusRuleImportText::tr(
                     "cannot be represented (%1); Tidewatch reads `metric{matchers} op number` and its own "
                     "hysteresis form")
                     .arg(error));
            return false;
        }
        rule.metric = expr->metric;
        rule.matchers = expr->matchers;
        rule.comparison = expr->comparison;
        rule.threshold = expr->threshold;
        rule.clearThreshold = expr->clearThreshold;
        if (!expr->clearThreshold)
            return true;
        // The hysteresis form must be exactly the one prometheusExpr() writes, or it may mean something else.
        if (!sameHysteresis(*expr, rule, alertName)) {
            fail(QStringLiteral("expr"),
                 PrometheusRuleImportText::tr(
                     "the ALERTS part must be ALERTS{alertname=\"%1\",alertstate=\"firing\",severity=...} "
                     "ignoring "
                     "alertname, alertstate, severity and the rule's labels")
                     .arg(alertName));
            return false;
        }
        return true;
    }

    static bool sameHysteresis(const PromqlRuleExpr &expr, const AlertRule &rule, const QString &alertName)
    {
        QStringList ignoring{QStringLiteral("alertname"), QStringLiteral("alertstate"),
                             QStringLiteral("severity")};
        QList<LabelMatcher> alerts{{QStringLiteral("alertname"), alertName},
                                   {QStringLiteral("alertstate"), QStringLiteral("firing")},
                                   {QStringLiteral("severity"), rule.severity}};
        for (const auto &[name, value] : rule.labels) {
            ignoring.append(name);
            if (!value.contains(QLatin1String("{{")))
                alerts.append({name, value});
        }
        ignoring.sort();
        auto byName = [](const LabelMatcher &a, const LabelMatcher &b) {
            return a.name < b.name;
        };
        std::sort(alerts.begin(), alerts.end(), byName);
        QList<LabelMatcher> got = expr.alertsMatchers;
        std::sort(got.begin(), got.end(), byName);
        return expr.ignoring == ignoring && got == alerts;
    }

    QString m_file;
    AlertRulesParseResult &m_result;
    int m_number = 0;
};

} // namespace

AlertRulesParseResult fromPrometheusYaml(const QByteArray &yaml, const QString &fileName)
{
    AlertRulesParseResult result;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        Importer(fileName, result).run(root);
    } catch (const YAML::Exception &e) {
        result.add({fileName,
                    e.mark.is_null() ? 0 : e.mark.line + 1,
                    e.mark.is_null() ? 0 : e.mark.column + 1,
                    0,
                    {},
                    {},
                    PrometheusRuleImportText::tr("not valid YAML: %1").arg(QString::fromStdString(e.msg))});
    }
    if (!result.ok())
        result.rules.clear();
    return result;
}

} // namespace Tidewatch::AlertRules
