#pragma once

#include <QString>

namespace Tidewatch::LabelRegex {

/// Why Prometheus would reject @p pattern as the regex of a `=~`/`!~` matcher, or an empty string when
/// it accepts it. Prometheus uses Go's regexp (RE2 syntax): no backreferences, lookaround or possessive
/// quantifiers, repeat counts up to 1000.
QString error(const QString &pattern);

/// Whether the whole of @p value matches @p pattern, anchored as PromQL anchors it (`^(?:pattern)$`),
/// with RE2. An invalid pattern matches nothing. Each pattern is compiled once per thread and cached.
bool fullMatch(const QString &pattern, const QString &value);

} // namespace Tidewatch::LabelRegex
