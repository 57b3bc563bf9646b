#include "JsonPositions.h"

#include <QSet>

namespace Tidewatch {

/// A recursive scan of valid JSON that only keeps track of lines and paths.
class JsonPositionScanner
{
public:
    JsonPositionScanner(const QByteArray &json, JsonPositions &out)
        : m_p(json.constData())
        , m_end(json.constData() + json.size())
        , m_out(out)
    {}

    void run()
    {
        skipSpace();
        value(QString(), 0);
    }

private:
    static constexpr int kMaxDepth = 256;

    bool atEnd() const { return m_p >= m_end; }

    void skipSpace()
    {
        while (!atEnd() && (*m_p == ' ' || *m_p == '\t' || *m_p == '\r' || *m_p == '\n')) {
            if (*m_p == '\n')
                ++m_line;
            ++m_p;
        }
    }

    void value(const QString &path, int depth)
    {
        m_out.m_lines.insert(path, m_out.m_lines.value(path, m_line));
        if (atEnd() || depth > kMaxDepth)
            return;
        if (*m_p == '{')
            object(path, depth);
        else if (*m_p == '[')
            array(path, depth);
        else if (*m_p == '"')
            string();
        else
            while (!atEnd() && *m_p != ',' && *m_p != '}' && *m_p != ']' && *m_p != ' ' && *m_p != '\n' &&
                   *m_p != '\r' && *m_p != '\t')
                ++m_p;
    }

    void object(const QString &path, int depth)
    {
        ++m_p; // {
        QSet<QString> seen;
        for (skipSpace(); !atEnd() && *m_p != '}'; skipSpace()) {
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            const int keyLine = m_line;
            const QString key = string();
            const QString member = JsonPositions::child(path, key);
            if (seen.contains(key))
                m_out.m_duplicates.append({member, keyLine});
            else
                m_out.m_lines.insert(member, keyLine);
            seen.insert(key);
            skipSpace();
            if (!atEnd() && *m_p == ':')
                ++m_p;
            skipSpace();
            value(member, depth + 1);
        }
        if (!atEnd())
            ++m_p; // }
    }

    void array(const QString &path, int depth)
    {
        ++m_p; // [
        int index = 0;
        for (skipSpace(); !atEnd() && *m_p != ']'; skipSpace()) {
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            const char *before = m_p;
            value(JsonPositions::child(path, QString::number(index++)), depth + 1);
            if (m_p == before) // a stray '}' or ':' in an array (invalid JSON): skip it, never loop
                ++m_p;
        }
        if (!atEnd())
            ++m_p; // ]
    }

    /// Reads a string literal at m_p (the opening quote) and returns it decoded.
    QString string()
    {
        QByteArray utf8;
        QString out;
        auto flush = [&] {
            out += QString::fromUtf8(utf8);
            utf8.clear();
        };
        ++m_p; // "
        while (!atEnd() && *m_p != '"') {
            if (*m_p != '\\') {
                utf8 += *m_p++;
                continue;
            }
            if (++m_p >= m_end)
                break;
            const char e = *m_p++;
            switch (e) {
            case 'b':
                utf8 += '\b';
                break;
            case 'f':
                utf8 += '\f';
                break;
            case 'n':
                utf8 += '\n';
                break;
            case 'r':
                utf8 += '\r';
                break;
            case 't':
                utf8 += '\t';
                break;
            case 'u':
                if (m_end - m_p >= 4) {
                    flush();
                    out += QChar(char16_t(QByteArray(m_p, 4).toUShort(nullptr, 16)));
                    m_p += 4;
                }
                break;
            default: // " \ /
                utf8 += e;
            }
        }
        flush();
        if (!atEnd())
            ++m_p; // "
        return out;
    }

    const char *m_p;
    const char *m_end;
    int m_line = 1;
    JsonPositions &m_out;
};

JsonPositions JsonPositions::index(const QByteArray &json)
{
    JsonPositions positions;
    JsonPositionScanner(json, positions).run();
    return positions;
}

QString JsonPositions::child(const QString &parent, const QString &key)
{
    QString escaped = key;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
    return parent.isEmpty() ? escaped : parent + QLatin1Char('/') + escaped;
}

QPair<int, int> JsonPositions::lineColumn(const QByteArray &json, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    const qsizetype end = std::min(offset, json.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (json.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, int(QString::fromUtf8(json.mid(lineStart, end - lineStart)).size()) + 1};
}

} // namespace Tidewatch
