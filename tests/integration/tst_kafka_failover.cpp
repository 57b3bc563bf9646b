#include "AlertEvaluator.h"
#include "AlertRules.h"
#include "Format.h"
#include "KafkaCollector.h"
#include "SnapshotMetrics.h"
#include "StackTools.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <functional>
#include <optional>
#include <utility>

using namespace Tidewatch;

namespace {

using Keys = QSet<QPair<QString, int>>;

constexpr int kPollMs = 2000;
const QString kMetrics = QStringLiteral("http://127.0.0.1:{id}9404/metrics");

Keys underReplicated(const KafkaSnapshot &s)
{
    Keys out;
    for (const TopicInfo &t : s.topics) {
        for (const PartitionInfo &p : t.partitions) {
            if (p.isUnderReplicated())
                out.insert({t.name, p.partition});
        }
    }
    return out;
}

/// Partitions below their topic's min.insync.replicas (writes with acks=all are refused).
Keys underMinIsr(const KafkaSnapshot &s)
{
    Keys out;
    for (const TopicInfo &t : s.topics) {
        for (const PartitionInfo &p : t.partitions) {
            if (p.isUnderMinIsr(t.minInsyncReplicas))
                out.insert({t.name, p.partition});
        }
    }
    return out;
}

/// Partitions without a leader.
Keys offline(const KafkaSnapshot &s)
{
    Keys out;
    for (const TopicInfo &t : s.topics) {
        for (const PartitionInfo &p : t.partitions) {
            if (p.isOffline())
                out.insert({t.name, p.partition});
        }
    }
    return out;
}

/// The partitions TopicCommand lists with @p filter (e.g. --under-min-isr-partitions); nullopt when
/// the tool failed.
std::optional<Keys> topicCommandLists(const QString &filter)
{
    const auto tool = StackTools::stack({QStringLiteral("topics"), QStringLiteral("--describe"), filter});
    if (tool.exitCode != 0)
        return std::nullopt;
    return StackTools::parseTopicPartitions(tool.out);
}

QString describe(const Keys &keys)
{
    QStringList parts;
    for (const auto &k : keys)
        parts << QStringLiteral("%1-%2").arg(k.first).arg(k.second);
    parts.sort();
    return parts.join(QLatin1Char(' '));
}

const BrokerInfo *broker(const KafkaSnapshot &s, int id)
{
    const auto it =
        std::find_if(s.brokers.cbegin(), s.brokers.cend(), [id](const BrokerInfo &b) { return b.id == id; });
    return it == s.brokers.cend() ? nullptr : &*it;
}

/// The quorum leader as Kafka's own MetadataQuorumCommand prints it ("LeaderId: 2"); -1 if absent.
int quorumLeader()
{
    const StackTools::ToolResult tool = StackTools::stack({QStringLiteral("quorum")});
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("LeaderId:\\s+(-?\\d+)")).match(tool.out);
    return tool.exitCode == 0 && m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// The JSON documents `tidewatch snapshot --watch` printed so far (each ends with a "}" line).
QList<QJsonObject> documents(const QByteArray &out)
{
    QList<QJsonObject> docs;
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = out.indexOf("\n}\n", start);
        if (end < 0)
            break;
        docs << QJsonDocument::fromJson(out.mid(start, end + 3 - start)).object();
        start = end + 3;
    }
    return docs;
}

bool brokerUpInDocument(const QJsonObject &doc, int id)
{
    for (const QJsonValue &b :
         doc.value(QStringLiteral("kafka")).toObject().value(QStringLiteral("brokers")).toArray()) {
        if (b.toObject().value(QStringLiteral("id")).toInt() == id)
            return b.toObject().value(QStringLiteral("reachable")).toBool();
    }
    return false;
}

} // namespace

/// A broker stop and restart as an operator lives it, with the product's defaults (2 s polls, metadata
/// refreshed every 30 s): after a warm-up the stopped broker must read DOWN within two poll intervals
/// everywhere (the collector, `snapshot --watch`, the alert), stay DOWN, and come back.
class TestKafkaFailover : public QObject
{
    Q_OBJECT
private:
    static constexpr int kBroker = 2;
    /// Three replicas and min.insync.replicas=3: every partition falls under its minimum when any
    /// broker stops.
    inline static const QString kStrictTopic = QStringLiteral("tw-failover-min-isr-3");
    /// One partition with its only replica on kBroker: offline while it is stopped. Its own
    /// min.insync.replicas=1: with the stack's default (2) a single replica is always under it.
    inline static const QString kSoloTopic = QStringLiteral("tw-failover-only-on-2");
    KafkaCollector *m_collector = nullptr;
    AlertEvaluator m_alerts;
    QProcess m_watch;
    QElapsedTimer m_clock;

    KafkaSnapshot poll()
    {
        const KafkaSnapshot s = m_collector->collectOnce();
        m_alerts.evaluate(kafkaMetricSamples(s, s.status.attemptedAt),
                          s.status.attemptedAt.toMSecsSinceEpoch());
        return s;
    }

    /// Polls at the product's interval (a cycle every kPollMs from the previous one's start).
    KafkaSnapshot pollOnSchedule()
    {
        const qint64 wait = kPollMs - m_clock.elapsed();
        if (wait > 0)
            QTest::qWait(int(wait)); // an event loop: the watch process's output is read meanwhile
        m_clock.start();
        return poll();
    }

    bool brokerDownFiring() const
    {
        const QList<ActiveAlert> alerts = m_alerts.activeAlerts();
        return std::any_of(alerts.cbegin(), alerts.cend(), [](const ActiveAlert &a) {
            return a.ruleName == QLatin1String("KafkaBrokerDown") && a.state == AlertState::Firing &&
                   a.label(QStringLiteral("broker")) == QString::number(kBroker);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_alerts.setRules(AlertRules::defaults());
        // The two topics whose partitions the stop must show as under min ISR and offline.
        QCOMPARE(StackTools::stack({QStringLiteral("topics"), QStringLiteral("--create"),
                                    QStringLiteral("--if-not-exists"), QStringLiteral("--topic"),
                                    kStrictTopic, QStringLiteral("--partitions"), QStringLiteral("3"),
                                    QStringLiteral("--replication-factor"), QStringLiteral("3"),
                                    QStringLiteral("--config"), QStringLiteral("min.insync.replicas=3")})
                     .exitCode,
                 0);
        QCOMPARE(StackTools::stack({QStringLiteral("topics"), QStringLiteral("--create"),
                                    QStringLiteral("--if-not-exists"), QStringLiteral("--topic"), kSoloTopic,
                                    QStringLiteral("--replica-assignment"), QString::number(kBroker),
                                    QStringLiteral("--config"), QStringLiteral("min.insync.replicas=1")})
                     .exitCode,
                 0);
        ClusterProfile profile;
        profile.name = QStringLiteral("stack");
        profile.bootstrapServers = QString::fromLatin1(StackTools::kBootstrap);
        profile.kafkaPollIntervalMs = kPollMs; // the product's defaults: metadata every 30 s
        profile.brokerMetrics = kMetrics;
        m_collector = new KafkaCollector(profile, this);
        m_clock.start();
        KafkaSnapshot s = poll();
        QVERIFY2(s.status.reachable, qPrintable(s.status.error));
        QVERIFY2(underReplicated(s).isEmpty(), qPrintable(describe(underReplicated(s))));
        // Warm up past the first metadata answer: the broker list must come from what each cycle sees.
        for (int i = 0; i < 4; ++i)
            s = pollOnSchedule();
        QCOMPARE(s.reachableBrokerCount(), 3);

        const QString binary = qEnvironmentVariable("TIDEWATCH_BINARY");
        QVERIFY2(QFileInfo::exists(binary), "TIDEWATCH_BINARY must name the built tidewatch");
        m_watch.start(binary, {QStringLiteral("snapshot"), QStringLiteral("--bootstrap"),
                               QString::fromLatin1(StackTools::kBootstrap), QStringLiteral("--watch"),
                               QStringLiteral("2"), QStringLiteral("--interval"), QString::number(kPollMs)});
        QVERIFY(m_watch.waitForStarted(10000));
    }

    /// The controller shown is the quorum's leader, as Kafka's quorum tool says, every time; without
    /// broker metrics it is unknown rather than the arbitrary broker the Metadata answer names.
    void controllerMatchesQuorumTool()
    {
        QSet<int> metadataNamed;
        const int before = quorumLeader();
        QList<KafkaSnapshot> snapshots;
        for (int i = 0; i < 5; ++i)
            snapshots << pollOnSchedule();
        const int after = quorumLeader();
        QVERIFY(before >= 1);
        QCOMPARE(after, before); // no election during the test: every snapshot must name this leader
        for (const KafkaSnapshot &s : std::as_const(snapshots)) {
            QCOMPARE(s.controllerId, before);
            QVERIFY2(!s.controllerSource.isEmpty(), "the controller says what it is known from");
            const BrokerInfo *b = broker(s, before);
            QVERIFY(b && b->isController);
            metadataNamed.insert(s.metadataControllerId);
        }
        qInfo("Metadata answers named controller(s) %s",
              qPrintable(Format::idList(QList<int>(metadataNamed.cbegin(), metadataNamed.cend()))));

        ClusterProfile withoutMetrics;
        withoutMetrics.name = QStringLiteral("bare");
        withoutMetrics.bootstrapServers = QString::fromLatin1(StackTools::kBootstrap);
        KafkaCollector bare(withoutMetrics);
        const KafkaSnapshot s = bare.collectOnce();
        QVERIFY2(s.status.reachable, qPrintable(s.status.error));
        QCOMPARE(s.controllerId, -1);
        QVERIFY(s.controllerSource.isEmpty());
        QVERIFY(s.metadataControllerId >= 1);
        QVERIFY(std::none_of(s.brokers.cbegin(), s.brokers.cend(),
                             [](const BrokerInfo &b) { return b.isController; }));
    }

    /// After one broker stops: DOWN within two poll intervals and every cycle after; the
    /// under-replicated partitions equal what TopicCommand lists; KafkaBrokerDown fires after its
    /// `for` (30 s) and not before; `snapshot --watch` says DOWN too.
    void brokerDownEverywhere()
    {
        QCOMPARE(
            StackTools::stack({QStringLiteral("broker"), QStringLiteral("stop"), QString::number(kBroker)})
                .exitCode,
            0);
        QElapsedTimer sinceStop;
        sinceStop.start();
        const QDateTime stopReturnedAt = QDateTime::currentDateTimeUtc();
        KafkaSnapshot s = pollOnSchedule();
        if (const BrokerInfo *b = broker(s, kBroker); !b || b->reachable)
            s = pollOnSchedule();
        const BrokerInfo *down = broker(s, kBroker);
        QVERIFY(down);
        QVERIFY2(!down->reachable, "broker 2 still reads up two poll intervals after it stopped");
        QVERIFY2(!down->error.isEmpty(), "a down broker says why");
        QCOMPARE(s.reachableBrokerCount(), 2);

        // It stays down at every cycle (the metadata refresh and the cycles between it), and the alert
        // fires after its `for`, not before.
        bool fired = false;
        qint64 longestCycle = s.status.durationMs;
        while (sinceStop.elapsed() < 50000) {
            s = pollOnSchedule();
            longestCycle = std::max(longestCycle, s.status.durationMs);
            const BrokerInfo *b = broker(s, kBroker);
            QVERIFY2(b && !b->reachable, qPrintable(QStringLiteral("broker %1 read up again after %2 ms")
                                                        .arg(kBroker)
                                                        .arg(sinceStop.elapsed())));
            QCOMPARE(b->partitionsLed, 0);
            if (brokerDownFiring()) {
                fired = true;
                QVERIFY2(sinceStop.elapsed() >= 30000 - kPollMs,
                         qPrintable(QStringLiteral("fired after %1 ms").arg(sinceStop.elapsed())));
                break;
            }
        }
        QVERIFY2(fired, "KafkaBrokerDown did not fire within 50 s");
        qInfo("collector: broker DOWN from the first or second cycle after the stop; longest cycle while "
              "down %lld ms",
              static_cast<long long>(longestCycle));

        // snapshot --watch (a separate process with the same defaults) says DOWN too: in every document
        // whose cycle started three poll intervals or more after the stop.
        m_watch.waitForReadyRead(3000);
        const QList<QJsonObject> docs = documents(m_watch.readAllStandardOutput());
        int judged = 0;
        qint64 longestWatchCycle = 0;
        for (const QJsonObject &doc : docs) {
            // Judged by when its cycle started: a cycle that began before the stop may legitimately
            // still have seen the broker.
            const QDateTime generated = QDateTime::fromString(doc.value(QStringLiteral("kafka"))
                                                                  .toObject()
                                                                  .value(QStringLiteral("status"))
                                                                  .toObject()
                                                                  .value(QStringLiteral("attemptedAt"))
                                                                  .toString(),
                                                              Qt::ISODateWithMs);
            // A separate process's cycle may straddle the broker's controlled shutdown for up to two
            // request timeouts: its documents are judged from three poll intervals after the stop.
            if (generated < stopReturnedAt.addMSecs(3 * kPollMs))
                continue;
            ++judged;
            longestWatchCycle = std::max<qint64>(longestWatchCycle, doc.value(QStringLiteral("kafka"))
                                                                        .toObject()
                                                                        .value(QStringLiteral("status"))
                                                                        .toObject()
                                                                        .value(QStringLiteral("durationMs"))
                                                                        .toInteger());
            QVERIFY2(!brokerUpInDocument(doc, kBroker),
                     qPrintable(QStringLiteral("snapshot --watch shows broker %1 up at %2")
                                    .arg(kBroker)
                                    .arg(generated.toString(Qt::ISODateWithMs))));
        }
        qInfo("snapshot --watch 2: %d documents after the stop, longest cycle %lld ms", judged,
              static_cast<long long>(longestWatchCycle));
        QVERIFY2(judged >= 2, qPrintable(QStringLiteral("only %1 documents after the stop").arg(judged)));

        // Under-replicated partitions: ours before, TopicCommand's, ours after must all agree.
        bool matched = false;
        QString last;
        for (int attempt = 0; attempt < 5 && !matched; ++attempt) {
            const Keys before = underReplicated(poll());
            const auto tool = StackTools::stack({QStringLiteral("topics"), QStringLiteral("--describe"),
                                                 QStringLiteral("--under-replicated-partitions")});
            QCOMPARE(tool.exitCode, 0);
            const Keys theirs = StackTools::parseTopicPartitions(tool.out);
            const Keys after = underReplicated(poll());
            matched = before == theirs && theirs == after;
            last = QStringLiteral("ours %1\ntheirs %2").arg(describe(after), describe(theirs));
            if (!matched)
                QTest::qWait(2000);
        }
        QVERIFY2(matched, qPrintable(last));

        // Under min ISR and offline: ours equal TopicCommand's, and include the two topics made for it
        // (the whole cluster is compared, not only them). TopicCommand counts a partition without a
        // leader as under min ISR too (!hasLeader || isr < min); Tidewatch shows it as offline, so its
        // side of that comparison is the union.
        const auto underMinIsrAsTopicCommand = [](const KafkaSnapshot &snapshot) {
            return underMinIsr(snapshot) | offline(snapshot);
        };
        const std::pair<QString, std::function<Keys(const KafkaSnapshot &)>> checks[] = {
            {QStringLiteral("--under-min-isr-partitions"), underMinIsrAsTopicCommand},
            {QStringLiteral("--unavailable-partitions"), &offline}};
        for (const auto &[filter, ours] : checks) {
            matched = false;
            Keys seen;
            for (int attempt = 0; attempt < 5 && !matched; ++attempt) {
                const Keys before = ours(poll());
                const std::optional<Keys> theirs = topicCommandLists(filter);
                QVERIFY2(theirs, qPrintable(filter));
                seen = ours(poll());
                matched = before == *theirs && *theirs == seen;
                last =
                    QStringLiteral("%1: ours %2\ntheirs %3").arg(filter, describe(seen), describe(*theirs));
                if (!matched)
                    QTest::qWait(2000);
            }
            QVERIFY2(matched, qPrintable(last));
            qInfo("%s: %s", qPrintable(filter), qPrintable(describe(seen)));
        }
        const KafkaSnapshot now = poll();
        for (int partition = 0; partition < 3; ++partition)
            QVERIFY2(underMinIsr(now).contains({kStrictTopic, partition}),
                     qPrintable(describe(underMinIsr(now))));
        QVERIFY2(offline(now).contains({kSoloTopic, 0}), qPrintable(describe(offline(now))));
        for (const BrokerInfo &b : s.brokers) {
            if (b.id != kBroker)
                QVERIFY2(b.reachable, qPrintable(b.error));
        }
        // Every partition still has offsets: the dead leader's partitions moved to live leaders.
        for (const TopicInfo &t : s.topics) {
            for (const PartitionInfo &p : t.partitions) {
                if (!p.isOffline() && !t.name.startsWith(QLatin1String("bench-")))
                    QVERIFY2(p.highWatermark >= 0, qPrintable(t.name + QStringLiteral(": ") + p.offsetError));
            }
        }
    }

    /// After the restart the broker is up again, the alert resolves, and once the preferred leaders
    /// are elected it leads partitions again.
    void brokerBackRecovers()
    {
        QCOMPARE(
            StackTools::stack({QStringLiteral("broker"), QStringLiteral("start"), QString::number(kBroker)})
                .exitCode,
            0);
        QDeadlineTimer deadline(90000);
        KafkaSnapshot s;
        while (!deadline.hasExpired()) {
            s = pollOnSchedule();
            if (underReplicated(s).isEmpty() && s.reachableBrokerCount() == 3)
                break;
        }
        QVERIFY2(underReplicated(s).isEmpty(), qPrintable(describe(underReplicated(s))));
        QCOMPARE(s.reachableBrokerCount(), 3);
        QVERIFY(!brokerDownFiring());
        const auto tool = StackTools::stack({QStringLiteral("topics"), QStringLiteral("--describe"),
                                             QStringLiteral("--under-replicated-partitions")});
        QCOMPARE(tool.exitCode, 0);
        QVERIFY2(StackTools::parseTopicPartitions(tool.out).isEmpty(), qPrintable(tool.out));
        // The strict topic is whole again once its ISR is (the loop above waited for no URP).
        QVERIFY2(underMinIsr(s).isEmpty(), qPrintable(describe(underMinIsr(s))));
        QVERIFY2(offline(s).isEmpty(), qPrintable(describe(offline(s))));

        // Kafka moves leadership back after its imbalance check (5 min); an operator elects at once.
        QCOMPARE(StackTools::stack({QStringLiteral("elect-leaders")}).exitCode, 0);
        deadline = QDeadlineTimer(40000); // the next metadata refresh (30 s) shows the new leaders
        while (!deadline.hasExpired()) {
            s = pollOnSchedule();
            if (const BrokerInfo *b = broker(s, kBroker); b && b->partitionsLed > 0)
                break;
        }
        const BrokerInfo *back = broker(s, kBroker);
        QVERIFY(back && back->reachable);
        QVERIFY2(back->partitionsLed > 0, "broker 2 leads nothing after the preferred leader election");
    }

    void cleanupTestCase()
    {
        m_watch.kill();
        m_watch.waitForFinished(5000);
        // Never leave the shared stack with a broker down, whatever failed above.
        StackTools::stack({QStringLiteral("broker"), QStringLiteral("start"), QString::number(kBroker)});
        for (const QString &topic : {kStrictTopic, kSoloTopic})
            StackTools::stack({QStringLiteral("topics"), QStringLiteral("--delete"),
                               QStringLiteral("--if-exists"), QStringLiteral("--topic"), topic});
    }
};

QTEST_GUILESS_MAIN(TestKafkaFailover)
#include "tst_kafka_failover.moc"
