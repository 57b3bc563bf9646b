#include "DesktopExporter.h"
#include "ExporterSettings.h"
#include "ExporterSettingsBox.h"
#include "Monitor.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidewatch;

/// The desktop's exporter setting: off by default, its state shown in the Settings box, a new
/// address applied and stored at the top of the profiles file.
class TestDesktopExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offByDefault()
    {
        QTemporaryDir dir;
        Monitor monitor({});
        ExporterSettingsBox box;
        DesktopExporter exporter(&monitor, &box, ExporterConfig{}, dir.filePath(QStringLiteral("p.ini")));
        QVERIFY(!exporter.isListening());
        QCOMPARE(box.findChild<QLabel *>(QStringLiteral("exporterState"))->text(), QStringLiteral("Off"));
        QVERIFY(!box.findChild<QCheckBox *>(QStringLiteral("exporterEnabled"))->isChecked());
    }

    void applyStartsStoresAndReportsErrors()
    {
        QTemporaryDir dir;
        const QString profiles = dir.filePath(QStringLiteral("profiles.ini"));
        Monitor monitor({});
        ExporterSettingsBox box;
        DesktopExporter exporter(&monitor, &box, ExporterConfig{}, profiles);
        auto *enabled = box.findChild<QCheckBox *>(QStringLiteral("exporterEnabled"));
        auto *listen = box.findChild<QLineEdit *>(QStringLiteral("exporterListen"));
        auto *apply = box.findChild<QPushButton *>(QStringLiteral("exporterApply"));
        auto *state = box.findChild<QLabel *>(QStringLiteral("exporterState"));

        enabled->setChecked(true);
        listen->setText(QStringLiteral("127.0.0.1:0"));
        apply->click();
        QVERIFY(exporter.isListening());
        QVERIFY2(state->text().contains(QStringLiteral("http://") + exporter.address() +
                                        QStringLiteral("/metrics")),
                 qPrintable(state->text()));
        const ExporterConfig stored = ExporterSettings::load(profiles);
        QVERIFY(stored.enabled);
        QCOMPARE(stored.listen, QStringLiteral("127.0.0.1:0"));

        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        const QString address = QStringLiteral("127.0.0.1:") + QString::number(taken.serverPort());
        listen->setText(address);
        apply->click();
        QVERIFY(!exporter.isListening());
        QVERIFY2(state->text().contains(address) && state->text().startsWith(QStringLiteral("Error")),
                 qPrintable(state->text()));

        enabled->setChecked(false);
        apply->click();
        QCOMPARE(state->text(), QStringLiteral("Off"));
        QVERIFY(!ExporterSettings::load(profiles).enabled);
    }

    void tlsShowsHttps()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty() && qEnvironmentVariableIsSet("CI"))
            QFAIL("openssl is not installed (scripts/setup-deps.sh installs it)");
        if (openssl.isEmpty())
            QSKIP("openssl is not installed");
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("exporter.crt"));
        const QString key = dir.filePath(QStringLiteral("exporter.key"));
        QProcess gen;
        gen.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                            QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                            QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        QVERIFY(gen.waitForFinished(60000));
        QCOMPARE(gen.exitCode(), 0);
        ExporterConfig config; // as the profiles file gives it: exporter.tls.certificate and .key
        config.enabled = true;
        config.listen = QStringLiteral("127.0.0.1:0");
        config.tlsCertificate = cert;
        config.tlsKey = key;
        Monitor monitor({});
        ExporterSettingsBox box;
        DesktopExporter exporter(&monitor, &box, config, dir.filePath(QStringLiteral("p.ini")));
        QVERIFY(exporter.isListening());
        auto *state = box.findChild<QLabel *>(QStringLiteral("exporterState"));
        QCOMPARE(state->text(), QStringLiteral("Listening on https://%1/metrics").arg(exporter.address()));
        // Applying a new address from the box keeps TLS.
        box.findChild<QPushButton *>(QStringLiteral("exporterApply"))->click();
        QVERIFY2(state->text().startsWith(QStringLiteral("Listening on https://")),
                 qPrintable(state->text()));
    }
};

QTEST_MAIN(TestDesktopExporter)
#include "tst_desktopexporter.moc"
