#include "AlertRules.h"
#include "RuleFiles.h"
#include "RulesFile.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Tidewatch;

namespace {

AlertRule rule(const char *name, double threshold = 1000)
{
    AlertRule r;
    r.name = QLatin1String(name);
    r.metric = QStringLiteral("tidewatch_kafka_consumergroup_lag");
    r.threshold = threshold;
    r.severity = QStringLiteral("warning");
    return r;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Replaces @p path the way editors do: write a new file beside it and rename it over.
bool renameOver(const QString &path, const QByteArray &data)
{
    const QString tmp = path + QStringLiteral(".new");
    return writeFile(tmp, data) &&
           ::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(path).constData()) == 0;
}

const QByteArray kBroken = "{\"rules\": [\n  {\"alert\": \"A\",\n   \"threshold\": \"x\"}\n]}\n";

} // namespace

class TestRulesFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noFileMeansFallback();
    void loadsTheFile();
    void brokenFileKeepsLastGood();
    void brokenFromTheStartUsesFallback();
    void saveIsAtomicAndKeepsPermissions();
    void saveNeverOverwritesABrokenFile();
    void saveFailsCleanly();
    void noticesExternalChanges();
    void merge_data();
    void merge();
    void readAnyDetectsTheFormat();
};

void TestRulesFile::noFileMeansFallback()
{
    QTemporaryDir dir;
    RulesFile file(dir.filePath(QStringLiteral("rules.json")), AlertRules::defaults());
    QCOMPARE(file.status(), RulesFile::Status::NoFile);
    QCOMPARE(file.rules(), AlertRules::defaults());
    QVERIFY(file.errors().isEmpty());
    QVERIFY(file.statusText().contains(QLatin1String("built-in rules are in force")));
    QVERIFY(RuleFiles::defaultUserRulesPath().endsWith(QLatin1String("/rules.json")));
}

void TestRulesFile::loadsTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.json"));
    const QList<AlertRule> rules{rule("A"), rule("B", 5)};
    QVERIFY(writeFile(path, AlertRules::toJson(rules)));
    RulesFile file(path, AlertRules::defaults());
    QCOMPARE(file.status(), RulesFile::Status::Loaded);
    QCOMPARE(file.rules(), rules);
}

void TestRulesFile::brokenFileKeepsLastGood()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.json"));
    const QList<AlertRule> good{rule("A")};
    QVERIFY(writeFile(path, AlertRules::toJson(good)));
    RulesFile file(path, AlertRules::defaults());
    QSignalSpy rulesChanged(&file, &RulesFile::rulesChanged);
    QSignalSpy statusChanged(&file, &RulesFile::statusChanged);
    QVERIFY(writeFile(path, kBroken));
    QVERIFY(!file.reload());
    QCOMPARE(file.status(), RulesFile::Status::Broken);
    QVERIFY(file.usingLastGood());
    QCOMPARE(file.rules(), good); // the last good rules stay in force
    QCOMPARE(rulesChanged.size(), 0);
    QCOMPARE(statusChanged.size(), 1);
    QVERIFY(!file.errors().isEmpty());
    const QList<RuleFileError> errors = file.errors();
    const auto threshold = std::find_if(errors.cbegin(), errors.cend(), [](const RuleFileError &e) {
        return e.field == QLatin1String("threshold");
    });
    QVERIFY(threshold != errors.cend());
    QCOMPARE(threshold->file, path);
    QCOMPARE(threshold->line, 3);
    QCOMPARE(threshold->message, QStringLiteral("must be a number"));
    QVERIFY(file.statusText().contains(QLatin1String("the rules last read from it stay in force")));
    // fixed: the new rules are in force
    const QList<AlertRule> fixed{rule("A", 7)};
    QVERIFY(writeFile(path, AlertRules::toJson(fixed)));
    QVERIFY(file.reload());
    QCOMPARE(file.status(), RulesFile::Status::Loaded);
    QCOMPARE(file.rules(), fixed);
    QCOMPARE(rulesChanged.size(), 1);
    QVERIFY(file.errors().isEmpty());
}

void TestRulesFile::brokenFromTheStartUsesFallback()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.json"));
    QVERIFY(writeFile(path, kBroken));
    const QList<AlertRule> fallback{rule("Fallback")};
    RulesFile file(path, fallback);
    QCOMPARE(file.status(), RulesFile::Status::Broken);
    QVERIFY(!file.usingLastGood());
    QCOMPARE(file.rules(), fallback);
    QVERIFY(file.statusText().contains(QLatin1String("built-in rules are in force")));
}

void TestRulesFile::saveIsAtomicAndKeepsPermissions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/rules.json")); // the folder is created
    RulesFile file(path, AlertRules::defaults());
    const QList<AlertRule> rules{rule("Saved")};
    QString error;
    QVERIFY2(file.save(rules, &error), qPrintable(error));
    QCOMPARE(file.status(), RulesFile::Status::Loaded);
    QCOMPARE(RuleFiles::readJson(path).rules, rules);
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    QVERIFY2(file.save({rule("Again")}, &error), qPrintable(error));
    struct stat st
    {};
    QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));
    // nothing but the file is left in the folder (no temporary files)
    QCOMPARE(QDir(dir.filePath(QStringLiteral("sub"))).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("rules.json")});
    QCOMPARE(RuleFiles::readJson(path).rules, QList<AlertRule>{rule("Again")});
}

void TestRulesFile::saveNeverOverwritesABrokenFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.json"));
    QVERIFY(writeFile(path, AlertRules::toJson({rule("A")})));
    RulesFile file(path, AlertRules::defaults());
    QCOMPARE(file.status(), RulesFile::Status::Loaded);
    QVERIFY(writeFile(path, kBroken)); // broken behind its back, not reloaded yet
    QString error;
    QVERIFY(!file.save({rule("B")}, &error));
    QVERIFY2(error.contains(QLatin1String("it is not overwritten")), qPrintable(error));
    QVERIFY2(error.contains(path + QStringLiteral(":2: rule 1 (A)")), qPrintable(error));
    QCOMPARE(readFile(path), kBroken);
    QCOMPARE(file.status(), RulesFile::Status::Broken);
    QCOMPARE(file.rules(), QList<AlertRule>{rule("A")});
    // the caller may save elsewhere
    const QString other = dir.filePath(QStringLiteral("other.json"));
    QVERIFY2(RuleFiles::exportRules({rule("B")}, other, RuleFiles::Format::Json, &error), qPrintable(error));
    QCOMPARE(RuleFiles::readJson(other).rules, QList<AlertRule>{rule("B")});
}

void TestRulesFile::saveFailsCleanly()
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("file"));
    QVERIFY(writeFile(blocker, "x"));
    QString error;
    QVERIFY(!RuleFiles::writeAtomically(blocker + QStringLiteral("/rules.json"), "{}", &error));
    QVERIFY2(error.contains(QLatin1String("cannot write")), qPrintable(error));
    QCOMPARE(readFile(blocker), QByteArray("x"));
}

void TestRulesFile::noticesExternalChanges()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.json"));
    RulesFile file(path, AlertRules::defaults());
    file.watch(true);
    QSignalSpy rulesChanged(&file, &RulesFile::rulesChanged);
    QSignalSpy statusChanged(&file, &RulesFile::statusChanged);

    QVERIFY(writeFile(path, AlertRules::toJson({rule("Created")}))); // a file appears
    QTRY_COMPARE_WITH_TIMEOUT(file.rules(), QList<AlertRule>{rule("Created")}, 5000);
    QCOMPARE(file.status(), RulesFile::Status::Loaded);

    QVERIFY(renameOver(path, AlertRules::toJson({rule("Renamed")}))); // an editor renames over it
    QTRY_COMPARE_WITH_TIMEOUT(file.rules(), QList<AlertRule>{rule("Renamed")}, 5000);

    QVERIFY(renameOver(path, AlertRules::toJson({rule("Again")}))); // and again: still followed
    QTRY_COMPARE_WITH_TIMEOUT(file.rules(), QList<AlertRule>{rule("Again")}, 5000);

    QVERIFY(writeFile(path, kBroken)); // broken in place: last good kept, error state
    QTRY_COMPARE_WITH_TIMEOUT(file.status(), RulesFile::Status::Broken, 5000);
    QCOMPARE(file.rules(), QList<AlertRule>{rule("Again")});
    QVERIFY(file.usingLastGood());

    QVERIFY(writeFile(path, AlertRules::toJson({rule("Fixed")})));
    QTRY_COMPARE_WITH_TIMEOUT(file.rules(), QList<AlertRule>{rule("Fixed")}, 5000);
    QCOMPARE(file.status(), RulesFile::Status::Loaded);

    QVERIFY(QFile::remove(path)); // removed: the fallback rules
    QTRY_COMPARE_WITH_TIMEOUT(file.status(), RulesFile::Status::NoFile, 5000);
    QCOMPARE(file.rules(), AlertRules::defaults());
    QVERIFY(rulesChanged.size() >= 5);
    QVERIFY(statusChanged.size() >= 4);
}

void TestRulesFile::merge_data()
{
    QTest::addColumn<QList<AlertRule>>("current");
    QTest::addColumn<QList<AlertRule>>("imported");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QList<AlertRule>>("expected");
    const int merge = int(RuleFiles::ImportMode::Merge);
    const int replace = int(RuleFiles::ImportMode::Replace);
    AlertRule aProd = rule("A", 1);
    aProd.matchers = {LabelMatcher{QStringLiteral("cluster"), QStringLiteral("prod")}};
    QTest::newRow("merge: new rules are added after the current ones")
        << QList<AlertRule>{rule("A")} << QList<AlertRule>{rule("B")} << merge
        << QList<AlertRule>{rule("A"), rule("B")};
    QTest::newRow("merge: same name and matchers replaces in place")
        << QList<AlertRule>{rule("A"), rule("C")} << QList<AlertRule>{rule("A", 5)} << merge
        << QList<AlertRule>{rule("A", 5), rule("C")};
    QTest::newRow("merge: same name, other matchers is another rule")
        << QList<AlertRule>{rule("A")} << QList<AlertRule>{aProd} << merge
        << QList<AlertRule>{rule("A"), aProd};
    QTest::newRow("replace") << QList<AlertRule>{rule("A"), rule("C")} << QList<AlertRule>{rule("B")}
                             << replace << QList<AlertRule>{rule("B")};
}

void TestRulesFile::merge()
{
    QFETCH(QList<AlertRule>, current);
    QFETCH(QList<AlertRule>, imported);
    QFETCH(int, mode);
    QFETCH(QList<AlertRule>, expected);
    QCOMPARE(RuleFiles::merge(current, imported, RuleFiles::ImportMode(mode)), expected);
}

void TestRulesFile::readAnyDetectsTheFormat()
{
    QTemporaryDir dir;
    const QList<AlertRule> rules{rule("A"), rule("B", 3)};
    const QString json = dir.filePath(QStringLiteral("r.json"));
    const QString yaml = dir.filePath(QStringLiteral("r.yml"));
    QString error;
    QVERIFY(RuleFiles::exportRules(rules, json, RuleFiles::Format::Json, &error));
    QVERIFY(RuleFiles::exportRules(rules, yaml, RuleFiles::Format::PrometheusYaml, &error));
    QCOMPARE(RuleFiles::readAny(json).rules, rules);
    QCOMPARE(RuleFiles::readAny(yaml).rules, rules);
    const AlertRulesParseResult missing = RuleFiles::readAny(dir.filePath(QStringLiteral("none")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.errors.first().contains(QLatin1String("cannot read the file")));
}

QTEST_GUILESS_MAIN(TestRulesFile)
#include "tst_rulesfile.moc"
