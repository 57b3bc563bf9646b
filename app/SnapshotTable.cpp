#include "SnapshotTable.h"

#include "Format.h"
#include "Redact.h"
#include "SnapshotJson.h"

#include <QCoreApplication>

#include <algorithm>

namespace Tidewatch::SnapshotTable {

namespace {

struct SnapshotTableText
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotTable)
};

/// Unknown counts are never shown as -1.
QString countOrUnknown(qint64 value)
{
    return value >= 0 ? Format::count(double(value)) : SnapshotTableText::tr("unknown");
}

QString numberOrUnknown(qint64 value)
{
    return value >= 0 ? QString::number(value) : SnapshotTableText::tr("unknown");
}

/// Left-aligned columns sized to their widest cell.
QString table(const QStringList &header, const QList<QStringList> &unsafeRows)
{
    QList<QStringList> rows;
    for (const QStringList &row : unsafeRows) {
        QStringList cells;
        for (const QString &cell : row)
            cells << terminalSafe(cell);
        rows << cells;
    }
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    auto line = [&](const QStringList &cells) -> QString {
        QString out;
        for (qsizetype c = 0; c < cells.size(); ++c)
            out += (c + 1 < cells.size() ? cells[c].leftJustified(widths[c] + 2) : cells[c]);
        return out.trimmed() + QLatin1Char('\n');
    };
    QString out = line(header);
    for (const QStringList &row : std::as_const(rows))
        out += line(row);
    return out;
}

QString statusLine(const QString &what, const SourceStatus &status, const QDateTime &now)
{
    const qint64 age = status.dataAgeMs(now);
    if (!status.reachable)
        return SnapshotTableText::tr("%1: UNREACHABLE (%2); last data %3\n")
            .arg(what, status.error, Format::age(age));
    return SnapshotTableText::tr("%1: live, collected in %2 with %3 requests\n")
        .arg(what, Format::duration(status.durationMs))
        .arg(status.requestCount);
}

QString renderKafka(const KafkaSnapshot &s, const QDateTime &now)
{
    QString out = statusLine(
        SnapshotTableText::tr("Kafka %1 (cluster id %2)")
            .arg(s.clusterName, s.clusterId.isEmpty() ? SnapshotTableText::tr("unknown") : s.clusterId),
        s.status, now);
    if (!s.status.lastSuccessAt.isValid())
        return out; // never reached: empty tables would only hide the one line that matters
    for (const QString &e : s.partErrors)
        out += SnapshotTableText::tr("  partial error: %1\n").arg(e);
    out += SnapshotTableText::tr(
               "%1   under-replicated: %2   offline: %3   under min ISR: %4   controller: %5\n\n")
               .arg(s.countsText())
               .arg(s.underReplicatedCount())
               .arg(s.offlineCount())
               .arg(s.underMinIsrCount())
               .arg(s.controllerId >= 0 ? QString::number(s.controllerId) : SnapshotTableText::tr("unknown"));

    QList<QStringList> brokers;
    for (const BrokerInfo &b : s.brokers) {
        brokers << QStringList{
            QString::number(b.id),
            b.host.isEmpty() ? QStringLiteral("-") : QStringLiteral("%1:%2").arg(b.host).arg(b.port),
            b.isController ? SnapshotTableText::tr("controller") : QString(),
            b.reachable ? SnapshotTableText::tr("up") : SnapshotTableText::tr("DOWN: %1").arg(b.error),
            b.rttMs >= 0 ? QStringLiteral("%1 ms").arg(b.rttMs, 0, 'f', 1) : QStringLiteral("-"),
            QString::number(b.partitionsLed),
            b.bytesInPerSecond >= 0 ? Format::bytes(b.bytesInPerSecond) + QStringLiteral("/s")
                                    : QStringLiteral("-"),
            b.bytesOutPerSecond >= 0 ? Format::bytes(b.bytesOutPerSecond) + QStringLiteral("/s")
                                     : QStringLiteral("-"),
            b.logSizeBytes >= 0 ? Format::bytes(b.logSizeBytes) : QStringLiteral("-"),
            b.produceLatencyP99Ms >= 0 ? QStringLiteral("%1 ms").arg(b.produceLatencyP99Ms)
                                       : QStringLiteral("-"),
            b.metricsError};
    }
    out += table({SnapshotTableText::tr("BROKER"), SnapshotTableText::tr("ADDRESS"),
                  SnapshotTableText::tr("ROLE"), SnapshotTableText::tr("STATE"), SnapshotTableText::tr("RTT"),
                  SnapshotTableText::tr("LEADS"), SnapshotTableText::tr("BYTES IN"),
                  SnapshotTableText::tr("BYTES OUT"), SnapshotTableText::tr("LOG SIZE"),
                  SnapshotTableText::tr("PRODUCE P99"), SnapshotTableText::tr("METRICS ERROR")},
                 brokers) +
           QLatin1Char('\n');

    QList<QStringList> topics;
    for (const TopicInfo &t : s.topics) {
        qint64 messages = 0;
        for (const PartitionInfo &p : t.partitions)
            messages += std::max<qint64>(0, p.highWatermark - std::max<qint64>(0, p.lowWatermark));
        topics << QStringList{
            t.internal ? SnapshotTableText::tr("%1 (internal)").arg(t.name) : t.name,
            QString::number(t.partitions.size()),
            t.partitions.isEmpty() ? QString() : QString::number(t.partitions.first().replicas.size()),
            t.minInsyncReplicas > 0 ? QString::number(t.minInsyncReplicas) : QStringLiteral("-"),
            QString::number(t.underReplicatedCount()),
            QString::number(t.offlineCount()),
            QString::number(t.underMinIsrCount()),
            Format::count(double(messages)),
            t.messagesPerSecond >= 0 ? Format::rate(t.messagesPerSecond) : QStringLiteral("-"),
            t.bytesInPerSecond >= 0 ? Format::bytes(t.bytesInPerSecond) + QStringLiteral("/s")
                                    : QStringLiteral("-"),
            t.logSizeBytes >= 0 ? Format::bytes(t.logSizeBytes) : QStringLiteral("-")};
    }
    out += table({SnapshotTableText::tr("TOPIC"), SnapshotTableText::tr("PARTITIONS"),
                  SnapshotTableText::tr("RF"), SnapshotTableText::tr("MIN ISR"), SnapshotTableText::tr("URP"),
                  SnapshotTableText::tr("OFFLINE"), SnapshotTableText::tr("UNDER MIN ISR"),
                  SnapshotTableText::tr("MESSAGES"), SnapshotTableText::tr("IN"),
                  SnapshotTableText::tr("BYTES IN"), SnapshotTableText::tr("SIZE")},
                 topics) +
           QLatin1Char('\n');

    QList<QStringList> problems;
    for (const TopicInfo &t : s.topics) {
        for (const PartitionInfo &p : t.partitions) {
            if (p.isUnderReplicated() || p.isOffline() || p.isUnderMinIsr(t.minInsyncReplicas))
                problems << QStringList{t.name, QString::number(p.partition),
                                        p.leader >= 0 ? QString::number(p.leader)
                                                      : SnapshotTableText::tr("none"),
                                        Format::idList(p.replicas), Format::idList(p.isr)};
        }
    }
    if (!problems.isEmpty()) {
        out += table({SnapshotTableText::tr("UNHEALTHY TOPIC"), SnapshotTableText::tr("PARTITION"),
                      SnapshotTableText::tr("LEADER"), SnapshotTableText::tr("REPLICAS"),
                      SnapshotTableText::tr("ISR")},
                     problems) +
               QLatin1Char('\n');
    }

    QList<QStringList> groups;
    for (const ConsumerGroupInfo &g : s.groups) {
        groups << QStringList{g.groupId,
                              g.commitsWithoutMembers
                                  ? SnapshotTableText::tr("%1 (commits without members)").arg(g.state)
                                  : g.state,
                              QString::number(g.members.size()),
                              countOrUnknown(g.totalLag),
                              countOrUnknown(g.maxLag),
                              Format::timeLag(g.maxTimeLagSeconds, g.maxTimeLagIsLowerBound),
                              lagStatusName(g.status),
                              lagTrendName(g.trend),
                              g.error.isEmpty() ? g.statusReason : g.error};
    }
    out += table({SnapshotTableText::tr("GROUP"), SnapshotTableText::tr("STATE"),
                  SnapshotTableText::tr("MEMBERS"), SnapshotTableText::tr("LAG"),
                  SnapshotTableText::tr("MAX LAG"), SnapshotTableText::tr("TIME LAG"),
                  SnapshotTableText::tr("STATUS"), SnapshotTableText::tr("TREND"),
                  SnapshotTableText::tr("WHY / ERROR")},
                 groups);
    return out;
}

QString renderFlink(const FlinkSnapshot &s, const QDateTime &now)
{
    QString out =
        statusLine(SnapshotTableText::tr("Flink %1 (version %2)")
                       .arg(Format::redactCredentials(s.restUrl),
                            s.flinkVersion.isEmpty() ? SnapshotTableText::tr("unknown") : s.flinkVersion),
                   s.status, now);
    if (!s.status.lastSuccessAt.isValid())
        return out;
    // -1: unknown (Flink did not answer); never printed as a count.
    out += SnapshotTableText::tr("task managers: %1   slots: %2 free of %3\n\n")
               .arg(numberOrUnknown(s.taskManagers), numberOrUnknown(s.slotsAvailable),
                    numberOrUnknown(s.slotsTotal));
    QList<QStringList> jobs;
    for (const FlinkJobInfo &j : s.jobs) {
        const FlinkJobDetails *d = s.details(j.id);
        jobs << QStringList{j.name,
                            j.id,
                            j.state,
                            j.durationMs >= 0 ? Format::duration(j.durationMs) : QString(),
                            QStringLiteral("%1/%2").arg(j.tasksRunning).arg(j.tasksTotal),
                            d ? numberOrUnknown(d->restarts) : SnapshotTableText::tr("unknown")};
    }
    out += table({SnapshotTableText::tr("JOB"), SnapshotTableText::tr("ID"), SnapshotTableText::tr("STATE"),
                  SnapshotTableText::tr("UPTIME"), SnapshotTableText::tr("TASKS"),
                  SnapshotTableText::tr("RESTARTS")},
                 jobs);
    auto number = [](double v, const QString &text) {
        return v >= 0 ? text : QString();
    };
    for (const FlinkJobInfo &info : s.jobs) {
        const FlinkJobDetails *d = s.details(info.id);
        if (!d || (d->vertices.isEmpty() && !d->lastFailure &&
                   d->checkpoints.checkpointing == FlinkCheckpointing::Unknown))
            continue;
        const FlinkJobDetails &j = *d;
        out += QLatin1Char('\n') + SnapshotTableText::tr("Job %1 (%2)\n").arg(info.name, info.state);
        const FlinkCheckpointStats &c = j.checkpoints;
        if (c.checkpointing == FlinkCheckpointing::Disabled) {
            out += SnapshotTableText::tr("checkpoints: not enabled\n");
        } else if (c.checkpointing == FlinkCheckpointing::Enabled) {
            QString latest = SnapshotTableText::tr("none yet");
            if (c.latestCompleted) {
                const FlinkCheckpointInfo &l = *c.latestCompleted;
                latest =
                    SnapshotTableText::tr("#%1, %2, state %3 (%4 written)")
                        .arg(numberOrUnknown(l.id),
                             l.endToEndDurationMs >= 0 ? Format::duration(l.endToEndDurationMs)
                                                       : SnapshotTableText::tr("unknown"),
                             l.stateSizeBytes >= 0 ? Format::bytes(double(l.stateSizeBytes))
                                                   : SnapshotTableText::tr("unknown"),
                             l.checkpointedSizeBytes >= 0 ? Format::bytes(double(l.checkpointedSizeBytes))
                                                          : SnapshotTableText::tr("unknown"));
            }
            out += SnapshotTableText::tr("checkpoints: %1 completed, %2 failed, %3 in progress; latest %4")
                       .arg(numberOrUnknown(c.completed), numberOrUnknown(c.failed),
                            numberOrUnknown(c.inProgress), latest);
            if (c.stateGrowthBytesPerSecond)
                out += SnapshotTableText::tr("; state growth %1/s")
                           .arg(Format::bytes(*c.stateGrowthBytesPerSecond));
            out += QLatin1Char('\n');
            if (c.latestFailed)
                out += SnapshotTableText::tr("last failed checkpoint: #%1: %2\n")
                           .arg(numberOrUnknown(c.latestFailed->id))
                           .arg(c.latestFailed->failureMessage.section(QLatin1Char('\n'), 0, 0));
        }
        if (j.lastFailure)
            out += SnapshotTableText::tr("last failure: %1 (%2)\n")
                       .arg(j.lastFailure->message,
                            QDateTime::fromMSecsSinceEpoch(j.lastFailure->timestampMs, Qt::UTC)
                                .toString(Qt::ISODateWithMs));
        for (const FlinkKafkaSource &k : j.kafkaSources)
            out += SnapshotTableText::tr("reads Kafka topics %1 as group %2\n")
                       .arg(k.topics.join(QStringLiteral(", ")),
                            k.groupId.isEmpty() ? SnapshotTableText::tr("(unknown)") : k.groupId);
        QList<QStringList> vertices;
        for (const FlinkVertexInfo &v : j.vertices) {
            QString backpressure = backpressureLevelName(v.backpressureLevel);
            if (v.backpressureLevel == FlinkBackpressureLevel::Unknown)
                backpressure = SnapshotTableText::tr("not measured");
            else if (v.backpressureRatio >= 0)
                backpressure += QStringLiteral(" (%1 %)").arg(qRound(v.backpressureRatio * 100));
            QString watermark = watermarkStateName(v.watermarkState);
            if (v.watermarkLagMs)
                watermark = Format::duration(*v.watermarkLagMs);
            vertices << QStringList{
                v.name,
                numberOrUnknown(v.parallelism),
                backpressure,
                number(v.busyMsPerSecondMax, QStringLiteral("%1 %").arg(qRound(v.busyMsPerSecondMax / 10))),
                number(v.recordsInPerSecond, Format::rate(v.recordsInPerSecond)),
                number(v.recordsOutPerSecond, Format::rate(v.recordsOutPerSecond)),
                watermark};
        }
        if (!vertices.isEmpty())
            out += table({SnapshotTableText::tr("VERTEX"), SnapshotTableText::tr("PAR"),
                          SnapshotTableText::tr("BACKPRESSURE"), SnapshotTableText::tr("BUSY MAX"),
                          SnapshotTableText::tr("IN"), SnapshotTableText::tr("OUT"),
                          SnapshotTableText::tr("WATERMARK LAG")},
                         vertices);
    }
    if (!s.partErrors.isEmpty())
        out += SnapshotTableText::tr("errors:\n") + s.partErrors.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return out;
}

} // namespace

QString render(const std::optional<KafkaSnapshot> &kafka, const std::optional<FlinkSnapshot> &flink,
               const QDateTime &now)
{
    QString out;
    if (kafka)
        out += renderKafka(*kafka, now);
    if (kafka && flink)
        out += QLatin1Char('\n');
    if (flink)
        out += renderFlink(*flink, now);
    // The table cells are safe already; this covers the names and errors in the lines between them.
    return terminalSafe(out, true);
}

QString terminalSafe(const QString &text, bool keepNewlines)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f);
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x2028 ||
                          u == 0x2029 || u == 0x200e || u == 0x200f || u == 0x061c;
        if (u == '\n' && keepNewlines)
            out += c;
        else if (u == '\n')
            out += QLatin1String("\\n");
        else if (u == '\r')
            out += QLatin1String("\\r");
        else if (u == '\t')
            out += QLatin1String("\\t");
        else if (control)
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else if (bidi)
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace Tidewatch::SnapshotTable
