#include "AlertRule.h"

#include "LabelRegex.h"
#include "PromHumanize.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Tidewatch {

QString promqlQuoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

namespace {

struct TemplateAction
{
    qsizetype begin = -1; ///< index of "{{"
    qsizetype end = -1;   ///< index after "}}"
    QString inner;        ///< the action without braces and surrounding spaces
};

/// The template action starting at or after @p from; begin < 0 when there is none, end < 0 when unclosed.
TemplateAction nextAction(const QString &text, qsizetype from)
{
    TemplateAction action;
    action.begin = text.indexOf(QLatin1String("{{"), from);
    if (action.begin < 0)
        return action;
    const qsizetype close = text.indexOf(QLatin1String("}}"), action.begin + 2);
    if (close < 0)
        return action;
    action.end = close + 2;
    action.inner = text.mid(action.begin + 2, close - action.begin - 2).trimmed();
    return action;
}

const QRegularExpression &labelActionPattern()
{
    static const QRegularExpression re(QStringLiteral("^\\$labels\\.([a-zA-Z_][a-zA-Z0-9_]*)$"));
    return re;
}

/// `$value | FUNCTION`: the function's name, else empty.
QString valueFunction(const QString &inner)
{
    static const QRegularExpression re(QStringLiteral("^\\$value\\s*\\|\\s*([a-zA-Z]+)$"));
    const auto m = re.match(inner);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

QString comparisonToken(AlertComparison comparison)
{
    switch (comparison) {
    case AlertComparison::Greater:
        return QStringLiteral(">");
    case AlertComparison::GreaterOrEqual:
        return QStringLiteral(">=");
    case AlertComparison::Less:
        return QStringLiteral("<");
    case AlertComparison::LessOrEqual:
        return QStringLiteral("<=");
    case AlertComparison::Equal:
        return QStringLiteral("==");
    case AlertComparison::NotEqual:
        return QStringLiteral("!=");
    }
    return {};
}

std::optional<AlertComparison> parseComparison(const QString &token)
{
    for (const auto c : {AlertComparison::Greater, AlertComparison::GreaterOrEqual, AlertComparison::Less,
                         AlertComparison::LessOrEqual, AlertComparison::Equal, AlertComparison::NotEqual}) {
        if (comparisonToken(c) == token)
            return c;
    }
    return std::nullopt;
}

QString LabelMatcher::op() const
{
    if (regex)
        return negate ? QStringLiteral("!~") : QStringLiteral("=~");
    return negate ? QStringLiteral("!=") : QStringLiteral("=");
}

bool LabelMatcher::matches(const QString &labelValue) const
{
    const bool equal = regex ? LabelRegex::fullMatch(value, labelValue) : labelValue == value;
    return equal != negate;
}

QString AlertRule::selector() const
{
    if (matchers.isEmpty())
        return metric;
    QStringList parts;
    for (const LabelMatcher &m : matchers)
        parts.append(m.name + m.op() + promqlQuoted(m.value));
    return metric + QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString AlertRule::promql() const
{
    return selector() + QLatin1Char(' ') + comparisonToken(comparison) + QLatin1Char(' ') +
           formatPromValue(threshold);
}

bool AlertRule::matches(const MetricSample &sample) const
{
    if (sample.name != metric)
        return false;
    return std::all_of(matchers.cbegin(), matchers.cend(),
                       [&](const LabelMatcher &m) { return m.matches(sample.label(m.name)); });
}

bool AlertRule::holds(double value) const
{
    switch (comparison) {
    case AlertComparison::Greater:
        return value > threshold;
    case AlertComparison::GreaterOrEqual:
        return value >= threshold;
    case AlertComparison::Less:
        return value < threshold;
    case AlertComparison::LessOrEqual:
        return value <= threshold;
    case AlertComparison::Equal:
        return value == threshold;
    case AlertComparison::NotEqual:
        return value != threshold;
    }
    return false;
}

QString formatPromValue(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    if (value == 0)
        return QStringLiteral("0"); // also -0, which Go prints as "-0" but PromQL reads as 0 anyway
    // Go's %v (strconv 'g', shortest): exponent form when the decimal exponent is < -4 or >= 6, so
    // 123456.5 but 1.048576e+06 (checked against promtool 2.42).
    const QString scientific = QString::number(value, 'e', QLocale::FloatingPointShortest);
    const int exponent = QStringView(scientific).mid(scientific.indexOf(QLatin1Char('e')) + 1).toInt();
    if (exponent < -4 || exponent >= 6)
        return scientific;
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QString expandAlertTemplate(const QString &text, const MetricSample &sample)
{
    QString out;
    qsizetype pos = 0;
    for (TemplateAction a = nextAction(text, 0); a.begin >= 0 && a.end >= 0; a = nextAction(text, pos)) {
        out += QStringView(text).mid(pos, a.begin - pos);
        if (a.inner == QLatin1String("$value")) {
            out += formatPromValue(sample.value);
        } else if (const QString function = valueFunction(a.inner); !function.isEmpty()) {
            out += humanizeValue(function, sample.value).value_or(QString());
        } else if (const auto m = labelActionPattern().match(a.inner); m.hasMatch()) {
            const QString name = m.captured(1);
            out += name == QLatin1String("__name__") ? sample.name : sample.label(name);
        }
        pos = a.end;
    }
    return out + QStringView(text).mid(pos);
}

QString alertTemplateError(const QString &text)
{
    qsizetype pos = 0;
    for (TemplateAction a = nextAction(text, 0); a.begin >= 0; a = nextAction(text, pos)) {
        if (a.end < 0)
            return QCoreApplication::translate("AlertRule", "unclosed '{{' at position %1").arg(a.begin + 1);
        const QString function = valueFunction(a.inner);
        if (!function.isEmpty() && !humanizeValue(function, 0))
            return QCoreApplication::translate("AlertRule",
                                               "unsupported template function '%1' (use humanize, "
                                               "humanizePercentage or humanizeDuration)")
                .arg(function);
        if (a.inner != QLatin1String("$value") && function.isEmpty() &&
            !labelActionPattern().match(a.inner).hasMatch())
            return QCoreApplication::translate("AlertRule",
                                               "unsupported template action '%1' (use {{ $value }}, "
                                               "{{ $value | humanizePercentage }} or {{ $labels.NAME }})")
                .arg(text.mid(a.begin, a.end - a.begin));
        pos = a.end;
    }
    return {};
}

} // namespace Tidewatch
