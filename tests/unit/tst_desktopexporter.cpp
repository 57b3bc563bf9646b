#include "DesktopExporter.h"
#include "ExporterSettings.h"
#include "ExporterSettingsBox.h"
#include "Monitor.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
};

QTEST_MAIN(TestDesktopExporter)
#include "tst_desktopexporter.moc"
