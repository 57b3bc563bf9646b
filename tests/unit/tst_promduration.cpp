#include "PromDuration.h"

#include <QTest>

using namespace Tidewatch;

class TestPromDuration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected"); // -1: rejected
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("seconds") << QStringLiteral("30s") << qint64(30000);
        QTest::newRow("minutes") << QStringLiteral("5m") << qint64(300000);
        QTest::newRow("milliseconds") << QStringLiteral("250ms") << qint64(250);
        QTest::newRow("compound") << QStringLiteral("1h30m") << qint64(5400000);
        QTest::newRow("minutes then milliseconds") << QStringLiteral("1m500ms") << qint64(60500);
        QTest::newRow("week") << QStringLiteral("1w") << qint64(604800000);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("no unit") << QStringLiteral("30") << qint64(-1);
        QTest::newRow("unknown unit") << QStringLiteral("3x") << qint64(-1);
        QTest::newRow("units out of order") << QStringLiteral("5s1m") << qint64(-1);
        QTest::newRow("unit twice") << QStringLiteral("1m1m") << qint64(-1);
        QTest::newRow("fraction") << QStringLiteral("1.5m") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-5m") << qint64(-1);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const auto parsed = PromDuration::parse(text);
        if (expected < 0) {
            QVERIFY2(!parsed.has_value(), qPrintable(text));
        } else {
            QVERIFY2(parsed.has_value(), qPrintable(text));
            QCOMPARE(*parsed, expected);
        }
    }

    void format_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0s");
        QTest::newRow("minutes") << qint64(300000) << QStringLiteral("5m");
        QTest::newRow("compound") << qint64(5400000) << QStringLiteral("1h30m");
        QTest::newRow("milliseconds") << qint64(1250) << QStringLiteral("1s250ms");
    }
    void format()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, expected);
        QCOMPARE(PromDuration::format(ms), expected);
        QCOMPARE(PromDuration::parse(expected).value_or(-1), ms); // round trip
    }
};

QTEST_GUILESS_MAIN(TestPromDuration)
#include "tst_promduration.moc"
