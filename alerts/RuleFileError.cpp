#include "RuleFileError.h"

#include <QCoreApplication>

namespace Tidewatch {

QString RuleFileError::toString() const
{
    QString out;
    if (!file.isEmpty())
        out += file + QLatin1Char(':');
    if (line > 0)
        out += (out.isEmpty() ? QCoreApplication::translate("RuleFileError", "line %1:").arg(line)
                              : QString::number(line) + QLatin1Char(':'));
    if (line > 0 && column > 0)
        out += QString::number(column) + QLatin1Char(':');
    if (!out.isEmpty())
        out += QLatin1Char(' ');
    if (rule > 0) {
        out += ruleName.isEmpty() ? QCoreApplication::translate("RuleFileError", "rule %1: ").arg(rule)
                                  : QCoreApplication::translate("RuleFileError", "rule %1 (%2): ")
                                        .arg(QString::number(rule), ruleName);
    }
    if (!field.isEmpty())
        out += QCoreApplication::translate("RuleFileError", "field \"%1\": ").arg(field);
    return out + message;
}

QStringList ruleFileErrorStrings(const QList<RuleFileError> &errors)
{
    QStringList out;
    out.reserve(errors.size());
    for (const RuleFileError &e : errors)
        out.append(e.toString());
    return out;
}

} // namespace Tidewatch
