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
};

QTEST_GUILESS_MAIN(TestRender)
#include "tst_render.moc"
