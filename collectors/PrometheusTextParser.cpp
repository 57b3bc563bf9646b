#include "PrometheusTextParser.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

namespace Tidewatch {

namespace {

void sortByName(PrometheusLabels &labels)
{
    std::stable_sort(labels.begin(), labels.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isNameStart(char c, bool allowColon)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (allowColon && c == ':');
}

bool isNameChar(char c, bool allowColon)
{
    return isNameStart(c, allowColon) || (c >= '0' && c <= '9');
}

/// Reads one line left to right. Every read either consumes what it expects or leaves the position
/// alone and reports failure, so the caller can turn that into an error message.
class Cursor
{
public:
    explicit Cursor(QByteArrayView line)
        : m_line(line)
    {}

    bool atEnd() const { return m_pos >= m_line.size(); }
    char peek() const { return atEnd() ? '\0' : m_line[m_pos]; }
    void skipBlanks()
    {
        while (!atEnd() && isBlank(m_line[m_pos]))
            ++m_pos;
    }
    bool consume(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    /// A metric name (colons allowed) or a label name (no colons); empty if none starts here.
    QByteArrayView name(bool allowColon)
    {
        const qsizetype start = m_pos;
        if (!atEnd() && isNameStart(m_line[m_pos], allowColon)) {
            while (!atEnd() && isNameChar(m_line[m_pos], allowColon))
                ++m_pos;
        }
        return m_line.sliced(start, m_pos - start);
    }
    /// Characters up to the next blank or the end of the line.
    QByteArrayView token()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && !isBlank(m_line[m_pos]))
            ++m_pos;
        return m_line.sliced(start, m_pos - start);
    }
    QByteArrayView rest()
    {
        const QByteArrayView text = m_line.sliced(m_pos);
        m_pos = m_line.size();
        return text;
    }
    /// The body of a quoted label value after its opening quote, unescaped (\\ \" \n). Returns false
    /// with @p error set on a bad escape or a missing closing quote.
    bool quoted(QByteArray &out, QString &error)
    {
        while (!atEnd()) {
            const char c = m_line[m_pos++];
            if (c == '"')
                return true;
            if (c != '\\') {
                out.append(c);
                continue;
            }
            const char escaped = peek();
            ++m_pos;
            if (escaped == '\\' || escaped == '"')
                out.append(escaped);
            else if (escaped == 'n')
                out.append('\n');
            else {
                error = PrometheusTextParser::tr("invalid escape sequence in a label value");
                return false;
            }
        }
        error = PrometheusTextParser::tr("label value is missing its closing quote");
        return false;
    }

private:
    QByteArrayView m_line;
    qsizetype m_pos = 0;
};

std::optional<double> parseValue(QByteArrayView token)
{
    const QByteArray text = token.toByteArray().toLower();
    if (text == "nan")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == "+inf" || text == "inf")
        return std::numeric_limits<double>::infinity();
    if (text == "-inf")
        return -std::numeric_limits<double>::infinity();
    // Plain and exponent forms ("1", "-0.5", "2.5E7", "1e-3") as Java and Go print them. The last
    // character must be a digit or a dot so spellings like "infinity" are refused, not guessed at.
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || text.isEmpty() ||
        !(std::isdigit(static_cast<unsigned char>(text.back())) || text.back() == '.'))
        return std::nullopt;
    return value;
}

std::optional<PrometheusType> parseType(QByteArrayView token)
{
    if (token == "counter")
        return PrometheusType::Counter;
    if (token == "gauge")
        return PrometheusType::Gauge;
    if (token == "histogram")
        return PrometheusType::Histogram;
    if (token == "summary")
        return PrometheusType::Summary;
    if (token == "untyped")
        return PrometheusType::Untyped;
    return std::nullopt;
}

QString unescapeHelp(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' && i + 1 < text.size() && (text[i + 1] == '\\' || text[i + 1] == 'n')) {
            out.append(text[i + 1] == 'n' ? '\n' : '\\');
            ++i;
        } else {
            // Other backslashes are kept as written: help text is cosmetic, not worth an error.
            out.append(c);
        }
    }
    return QString::fromUtf8(out);
}

/// Handles a `#` line. Returns an error message, or an empty string when fine.
QString parseComment(Cursor &cursor, PrometheusExposition &result)
{
    cursor.consume('#');
    cursor.skipBlanks();
    const QByteArrayView keyword = cursor.token();
    if (keyword != "HELP" && keyword != "TYPE")
        return QString(); // an ordinary comment
    cursor.skipBlanks();
    const QByteArrayView nameBytes = cursor.name(true);
    if (nameBytes.isEmpty() || !(cursor.atEnd() || isBlank(cursor.peek())))
        return PrometheusTextParser::tr("%1 line without a valid metric name")
            .arg(QString::fromLatin1(keyword));
    const QString name = QString::fromLatin1(nameBytes);
    cursor.skipBlanks();
    if (keyword == "HELP") {
        if (result.help.contains(name))
            return PrometheusTextParser::tr("second HELP line for metric %1").arg(name);
        result.help.insert(name, unescapeHelp(cursor.rest()));
        return QString();
    }
    const QByteArrayView typeToken = cursor.token();
    cursor.skipBlanks();
    const auto type = parseType(typeToken);
    if (!type || !cursor.atEnd())
        return PrometheusTextParser::tr("unknown metric type \"%1\" for %2")
            .arg(QString::fromUtf8(typeToken), name);
    if (result.types.contains(name))
        return PrometheusTextParser::tr("second TYPE line for metric %1").arg(name);
    result.types.insert(name, *type);
    return QString();
}

/// Reads `{name="value",...}` after the opening brace into @p labels, sorted by name.
QString parseLabels(Cursor &cursor, PrometheusLabels &labels)
{
    while (true) {
        cursor.skipBlanks();
        if (cursor.consume('}'))
            break;
        const QByteArrayView labelName = cursor.name(false);
        if (labelName.isEmpty())
            return PrometheusTextParser::tr("invalid label name");
        cursor.skipBlanks();
        if (!cursor.consume('='))
            return PrometheusTextParser::tr("expected '=' after label name");
        cursor.skipBlanks();
        if (!cursor.consume('"'))
            return PrometheusTextParser::tr("expected '\"' to start a label value");
        QByteArray value;
        QString error;
        if (!cursor.quoted(value, error))
            return error;
        labels.append({QString::fromLatin1(labelName), QString::fromUtf8(value)});
        cursor.skipBlanks();
        if (cursor.consume('}'))
            break;
        if (!cursor.consume(','))
            return PrometheusTextParser::tr("expected ',' or '}' after a label value");
    }
    // Sorted first, so a repeated name is found next to itself: n log n even for a line with
    // tens of thousands of labels (a search per label was quadratic).
    sortByName(labels);
    const auto twice = std::adjacent_find(labels.cbegin(), labels.cend(),
                                          [](const auto &a, const auto &b) { return a.first == b.first; });
    if (twice != labels.cend())
        return PrometheusTextParser::tr("label %1 appears twice").arg(twice->first);
    return QString();
}

/// Handles a sample line. Returns an error message, or an empty string when fine.
QString parseSample(Cursor &cursor, PrometheusExposition &result)
{
    PrometheusSample sample;
    const QByteArrayView name = cursor.name(true);
    if (name.isEmpty())
        return PrometheusTextParser::tr("invalid metric name");
    sample.name = QString::fromLatin1(name);
    if (!cursor.atEnd() && !isBlank(cursor.peek()) && cursor.peek() != '{')
        return PrometheusTextParser::tr("invalid metric name"); // e.g. "bytes-in 1"
    cursor.skipBlanks();
    if (cursor.consume('{')) {
        const QString error = parseLabels(cursor, sample.labels);
        if (!error.isEmpty())
            return error;
        cursor.skipBlanks();
    }
    const QByteArrayView valueToken = cursor.token();
    if (valueToken.isEmpty())
        return PrometheusTextParser::tr("sample has no value");
    const auto value = parseValue(valueToken);
    if (!value)
        return PrometheusTextParser::tr("invalid value \"%1\"").arg(QString::fromUtf8(valueToken));
    sample.value = *value;
    cursor.skipBlanks();
    if (!cursor.atEnd()) {
        const QByteArrayView timestampToken = cursor.token();
        bool ok = false;
        const qint64 timestamp = timestampToken.toByteArray().toLongLong(&ok);
        if (!ok)
            return PrometheusTextParser::tr("invalid timestamp \"%1\"")
                .arg(QString::fromUtf8(timestampToken));
        sample.timestampMs = timestamp;
        cursor.skipBlanks();
        if (!cursor.atEnd())
            return PrometheusTextParser::tr("unexpected text after the timestamp");
    }
    result.samples.append(std::move(sample));
    return QString();
}

} // namespace

QString PrometheusSample::label(const QString &name) const
{
    for (const auto &pair : labels) {
        if (pair.first == name)
            return pair.second;
    }
    return QString();
}

bool PrometheusSample::hasLabels(const PrometheusLabels &subset) const
{
    return std::all_of(subset.cbegin(), subset.cend(),
                       [this](const QPair<QString, QString> &wanted) { return labels.contains(wanted); });
}

PrometheusType PrometheusExposition::typeOf(const QString &sampleName) const
{
    if (const auto it = types.constFind(sampleName); it != types.cend())
        return *it;
    for (const QLatin1String suffix :
         {QLatin1String("_bucket"), QLatin1String("_sum"), QLatin1String("_count")}) {
        if (!sampleName.endsWith(suffix))
            continue;
        const auto it = types.constFind(sampleName.chopped(suffix.size()));
        if (it == types.cend())
            continue;
        const bool bucket = suffix == QLatin1String("_bucket");
        if (*it == PrometheusType::Histogram || (*it == PrometheusType::Summary && !bucket))
            return *it;
    }
    return PrometheusType::Untyped;
}

QList<PrometheusSample> PrometheusExposition::find(const QString &name, const PrometheusLabels &labels) const
{
    QList<PrometheusSample> result;
    for (const PrometheusSample &sample : samples) {
        if (sample.name == name && sample.hasLabels(labels))
            result.append(sample);
    }
    return result;
}

std::optional<double> PrometheusExposition::value(const QString &name, const PrometheusLabels &labels) const
{
    PrometheusLabels sorted = labels;
    sortByName(sorted);
    for (const PrometheusSample &sample : samples) {
        if (sample.name == name && sample.labels == sorted)
            return sample.value;
    }
    return std::nullopt;
}

std::optional<double> PrometheusExposition::sum(const QString &name, const PrometheusLabels &labels) const
{
    std::optional<double> total;
    for (const PrometheusSample &sample : samples) {
        if (sample.name != name || !sample.hasLabels(labels) || std::isnan(sample.value))
            continue;
        total = total.value_or(0.0) + sample.value;
    }
    return total;
}

QMap<QString, double> PrometheusExposition::sumBy(const QString &name, const QString &by) const
{
    QMap<QString, double> result;
    for (const PrometheusSample &sample : samples) {
        if (sample.name != name || std::isnan(sample.value))
            continue;
        const auto it = std::find_if(sample.labels.cbegin(), sample.labels.cend(),
                                     [&by](const QPair<QString, QString> &l) { return l.first == by; });
        if (it != sample.labels.cend())
            result[it->second] += sample.value;
    }
    return result;
}

PrometheusExposition PrometheusTextParser::parse(const QByteArray &text)
{
    PrometheusExposition result;
    int lineNumber = 0;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView line = QByteArrayView(text).sliced(start, end - start);
        start = end + 1;
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        Cursor cursor(line);
        cursor.skipBlanks();
        if (cursor.atEnd())
            continue;
        const QString error =
            cursor.peek() == '#' ? parseComment(cursor, result) : parseSample(cursor, result);
        if (!error.isEmpty())
            result.errors.append(PrometheusParseError{lineNumber, error});
    }
    return result;
}

QString PrometheusTextParser::typeName(PrometheusType type)
{
    switch (type) {
    case PrometheusType::Counter:
        return QStringLiteral("counter");
    case PrometheusType::Gauge:
        return QStringLiteral("gauge");
    case PrometheusType::Histogram:
        return QStringLiteral("histogram");
    case PrometheusType::Summary:
        return QStringLiteral("summary");
    case PrometheusType::Untyped:
        break;
    }
    return QStringLiteral("untyped");
}

} // namespace Tidewatch
