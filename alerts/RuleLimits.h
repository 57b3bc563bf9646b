#pragma once

#include "AlertRule.h"

#include <QString>

namespace Tidewatch {

namespace PromDuration {
/// The longest duration Prometheus accepts (it keeps durations as int64 nanoseconds: about 292 years),
/// in milliseconds: 292y24w3d23h47m16s854ms. Rules files refuse longer ones.
constexpr qint64 kMaxMs = 9'223'372'036'854;
} // namespace PromDuration

namespace AlertRules {
/// What makes two rules the same rule (alert name and matchers, in the canonical order parse() sorts
/// them into) as a hash key: files with duplicates are refused, and an import replaces the rule of the
/// same identity. Each part is length-prefixed, so no text can make two different rules collide.
inline QString identity(const AlertRule &rule)
{
    QString key = QString::number(rule.name.size()) + QLatin1Char(':') + rule.name;
    for (const LabelMatcher &m : rule.matchers) {
        for (const QString &part : {m.name, m.op(), m.value})
            key += QLatin1Char('|') + QString::number(part.size()) + QLatin1Char(':') + part;
    }
    return key;
}
} // namespace AlertRules

} // namespace Tidewatch
