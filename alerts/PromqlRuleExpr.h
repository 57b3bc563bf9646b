#pragma once

#include "AlertRule.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Tidewatch {

/// The PromQL expressions a rule file can hold for Tidewatch: `metric{matchers} op number`, or the
/// hysteresis form AlertRules::prometheusExpr() writes:
/// `S op T or (S op C and ignoring(l1, l2, ...) ALERTS{m1, m2, ...})` with S the same selector twice.
struct PromqlRuleExpr
{
    QString metric;
    QList<LabelMatcher> matchers; ///< sorted as AlertRules::parse sorts them
    AlertComparison comparison = AlertComparison::Greater;
    double threshold = 0;
    std::optional<double> clearThreshold;
    QStringList ignoring;               ///< hysteresis form: the ignoring(...) label names, sorted
    QList<LabelMatcher> alertsMatchers; ///< hysteresis form: the matchers of ALERTS{...}

    /// Parses @p expr; on failure returns nullopt and sets @p error (with the 1-based column).
    static std::optional<PromqlRuleExpr> parse(const QString &expr, QString *error);
};

} // namespace Tidewatch
