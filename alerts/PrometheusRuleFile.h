#pragma once

#include "AlertRule.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Tidewatch::AlertRules {

/// The enabled rules as a Prometheus rule file that Prometheus 2.42 loads (`promtool check rules`):
/// one group, each rule with alert, expr, for, keep_firing_for (only when set), a severity label and
/// summary/description annotations. Every string is double-quoted, so no value can change the structure.
QByteArray toPrometheusYaml(const QList<AlertRule> &rules,
                            const QString &groupName = QStringLiteral("tidewatch"));

} // namespace Tidewatch::AlertRules
