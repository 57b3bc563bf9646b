#include "Format.h"

#include <QTest>

#include <cmath>

using namespace Tidewatch;

class TestFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void count_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0");
        QTest::newRow("small whole") << 987.0 << QStringLiteral("987");
        QTest::newRow("small fraction") << 12.5 << QStringLiteral("12.5");
        QTest::newRow("thousands") << 12300.0 << QStringLiteral("12.3 k");
        QTest::newRow("millions") << 1200000.0 << QStringLiteral("1.2 M");
        QTest::newRow("hundreds of millions") << 450000000.0 << QStringLiteral("450 M");
        QTest::newRow("billions") << 4500000000.0 << QStringLiteral("4.5 G");
        QTest::newRow("negative") << -2500.0 << QStringLiteral("-2.5 k");
        QTest::newRow("nan") << std::nan("") << QStringLiteral("n/a");
    }
    void count()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(Format::count(value), expected);
    }

    void duration_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("expected");
        QTest::newRow("milliseconds") << qint64(850) << QStringLiteral("850 ms");
        QTest::newRow("seconds with tenths") << qint64(4200) << QStringLiteral("4.2 s");
        QTest::newRow("seconds") << qint64(42000) << QStringLiteral("42 s");
        QTest::newRow("minutes") << qint64(200000) << QStringLiteral("3 m 20 s");
        QTest::newRow("hours") << qint64(7500000) << QStringLiteral("2 h 5 m");
        QTest::newRow("days") << qint64(273600000) << QStringLiteral("3 d 4 h");
        QTest::newRow("negative") << qint64(-42000) << QStringLiteral("-42 s");
    }
    void duration()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, expected);
        QCOMPARE(Format::duration(ms), expected);
    }

    void bytes_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bytes") << 512.0 << QStringLiteral("512 B");
        QTest::newRow("kibibytes") << 1536.0 << QStringLiteral("1.5 KiB");
        QTest::newRow("mebibytes") << 3.2 * 1024 * 1024 << QStringLiteral("3.2 MiB");
        QTest::newRow("gibibytes") << 1.1 * 1024 * 1024 * 1024 << QStringLiteral("1.1 GiB");
    }
    void bytes()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(Format::bytes(value), expected);
    }

    void age()
    {
        QCOMPARE(Format::age(-1), QStringLiteral("never"));
        QCOMPARE(Format::age(300), QStringLiteral("just now"));
        QCOMPARE(Format::age(130000), QStringLiteral("2 m 10 s ago"));
    }

    void rate() { QCOMPARE(Format::rate(1500.0), QStringLiteral("1.5 k /s")); }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
