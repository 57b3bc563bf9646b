#include "KafkaCollector.h"
#include "StackTools.h"

#include <QDeadlineTimer>
#include <QTest>
#include <QThread>

using namespace Tidewatch;

namespace {

using Keys = QSet<QPair<QString, int>>;

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

QString describe(const Keys &keys)
{
    QStringList parts;
    for (const auto &k : keys)
        parts << QStringLiteral("%1-%2").arg(k.first).arg(k.second);
    parts.sort();
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestKafkaFailover : public QObject
{
    Q_OBJECT
private:
    static constexpr int kBroker = 2;
    KafkaCollector *m_collector = nullptr;

    KafkaSnapshot poll()
    {
        const KafkaSnapshot s = m_collector->collectOnce();
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ClusterProfile profile;
        profile.name = QStringLiteral("stack");
        profile.bootstrapServers = QString::fromLatin1(StackTools::kBootstrap);
        profile.kafkaMetadataRefreshMs = 1000; // follow ISR changes at every cycle
        m_collector = new KafkaCollector(profile, this);
        const KafkaSnapshot s = poll();
        QVERIFY2(s.status.reachable, qPrintable(s.status.error));
        QVERIFY2(underReplicated(s).isEmpty(), qPrintable(describe(underReplicated(s))));
    }

    /// After one broker stops, the under-replicated partitions equal what TopicCommand lists, and the
    /// broker is reported down with a reason.
    void brokerDownMatchesTopicCommand()
    {
        QCOMPARE(
            StackTools::stack({QStringLiteral("broker"), QStringLiteral("stop"), QString::number(kBroker)})
                .exitCode,
            0);
        QDeadlineTimer deadline(60000);
        Keys ours;
        KafkaSnapshot s;
        while (!deadline.hasExpired()) {
            s = poll();
            ours = underReplicated(s);
            if (!ours.isEmpty())
                break;
            QThread::msleep(1000);
        }
        QVERIFY2(!ours.isEmpty(), "no under-replicated partition seen within 60 s");
        QVERIFY2(s.status.reachable, qPrintable(s.status.error));

        // Compare at a stable moment: ours before, theirs, ours after must all agree.
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
                QThread::msleep(2000);
        }
        QVERIFY2(matched, qPrintable(last));
        qInfo("under-replicated while broker %d is down: %d partitions, equal to TopicCommand", kBroker,
              int(ours.size()));

        s = poll();
        const auto broker = std::find_if(s.brokers.cbegin(), s.brokers.cend(),
                                         [](const BrokerInfo &b) { return b.id == kBroker; });
        QVERIFY(broker != s.brokers.cend());
        QVERIFY(!broker->reachable);
        QVERIFY2(!broker->error.isEmpty(), "a down broker says why");
        QCOMPARE(broker->partitionsLed, 0);
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

    /// After the broker restarts, the cluster recovers and so does the snapshot.
    void brokerBackRecovers()
    {
        QCOMPARE(
            StackTools::stack({QStringLiteral("broker"), QStringLiteral("start"), QString::number(kBroker)})
                .exitCode,
            0);
        QDeadlineTimer deadline(90000);
        KafkaSnapshot s;
        while (!deadline.hasExpired()) {
            s = poll();
            if (underReplicated(s).isEmpty() && std::all_of(s.brokers.cbegin(), s.brokers.cend(),
                                                            [](const BrokerInfo &b) { return b.reachable; }))
                break;
            QThread::msleep(1000);
        }
        QVERIFY2(underReplicated(s).isEmpty(), qPrintable(describe(underReplicated(s))));
        const auto tool = StackTools::stack({QStringLiteral("topics"), QStringLiteral("--describe"),
                                             QStringLiteral("--under-replicated-partitions")});
        QCOMPARE(tool.exitCode, 0);
        QVERIFY2(StackTools::parseTopicPartitions(tool.out).isEmpty(), qPrintable(tool.out));
        QCOMPARE(s.brokers.size(), 3);
    }

    void cleanupTestCase()
    {
        // Never leave the shared stack with a broker down, whatever failed above.
        StackTools::stack({QStringLiteral("broker"), QStringLiteral("start"), QString::number(kBroker)});
    }
};

QTEST_GUILESS_MAIN(TestKafkaFailover)
#include "tst_kafka_failover.moc"
