#include "CommandLine.h"

#include <QTest>

using namespace Tidewatch;

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void profileFromOptions()
    {
        const ParseResult r = parseCommandLine(
            {QStringLiteral("tidewatch"), QStringLiteral("--bootstrap"), QStringLiteral("127.0.0.1:19092"),
             QStringLiteral("--flink"), QStringLiteral("http://127.0.0.1:18081"), QStringLiteral("--cluster-name"),
             QStringLiteral("demo"), QStringLiteral("--interval"), QStringLiteral("1000"),
             QStringLiteral("--page"), QStringLiteral("flink")});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.options.mode, AppOptions::Mode::Gui);
        QCOMPARE(r.options.profile.name, QStringLiteral("demo"));
        QCOMPARE(r.options.profile.bootstrapServers, QStringLiteral("127.0.0.1:19092"));
        QCOMPARE(r.options.profile.flinkRestUrl, QStringLiteral("http://127.0.0.1:18081"));
        QCOMPARE(r.options.profile.kafkaPollIntervalMs, 1000);
        QCOMPARE(r.options.startPage, QStringLiteral("flink"));
    }

    void defaults()
    {
        const ParseResult r = parseCommandLine({QStringLiteral("tidewatch")});
        QVERIFY(r.error.isEmpty());
        QVERIFY(!r.options.profile.hasKafka());
        QVERIFY(!r.options.profile.hasFlink());
        QCOMPARE(r.options.profile.kafkaPollIntervalMs, 2000);
    }

    void version()
    {
        QCOMPARE(parseCommandLine({QStringLiteral("tidewatch"), QStringLiteral("--version")}).options.mode,
                 AppOptions::Mode::Version);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("--bootstrap")} << QStringLiteral("bootstrap");
        QTest::newRow("bad interval") << QStringList{QStringLiteral("--interval"), QStringLiteral("soon")}
                                      << QStringLiteral("--interval");
        QTest::newRow("tiny interval")
            << QStringList{QStringLiteral("--interval"), QStringLiteral("5")} << QStringLiteral("--interval");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("what")} << QStringLiteral("what");
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, errorContains);
        args.prepend(QStringLiteral("tidewatch"));
        const ParseResult r = parseCommandLine(args);
        QVERIFY2(r.error.contains(errorContains), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
