#include "StackTools.h"

#include <QProcess>
#include <QRegularExpression>

namespace Tidewatch::StackTools {

ToolResult stack(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(qEnvironmentVariable("TIDEWATCH_STACK"), args);
    ToolResult result;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = p.exitCode();
    result.out = QString::fromUtf8(p.readAllStandardOutput());
    result.err = QString::fromUtf8(p.readAllStandardError());
    return result;
}

QList<DescribedOffset> parseGroupDescribe(const QString &text)
{
    // GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID
    QList<DescribedOffset> rows;
    const auto number = [](const QString &s) {
        return s == QLatin1String("-") ? qint64(-1) : s.toLongLong();
    };
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QStringList f = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (f.size() < 6 || f[0] == QLatin1String("GROUP"))
            continue;
        bool ok = false;
        const int partition = f[2].toInt(&ok);
        if (!ok)
            continue;
        rows.append({f[0], f[1], partition, number(f[3]), number(f[4]), number(f[5])});
    }
    return rows;
}

QSet<QPair<QString, int>> parseTopicPartitions(const QString &text)
{
    QSet<QPair<QString, int>> out;
    static const QRegularExpression line(QStringLiteral("Topic:\\s*(\\S+)\\s+Partition:\\s*(\\d+)"));
    for (auto it = line.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out.insert({m.captured(1), m.captured(2).toInt()});
    }
    return out;
}

} // namespace Tidewatch::StackTools
