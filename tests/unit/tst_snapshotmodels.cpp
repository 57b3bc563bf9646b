#include "GroupTableModel.h"
#include "RawValueSortProxy.h"
#include "TopicTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Tidewatch;

namespace {

PartitionInfo partition(int id, int leader, QList<int> replicas, QList<int> isr)
{
    PartitionInfo p;
    p.partition = id;
    p.leader = leader;
    p.replicas = replicas;
    p.isr = isr;
    p.highWatermark = 100 * (id + 1);
    return p;
}

TopicInfo topic(const QString &name, QList<PartitionInfo> partitions, int minIsr = 2)
{
    TopicInfo t;
    t.name = name;
    t.partitions = partitions;
    t.minInsyncReplicas = minIsr;
    return t;
}

ConsumerGroupInfo group(const QString &id, qint64 lag, LagStatus status = LagStatus::Ok)
{
    ConsumerGroupInfo g;
    g.groupId = id;
    g.state = QStringLiteral("Stable");
    g.totalLag = lag;
    g.status = status;
    GroupPartitionLag p;
    p.topic = QStringLiteral("orders");
    p.partition = 0;
    p.lag = lag;
    g.partitions = {p};
    return g;
}

QStringList column(const QAbstractItemModel &model, int c)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, c).data().toString();
    return out;
}

} // namespace

class TestSnapshotModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void topicRowsSumLagOverGroups()
    {
        KafkaSnapshot s;
        s.topics = {topic(QStringLiteral("orders"), {partition(0, 1, {1, 2, 3}, {1, 2, 3})}),
                    topic(QStringLiteral("idle"), {partition(0, 1, {1}, {1})})};
        s.groups = {group(QStringLiteral("a"), 5), group(QStringLiteral("b"), 7)};
        const QList<TopicRow> rows = TopicTableModel::rowsFrom(s);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].consumerLag, qint64(12));
        QCOMPARE(rows[0].consumerGroups, 2);
        QCOMPARE(rows[1].consumerLag, qint64(-1)); // nobody reads it: unknown, not 0
    }

    /// Snapshots arrive as a sequence; the tester checks every signal the merge emits.
    void partitionsMergeAcrossSnapshots_data()
    {
        QTest::addColumn<QList<QList<TopicInfo>>>("steps");
        QTest::addColumn<QStringList>("expectedInSync");
        QTest::newRow("isr shrinks then recovers")
            << QList<QList<TopicInfo>>{{topic(QStringLiteral("t"), {partition(0, 1, {1, 2, 3}, {1, 2, 3})})},
                                       {topic(QStringLiteral("t"), {partition(0, 1, {1, 2, 3}, {1, 3})})},
                                       {topic(QStringLiteral("t"), {partition(0, 1, {1, 2, 3}, {1, 2, 3})})}}
            << QStringList{QStringLiteral("1,2,3")};
        QTest::newRow("partitions added")
            << QList<QList<TopicInfo>>{{topic(QStringLiteral("t"), {partition(0, 1, {1}, {1})})},
                                       {topic(QStringLiteral("t"),
                                              {partition(0, 1, {1}, {1}), partition(1, 2, {2}, {2})})}}
            << QStringList{QStringLiteral("1"), QStringLiteral("2")};
        QTest::newRow("topic deleted")
            << QList<QList<TopicInfo>>{{topic(QStringLiteral("t"), {partition(0, 1, {1}, {1})})}, {}}
            << QStringList{};
    }
    void partitionsMergeAcrossSnapshots()
    {
        QFETCH(QList<QList<TopicInfo>>, steps);
        QFETCH(QStringList, expectedInSync);
        PartitionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const auto &topics : steps) {
            KafkaSnapshot s;
            s.topics = topics;
            model.setSnapshot(s, {});
        }
        QCOMPARE(column(model, 4), expectedInSync);
    }

    void unhealthyPartitionsAreColoured()
    {
        KafkaSnapshot s;
        s.topics = {topic(QStringLiteral("t"),
                          {partition(0, 1, {1, 2, 3}, {1, 2, 3}), partition(1, 1, {1, 2, 3}, {1, 2}),
                           partition(2, 1, {1, 2, 3}, {1}), partition(3, -1, {1, 2, 3}, {})})};
        PartitionTableModel model;
        model.setSnapshot(s, QStringLiteral("t"));
        QVERIFY(!model.index(0, 4).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(1, 4).data(Qt::ForegroundRole).value<QColor>(),
                 StatusColour::warn()); // under-replicated
        QCOMPARE(model.index(2, 4).data(Qt::ForegroundRole).value<QColor>(),
                 StatusColour::bad());                                         // under min ISR
        QCOMPARE(model.index(3, 2).data().toString(), QStringLiteral("none")); // offline
        QVERIFY(model.index(2, 4)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("min.insync.replicas")));
    }

    /// Sorting uses raw values (1.2 k above 950) and puts unknown lag last in both directions.
    void groupsSortByRawValueUnknownLast_data()
    {
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("descending") << int(Qt::DescendingOrder)
                                    << QStringList{QStringLiteral("big"), QStringLiteral("small"),
                                                   QStringLiteral("unknown")};
        QTest::newRow("ascending") << int(Qt::AscendingOrder)
                                   << QStringList{QStringLiteral("small"), QStringLiteral("big"),
                                                  QStringLiteral("unknown")};
    }
    void groupsSortByRawValueUnknownLast()
    {
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        GroupTableModel model;
        model.setRows({group(QStringLiteral("small"), 950), group(QStringLiteral("big"), 1200),
                       group(QStringLiteral("unknown"), -1)});
        RawValueSortProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(GroupTableModel::LagColumn, Qt::SortOrder(order));
        QCOMPARE(column(proxy, GroupTableModel::GroupColumn), expected);
        QCOMPARE(proxy.index(0, GroupTableModel::LagColumn).data().toString(),
                 order == Qt::DescendingOrder ? QStringLiteral("1.2 k") : QStringLiteral("950"));
        // a sorted view stays sorted when values change
        model.setRows({group(QStringLiteral("small"), 5000), group(QStringLiteral("big"), 1200),
                       group(QStringLiteral("unknown"), -1)});
        QCOMPARE(column(proxy, GroupTableModel::GroupColumn).constLast(), QStringLiteral("unknown"));
        QCOMPARE(column(proxy, GroupTableModel::GroupColumn).constFirst(),
                 order == Qt::DescendingOrder ? QStringLiteral("small") : QStringLiteral("big"));
    }

    void filterByName()
    {
        GroupTableModel model;
        model.setRows({group(QStringLiteral("tw-keeps-up"), 1), group(QStringLiteral("billing"), 2)});
        RawValueSortProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterFixedString(QStringLiteral("KEEPS"));
        QCOMPARE(column(proxy, 0), QStringList{QStringLiteral("tw-keeps-up")});
    }

    void statusAndTrendPresentation()
    {
        ConsumerGroupInfo g = group(QStringLiteral("g"), 10, LagStatus::Stop);
        g.trend = LagTrend::Growing;
        g.maxTimeLagSeconds = 44;
        g.maxTimeLagIsLowerBound = true;
        GroupTableModel model;
        model.setRows({g});
        QCOMPARE(model.index(0, GroupTableModel::StatusColumn).data().toString(), QStringLiteral("stopped"));
        QCOMPARE(model.index(0, GroupTableModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>(),
                 StatusColour::bad());
        QCOMPARE(model.index(0, GroupTableModel::TrendColumn).data().toString(), QStringLiteral("↑"));
        QCOMPARE(model.index(0, GroupTableModel::TimeLagColumn).data().toString(), QStringLiteral("≥ 44 s"));
        QVERIFY(!model.headerData(GroupTableModel::StatusColumn, Qt::Horizontal, Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotModels)
#include "tst_snapshotmodels.moc"
