#include "BusinessCells.h"
#include "BusinessFixtures.h"
#include "EventQualityTableModels.h"
#include "OrderTableModels.h"
#include "RawValueSortProxy.h"
#include "Roles.h"
#include "ShipmentTableModels.h"
#include "SlaTableModels.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Tidewatch;
using namespace BusinessFixtures;

namespace {

/// The model as the user sees it: one "a | b | c" line per row.
QStringList rowsOf(const QAbstractItemModel *model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        out << cells.join(QStringLiteral(" | "));
    }
    return out;
}

QStringList headersOf(const QAbstractItemModel *model)
{
    QStringList out;
    for (int column = 0; column < model->columnCount(); ++column)
        out << model->headerData(column, Qt::Horizontal).toString();
    return out;
}

const QString D = Cell::dash();

} // namespace

class TestBusinessModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The cells follow the default QLocale, which the application sets to the interface language
    // (UiLanguage); these rows are the English interface.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void shownOf_data()
    {
        QTest::addColumn<int>("shown");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<QString>("text");
        QTest::newRow("capped list") << 200 << qint64(1234) << QStringLiteral("showing 200 of 1,234");
        QTest::newRow("all listed") << 12 << qint64(12) << QStringLiteral("all 12");
        QTest::newRow("nothing") << 0 << qint64(0) << QStringLiteral("none");
        QTest::newRow("large") << 200 << qint64(1'234'567) << QStringLiteral("showing 200 of 1,234,567");
    }
    void shownOf()
    {
        QFETCH(int, shown);
        QFETCH(qint64, total);
        QFETCH(QString, text);
        QCOMPARE(BusinessCells::shownOf(shown, total), text);
    }

    void share_data()
    {
        QTest::addColumn<qint64>("onTime");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<QString>("text");
        QTest::newRow("nothing due is unknown, not 0 %") << qint64(0) << qint64(0) << D;
        QTest::newRow("none on time is 0 %") << qint64(0) << qint64(4) << QStringLiteral("0.0 %");
        QTest::newRow("93 of 100") << qint64(93) << qint64(100) << QStringLiteral("93.0 %");
        QTest::newRow("all") << qint64(7) << qint64(7) << QStringLiteral("100.0 %");
    }
    void share()
    {
        QFETCH(qint64, onTime);
        QFETCH(qint64, total);
        QFETCH(QString, text);
        QCOMPARE(BusinessCells::share(SlaShare{QString(), 60'000, onTime, total}), text);
    }

    void thresholds()
    {
        using namespace BusinessCells::Threshold;
        namespace Threshold = BusinessCells::Threshold;
        QCOMPARE(sla(0.97), StatusColour::good());
        QCOMPARE(sla(0.95), StatusColour::good());
        QCOMPARE(sla(0.949), StatusColour::warn());
        QCOMPARE(sla(0.90), StatusColour::warn());
        QCOMPARE(sla(0.899), StatusColour::bad());
        QVERIFY(!sla(std::nan("")).isValid()); // unknown is not good news
        QCOMPARE(lateShipments(0), StatusColour::good());
        QCOMPARE(lateShipments(1), StatusColour::warn());
        QCOMPARE(lateShipments(20), StatusColour::warn());
        QCOMPARE(lateShipments(21), StatusColour::bad());
        QCOMPARE(Threshold::breaches(0), StatusColour::good());
        QCOMPARE(Threshold::breaches(9), StatusColour::warn());
        QCOMPARE(Threshold::breaches(10), StatusColour::bad());
        QVERIFY(!ordersPerMinute(40, 42).isValid()); // normal
        QCOMPARE(ordersPerMinute(20, 42), StatusColour::warn());
        QCOMPARE(ordersPerMinute(0, 42), StatusColour::bad());
        QVERIFY(!ordersPerMinute(0, -1).isValid()); // no baseline: no judgement
    }

    void countModelMergesByName()
    {
        CountTableModel model(QStringLiteral("Status"), QString());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCounts({{QStringLiteral("paid"), 3}, {QStringLiteral("created"), 1}});
        QCOMPARE(rowsOf(&model),
                 (QStringList{QStringLiteral("created | 1 | 25.0 %"), QStringLiteral("paid | 3 | 75.0 %")}));
        const QPersistentModelIndex paid = model.index(1, 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setCounts({{QStringLiteral("paid"), 1}, {QStringLiteral("shipped"), 1}});
        QCOMPARE(rowsOf(&model),
                 (QStringList{QStringLiteral("paid | 1 | 50.0 %"), QStringLiteral("shipped | 1 | 50.0 %")}));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QVERIFY(paid.isValid()); // the row survived the merge (selection and scrolling stay)
        QCOMPARE(paid.data().toString(), QStringLiteral("paid"));
    }

    void overdueOrders()
    {
        OverdueOrderTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BusinessSnapshot s = rich(QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC));
        model.setRows(s.overdueOrders);
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(headersOf(&model), (QStringList{QStringLiteral("Order"), QStringLiteral("Status"),
                                                 QStringLiteral("Customer"), QStringLiteral("Amount"),
                                                 QStringLiteral("Ship by"), QStringLiteral("Overdue by")}));
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data().toString(), QStringLiteral("O-00000"));
        QCOMPARE(model.index(0, OverdueOrderTableModel::AmountColumn).data().toString(),
                 QStringLiteral("19.99 EUR"));
        QCOMPARE(model.index(0, OverdueOrderTableModel::OverdueByColumn).data(RawValueRole).toLongLong(),
                 200 * kMinute);
        // One order grows more overdue, one ships (leaves), one is new: merged, not reset.
        s.overdueOrders[5].overdueMs += kMinute;
        s.overdueOrders.removeAt(7);
        OverdueOrder fresh = s.overdueOrders.first();
        fresh.orderId = QStringLiteral("O-99999");
        fresh.amount = NAN;
        s.overdueOrders << fresh;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRows(s.overdueOrders);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 5);
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(model.index(199, 0).data().toString(), QStringLiteral("O-99999"));
        QCOMPARE(model.index(199, OverdueOrderTableModel::AmountColumn).data().toString(),
                 D); // unknown amount
    }

    void shipmentTables()
    {
        const qint64 now = 1'700'000'000'000;
        const BusinessSnapshot s = rich(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
        LateShipmentTableModel late;
        QAbstractItemModelTester lateTester(&late, QAbstractItemModelTester::FailureReportingMode::QtTest);
        late.setRows(s.lateShipments);
        QCOMPARE(late.rowCount(), 17);
        // In transit from FRA to MAD; at FRA having come from FRA is just FRA.
        QCOMPARE(late.index(1, LateShipmentTableModel::HubColumn).data().toString(), QStringLiteral("FRA"));
        QCOMPARE(late.index(0, LateShipmentTableModel::HubColumn).data().toString(),
                 QStringLiteral("FRA → MAD"));
        QCOMPARE(late.index(0, LateShipmentTableModel::LateByColumn).data().toString(),
                 QStringLiteral("1 m 0 s"));
        QCOMPARE(late.index(0, LateShipmentTableModel::LateByColumn).data(Qt::ForegroundRole).value<QColor>(),
                 StatusColour::bad());

        PositionTableModel positions;
        QAbstractItemModelTester positionTester(&positions,
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        positions.setRows(s.positions);
        QCOMPARE(positions.rowCount(), 200);
        QCOMPARE(headersOf(&positions).last(), QStringLiteral("Updated"));

        EtaSlipTableModel slips;
        QAbstractItemModelTester slipTester(&slips, QAbstractItemModelTester::FailureReportingMode::QtTest);
        slips.setRows(s.etaSlips);
        QCOMPARE(slips.rowCount(), 3);
        QCOMPARE(slips.index(2, EtaSlipTableModel::SlipColumn).data().toString(), QStringLiteral("3 m 0 s"));
    }

    void slaSharesWorstFirstUnknownLast()
    {
        const BusinessSnapshot s = rich(QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC));
        SlaShareTableModel model(QStringLiteral("Carrier"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setShares(s.slaByCarrier, {15 * kMinute, 60 * kMinute});
        QCOMPARE(headersOf(&model),
                 (QStringList{QStringLiteral("Carrier"), QStringLiteral("On time (15 min)"),
                              QStringLiteral("Total (15 min)"), QStringLiteral("Share (15 min)"),
                              QStringLiteral("On time (1 h)"), QStringLiteral("Total (1 h)"),
                              QStringLiteral("Share (1 h)")}));
        QCOMPARE(rowsOf(&model), (QStringList{
                                     QStringLiteral("DHL | 40 | 40 | 100.0 % | 150 | 155 | 96.8 %"),
                                     QStringLiteral("GLS | 23 | 24 | 95.8 % | 0 | 0 | ") + D,
                                     QStringLiteral("UPS | 30 | 36 | 83.3 % | 140 | 150 | 93.3 %"),
                                 }));
        QCOMPARE(model.index(2, SlaShareTableModel::shareColumn(0)).data(Qt::ForegroundRole).value<QColor>(),
                 StatusColour::bad());
        RawValueSortProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(SlaShareTableModel::shareColumn(1), Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order << proxy.index(row, 0).data().toString();
        // Worst first; the carrier with nothing due in the hour is unknown, and unknown sorts last.
        QCOMPARE(order, (QStringList{QStringLiteral("UPS"), QStringLiteral("DHL"), QStringLiteral("GLS")}));

        // Other windows: new columns, the rows again.
        model.setShares(s.slaByCarrier, {15 * kMinute});
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.rowCount(), 3);
    }

    void breaches()
    {
        const BusinessSnapshot s = rich(QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC));
        SlaBreachTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(s.breaches);
        QCOMPARE(model.rowCount(), 2);
        // Keyed by kind first: the delivery breach (kind 1) after the ship-by one (kind 0).
        QCOMPARE(model.index(0, SlaBreachTableModel::KindColumn).data().toString(),
                 QStringLiteral("ship-by"));
        QCOMPARE(model.index(0, SlaBreachTableModel::ShipmentColumn).data().toString(), D);
        QCOMPARE(model.index(1, SlaBreachTableModel::DoneColumn).data().toString(),
                 QStringLiteral("not yet"));
        QCOMPARE(model.index(1, SlaBreachTableModel::LateByColumn).data().toString(),
                 QStringLiteral("5 m 0 s"));
    }

    void eventQuality()
    {
        const BusinessSnapshot s = rich(QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC));
        EventTopicTableModel topics;
        QAbstractItemModelTester tester(&topics, QAbstractItemModelTester::FailureReportingMode::QtTest);
        topics.setRows(s.topics);
        QCOMPARE(topics.rowCount(), 2);
        QCOMPARE(topics.index(0, EventTopicTableModel::LagColumn).data().toString(), QStringLiteral("12"));
        QCOMPARE(topics.index(1, EventTopicTableModel::LagColumn).data().toString(), D); // unknown, not 0
        QCOMPARE(topics.index(1, EventTopicTableModel::RateColumn).data().toString(), D);
        QCOMPARE(topics.index(1, EventTopicTableModel::ErrorColumn).data(Qt::ForegroundRole).value<QColor>(),
                 StatusColour::bad());
        QCOMPARE(
            topics.index(0, EventTopicTableModel::RejectedColumn).data(Qt::ForegroundRole).value<QColor>(),
            StatusColour::warn());

        RejectedEventTableModel rejected;
        QAbstractItemModelTester rejectedTester(&rejected,
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        rejected.setRows(s.rejected);
        QCOMPARE(rejected.rowCount(), 2);
        QCOMPARE(rejected.index(1, RejectedEventTableModel::ReasonColumn).data().toString(),
                 QStringLiteral("missing /order_id"));
        // The same message again (same topic, partition, offset) is the same row.
        QList<RejectedEvent> again = s.rejected;
        again << s.rejected.first();
        again.last().origin.offset = 42;
        rejected.setRows(again);
        QCOMPARE(rejected.rowCount(), 3);

        LateEventTableModel late;
        QAbstractItemModelTester lateTester(&late, QAbstractItemModelTester::FailureReportingMode::QtTest);
        late.setRows(s.lateEvents);
        QCOMPARE(late.index(0, LateEventTableModel::BehindColumn).data().toString(),
                 QStringLiteral("9 m 0 s"));
    }
};

QTEST_GUILESS_MAIN(TestBusinessModels)
#include "tst_businessmodels.moc"
