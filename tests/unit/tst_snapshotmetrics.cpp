#include "MetricFixtures.h"
#include "SnapshotMetrics.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Tidewatch;
using namespace Tidewatch::MetricFixtures;

namespace {

/// Samples in exposition style, `name{a="x",b="y"} value`, so a failure shows the whole difference.
QStringList render(const QList<MetricSample> &samples)
{
    QStringList lines;
    for (const MetricSample &s : samples) {
        QStringList labels;
        for (const auto &[name, value] : s.labels)
            labels.append(name + QStringLiteral("=\"") + value + QLatin1Char('"'));
        lines.append(s.name + QLatin1Char('{') + labels.join(QLatin1Char(',')) + QStringLiteral("} ") +
                     QString::number(s.value, 'g', 12));
    }
    return lines;
}

} // namespace

class TestSnapshotMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kafka()
    {
        const QStringList expected{
            QStringLiteral("tidewatch_source_up{cluster=\"prod\",source=\"kafka\"} 1"),
            QStringLiteral("tidewatch_source_data_age_seconds{cluster=\"prod\",source=\"kafka\"} 1.5"),
            QStringLiteral("tidewatch_kafka_brokers{cluster=\"prod\"} 2"),
            QStringLiteral("tidewatch_kafka_brokers_up{cluster=\"prod\"} 1"),
            QStringLiteral("tidewatch_kafka_broker_up{broker=\"1\",cluster=\"prod\"} 1"),
            QStringLiteral("tidewatch_kafka_broker_rtt_seconds{broker=\"1\",cluster=\"prod\"} 0.0025"),
            QStringLiteral("tidewatch_kafka_broker_partitions_led{broker=\"1\",cluster=\"prod\"} 1"),
            QStringLiteral("tidewatch_kafka_broker_replicas{broker=\"1\",cluster=\"prod\"} 2"),
            QStringLiteral("tidewatch_kafka_broker_up{broker=\"2\",cluster=\"prod\"} 0"),
            QStringLiteral("tidewatch_kafka_broker_partitions_led{broker=\"2\",cluster=\"prod\"} 0"),
            QStringLiteral("tidewatch_kafka_broker_replicas{broker=\"2\",cluster=\"prod\"} 2"),
            QStringLiteral("tidewatch_kafka_controller_present{cluster=\"prod\"} 1"),
            QStringLiteral("tidewatch_kafka_under_replicated_partitions{cluster=\"prod\"} 2"),
            QStringLiteral("tidewatch_kafka_offline_partitions{cluster=\"prod\"} 1"),
            QStringLiteral("tidewatch_kafka_under_min_isr_partitions{cluster=\"prod\"} 1"),
            QStringLiteral("tidewatch_kafka_topic_messages_skew{cluster=\"prod\",topic=\"orders\"} 1.5"),
            QStringLiteral("tidewatch_kafka_topic_bytes_skew{cluster=\"prod\",topic=\"orders\"} 2"),
            QStringLiteral("tidewatch_kafka_partitions_not_preferred_leader{cluster=\"prod\"} 0"),
            QStringLiteral("tidewatch_kafka_partitions_not_preferred_leader_ratio{cluster=\"prod\"} 0"),
            QStringLiteral("tidewatch_kafka_leader_skew{cluster=\"prod\"} 1"),
            QStringLiteral("tidewatch_kafka_replica_skew{cluster=\"prod\"} 1"),
            QStringLiteral(
                "tidewatch_kafka_consumergroup_members{cluster=\"prod\",consumergroup=\"idle\"} 0"),
            QStringLiteral("tidewatch_kafka_consumergroup_status{cluster=\"prod\",consumergroup=\"idle\"} 0"),
            QStringLiteral("tidewatch_kafka_consumergroup_data_lost_partitions{cluster=\"prod\","
                           "consumergroup=\"idle\"} 0"),
            QStringLiteral("tidewatch_kafka_consumergroup_hanging_transactions{cluster=\"prod\","
                           "consumergroup=\"idle\"} 0"),
            QStringLiteral(
                "tidewatch_kafka_consumergroup_lag{cluster=\"prod\",consumergroup=\"tw-orders\"} 120"),
            QStringLiteral(
                "tidewatch_kafka_consumergroup_max_lag{cluster=\"prod\",consumergroup=\"tw-orders\"} 100"),
            QStringLiteral("tidewatch_kafka_consumergroup_max_time_lag_seconds{cluster=\"prod\","
                           "consumergroup=\"tw-orders\"} 42.5"),
            QStringLiteral(
                "tidewatch_kafka_consumergroup_members{cluster=\"prod\",consumergroup=\"tw-orders\"} 2"),
            QStringLiteral(
                "tidewatch_kafka_consumergroup_status{cluster=\"prod\",consumergroup=\"tw-orders\"} 2"),
            QStringLiteral("tidewatch_kafka_consumergroup_data_lost_partitions{cluster=\"prod\","
                           "consumergroup=\"tw-orders\"} 1"),
            QStringLiteral("tidewatch_kafka_consumergroup_retention_eta_seconds{cluster=\"prod\","
                           "consumergroup=\"tw-orders\"} 900"),
            QStringLiteral("tidewatch_kafka_consumergroup_hanging_transactions{cluster=\"prod\","
                           "consumergroup=\"tw-orders\"} 1"),
            QStringLiteral(
                "tidewatch_kafka_consumergroup_topic_lag{cluster=\"prod\",consumergroup=\"tw-orders\","
                "topic=\"orders\"} 120"),
            QStringLiteral("tidewatch_kafka_hanging_transactions{cluster=\"prod\"} 1"),
            QStringLiteral(
                "tidewatch_kafka_topic_retention_budget_ratio{cluster=\"prod\",topic=\"orders\"} 0.25"),
            QStringLiteral(
                "tidewatch_kafka_partition_open_transaction_seconds{cluster=\"prod\",partition=\"0\","
                "topic=\"orders\"} 400"),
        };
        QCOMPARE(render(kafkaMetricSamples(kafkaSnapshot(), kNow)), expected);
    }

    /// A group whose offsets failed this cycle carries its last figures in the snapshot, but they are
    /// not current: no lag, time-lag or status series (the alerts on them wait), its members still.
    void groupWithoutCurrentOffsets()
    {
        KafkaSnapshot s = kafkaSnapshot();
        s.groups[1].offsetsFailed = true;
        s.groups[1].error = QStringLiteral("Broker: Coordinator not available");
        QStringList ofGroup;
        for (const QString &line : render(kafkaMetricSamples(s, kNow))) {
            if (line.contains(QLatin1String("consumergroup=\"tw-orders\"")))
                ofGroup << line;
        }
        QCOMPARE(
            ofGroup,
            (QStringList{QStringLiteral(
                "tidewatch_kafka_consumergroup_members{cluster=\"prod\",consumergroup=\"tw-orders\"} 2")}));
    }

    /// 0 only where the brokers' metrics say there is no quorum leader; unknown is no series at all,
    /// so KafkaNoActiveController cannot fire on a cluster whose metrics are not scraped.
    void kafkaNoController()
    {
        KafkaSnapshot s = kafkaSnapshot();
        s.controllerId = -1;
        s.controllerSource = QStringLiteral("raft-no-leader");
        QVERIFY(render(kafkaMetricSamples(s, kNow))
                    .contains(QStringLiteral("tidewatch_kafka_controller_present{cluster=\"prod\"} 0")));
        s.controllerSource.clear();
        QVERIFY(
            !render(kafkaMetricSamples(s, kNow)).join(u'\n').contains(QLatin1String("controller_present")));
    }

    void valuesInTheirUnits_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("group status") << "tidewatch_kafka_consumergroup_status" << 3.0 << "stuck";
        QTest::newRow("warn") << "tidewatch_kafka_consumergroup_status" << 2.0 << "falling behind";
        QTest::newRow("not judged") << "tidewatch_kafka_consumergroup_status" << 0.0 << "not judged yet";
        QTest::newRow("no status code: the number") << "tidewatch_kafka_consumergroup_status" << 7.0 << "7";
        QTest::newRow("ratio") << "tidewatch_flink_job_max_backpressure_ratio" << 1.0 << "100 %";
        QTest::newRow("seconds") << "tidewatch_kafka_consumergroup_max_time_lag_seconds" << 302.0
                                 << "5 m 2 s";
        QTest::newRow("broker down") << "tidewatch_kafka_broker_up" << 0.0 << "down";
        QTest::newRow("broker up") << "tidewatch_kafka_broker_up" << 1.0 << "up";
        QTest::newRow("no controller") << "tidewatch_kafka_controller_present" << 0.0 << "missing";
        QTest::newRow("job not running") << "tidewatch_flink_job_running" << 0.0 << "not running";
        QTest::newRow("count") << "tidewatch_kafka_consumergroup_lag" << 1500.0 << "1.5 k";
    }

    /// The alert table shows a value as the operator reads it: "stuck", "down", "100 %", not 3, "no" or
    /// 1.0.
    void valuesInTheirUnits()
    {
        QFETCH(QString, metric);
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(formatMetricValue(metric, value), text);
    }

    void flink()
    {
        const QStringList expected{
            QStringLiteral("tidewatch_source_up{cluster=\"prod\",source=\"flink\"} 1"),
            QStringLiteral("tidewatch_source_data_age_seconds{cluster=\"prod\",source=\"flink\"} 2"),
            QStringLiteral("tidewatch_flink_taskmanagers{cluster=\"prod\"} 2"),
            QStringLiteral("tidewatch_flink_slots_available{cluster=\"prod\"} 3"),
            QStringLiteral("tidewatch_flink_job_running{cluster=\"prod\",job=\"enrich\",job_id=\"a1\"} 1"),
            QStringLiteral("tidewatch_flink_job_restarts{cluster=\"prod\",job=\"enrich\",job_id=\"a1\"} 4"),
            QStringLiteral("tidewatch_flink_job_last_checkpoint_age_seconds{cluster=\"prod\",job=\"enrich\","
                           "job_id=\"a1\"} 30"),
            QStringLiteral(
                "tidewatch_flink_job_checkpoints_failed{cluster=\"prod\",job=\"enrich\",job_id=\"a1\"} 1"),
            QStringLiteral(
                "tidewatch_flink_job_checkpoints_failed_since_completed{cluster=\"prod\",job=\"enrich\","
                "job_id=\"a1\"} 1"),
            QStringLiteral(
                "tidewatch_flink_job_state_size_bytes{cluster=\"prod\",job=\"enrich\",job_id=\"a1\"} "
                "1048576"),
            QStringLiteral("tidewatch_flink_job_max_backpressure_ratio{cluster=\"prod\",job=\"enrich\","
                           "job_id=\"a1\"} 0.7"),
            QStringLiteral("tidewatch_flink_job_max_watermark_lag_seconds{cluster=\"prod\",job=\"enrich\","
                           "job_id=\"a1\"} 12"),
            // RESTARTING, nothing else known yet
            QStringLiteral("tidewatch_flink_job_running{cluster=\"prod\",job=\"ingest\",job_id=\"b2\"} 0"),
            // no details fetched yet; the CANCELED job "old" ended on purpose and is left out
            QStringLiteral("tidewatch_flink_job_running{cluster=\"prod\",job=\"nodetails\",job_id=\"d4\"} 1"),
        };
        QCOMPARE(render(flinkMetricSamples(flinkSnapshot(), kNow)), expected);

        // Task managers Flink did not report are absent, not 0.
        FlinkSnapshot unknown = flinkSnapshot();
        unknown.taskManagers = -1;
        unknown.slotsAvailable = -1;
        const QStringList rendered = render(flinkMetricSamples(unknown, kNow));
        QVERIFY(rendered.filter(QStringLiteral("tidewatch_flink_taskmanagers")).isEmpty());
        QVERIFY(rendered.filter(QStringLiteral("tidewatch_flink_slots_available")).isEmpty());
    }

    void unreachableOnlySourceMetrics_data()
    {
        QTest::addColumn<bool>("everSucceeded");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("never succeeded")
            << false << QStringList{QStringLiteral("tidewatch_source_up{cluster=\"prod\",source=\"%1\"} 0")};
        QTest::newRow("succeeded a minute ago")
            << true
            << QStringList{
                   QStringLiteral("tidewatch_source_up{cluster=\"prod\",source=\"%1\"} 0"),
                   QStringLiteral("tidewatch_source_data_age_seconds{cluster=\"prod\",source=\"%1\"} 60")};
    }
    void unreachableOnlySourceMetrics()
    {
        QFETCH(bool, everSucceeded);
        QFETCH(QStringList, expected);
        SourceStatus status;
        status.error = QStringLiteral("timed out");
        if (everSucceeded)
            status.lastSuccessAt = kNow.addSecs(-60);
        KafkaSnapshot kafka = kafkaSnapshot();
        kafka.status = status;
        FlinkSnapshot flink = flinkSnapshot();
        flink.status = status;
        QStringList expectedKafka, expectedFlink;
        for (const QString &line : std::as_const(expected)) {
            expectedKafka.append(line.arg(QLatin1String("kafka")));
            expectedFlink.append(line.arg(QLatin1String("flink")));
        }
        QCOMPARE(render(kafkaMetricSamples(kafka, kNow)), expectedKafka);
        QCOMPARE(render(flinkMetricSamples(flink, kNow)), expectedFlink);
    }

    void business()
    {
        const QStringList expected{
            QStringLiteral("tidewatch_source_up{cluster=\"prod\",source=\"events\"} 1"),
            QStringLiteral("tidewatch_source_data_age_seconds{cluster=\"prod\",source=\"events\"} 1.5"),
            QStringLiteral("tidewatch_business_topic_lag{cluster=\"prod\",topic=\"orders\"} 12"),
            QStringLiteral("tidewatch_business_events_rejected{cluster=\"prod\",topic=\"orders\"} 3"),
            QStringLiteral("tidewatch_business_events_late{cluster=\"prod\",topic=\"orders\"} 1"),
            QStringLiteral("tidewatch_business_events_duplicate{cluster=\"prod\",topic=\"orders\"} 0"),
            QStringLiteral("tidewatch_business_events_rejected{cluster=\"prod\",topic=\"orders-cdc\"} 0"),
            QStringLiteral("tidewatch_business_events_late{cluster=\"prod\",topic=\"orders-cdc\"} 0"),
            QStringLiteral("tidewatch_business_events_duplicate{cluster=\"prod\",topic=\"orders-cdc\"} 0"),
            QStringLiteral("tidewatch_business_event_age_seconds{cluster=\"prod\"} 2"),
            QStringLiteral("tidewatch_business_watermark_lag_seconds{cluster=\"prod\"} 5"),
            QStringLiteral("tidewatch_business_orders{cluster=\"prod\",status=\"paid\"} 5"),
            QStringLiteral("tidewatch_business_orders{cluster=\"prod\",status=\"created\"} 2"),
            QStringLiteral("tidewatch_business_orders_open{cluster=\"prod\"} 7"),
            QStringLiteral(
                "tidewatch_business_orders_per_minute{cluster=\"prod\",transition=\"created\"} 10"),
            QStringLiteral("tidewatch_business_orders_per_minute{cluster=\"prod\",transition=\"paid\"} 8"),
            QStringLiteral("tidewatch_business_orders_per_minute{cluster=\"prod\",transition=\"shipped\"} 4"),
            QStringLiteral(
                "tidewatch_business_orders_per_minute{cluster=\"prod\",transition=\"cancelled\"} 1"),
            QStringLiteral("tidewatch_business_revenue_per_minute{cluster=\"prod\",currency=\"EUR\"} 812.5"),
            QStringLiteral("tidewatch_business_order_to_ship_seconds{cluster=\"prod\",quantile=\"0.5\","
                           "window=\"15m\"} 20"),
            QStringLiteral("tidewatch_business_order_to_ship_seconds{cluster=\"prod\",quantile=\"0.95\","
                           "window=\"15m\"} 40"),
            QStringLiteral("tidewatch_business_orders_overdue{cluster=\"prod\"} 2"),
            QStringLiteral("tidewatch_business_shipments{cluster=\"prod\",status=\"in_transit\"} 4"),
            QStringLiteral("tidewatch_business_shipments_open{cluster=\"prod\"} 4"),
            QStringLiteral("tidewatch_business_shipments_late{cluster=\"prod\"} 1"),
            QStringLiteral("tidewatch_business_hub_shipments{cluster=\"prod\",hub=\"HAM\"} 3"),
            QStringLiteral("tidewatch_business_eta_slips{cluster=\"prod\"} 1"),
            QStringLiteral("tidewatch_business_sla_on_time_ratio{cluster=\"prod\",window=\"15m\"} 0.9"),
            QStringLiteral("tidewatch_business_carrier_sla_on_time_ratio{carrier=\"DHL\",cluster=\"prod\","
                           "window=\"15m\"} 0.9"),
            QStringLiteral("tidewatch_business_hub_sla_on_time_ratio{cluster=\"prod\",hub=\"HAM\","
                           "window=\"1h\"} 0.8"),
            QStringLiteral("tidewatch_business_sla_breaches{cluster=\"prod\"} 3"),
        };
        QCOMPARE(render(businessMetricSamples(businessSnapshot(), kNow)), expected);
    }

    void businessBeforeTheFirstEvent()
    {
        BusinessSnapshot s = businessSnapshot();
        s.watermarkMs = -1;
        s.lastEventAt = {};
        const QStringList rendered = render(businessMetricSamples(s, kNow));
        // The consumer's own counters, nothing of the figures: unknown is not 0.
        QCOMPARE(rendered.filter(QStringLiteral("tidewatch_business_events_rejected")).size(), 2);
        QVERIFY(rendered.filter(QStringLiteral("tidewatch_business_orders")).isEmpty());
        QVERIFY(rendered.filter(QStringLiteral("sla")).isEmpty());
        s.status.reachable = false;
        QCOMPARE(render(businessMetricSamples(s, kNow)).size(), 2); // source_up 0 and the data age
    }

    void namesAndLabelsAreValidPrometheus()
    {
        const QRegularExpression metricName(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
        const QRegularExpression labelName(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
        const QStringList names = metricNames();
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
        for (const QString &name : names) {
            QVERIFY2(metricName.match(name).hasMatch(), qPrintable(name));
            QVERIFY2(!name.startsWith(QLatin1String("__")), qPrintable(name));
            QVERIFY2(!metricHelp(name).isEmpty(), qPrintable(name));
        }
        QVERIFY(metricHelp(QStringLiteral("tidewatch_nope")).isEmpty());

        const auto samples = everySample();
        QSet<QString> emitted;
        for (const MetricSample &s : samples) {
            emitted.insert(s.name);
            QVERIFY2(names.contains(s.name), qPrintable(s.name));
            QCOMPARE(s.label(QStringLiteral("cluster")), QStringLiteral("prod"));
            for (qsizetype i = 0; i < s.labels.size(); ++i) {
                QVERIFY2(labelName.match(s.labels.at(i).first).hasMatch(), qPrintable(s.labels.at(i).first));
                if (i > 0)
                    QVERIFY2(s.labels.at(i - 1).first < s.labels.at(i).first, qPrintable(s.name));
            }
        }
        QCOMPARE(emitted.size(), names.size()); // the fixtures exercise every metric
    }

    void consumerGroupStatusValues_data()
    {
        QTest::addColumn<LagStatus>("status");
        QTest::addColumn<int>("value");
        QTest::newRow("NOTFOUND") << LagStatus::NotFound << 0;
        QTest::newRow("OK") << LagStatus::Ok << 1;
        QTest::newRow("WARN") << LagStatus::Warn << 2;
        QTest::newRow("ERR") << LagStatus::Err << 3;
        // A group shows its worst partition's word; for Burrow each of these is ERR.
        QTest::newRow("STOP") << LagStatus::Stop << 3;
        QTest::newRow("STALL") << LagStatus::Stall << 3;
        QTest::newRow("REWIND") << LagStatus::Rewind << 3;
    }
    void consumerGroupStatusValues()
    {
        QFETCH(LagStatus, status);
        QFETCH(int, value);
        QCOMPARE(lagStatusValue(status), value);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotMetrics)
#include "tst_snapshotmetrics.moc"
