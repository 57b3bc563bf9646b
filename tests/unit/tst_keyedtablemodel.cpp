#include "BrokerTableModel.h"
#include "RawValueSortProxy.h"
#include "Roles.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace Tidewatch;

namespace {

using Brokers = QList<BrokerInfo>;

BrokerInfo broker(int id, const char *host = "h", bool controller = false)
{
    BrokerInfo b;
    b.id = id;
    b.host = QString::fromLatin1(host);
    b.port = 9092;
    b.isController = controller;
    return b;
}

/// Brokers 1..@p count; broker i takes in @p rateOf(i) bytes per second.
template<typename RateOf>
Brokers brokersWithRates(int count, RateOf rateOf)
{
    Brokers brokers;
    for (int id = 1; id <= count; ++id) {
        BrokerInfo b = broker(id);
        b.bytesInPerSecond = rateOf(id);
        brokers << b;
    }
    return brokers;
}

/// The ranges of a dataChanged spy as "first-last" source rows.
QStringList ranges(const QSignalSpy &spy)
{
    QStringList out;
    for (const QList<QVariant> &signal : spy)
        out << QStringLiteral("%1-%2")
                   .arg(signal.at(0).toModelIndex().row())
                   .arg(signal.at(1).toModelIndex().row());
    return out;
}

/// The broker ids in the proxy's order.
QList<int> idsInOrder(const QAbstractItemModel &proxy)
{
    QList<int> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids << proxy.index(row, 0).data(KeyRole).toInt();
    return ids;
}

QStringList printed(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.index(row, column).data().toString();
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

} // namespace

class TestKeyedTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sequences_data()
    {
        QTest::addColumn<QList<Brokers>>("steps");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("grow from empty")
            << QList<Brokers>{{}, {broker(2), broker(1)}, {broker(1), broker(2), broker(3)}}
            << QStringList{QStringLiteral("1|up||h:9092||0|0|0|–|–|–|–|–|–|–"),
                           QStringLiteral("2|up||h:9092||0|0|0|–|–|–|–|–|–|–"),
                           QStringLiteral("3|up||h:9092||0|0|0|–|–|–|–|–|–|–")};
        QTest::newRow("shrink in the middle")
            << QList<Brokers>{{broker(1), broker(2), broker(3), broker(4)}, {broker(1), broker(4)}}
            << QStringList{QStringLiteral("1|up||h:9092||0|0|0|–|–|–|–|–|–|–"),
                           QStringLiteral("4|up||h:9092||0|0|0|–|–|–|–|–|–|–")};
        QTest::newRow("change a row")
            << QList<Brokers>{{broker(1), broker(2)}, {broker(1), broker(2, "x", true)}}
            << QStringList{QStringLiteral("1|up||h:9092||0|0|0|–|–|–|–|–|–|–"),
                           QStringLiteral("2|up||x:9092|controller|0|0|0|–|–|–|–|–|–|–")};
        QTest::newRow("reordered input")
            << QList<Brokers>{{broker(3), broker(1), broker(2)}, {broker(2), broker(3), broker(1)}}
            << QStringList{QStringLiteral("1|up||h:9092||0|0|0|–|–|–|–|–|–|–"),
                           QStringLiteral("2|up||h:9092||0|0|0|–|–|–|–|–|–|–"),
                           QStringLiteral("3|up||h:9092||0|0|0|–|–|–|–|–|–|–")};
        QTest::newRow("replace all") << QList<Brokers>{{broker(1), broker(2)}, {broker(5), broker(6)}}
                                     << QStringList{QStringLiteral("5|up||h:9092||0|0|0|–|–|–|–|–|–|–"),
                                                    QStringLiteral("6|up||h:9092||0|0|0|–|–|–|–|–|–|–")};
        QTest::newRow("interleaved") << QList<Brokers>{{broker(1), broker(3), broker(5)},
                                                       {broker(2), broker(3), broker(4), broker(6)}}
                                     << QStringList{QStringLiteral("2|up||h:9092||0|0|0|–|–|–|–|–|–|–"),
                                                    QStringLiteral("3|up||h:9092||0|0|0|–|–|–|–|–|–|–"),
                                                    QStringLiteral("4|up||h:9092||0|0|0|–|–|–|–|–|–|–"),
                                                    QStringLiteral("6|up||h:9092||0|0|0|–|–|–|–|–|–|–")};
        QTest::newRow("to empty") << QList<Brokers>{{broker(1), broker(2)}, {}} << QStringList{};
    }
    void sequences()
    {
        QFETCH(QList<Brokers>, steps);
        QFETCH(QStringList, expected);
        BrokerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const Brokers &step : steps)
            model.setRows(step);
        QCOMPARE(printed(model), expected);
    }

    void unchangedRowsEmitNothing()
    {
        BrokerTableModel model;
        model.setRows({broker(1), broker(2)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setRows({broker(2), broker(1)});
        QCOMPARE(changed.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        model.setRows({broker(1), broker(2, "moved")});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    }

    /// A merge reports the rows that changed in value only: one dataChanged from the first to the
    /// last changed row, spanning every column and naming the roles that change with a value (the
    /// sort role included); none when nothing changed.
    void changedRowsComeAsOneRange_data()
    {
        QTest::addColumn<QList<int>>("changedIds");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nothing changed") << QList<int>{} << QStringList{};
        QTest::newRow("one row") << QList<int>{5} << QStringList{QStringLiteral("4-4")};
        QTest::newRow("adjacent rows") << QList<int>{2, 3, 4} << QStringList{QStringLiteral("1-3")};
        QTest::newRow("scattered rows: the span")
            << QList<int>{3, 5, 8} << QStringList{QStringLiteral("2-7")};
        QTest::newRow("first and last") << QList<int>{1, 10} << QStringList{QStringLiteral("0-9")};
        QTest::newRow("every row") << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
                                   << QStringList{QStringLiteral("0-9")};
    }
    void changedRowsComeAsOneRange()
    {
        QFETCH(QList<int>, changedIds);
        QFETCH(QStringList, expected);
        BrokerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(brokersWithRates(10, [](int id) { return 100.0 * id; }));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRows(
            brokersWithRates(10, [&](int id) { return 100.0 * id + (changedIds.contains(id) ? 1 : 0); }));
        QCOMPARE(ranges(changed), expected);
        for (const QList<QVariant> &signal : changed) {
            QCOMPARE(signal.at(0).toModelIndex().column(), 0);
            QCOMPARE(signal.at(1).toModelIndex().column(), model.columnCount() - 1);
            const QList<int> roles = signal.at(2).value<QList<int>>();
            QVERIFY(roles.contains(Qt::DisplayRole));
            QVERIFY(roles.contains(RawValueRole)); // what a sorting proxy sorts by
        }
        for (int id : changedIds)
            QCOMPARE(model.index(id - 1, BrokerTableModel::BytesInColumn).data(RawValueRole).toDouble(),
                     100.0 * id + 1);
    }

    /// Rows removed, inserted and changed in one merge: structure first, then the changed rows at
    /// their final positions.
    void changedRowsAfterInsertsAndRemovals()
    {
        BrokerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({broker(1), broker(3), broker(5), broker(7)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        // 1 goes, 2 comes, 5 and 7 change: rows are 2, 3, 5, 7 afterwards.
        model.setRows({broker(2), broker(3), broker(5, "x"), broker(7, "y")});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(ranges(changed), QStringList{QStringLiteral("2-3")});
        QCOMPARE(model.index(2, BrokerTableModel::HostColumn).data().toString(), QStringLiteral("x:9092"));
        QCOMPARE(model.index(3, BrokerTableModel::HostColumn).data().toString(), QStringLiteral("y:9092"));
    }

    /// Behind a sorting proxy (as the pages show their tables), an update that reorders many rows
    /// re-sorts once, keeps the sort column and order, and keeps the selected row on its key.
    void sortAndSelectionKeptAcrossUpdates()
    {
        BrokerTableModel model;
        RawValueSortProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(BrokerTableModel::BytesInColumn, Qt::DescendingOrder);
        model.setRows(brokersWithRates(8, [](int id) { return 100.0 * id; }));
        QCOMPARE(idsInOrder(proxy), (QList<int>{8, 7, 6, 5, 4, 3, 2, 1}));
        QItemSelectionModel selection(&proxy);
        const QModelIndex six = proxy.index(2, 0);
        QCOMPARE(six.data(KeyRole).toInt(), 6);
        selection.setCurrentIndex(six, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
        // Scattered rows change (brokers 1, 3, 5, 7): the order turns around for them.
        model.setRows(brokersWithRates(8, [](int id) { return id % 2 == 1 ? 1000.0 - id : 100.0 * id; }));
        QCOMPARE(idsInOrder(proxy), (QList<int>{1, 3, 5, 7, 8, 6, 4, 2}));
        QCOMPARE(layouts.size(), 1); // one re-sort for the whole update
        QCOMPARE(resets.size(), 0);
        QCOMPARE(proxy.sortColumn(), int(BrokerTableModel::BytesInColumn));
        QCOMPARE(proxy.sortOrder(), Qt::DescendingOrder);
        QCOMPARE(selection.currentIndex().data(KeyRole).toInt(), 6);
        QCOMPARE(selection.currentIndex().row(), 5);
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().first().data(KeyRole).toInt(), 6);

        // Nothing changed in value: no signal reaches the proxy's views.
        layouts.clear();
        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
        model.setRows(brokersWithRates(8, [](int id) { return id % 2 == 1 ? 1000.0 - id : 100.0 * id; }));
        QCOMPARE(layouts.size(), 0);
        QCOMPARE(changed.size(), 0);

        // Rows come and go (the proxy keeps each row's sort value between changes: these must not
        // be sorted by the values of the rows that were there before).
        Brokers next = brokersWithRates(9, [](int id) { return id == 9 ? 5000.0 : 10.0 * id; });
        next.removeFirst(); // broker 1 goes
        model.setRows(next);
        QCOMPARE(idsInOrder(proxy), (QList<int>{9, 8, 7, 6, 5, 4, 3, 2}));
        QCOMPARE(selection.currentIndex().data(KeyRole).toInt(), 6);
        // Another column, the other way round.
        proxy.sort(BrokerTableModel::IdColumn, Qt::AscendingOrder);
        QCOMPARE(idsInOrder(proxy), (QList<int>{2, 3, 4, 5, 6, 7, 8, 9}));
    }

    void rolesGiveRawValues()
    {
        BrokerTableModel model;
        model.setRows({broker(7, "h", true)});
        QCOMPARE(model.index(0, BrokerTableModel::IdColumn).data(RawValueRole).toInt(), 7);
        QCOMPARE(model.index(0, BrokerTableModel::ControllerColumn).data(RawValueRole).toBool(), true);
        QCOMPARE(model.index(0, BrokerTableModel::HostColumn).data(KeyRole).toInt(), 7);
        QVERIFY(!model.headerData(BrokerTableModel::IdColumn, Qt::Horizontal, Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeyedTableModel)
#include "tst_keyedtablemodel.moc"
