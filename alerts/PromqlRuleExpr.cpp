#include "PromqlRuleExpr.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace Tidewatch {

namespace {

struct PromqlRuleExprText
{
    Q_DECLARE_TR_FUNCTIONS(PromqlRuleExpr)
};

struct Token
{
    enum Kind
    {
        End,
        Ident,
        String,
        Number,
        Punct
    };
    Kind kind = End;
    QString text; ///< identifiers, punctuation, operators; decoded value of strings; numbers as written
    qsizetype column = 0;
};

class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    {}

    /// Splits the whole text; false (and m_error) on a character or literal PromQL would not accept here.
    bool run(QList<Token> &out)
    {
        for (;;) {
            while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
                ++m_pos;
            Token token;
            token.column = m_pos + 1;
            if (m_pos >= m_text.size()) {
                out.append(token);
                return true;
            }
            const QChar c = m_text.at(m_pos);
            const bool ascii = c.unicode() < 0x80; // PromQL names and numbers are ASCII
            if (ascii && (c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char(':'))) {
                token.kind = Token::Ident;
                while (m_pos < m_text.size() && (isIdentChar(m_text.at(m_pos))))
                    token.text += m_text.at(m_pos++);
            } else if ((ascii && c.isDigit()) || (c == QLatin1Char('.') && m_pos + 1 < m_text.size() &&
                                                  m_text.at(m_pos + 1).isDigit())) {
                token.kind = Token::Number;
                while (m_pos < m_text.size() &&
                       (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == QLatin1Char('.') ||
                        ((m_text.at(m_pos) == QLatin1Char('+') || m_text.at(m_pos) == QLatin1Char('-')) &&
                         m_text.at(m_pos - 1).toLower() == QLatin1Char('e'))))
                    token.text += m_text.at(m_pos++);
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('`')) {
                token.kind = Token::String;
                if (!string(token.text))
                    return false;
            } else {
                token.kind = Token::Punct;
                static const QStringList two{QStringLiteral("=="), QStringLiteral("!="),
                                             QStringLiteral(">="), QStringLiteral("<="),
                                             QStringLiteral("=~"), QStringLiteral("!~")};
                const QString pair = m_text.mid(m_pos, 2);
                if (two.contains(pair)) {
                    token.text = pair;
                    m_pos += 2;
                } else if (QStringLiteral("{}(),<>=-+").contains(c)) {
                    token.text = c;
                    ++m_pos;
                } else {
                    m_error =
                        PromqlRuleExprText::tr("column %1: unexpected character '%2'").arg(m_pos + 1).arg(c);
                    return false;
                }
            }
            out.append(token);
        }
    }

    QString error() const { return m_error; }

private:
    static bool isIdentChar(QChar c)
    {
        return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char(':'));
    }

    bool string(QString &out)
    {
        const QChar quote = m_text.at(m_pos++);
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos) != quote) {
            QChar c = m_text.at(m_pos++);
            if (quote == QLatin1Char('`') || c != QLatin1Char('\\')) {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            c = m_text.at(m_pos++);
            switch (c.unicode()) {
            case 'a':
                out += QChar(0x07);
                break;
            case 'b':
                out += QChar(0x08);
                break;
            case 'f':
                out += QChar(0x0c);
                break;
            case 'n':
                out += QChar(0x0a);
                break;
            case 'r':
                out += QChar(0x0d);
                break;
            case 't':
                out += QChar(0x09);
                break;
            case 'v':
                out += QChar(0x0b);
                break;
            case '\\':
            case '"':
            case '\'':
                out += c;
                break;
            case 'x':
            case 'u':
            case 'U': {
                const int digits = c == QLatin1Char('x') ? 2 : c == QLatin1Char('u') ? 4 : 8;
                bool ok = false;
                const uint code = m_text.mid(m_pos, digits).toUInt(&ok, 16);
                if (!ok || m_pos + digits > m_text.size()) {
                    m_error = PromqlRuleExprText::tr("column %1: bad escape in a string").arg(m_pos);
                    return false;
                }
                m_pos += digits;
                const char32_t u = code;
                out += QString::fromUcs4(&u, 1);
                break;
            }
            default:
                m_error = PromqlRuleExprText::tr("column %1: unsupported escape '\\%2' in a string")
                              .arg(m_pos - 1)
                              .arg(c);
                return false;
            }
        }
        if (m_pos >= m_text.size()) {
            m_error = PromqlRuleExprText::tr("column %1: unterminated string").arg(start);
            return false;
        }
        ++m_pos; // closing quote
        return true;
    }

    QString m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

class Parser
{
public:
    explicit Parser(QList<Token> tokens)
        : m_tokens(std::move(tokens))
    {}

    std::optional<PromqlRuleExpr> run(QString *error)
    {
        PromqlRuleExpr out;
        if (!condition(out.metric, out.matchers, out.comparison, out.threshold))
            return fail(error);
        if (peekIdent(QStringLiteral("or"))) {
            ++m_at;
            QString metric;
            QList<LabelMatcher> matchers;
            AlertComparison comparison{};
            double clear = 0;
            QString alertsMetric;
            if (!expect(QStringLiteral("(")) || !condition(metric, matchers, comparison, clear) ||
                !expectIdent(QStringLiteral("and")) || !expectIdent(QStringLiteral("ignoring")) ||
                !expect(QStringLiteral("(")) || !labelList(out.ignoring) ||
                !selector(alertsMetric, out.alertsMatchers) || !expect(QStringLiteral(")")))
                return fail(error);
            if (metric != out.metric || matchers != out.matchers || comparison != out.comparison)
                return fail(error,
                            PromqlRuleExprText::tr(
                                "the two sides of 'or' must compare the same series with the same op"));
            if (alertsMetric != QLatin1String("ALERTS"))
                return fail(error, PromqlRuleExprText::tr("the right side of 'and' must be ALERTS{...}"));
            out.clearThreshold = clear;
        }
        if (m_tokens.at(m_at).kind != Token::End)
            return fail(error, PromqlRuleExprText::tr("unexpected '%1'").arg(m_tokens.at(m_at).text));
        return out;
    }

private:
    const Token &peek() const { return m_tokens.at(m_at); }
    bool peekIdent(const QString &word) const { return peek().kind == Token::Ident && peek().text == word; }

    bool setError(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = PromqlRuleExprText::tr("column %1: %2").arg(peek().column).arg(message);
        return false;
    }

    std::optional<PromqlRuleExpr> fail(QString *error, const QString &message = QString())
    {
        if (!message.isEmpty())
            setError(message);
        if (error)
            *error = m_error;
        return std::nullopt;
    }

    bool expect(const QString &punct)
    {
        if (peek().kind != Token::Punct || peek().text != punct)
            return setError(PromqlRuleExprText::tr("expected '%1'").arg(punct));
        ++m_at;
        return true;
    }

    bool expectIdent(const QString &word)
    {
        if (!peekIdent(word))
            return setError(PromqlRuleExprText::tr("expected '%1'").arg(word));
        ++m_at;
        return true;
    }

    bool condition(QString &metric, QList<LabelMatcher> &matchers, AlertComparison &comparison, double &value)
    {
        if (!selector(metric, matchers))
            return false;
        const auto c = peek().kind == Token::Punct ? parseComparison(peek().text) : std::nullopt;
        if (!c)
            return setError(PromqlRuleExprText::tr("expected a comparison (>, >=, <, <=, == or !=)"));
        comparison = *c;
        ++m_at;
        if (peekIdent(QStringLiteral("bool")))
            return setError(PromqlRuleExprText::tr("the bool modifier is not supported"));
        return number(value);
    }

    bool selector(QString &metric, QList<LabelMatcher> &matchers)
    {
        if (peek().kind != Token::Ident)
            return setError(PromqlRuleExprText::tr("expected a metric name"));
        metric = peek().text;
        ++m_at;
        if (peek().kind != Token::Punct || peek().text != QLatin1String("{"))
            return true;
        ++m_at;
        while (!(peek().kind == Token::Punct && peek().text == QLatin1String("}"))) {
            LabelMatcher m;
            if (peek().kind != Token::Ident)
                return setError(PromqlRuleExprText::tr("expected a label name"));
            m.name = peek().text;
            ++m_at;
            const QString op = peek().kind == Token::Punct ? peek().text : QString();
            if (op != QLatin1String("=") && op != QLatin1String("!=") && op != QLatin1String("=~") &&
                op != QLatin1String("!~"))
                return setError(PromqlRuleExprText::tr("expected =, !=, =~ or !~"));
            m.regex = op.endsWith(QLatin1Char('~'));
            m.negate = op.startsWith(QLatin1Char('!'));
            ++m_at;
            if (peek().kind != Token::String)
                return setError(PromqlRuleExprText::tr("expected a quoted label value"));
            m.value = peek().text;
            ++m_at;
            matchers.append(m);
            if (peek().kind == Token::Punct && peek().text == QLatin1String(","))
                ++m_at;
            else if (!(peek().kind == Token::Punct && peek().text == QLatin1String("}")))
                return setError(PromqlRuleExprText::tr("expected ',' or '}'"));
        }
        ++m_at;
        std::sort(matchers.begin(), matchers.end(), [](const LabelMatcher &a, const LabelMatcher &b) {
            return std::tuple(a.name, a.op(), a.value) < std::tuple(b.name, b.op(), b.value);
        });
        return true;
    }

    bool labelList(QStringList &out)
    {
        while (!(peek().kind == Token::Punct && peek().text == QLatin1String(")"))) {
            if (peek().kind != Token::Ident)
                return setError(PromqlRuleExprText::tr("expected a label name"));
            out.append(peek().text);
            ++m_at;
            if (peek().kind == Token::Punct && peek().text == QLatin1String(","))
                ++m_at;
        }
        ++m_at;
        out.sort();
        return true;
    }

    bool number(double &out)
    {
        double sign = 1;
        if (peek().kind == Token::Punct &&
            (peek().text == QLatin1String("-") || peek().text == QLatin1String("+"))) {
            sign = peek().text == QLatin1String("-") ? -1 : 1;
            ++m_at;
        }
        const QString text = peek().text.toLower();
        bool ok = false;
        if (peek().kind == Token::Ident && text == QLatin1String("inf")) {
            out = std::numeric_limits<double>::infinity();
            ok = true;
        } else if (peek().kind == Token::Ident && text == QLatin1String("nan")) {
            out = std::numeric_limits<double>::quiet_NaN();
            ok = true;
        } else if (peek().kind == Token::Number) {
            out = text.startsWith(QLatin1String("0x")) ? double(text.mid(2).toLongLong(&ok, 16))
                                                       : text.toDouble(&ok);
        }
        if (!ok)
            return setError(PromqlRuleExprText::tr("expected a number"));
        out *= sign;
        ++m_at;
        return true;
    }

    QList<Token> m_tokens;
    qsizetype m_at = 0;
    QString m_error;
};

} // namespace

std::optional<PromqlRuleExpr> PromqlRuleExpr::parse(const QString &expr, QString *error)
{
    QList<Token> tokens;
    Lexer lexer(expr);
    if (!lexer.run(tokens)) {
        if (error)
            *error = lexer.error();
        return std::nullopt;
    }
    return Parser(tokens).run(error);
}

} // namespace Tidewatch
