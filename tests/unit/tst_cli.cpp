#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

/// Runs the real tidewatch binary the way a user or a script would.
class TestCli : public QObject
{
    Q_OBJECT
private:
    static QString binary() { return qEnvironmentVariable("TIDEWATCH_BINARY"); }

    struct Result
    {
        int exitCode;
        QString out;
        QString err;
    };
    static Result run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY")); // --help and --version must not need a display
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(binary(), args);
        if (!p.waitForFinished(30000))
            return {-1, {}, QStringLiteral("timed out")};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(binary()), qPrintable(binary())); }

    void version()
    {
        const Result r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            QRegularExpression(QStringLiteral("^tidewatch \\d+\\.\\d+\\.\\d+\\n$")).match(r.out).hasMatch(),
            qPrintable(r.out));
    }

    void help()
    {
        const Result r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--bootstrap", "--flink", "--interval", "--page", "--version"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }

    void badOption()
    {
        const Result r = run({QStringLiteral("--version"), QStringLiteral("--frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("frobnicate")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
