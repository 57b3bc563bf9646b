#include "WorstCondition.h"

#include <QTest>

using namespace Tidewatch;

Q_DECLARE_METATYPE(Tidewatch::ClusterHealth)
Q_DECLARE_METATYPE(Tidewatch::ConditionAlert)
Q_DECLARE_METATYPE(Tidewatch::ConditionSource)

namespace {

const QDateTime kNow = QDateTime::fromMSecsSinceEpoch(1800000000000LL, Qt::UTC);

/// A healthy cluster: Kafka and Flink live (12 s and 3 s old), three brokers up, two groups, one running job.
ClusterHealth healthy(const QString &name = QStringLiteral("demo"))
{
    ClusterHealth h;
    h.name = name;
    h.kafka = Freshness::Live;
    h.kafkaAgeMs = 12000;
    h.flink = Freshness::Live;
    h.flinkAgeMs = 3000;
    h.brokersUp = h.brokersTotal = 3;
    h.controllerId = 1;
    h.groups = 2;
    h.jobs = h.jobsRunning = 1;
    return h;
}

ConditionAlert alert(const QString &severity, bool silenced = false,
                     const QString &cluster = QStringLiteral("demo"))
{
    return ConditionAlert{cluster, severity, QStringLiteral("ALERT Lag [%1] billing behind").arg(severity),
                          silenced};
}

QString severityName(ConditionSeverity s)
{
    return WorstCondition::severityName(s);
}

} // namespace

class TestWorstCondition : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void severityAndCause_data()
    {
        QTest::addColumn<QList<ClusterHealth>>("clusters");
        QTest::addColumn<QList<ConditionAlert>>("alerts");
        QTest::addColumn<QList<ConditionSource>>("others");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QStringList>("causeContains");

        const ClusterHealth fine = healthy();
        QTest::newRow("all fine: ok") << QList{fine} << QList<ConditionAlert>{} << QList<ConditionSource>{}
                                      << "ok" << QStringList{QStringLiteral("All clear")};
        QTest::newRow("nothing monitored: unknown")
            << QList<ClusterHealth>{} << QList<ConditionAlert>{} << QList<ConditionSource>{} << "unknown"
            << QStringList{QStringLiteral("No source configured")};

        ClusterHealth outage = fine;
        outage.brokersUp = 2;
        outage.brokersDown = {2};
        outage.underReplicated = 21;
        outage.groupsErr = 3;
        QTest::newRow("broker down, URP, groups in error: critical")
            << QList{outage} << QList<ConditionAlert>{} << QList<ConditionSource>{} << "critical"
            << QStringList{QStringLiteral("demo: broker 2 down"), QStringLiteral("21 under-replicated"),
                           QStringLiteral("3 group(s) in error")};

        ClusterHealth twoDown = fine;
        twoDown.brokersDown = {2, 3};
        QTest::newRow("two brokers down: one cause naming both")
            << QList{twoDown} << QList<ConditionAlert>{} << QList<ConditionSource>{} << "critical"
            << QStringList{QStringLiteral("brokers 2, 3 down")};

        ClusterHealth urpOnly = fine;
        urpOnly.underReplicated = 4;
        QTest::newRow("only under-replicated: warning")
            << QList{urpOnly} << QList<ConditionAlert>{} << QList<ConditionSource>{} << "warning"
            << QStringList{QStringLiteral("4 under-replicated")};

        ClusterHealth groupWarn = fine;
        groupWarn.groupsWarn = 1;
        QTest::newRow("only a group in warning: warning")
            << QList{groupWarn} << QList<ConditionAlert>{} << QList<ConditionSource>{} << "warning"
            << QStringList{QStringLiteral("demo: 1 group(s) in warning")};

        ClusterHealth offline = fine;
        offline.offline = 2;
        offline.underMinIsr = 5;
        QTest::newRow("offline and under min ISR: critical")
            << QList{offline} << QList<ConditionAlert>{} << QList<ConditionSource>{} << "critical"
            << QStringList{QStringLiteral("2 offline"), QStringLiteral("5 under min ISR")};

        ClusterHealth noController = fine;
        noController.controllerId = -1;
        noController.controllerSource = QStringLiteral("raft-no-leader");
        QTest::newRow("no controller: critical")
            << QList{noController} << QList<ConditionAlert>{} << QList<ConditionSource>{} << "critical"
            << QStringList{QStringLiteral("no controller")};

        ClusterHealth stale = fine;
        stale.kafka = Freshness::Stale;
        stale.kafkaAgeMs = 45000;
        QTest::newRow("stale Kafka data: warning")
            << QList{stale} << QList<ConditionAlert>{} << QList<ConditionSource>{} << "warning"
            << QStringList{QStringLiteral("Kafka stale, last data 45 s ago")};

        ClusterHealth lost = fine;
        lost.flink = Freshness::Unreachable;
        lost.flinkAgeMs = 95000;
        QTest::newRow("unreachable Flink: critical")
            << QList{lost} << QList<ConditionAlert>{} << QList<ConditionSource>{} << "critical"
            << QStringList{QStringLiteral("Flink unreachable, last data 1 m 35 s ago")};

        ClusterHealth waiting = fine;
        waiting.kafka = Freshness::Waiting;
        waiting.kafkaAgeMs = -1;
        QTest::newRow("waiting for the first data: unknown, not ok")
            << QList{waiting} << QList<ConditionAlert>{} << QList<ConditionSource>{} << "unknown"
            << QStringList{QStringLiteral("waiting for Kafka data")};

        ClusterHealth jobDown = fine;
        jobDown.jobs = 3;
        jobDown.jobsRunning = 1;
        jobDown.jobsBackpressured = 1;
        QTest::newRow("jobs not running beat back pressure: critical")
            << QList{jobDown} << QList<ConditionAlert>{} << QList<ConditionSource>{} << "critical"
            << QStringList{QStringLiteral("demo: 2 job(s) not running · 1 job(s) back-pressured")};

        ClusterHealth checkpoints = fine;
        checkpoints.jobsCheckpointFailing = 1;
        QTest::newRow("failing checkpoints: warning")
            << QList{checkpoints} << QList<ConditionAlert>{} << QList<ConditionSource>{} << "warning"
            << QStringList{QStringLiteral("1 job(s) failing checkpoints")};

        QTest::newRow("firing critical alert beats a warning condition")
            << QList{groupWarn} << QList{alert(QStringLiteral("critical"))} << QList<ConditionSource>{}
            << "critical"
            << QStringList{QStringLiteral("demo: 1 critical alert(s) firing · 1 group(s) in warning")};
        QTest::newRow("firing warning alert: warning")
            << QList{fine} << QList{alert(QStringLiteral("warning"))} << QList<ConditionSource>{} << "warning"
            << QStringList{QStringLiteral("1 warning alert(s) firing")};
        QTest::newRow("firing info alert: listed, still ok")
            << QList{fine} << QList{alert(QStringLiteral("info"))} << QList<ConditionSource>{} << "ok"
            << QStringList{QStringLiteral("All clear")};
        QTest::newRow("only a silenced alert: muted (grey)")
            << QList{fine} << QList{alert(QStringLiteral("critical"), true)} << QList<ConditionSource>{}
            << "muted" << QStringList{QStringLiteral("only silenced alerts firing")};
        QTest::newRow("silenced alert and a group in warning: warning")
            << QList{groupWarn} << QList{alert(QStringLiteral("critical"), true)} << QList<ConditionSource>{}
            << "warning" << QStringList{QStringLiteral("1 group(s) in warning")};

        QTest::newRow("event topics unreachable: critical")
            << QList{fine} << QList<ConditionAlert>{}
            << QList{ConditionSource{QStringLiteral("demo"), QStringLiteral("event topics"),
                                     Freshness::Unreachable, 30000}}
            << "critical" << QStringList{QStringLiteral("demo: event topics unreachable")};

        ClusterHealth other = healthy(QStringLiteral("prod"));
        other.groupsErr = 1;
        QTest::newRow("several clusters: the worst cluster first")
            << QList{groupWarn, other} << QList<ConditionAlert>{} << QList<ConditionSource>{} << "critical"
            << QStringList{QStringLiteral("prod: 1 group(s) in error; demo: 1 group(s) in warning")};
    }

    void severityAndCause()
    {
        QFETCH(QList<ClusterHealth>, clusters);
        QFETCH(QList<ConditionAlert>, alerts);
        QFETCH(QList<ConditionSource>, others);
        QFETCH(QString, severity);
        QFETCH(QStringList, causeContains);
        const WorstCondition w = worstCondition(clusters, alerts, others);
        QCOMPARE(severityName(w.severity), severity);
        for (const QString &part : causeContains)
            QVERIFY2(w.causeText().contains(part),
                     qPrintable(w.causeText() + QStringLiteral(" lacks ") + part));
    }

    /// The real path: a broker missing from a reachable cluster's metadata is named by its id.
    void brokerIdsFromSnapshot()
    {
        KafkaSnapshot s;
        s.clusterName = QStringLiteral("demo");
        s.status.reachable = true;
        s.status.attemptedAt = s.status.lastSuccessAt = kNow;
        for (int id = 1; id <= 3; ++id) {
            BrokerInfo b;
            b.id = id;
            b.reachable = id != 2;
            s.brokers.append(b);
        }
        const ClusterHealth h =
            summarizeCluster(QStringLiteral("demo"), true, &s, false, nullptr, 10000, kNow);
        QCOMPARE(h.brokersDown, QList<int>{2});
        const WorstCondition w = worstCondition({h}, {});
        QCOMPARE(w.severity, ConditionSeverity::Critical);
        QCOMPARE(w.causeText(), QStringLiteral("demo: broker 2 down"));
    }

    void alertLinesCriticalFirst()
    {
        const QList<ConditionAlert> alerts{
            alert(QStringLiteral("info")), alert(QStringLiteral("critical"), true),
            alert(QStringLiteral("warning")), alert(QStringLiteral("critical"))};
        const WorstCondition w = worstCondition({healthy()}, alerts);
        QCOMPARE(w.alertLines, (QStringList{alerts[3].text, alerts[2].text, alerts[0].text, alerts[1].text}));
    }

    void causeTextIsShortened()
    {
        ClusterHealth h = healthy();
        h.brokersDown = {2};
        h.offline = 1;
        h.underMinIsr = 1;
        h.groupsErr = 1;
        h.underReplicated = 9;
        h.groupsWarn = 2;
        const WorstCondition w = worstCondition({h}, {});
        QCOMPARE(w.causes.size(), 6);
        QCOMPARE(w.causeText(),
                 QStringLiteral(
                     "demo: broker 2 down · 1 offline · 1 under min ISR · 1 group(s) in error · +2 more"));
    }

    void freshnessText_data()
    {
        QTest::addColumn<QList<ClusterHealth>>("clusters");
        QTest::addColumn<QString>("text");
        ClusterHealth stale = healthy();
        stale.flink = Freshness::Stale;
        stale.flinkAgeMs = 40000;
        ClusterHealth kafkaOnly = healthy();
        kafkaOnly.flink = Freshness::NotConfigured;
        QTest::newRow("all live: the oldest age") << QList{healthy()} << "all sources live, updated 12 s ago";
        QTest::newRow("unconfigured sources do not count")
            << QList{kafkaOnly} << "all sources live, updated 12 s ago";
        QTest::newRow("one stale") << QList{stale} << "1 of 2 sources live, oldest live data 12 s ago";
        QTest::newRow("none") << QList<ClusterHealth>{} << "no source configured";
    }

    void freshnessText()
    {
        QFETCH(QList<ClusterHealth>, clusters);
        QFETCH(QString, text);
        QCOMPARE(worstCondition(clusters, {}).freshnessText(), text);
    }
};

QTEST_GUILESS_MAIN(TestWorstCondition)
#include "tst_worstcondition.moc"
