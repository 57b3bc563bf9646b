#include "ProfileIni.h"

#include <QIODevice>
#include <QStringList>

namespace Tidewatch::ProfileIni {

namespace {

bool isHexDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

/// A key or section name as QSettings::IniFormat writes it: '/' as '\', other characters than
/// [A-Za-z0-9_.-] as %XX or %UXXXX, so files stay readable by both.
QString encodeKey(const QString &key)
{
    QString out;
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        if (u == '/')
            out += QLatin1Char('\\');
        else if ((u < 0x80 && c.isLetterOrNumber()) || u == '_' || u == '-' || u == '.')
            out += c;
        else if (u <= 0xff)
            out += QStringLiteral("%%1").arg(int(u), 2, 16, QLatin1Char('0')).toUpper();
        else
            out += QStringLiteral("%U%1").arg(int(u), 4, 16, QLatin1Char('0')).toUpper();
    }
    return out;
}

QString decodeKey(QStringView raw)
{
    QString out;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c == QLatin1Char('\\')) {
            out += QLatin1Char('/');
            continue;
        }
        const bool wide = c == QLatin1Char('%') && i + 1 < raw.size() && raw.at(i + 1) == QLatin1Char('U');
        const qsizetype digits = wide ? 4 : 2;
        const qsizetype first = i + (wide ? 2 : 1);
        bool ok = false;
        const uint code = c == QLatin1Char('%') && first + digits <= raw.size()
                              ? raw.mid(first, digits).toUInt(&ok, 16)
                              : 0;
        if (ok) {
            out += QChar(char16_t(code));
            i = first + digits - 1;
        } else {
            out += c;
        }
    }
    return out;
}

QString textOf(const QVariant &value)
{
    // The profiles file holds text: lists (a QSettings caller may set one) are written comma-separated.
    return value.typeId() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(','))
                                                    : value.toString();
}

bool readFile(QIODevice &device, QSettings::SettingsMap &map)
{
    QString section;
    const QStringList lines = QString::fromUtf8(device.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char(';')) || trimmed.startsWith(QLatin1Char('#')))
            continue;
        if (trimmed.startsWith(QLatin1Char('[')) && trimmed.endsWith(QLatin1Char(']'))) {
            section = decodeKey(QStringView(trimmed).mid(1, trimmed.size() - 2).trimmed());
            if (section.compare(QLatin1String("General"), Qt::CaseInsensitive) == 0)
                section.clear();
            continue;
        }
        const qsizetype eq = trimmed.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue; // not a key=value line: QSettings::IniFormat ignores it too
        const QString key = decodeKey(QStringView(trimmed).left(eq).trimmed());
        const QString value = decodeValue(QStringView(trimmed).mid(eq + 1).trimmed());
        map.insert(section.isEmpty() ? key : section + QLatin1Char('/') + key, value);
    }
    return true;
}

bool writeFile(QIODevice &device, const QSettings::SettingsMap &map)
{
    // QSettings::SettingsMap is sorted: the keys of one section are together.
    QString general;
    QString sections;
    QString current;
    bool first = true;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const qsizetype slash = it.key().indexOf(QLatin1Char('/'));
        const QString line = encodeKey(slash < 0 ? it.key() : it.key().mid(slash + 1)) + QLatin1Char('=') +
                             encodeValue(textOf(it.value())) + QLatin1Char('\n');
        if (slash < 0) {
            general += line;
            continue;
        }
        const QString section = it.key().left(slash);
        if (first || section != current) {
            sections += (sections.isEmpty() ? QString() : QStringLiteral("\n")) + QLatin1Char('[') +
                        encodeKey(section) + QStringLiteral("]\n");
            current = section;
            first = false;
        }
        sections += line;
    }
    QString out;
    if (!general.isEmpty())
        out =
            QStringLiteral("[General]\n") + general + (sections.isEmpty() ? QString() : QStringLiteral("\n"));
    out += sections;
    const QByteArray data = out.toUtf8();
    return device.write(data) == data.size();
}

} // namespace

QString encodeValue(const QString &value)
{
    bool quote = !value.isEmpty() && (value.front().isSpace() || value.back().isSpace());
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        quote = quote || u < 0x20 || u == 0x7f || QStringView(u";#,=\"\\").contains(c);
    }
    if (!quote)
        return value;
    QString out = QStringLiteral("\"");
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t u = value.at(i).unicode();
        if (u == '"' || u == '\\')
            out += QLatin1Char('\\') + value.at(i);
        else if (u == '\n')
            out += QStringLiteral("\\n");
        else if (u == '\r')
            out += QStringLiteral("\\r");
        else if (u == '\t')
            out += QStringLiteral("\\t");
        else if (u < 0x20 || u == 0x7f)
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else if (i > 0 && isHexDigit(value.at(i)) && out.size() >= 4 &&
                 out.at(out.size() - 4) == QLatin1Char('\\') && out.at(out.size() - 3) == QLatin1Char('x'))
            // A hex digit right after \xHH would extend that escape: it is escaped itself.
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else
            out += value.at(i);
    }
    return out + QLatin1Char('"');
}

QString decodeValue(QStringView raw)
{
    if (raw.size() < 2 || !raw.startsWith(QLatin1Char('"')) || !raw.endsWith(QLatin1Char('"')))
        return raw.toString();
    const QStringView inner = raw.mid(1, raw.size() - 2);
    QString out;
    for (qsizetype i = 0; i < inner.size(); ++i) {
        const QChar c = inner.at(i);
        if (c != QLatin1Char('\\') || i + 1 == inner.size()) {
            out += c;
            continue;
        }
        const QChar e = inner.at(++i);
        if (e == QLatin1Char('n')) {
            out += QLatin1Char('\n');
        } else if (e == QLatin1Char('r')) {
            out += QLatin1Char('\r');
        } else if (e == QLatin1Char('t')) {
            out += QLatin1Char('\t');
        } else if (e == QLatin1Char('x')) {
            qsizetype end = i + 1;
            while (end < inner.size() && end < i + 5 && isHexDigit(inner.at(end)))
                ++end;
            if (end == i + 1) {
                out += QStringLiteral("\\x");
                continue;
            }
            out += QChar(char16_t(inner.mid(i + 1, end - i - 1).toUInt(nullptr, 16)));
            i = end - 1;
        } else {
            out += e; // \" \\ and anything else: the character itself
        }
    }
    return out;
}

QSettings::Format format()
{
    static const QSettings::Format registered =
        QSettings::registerFormat(QStringLiteral("ini"), &readFile, &writeFile, Qt::CaseSensitive);
    return registered;
}

bool read(QIODevice &device, QSettings::SettingsMap &map)
{
    return readFile(device, map);
}

} // namespace Tidewatch::ProfileIni
