#include "AlertHistoryStore.h"
#include "AlertHistoryWriter.h"
#include "AlertRules.h"
#include "AlertView.h"
#include "AlertsPage.h"
#include "CommandLine.h"
#include "Dashboard.h"
#include "DiskFault.h"
#include "IniFileCheck.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "RulesFile.h"
#include "SettingsRecovery.h"
#include "TimeSeriesChart.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidewatch;

namespace {

using Kind = DiskFault::Kind;

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(data), data.size());
}

/// What is in @p dir besides the files the test put there (temporary files left behind).
QStringList leftovers(const QString &dir, const QStringList &expected)
{
    QStringList out = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : expected)
        out.removeAll(name);
    return out;
}

void addDiskFaultRows()
{
    QTest::addColumn<Kind>("kind");
    QTest::newRow("read-only folder") << Kind::ReadOnly;
    QTest::newRow("file size limit (EFBIG, as a full disk)") << Kind::FileSizeLimit;
    QTest::newRow("full filesystem (ENOSPC, tmpfs)") << Kind::FullFilesystem;
}

ClusterProfile profile(const QString &name)
{
    ClusterProfile p;
    p.name = name;
    p.bootstrapServers = QStringLiteral("%1-broker:9092").arg(name);
    return p;
}

AlertHistoryBatch batch(const QList<AlertHistoryEntry> &entries)
{
    AlertHistoryBatch b;
    b.entries = entries;
    return b;
}

AlertHistoryEntry entry(qint64 at, const QString &rule)
{
    const QList<QPair<QString, QString>> labels{{QStringLiteral("alertname"), rule},
                                                {QStringLiteral("cluster"), QStringLiteral("prod")}};
    return AlertHistoryEntry{-1,  at, rule, alertFingerprint(labels), labels, AlertHistoryEvent::Firing,
                             1.0, {}, {}};
}

} // namespace

/// Tidewatch's own files when they are damaged or cannot be written: a clear error naming the file,
/// the damaged file kept (never silently overwritten), defaults used; on a read-only or full disk the
/// write fails with an error, the program works on in memory, and nothing already stored is lost.
class TestFileFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings() is not the user's
        QCoreApplication::setOrganizationName(QStringLiteral("TidewatchFileFaultsTest"));
    }

    void iniFileCheck_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("firstBadLine");
        QTest::newRow("sections, keys, ; comments, blank lines")
            << QByteArray("; settings\n[prod]\nbootstrap=a:9092,b:9092\n\n[dev]\nflink=http://x\n") << 0;
        QTest::newRow("a value continued by a backslash") << QByteArray("[a]\nk=one \\\n  two\nj=1\n") << 0;
        QTest::newRow("a quoted value over two lines") << QByteArray("[a]\nk=\"one\ntwo\"\nj=1\n") << 0;
        QTest::newRow("CRLF line ends") << QByteArray("[a]\r\nk=1\r\n") << 0;
        QTest::newRow("# is no comment for QSettings") << QByteArray("[a]\n# note\nk=1\n") << 2;
        QTest::newRow("a section without ]") << QByteArray("[a]\nk=1\n[b\nj=2\n") << 3;
        QTest::newRow("a line without =") << QByteArray("[a]\nk=1\njust words\n") << 3;
        QTest::newRow("binary garbage") << QByteArray("\x01\x02\xff\xfe\n[a]\nk=1\n") << 1;
    }

    /// What QSettings' INI reader rejects (its status() then says FormatError, the first time).
    void iniFileCheck()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, firstBadLine);
        QCOMPARE(IniFileCheck::firstBadLine(content), firstBadLine);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("check.ini"));
        writeFile(path, content);
        QSettings settings(path, QSettings::IniFormat);
        settings.childGroups(); // makes this object parse the file
        QCOMPARE(settings.status() == QSettings::FormatError, firstBadLine > 0);
    }

    void corruptProfilesFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("a section header without ]") << QByteArray("[prod]\nbootstrap=a:9092\n[broken\nx=1\n");
        QTest::newRow("a line without =") << QByteArray("[prod]\nbootstrap=a:9092\nno equals sign here\n");
        QTest::newRow("binary garbage") << QByteArray("\x01\x02\xff\xfe\n[prod]\nbootstrap=a:9092\n");
    }

    /// No profile is loaded from it, nothing writes it, and the user is told which file it is.
    void corruptProfilesFile()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.ini"));
        writeFile(path, content);
        QString error;
        QVERIFY(!ProfileStore::load(path, QStringLiteral("prod"), error));
        QVERIFY2(error.contains(path), qPrintable(error));
        error.clear();
        QVERIFY(!ProfileStore::save(path, profile(QStringLiteral("dev")), error));
        QVERIFY2(error.contains(path), qPrintable(error));
        error.clear();
        QVERIFY(!ProfileStore::remove(path, QStringLiteral("prod"), error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(contents(path), content);
        QVERIFY(SettingsRecovery::profilesFileProblem(path).contains(path));

        const QString good = dir.filePath(QStringLiteral("good.ini"));
        QVERIFY(ProfileStore::save(good, profile(QStringLiteral("prod")), error));
        QCOMPARE(SettingsRecovery::profilesFileProblem(good), QString());
    }

    /// The settings file (layout, theme) is rewritten by QSettings on exit: a damaged one is copied
    /// aside first, with a message naming both files, and the rewrite does not touch the copy.
    void corruptSettingsFile()
    {
        const QString path = QSettings().fileName();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const QByteArray damaged("[General]\ntheme=dark\n[MainWindow\ngeometry=@ByteArray(x)\n");
        writeFile(path, damaged);
        const QDateTime at(QDate(2026, 12, 6), QTime(15, 30, 0), Qt::UTC);
        const QString backup = path + QStringLiteral(".corrupt-20261206-153000");
        QFile::remove(backup);
        {
            QSettings settings;
            const QString message = SettingsRecovery::keepCorruptFile(settings, at);
            QVERIFY2(message.contains(path) && message.contains(backup), qPrintable(message));
            settings.setValue(QStringLiteral("theme"), QStringLiteral("light"));
        }
        QCOMPARE(contents(backup), damaged);
        QVERIFY(QFile::remove(backup));

        // A file that parses is left alone.
        writeFile(path, "[General]\ntheme=dark\n");
        const QSettings settings;
        QCOMPARE(SettingsRecovery::keepCorruptFile(settings, at), QString());
        QVERIFY(!QFile::exists(backup));
        QFile::remove(path);
    }

    /// The dashboard says both problems in its status bar: a damaged settings file, and an alert
    /// history it cannot write; it runs on.
    void dashboardSaysSo()
    {
        const QString settingsPath = QSettings().fileName();
        writeFile(settingsPath, "[General\nbroken\n");
        DiskFault readOnly(Kind::ReadOnly);
        QVERIFY2(readOnly.isValid(), qPrintable(readOnly.reason()));
        AppOptions options;
        options.wall = true;
        options.profile.name = QStringLiteral("x");
        options.profile.flinkRestUrl = QStringLiteral("http://127.0.0.1:1");
        options.alertHistoryFile = readOnly.filePath(QStringLiteral("history.sqlite"));
        QVERIFY(readOnly.apply());
        {
            Dashboard dashboard(options);
            QStatusBar *bar = dashboard.window()->statusBar();
            QVERIFY2(bar->currentMessage().contains(settingsPath), qPrintable(bar->currentMessage()));
            QTRY_VERIFY_WITH_TIMEOUT(bar->currentMessage().contains(options.alertHistoryFile), 5000);
            QVERIFY(!dashboard.monitoredClusters().isEmpty()); // it runs on
        }
        readOnly.lift();
        QFile::remove(settingsPath);
        for (const QString &name :
             QDir(QFileInfo(settingsPath).absolutePath())
                 .entryList({QFileInfo(settingsPath).fileName() + QStringLiteral(".corrupt-*")}))
            QFile::remove(QFileInfo(settingsPath).absolutePath() + QLatin1Char('/') + name);
    }

    /// A rules file that does not parse: the built-ins are in force, the file is named, and saving
    /// refuses rather than replacing it.
    void corruptRulesFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rules.json"));
        const QByteArray damaged(R"({"rules": [ {"name": "Lag", "metric": )");
        writeFile(path, damaged);
        RulesFile file(path, AlertRules::defaults());
        QCOMPARE(file.status(), RulesFile::Status::Broken);
        QVERIFY2(file.statusText().contains(path), qPrintable(file.statusText()));
        QCOMPARE(file.rules(), AlertRules::defaults());
        QString error;
        QVERIFY(!file.save(AlertRules::defaults().mid(0, 1), &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(contents(path), damaged);
    }

    void rulesFileOnABrokenDisk_data() { addDiskFaultRows(); }
    /// Saving fails with the file named; the rules in force stay; the file on disk is the old one.
    void rulesFileOnABrokenDisk()
    {
        QFETCH(Kind, kind);
        DiskFault fault(kind);
        if (!fault.isValid())
            QSKIP(qPrintable(fault.reason()));
        const QString path = fault.filePath(QStringLiteral("rules.json"));
        const QList<AlertRule> before = AlertRules::defaults().mid(0, 2);
        QVERIFY(RulesFile(path, {}).save(before));
        const QByteArray stored = contents(path);
        QVERIFY(fault.apply());
        RulesFile file(path, AlertRules::defaults());
        QCOMPARE(file.rules(), before);
        QString error;
        const bool saved = file.save(AlertRules::defaults(), &error);
        fault.lift();
        QVERIFY(!saved);
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(file.rules(), before);
        QCOMPARE(contents(path), stored);
        QCOMPARE(leftovers(fault.path(), {QStringLiteral("rules.json")}), QStringList());
    }

    void profilesOnABrokenDisk_data() { addDiskFaultRows(); }
    void profilesOnABrokenDisk()
    {
        QFETCH(Kind, kind);
        DiskFault fault(kind);
        if (!fault.isValid())
            QSKIP(qPrintable(fault.reason()));
        const QString path = fault.filePath(QStringLiteral("profiles.ini"));
        QString error;
        QVERIFY2(ProfileStore::save(path, profile(QStringLiteral("prod")), error), qPrintable(error));
        const QByteArray stored = contents(path);
        QVERIFY(fault.apply());
        QString saveError, removeError;
        const bool saved = ProfileStore::save(path, profile(QStringLiteral("dev")), saveError);
        const bool removed = ProfileStore::remove(path, QStringLiteral("prod"), removeError);
        fault.lift();
        QVERIFY(!saved);
        QVERIFY2(saveError.contains(path), qPrintable(saveError));
        QVERIFY(!removed);
        QVERIFY2(removeError.contains(path), qPrintable(removeError));
        QCOMPARE(contents(path), stored);
        QCOMPARE(leftovers(fault.path(), {QStringLiteral("profiles.ini")}), QStringList());
        // This process sees the file as it is, not the changes whose write failed (QSettings caches
        // the file process-wide): "prod" is still there, "dev" is not, and the next write that
        // succeeds writes neither the failed removal nor the failed "dev".
        QVERIFY2(ProfileStore::load(path, QStringLiteral("prod"), error), qPrintable(error));
        QCOMPARE(ProfileStore::names(path), QStringList{QStringLiteral("prod")});
        QVERIFY2(ProfileStore::save(path, profile(QStringLiteral("qa")), error), qPrintable(error));
        QCOMPARE(ProfileStore::names(path), (QStringList{QStringLiteral("prod"), QStringLiteral("qa")}));
    }

    void alertHistoryOnABrokenDisk_data() { addDiskFaultRows(); }
    /// The writer reports the failure naming the file (the alerts work on in memory); after the
    /// fault the history holds everything written before it, intact.
    void alertHistoryOnABrokenDisk()
    {
        QFETCH(Kind, kind);
        DiskFault fault(kind);
        if (!fault.isValid())
            QSKIP(qPrintable(fault.reason()));
        const QString path = fault.filePath(QStringLiteral("alert-history.sqlite"));
        {
            AlertHistoryStore store;
            QVERIFY2(store.open(path), qPrintable(store.lastError()));
            QVERIFY(store.write(batch({entry(1000, QStringLiteral("A")), entry(2000, QStringLiteral("B"))})));
        }
        QVERIFY(fault.apply());
        QStringList messages;
        {
            AlertHistoryWriter writer(path, 0, 100000, 3600000);
            QSignalSpy failed(&writer, &AlertHistoryWriter::failed);
            QList<AlertHistoryEntry> many;
            for (int i = 0; i < 200; ++i)
                many << entry(10000 + i, QStringLiteral("C%1").arg(i));
            writer.write(batch(many));
            writer.flush();
            QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 5000);
            for (const QList<QVariant> &args : std::as_const(failed))
                messages << args.at(0).toString();
        }
        fault.lift();
        QVERIFY2(messages.constFirst().contains(path), qPrintable(messages.join(QLatin1Char('\n'))));

        AlertHistoryStore store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
        QCOMPARE(store.rowCount(), 2); // the failed batch left nothing half-written
        QStringList rules;
        for (const AlertHistoryEntry &e : store.query({}))
            rules << e.ruleName;
        rules.sort();
        QCOMPARE(rules, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QVERIFY(store.write(batch({entry(3000, QStringLiteral("D"))}))); // and it works again
    }

    void exportsOnABrokenDisk_data() { addDiskFaultRows(); }
    /// Chart PNG/CSV and alerts CSV exports fail with an error; an earlier export is not truncated.
    void exportsOnABrokenDisk()
    {
        QFETCH(Kind, kind);
        DiskFault fault(kind);
        if (!fault.isValid())
            QSKIP(qPrintable(fault.reason()));
        TimeSeriesChart chart;
        chart.resize(400, 300);
        AlertsPage page;
        const QString png = fault.filePath(QStringLiteral("chart.png"));
        const QString csv = fault.filePath(QStringLiteral("chart.csv"));
        const QString alerts = fault.filePath(QStringLiteral("alerts.csv"));
        QString error;
        QVERIFY2(chart.savePng(png, &error), qPrintable(error));
        QVERIFY2(chart.saveCsv(csv, &error), qPrintable(error));
        QVERIFY2(page.exportCsv(alerts, &error), qPrintable(error));
        const QByteArray pngBefore = contents(png), csvBefore = contents(csv),
                         alertsBefore = contents(alerts);
        QVERIFY(fault.apply());
        QString pngError, csvError, alertsError;
        const bool pngSaved = chart.savePng(png, &pngError);
        const bool csvSaved = chart.saveCsv(csv, &csvError);
        const bool alertsSaved = page.exportCsv(alerts, &alertsError);
        fault.lift();
        QVERIFY(!pngSaved);
        QVERIFY2(pngError.contains(png), qPrintable(pngError));
        QVERIFY(!csvSaved);
        QVERIFY2(csvError.contains(csv), qPrintable(csvError));
        QVERIFY(!alertsSaved);
        QVERIFY2(alertsError.contains(alerts), qPrintable(alertsError));
        QCOMPARE(contents(png), pngBefore);
        QCOMPARE(contents(csv), csvBefore);
        QCOMPARE(contents(alerts), alertsBefore);
        QCOMPARE(leftovers(fault.path(), {QStringLiteral("chart.png"), QStringLiteral("chart.csv"),
                                          QStringLiteral("alerts.csv")}),
                 QStringList());
    }
};

QTEST_MAIN(TestFileFaults)
#include "tst_filefaults.moc"
