#include "IniFileCheck.h"

#include <QCoreApplication>
#include <QFile>

namespace Tidewatch::IniFileCheck {

namespace {

int firstBadProfilesLine(const QByteArray &data)
{
    int line = 0;
    for (const QByteArray &text : data.split('\n')) {
        ++line;
        const QByteArray t = text.trimmed();
        if (t.isEmpty() || t.startsWith(';') || t.startsWith('#'))
            continue;
        if (t.startsWith('[') ? !t.endsWith(']') : t.indexOf('=') <= 0)
            return line;
    }
    return 0;
}

} // namespace

int firstBadLine(const QByteArray &data, Dialect dialect)
{
    if (dialect == Dialect::Profiles)
        return firstBadProfilesLine(data);
    int line = 1;
    qsizetype i = 0;
    const qsizetype n = data.size();
    while (i < n) {
        const int start = line;
        // One logical line: to a newline outside quotes that no backslash continues.
        QByteArray text;
        bool quoted = false;
        for (; i < n; ++i) {
            const char c = data.at(i);
            if (c == '\n') {
                ++line;
                if (!quoted && !(text.endsWith('\\') || text.endsWith("\\\r"))) {
                    ++i;
                    break;
                }
            }
            if (c == '"')
                quoted = !quoted;
            text += c;
        }
        const QByteArray t = text.trimmed();
        if (t.isEmpty() || t.startsWith(';'))
            continue;
        if (t.startsWith('[') ? !t.contains(']') : !t.contains('='))
            return start;
    }
    return 0;
}

QString problem(const QString &path, Dialect dialect)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("IniFileCheck", "%1 cannot be read: %2")
            .arg(path, file.errorString());
    const int bad = firstBadLine(file.readAll(), dialect);
    if (bad == 0)
        return {};
    return QCoreApplication::translate(
               "IniFileCheck", "%1 cannot be read: line %2 is neither [section], key=value nor a ; comment")
        .arg(path)
        .arg(bad);
}

} // namespace Tidewatch::IniFileCheck
