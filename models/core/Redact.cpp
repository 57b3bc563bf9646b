#include "Redact.h"

namespace Tidewatch::Format {

QString redactCredentials(const QString &text)
{
    QString out;
    qsizetype done = 0;
    for (qsizetype scheme = text.indexOf(QLatin1String("://")); scheme >= 0;
         scheme = text.indexOf(QLatin1String("://"), scheme + 3)) {
        const qsizetype start = scheme + 3;
        // The authority ends at the path, query, fragment or white space.
        qsizetype end = start;
        while (end < text.size() && !QStringView(u"/?#\\").contains(text.at(end)) && !text.at(end).isSpace())
            ++end;
        const qsizetype at = text.lastIndexOf(QLatin1Char('@'), end - 1);
        if (at < start || start < done)
            continue;
        out += text.mid(done, start - done);
        out += QLatin1String("***");
        done = at;
    }
    return out + text.mid(done);
}

} // namespace Tidewatch::Format
