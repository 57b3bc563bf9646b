#include "Silence.h"

#include "LabelRegex.h"

#include <QCoreApplication>

#include <algorithm>

namespace Tidewatch {

namespace {

QString labelOf(const QList<QPair<QString, QString>> &labels, const QString &name)
{
    for (const auto &[labelName, value] : labels) {
        if (labelName == name)
            return value;
    }
    return {};
}

} // namespace

bool Silence::matches(const QList<QPair<QString, QString>> &labels) const
{
    return !matchers.isEmpty() && std::all_of(matchers.cbegin(), matchers.cend(), [&](const LabelMatcher &m) {
        return m.matches(labelOf(labels, m.name));
    });
}

QString Silence::validationError() const
{
    if (matchers.isEmpty())
        return QCoreApplication::translate("Silence", "A silence needs at least one matcher.");
    for (const LabelMatcher &m : matchers) {
        if (m.name.isEmpty())
            return QCoreApplication::translate("Silence", "A matcher has no label name.");
        // Alertmanager's regexes are Go's (RE2), as the rules' are: one check for both.
        if (m.regex && !LabelRegex::error(m.value).isEmpty())
            return QCoreApplication::translate("Silence", "Invalid regular expression in %1%2\"%3\".")
                .arg(m.name, m.op(), m.value);
    }
    // As Alertmanager: a silence whose matchers all match the empty string would mute everything.
    if (std::all_of(matchers.cbegin(), matchers.cend(), [](const LabelMatcher &m) { return m.matches({}); }))
        return QCoreApplication::translate("Silence",
                                           "At least one matcher must not match the empty string.");
    if (endsAtMs <= startsAtMs)
        return QCoreApplication::translate("Silence", "The end of a silence must be after its start.");
    return {};
}

} // namespace Tidewatch
