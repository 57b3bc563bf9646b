#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Tidewatch {

/// One problem of a rules file (our JSON or a Prometheus YAML rule file), located as precisely as
/// the file allows. toString() gives the one-line form every tool prints:
/// `rules.json:14: rule 3 (KafkaLagHigh): field "threshold": must be a number`.
struct RuleFileError
{
    QString file;     ///< the file as the user named it; empty for data that came from no file
    int line = 0;     ///< 1-based; 0 when the problem has no line (e.g. the file cannot be read)
    int column = 0;   ///< 1-based; 0 when unknown (only syntax errors have one)
    int rule = 0;     ///< 1-based number of the rule in the file; 0 when not about one rule
    QString ruleName; ///< the rule's alert name, when it has one
    QString field;    ///< the field the problem is in, e.g. "threshold" or "labels.team"; may be empty
    QString message;  ///< what is wrong, e.g. "must be a number"

    /// `FILE:LINE: rule N (NAME): field "F": MESSAGE`, leaving out the parts that are unknown.
    QString toString() const;

    friend bool operator==(const RuleFileError &, const RuleFileError &) = default;
};

/// toString() of each error.
QStringList ruleFileErrorStrings(const QList<RuleFileError> &errors);

} // namespace Tidewatch
