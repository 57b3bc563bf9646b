#include "BrokerTableModel.h"
#include "Roles.h"

#include <QAbstractItemModelTester>
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
            << QStringList{QStringLiteral("1|up||h:9092||0|–|–|–|–|–|–|–"),
                           QStringLiteral("2|up||h:9092||0|–|–|–|–|–|–|–"),
                           QStringLiteral("3|up||h:9092||0|–|–|–|–|–|–|–")};
        QTest::newRow("shrink in the middle")
            << QList<Brokers>{{broker(1), broker(2), broker(3), broker(4)}, {broker(1), broker(4)}}
            << QStringList{QStringLiteral("1|up||h:9092||0|–|–|–|–|–|–|–"),
                           QStringLiteral("4|up||h:9092||0|–|–|–|–|–|–|–")};
        QTest::newRow("change a row")
            << QList<Brokers>{{broker(1), broker(2)}, {broker(1), broker(2, "x", true)}}
            << QStringList{QStringLiteral("1|up||h:9092||0|–|–|–|–|–|–|–"),
                           QStringLiteral("2|up||x:9092|controller|0|–|–|–|–|–|–|–")};
        QTest::newRow("reordered input")
            << QList<Brokers>{{broker(3), broker(1), broker(2)}, {broker(2), broker(3), broker(1)}}
            << QStringList{QStringLiteral("1|up||h:9092||0|–|–|–|–|–|–|–"),
                           QStringLiteral("2|up||h:9092||0|–|–|–|–|–|–|–"),
                           QStringLiteral("3|up||h:9092||0|–|–|–|–|–|–|–")};
        QTest::newRow("replace all") << QList<Brokers>{{broker(1), broker(2)}, {broker(5), broker(6)}}
                                     << QStringList{QStringLiteral("5|up||h:9092||0|–|–|–|–|–|–|–"),
                                                    QStringLiteral("6|up||h:9092||0|–|–|–|–|–|–|–")};
        QTest::newRow("interleaved") << QList<Brokers>{{broker(1), broker(3), broker(5)},
                                                       {broker(2), broker(3), broker(4), broker(6)}}
                                     << QStringList{QStringLiteral("2|up||h:9092||0|–|–|–|–|–|–|–"),
                                                    QStringLiteral("3|up||h:9092||0|–|–|–|–|–|–|–"),
                                                    QStringLiteral("4|up||h:9092||0|–|–|–|–|–|–|–"),
                                                    QStringLiteral("6|up||h:9092||0|–|–|–|–|–|–|–")};
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
