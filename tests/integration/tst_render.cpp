#include "StackTools.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidewatch;

/// `tidewatch render` of every page against the real stack: exit 0 (data arrived), an image of the
/// requested size, and a picture that is not blank.
class TestRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyPage_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<bool>("wall");
        for (const char *page :
             {"overview", "alerts", "brokers", "topics", "groups", "flink", "settings", "rules", "orders",
              "shipments", "sla", "rejected", "business-wall", "hub-map"})
            QTest::newRow(page) << QString::fromLatin1(page) << false;
        // The control-room look of the business pages.
        for (const char *page : {"business-wall", "hub-map", "orders"})
            QTest::newRow(qPrintable(QStringLiteral("%1 --wall").arg(QLatin1String(page))))
                << QString::fromLatin1(page) << true;
    }
    void everyPage()
    {
        QFETCH(QString, page);
        QFETCH(bool, wall);
        QTemporaryDir dir;
        const QString out = dir.filePath(page + QStringLiteral(".png"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));                     // render must not need one
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path()); // no settings of the user's
        p.setProcessEnvironment(env);
        QStringList arguments{QStringLiteral("render"),
                              QStringLiteral("--page"),
                              page,
                              QStringLiteral("--size"),
                              QStringLiteral("1200x800"),
                              QStringLiteral("--out"),
                              out,
                              QStringLiteral("--bootstrap"),
                              QString::fromLatin1(StackTools::kBootstrap),
                              QStringLiteral("--flink"),
                              QStringLiteral("http://127.0.0.1:18081"),
                              QStringLiteral("--broker-metrics"),
                              QStringLiteral("http://127.0.0.1:{id}9404/metrics"),
                              QStringLiteral("--event-topic"),
                              QStringLiteral("stack"),
                              QStringLiteral("--events-from-minutes"),
                              QStringLiteral("5"),
                              QStringLiteral("--wait"),
                              QStringLiteral("30")};
        if (wall)
            arguments << QStringLiteral("--wall");
        p.start(qEnvironmentVariable("TIDEWATCH_BINARY"), arguments);
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QImage image(out);
        QVERIFY2(!image.isNull(), qPrintable(out));
        QCOMPARE(image.size(), QSize(1200, 800));
        // Not blank: a real page has text and lines in many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 8, qPrintable(QStringLiteral("%1 colours").arg(colours.size())));
    }

    /// The Pipelines page waits for every Connect cluster too: without its connectors there is no
    /// CDC pipeline (database > shop-orders-cdc > orders-cdc > ...), so a worker that never answers
    /// is "no data" (exit 1), not a picture passed off as complete.
    void pipelinesWaitForConnect_data()
    {
        QTest::addColumn<QString>("connect");
        QTest::addColumn<int>("wait");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("the stack's worker: every source answered")
            << QStringLiteral("http://127.0.0.1:18083") << 60 << 0;
        QTest::newRow("a worker that does not answer: no data")
            << QStringLiteral("http://127.0.0.1:9") << 8 << 1;
    }
    void pipelinesWaitForConnect()
    {
        QFETCH(QString, connect);
        QFETCH(int, wait);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("pipelines.png"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("TIDEWATCH_BINARY"),
                {QStringLiteral("render"), QStringLiteral("--page"), QStringLiteral("pipelines"),
                 QStringLiteral("--size"), QStringLiteral("1200x800"), QStringLiteral("--out"), out,
                 QStringLiteral("--bootstrap"), QString::fromLatin1(StackTools::kBootstrap),
                 QStringLiteral("--connect"), connect, QStringLiteral("--postgres"),
                 QStringLiteral("host=127.0.0.1 port=15432 dbname=shop user=tidewatch"),
                 QStringLiteral("--wait"), QString::number(wait)});
        QVERIFY(p.waitForFinished((wait + 60) * 1000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == exitCode, err.constData());
        if (exitCode != 0)
            QVERIFY2(err.contains("no data within"), err.constData());
        QVERIFY(!QImage(out).isNull()); // the page is rendered either way
    }
};

QTEST_GUILESS_MAIN(TestRender)
#include "tst_render.moc"
