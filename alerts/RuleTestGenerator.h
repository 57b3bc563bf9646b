#pragma once

#include "AlertRule.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tidewatch::RuleTestGenerator {

/// One `promtool test rules` file.
struct TestFile
{
    QString name;       ///< suggested file name, e.g. "tidewatch-rules.test-30s.yml"
    QByteArray content; ///< YAML
};

/// What generate() produced.
struct Result
{
    QList<TestFile> files; ///< one per evaluation step (rules are grouped by the step their durations need)
    int testedRules = 0;
    QStringList skipped; ///< "rule N (NAME): not tested: why", for rules no test could be made for
};

/// Generates `promtool test rules` unit tests for every enabled rule of @p rules, to be run against the
/// rule file toPrometheusYaml(@p rules) saved as @p ruleFileName (in the same folder). Each rule gets a
/// series of its metric (labels that satisfy its matchers and fill its templates; `cluster` always)
/// whose value stays on the quiet side, crosses the threshold, and goes back; expected are: no alert
/// while pending, the alert from `for` on with the labels and annotations the app's expandAlertTemplate()
/// gives; with a clear threshold, a pending alert dropped by a value between clear and threshold, the
/// firing alert kept there and gone beyond the clear threshold; keep_firing_for respected. The step
/// is the largest one that divides `for`, `keep_firing_for` and 1m.
Result generate(const QList<AlertRule> &rules, const QString &ruleFileName);

/// A value for a label that satisfies every one of @p matchers (all on the same label), or nullopt
/// when none of the candidates tried does (e.g. an unusual regex).
std::optional<QString> labelValueFor(const QString &label, const QList<LabelMatcher> &matchers);

} // namespace Tidewatch::RuleTestGenerator
