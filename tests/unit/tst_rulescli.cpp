// Runs the real `tidewatch rules ...` the way a user or a script would.
#include "AlertRules.h"
#include "PrometheusRuleFile.h"
#include "RuleFiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidewatch;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString fixture(const char *name)
{
    return qEnvironmentVariable("TIDEWATCH_FIXTURES") + QStringLiteral("/rules/") + QLatin1String(name);
}

bool writeFile(const QString &path, const QByteArray &data, QFile::Permissions permissions = {})
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return false;
    file.close();
    return permissions == QFile::Permissions() || file.setPermissions(permissions);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray kBrokenJson = "{\"rules\": [\n  {\"alert\": \"A\", \"metric\": \"tidewatch_source_up\",\n"
                               "   \"op\": \">\", \"threshold\": \"1\", \"severity\": \"info\"}\n]}\n";

} // namespace

class TestRulesCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_config; ///< XDG_CONFIG_HOME of the runs: the user's rules file lives below it
    QString m_path;         ///< PATH of the runs

    QString userRulesFile() const
    {
        return m_config.filePath(QStringLiteral("Tidewatch/tidewatch/rules.json"));
    }

    Result run(const QStringList &args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY")); // the rules command needs no display
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.insert(QStringLiteral("PATH"), m_path);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("TIDEWATCH_BINARY"), QStringList{QStringLiteral("rules")} + args);
        if (!p.waitForFinished(300'000))
            return {-1, {}, QStringLiteral("timed out")};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void help();
    void exportDefaults_data();
    void exportDefaults();
    void exportUsesTheUsersFile();
    void exportJsonToFile();
    void brokenRulesAreReportedWithLines();
    void testPassesWithPromtool_data();
    void testPassesWithPromtool();
    void testReportsPromtoolFailures();
    void testWithoutPromtool();
    void check();
    void importRoundTrip();
    void importRejects();
    void usage_data();
    void usage();
};

void TestRulesCli::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("TIDEWATCH_BINARY")), "TIDEWATCH_BINARY");
    QVERIFY(m_config.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("promtool")).isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("promtool is not installed");
        QSKIP("promtool is not installed");
    }
}

void TestRulesCli::init()
{
    m_path = qEnvironmentVariable("PATH");
    QFile::remove(userRulesFile());
}

void TestRulesCli::help()
{
    QProcess p;
    p.start(qEnvironmentVariable("TIDEWATCH_BINARY"), {QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(30'000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    for (const char *text : {"rules export", "rules test", "rules check FILE", "rules import FILE", "--keep",
                             "Exit codes: 0 ok; 1 invalid rules"})
        QVERIFY2(out.contains(QLatin1String(text)), text);
}

void TestRulesCli::exportDefaults_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("prometheus is the default format")
        << QStringList{QStringLiteral("export")} << AlertRules::toPrometheusYaml(AlertRules::defaults());
    QTest::newRow("--format prometheus")
        << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("prometheus")}
        << AlertRules::toPrometheusYaml(AlertRules::defaults());
    QTest::newRow("--format json") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                                  QStringLiteral("json")}
                                   << AlertRules::toJson(AlertRules::defaults());
}

void TestRulesCli::exportDefaults()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, expected);
    const Result r = run(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out, QString::fromUtf8(expected));
}

void TestRulesCli::exportUsesTheUsersFile()
{
    QVERIFY(QDir().mkpath(QFileInfo(userRulesFile()).absolutePath()));
    QVERIFY(QFile::copy(fixture("tricky-rules.json"), userRulesFile()));
    const Result r = run({QStringLiteral("export")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString::fromUtf8(AlertRules::toPrometheusYaml(
                        RuleFiles::readJson(fixture("tricky-rules.json")).rules)));
    // a broken user file is an error, never silently replaced by the built-ins
    QVERIFY(writeFile(userRulesFile(), kBrokenJson));
    const Result broken = run({QStringLiteral("export")});
    QCOMPARE(broken.exitCode, 1);
    QCOMPARE(broken.out, QString());
    QCOMPARE(broken.err,
             userRulesFile() + QStringLiteral(":3: rule 1 (A): field \"threshold\": must be a number\n"));
}

void TestRulesCli::exportJsonToFile()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.json"));
    const Result r =
        run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--rules"), fixture("tricky-rules.json"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString());
    QCOMPARE(readFile(out), AlertRules::toJson(RuleFiles::readJson(fixture("tricky-rules.json")).rules));
    const Result unwritable =
        run({QStringLiteral("export"), QStringLiteral("--out"), out + QStringLiteral("/x")});
    QCOMPARE(unwritable.exitCode, 3);
    QVERIFY2(unwritable.err.contains(QLatin1String("cannot write")), qPrintable(unwritable.err));
}

void TestRulesCli::brokenRulesAreReportedWithLines()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(file, kBrokenJson));
    for (const char *command : {"export", "test"}) {
        const Result r = run({QLatin1String(command), QStringLiteral("--rules"), file});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, file + QStringLiteral(":3: rule 1 (A): field \"threshold\": must be a number\n"));
    }
    const Result missing =
        run({QStringLiteral("export"), QStringLiteral("--rules"), dir.filePath(QStringLiteral("no"))});
    QCOMPARE(missing.exitCode, 3);
}

void TestRulesCli::testPassesWithPromtool_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("out");
    QTest::newRow("built-in rules") << QStringList{}
                                    << QStringLiteral("%1 rules exported and tested with promtool: SUCCESS\n")
                                           .arg(AlertRules::defaults().size());
    QTest::newRow("tricky rules") << QStringList{QStringLiteral("--rules"), fixture("tricky-rules.json")}
                                  << QStringLiteral("6 rules exported and tested with promtool: SUCCESS\n");
}

void TestRulesCli::testPassesWithPromtool()
{
    QFETCH(QStringList, args);
    QFETCH(QString, out);
    QTemporaryDir keep;
    const Result r = run(QStringList{QStringLiteral("test"), QStringLiteral("--keep"), keep.path()} + args);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out, out);
    QCOMPARE(r.exitCode, 0);
    const QStringList kept = QDir(keep.path()).entryList(QDir::Files);
    QVERIFY2(kept.contains(QStringLiteral("tidewatch-rules.yml")), qPrintable(kept.join(QLatin1Char(' '))));
    QVERIFY2(kept.filter(QStringLiteral(".test-")).size() >= 1, qPrintable(kept.join(QLatin1Char(' '))));
}

void TestRulesCli::testReportsPromtoolFailures()
{
    // A promtool whose unit tests fail (fault injection): the command fails and shows promtool's output.
    QTemporaryDir bin;
    QVERIFY(
        writeFile(bin.filePath(QStringLiteral("promtool")),
                  "#!/bin/sh\nif [ \"$1\" = test ]; then echo '  FAILED:'; echo '    alertname: X, time: 2m, "
                  "exp:[...], got:[]' >&2; exit 1; fi\necho '  SUCCESS: 16 rules found'\n",
                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    m_path = bin.path() + QLatin1Char(':') + m_path;
    const Result r = run({QStringLiteral("test")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("promtool test rules failed")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("alertname: X, time: 2m")), qPrintable(r.err));
}

void TestRulesCli::testWithoutPromtool()
{
    QTemporaryDir empty;
    m_path = empty.path();
    const Result r = run({QStringLiteral("test")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QLatin1String("promtool is not installed")), qPrintable(r.err));
}

void TestRulesCli::check()
{
    const Result good = run({QStringLiteral("check"), fixture("tricky-rules.json")});
    QCOMPARE(good.exitCode, 0);
    QCOMPARE(good.out, fixture("tricky-rules.json") + QStringLiteral(": 7 rules, valid\n"));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(
        file, "{\"rules\": [\n  {\"alert\": \"A\", \"metric\": \"tidewatch_foo\",\n   \"op\": \"~\",\n"
              "   \"threshold\": 1, \"severity\": \"info\", \"clear_threshold\": 5}\n]}\n"));
    const Result bad = run({QStringLiteral("check"), file});
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(bad.out, QString());
    QCOMPARE(bad.err,
             file +
                 QStringLiteral(":2: rule 1 (A): field \"metric\": unknown metric 'tidewatch_foo' (see "
                                "docs/METRICS.md)\n") +
                 file +
                 QStringLiteral(":3: rule 1 (A): field \"op\": unknown op '~' (use >, >=, <, <=, == "
                                "or !=)\n") +
                 file +
                 QStringLiteral(":4: rule 1 (A): field \"clear_threshold\": must not be above the "
                                "threshold 1 for op >: a firing alert clears when the value falls to "
                                "it\n"));
    const Result syntax =
        run({QStringLiteral("check"), fixture("tricky-rules.json") + QStringLiteral(".missing")});
    QCOMPARE(syntax.exitCode, 3);
}

void TestRulesCli::importRoundTrip()
{
    QTemporaryDir dir;
    const QString yaml = dir.filePath(QStringLiteral("rules.yml"));
    const QString json = dir.filePath(QStringLiteral("back.json"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--rules"), fixture("tricky-rules.json"),
                  QStringLiteral("--out"), yaml})
                 .exitCode,
             0);
    const Result r = run({QStringLiteral("import"), yaml, QStringLiteral("--out"), json});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    QList<AlertRule> expected = RuleFiles::readJson(fixture("tricky-rules.json")).rules;
    expected.removeIf([](const AlertRule &rule) { return !rule.enabled; }); // disabled rules are not exported
    QCOMPARE(RuleFiles::readJson(json).rules, expected);
    const Result toStdout = run({QStringLiteral("import"), yaml});
    QCOMPARE(toStdout.out, QString::fromUtf8(AlertRules::toJson(expected)));
}

void TestRulesCli::importRejects()
{
    QTemporaryDir dir;
    const QString yaml = dir.filePath(QStringLiteral("p.yml"));
    QVERIFY(writeFile(yaml, "groups:\n  - name: g\n    rules:\n      - record: a:b\n        expr: sum(a)\n"
                            "      - alert: Up\n        expr: up == 0\n        labels: {severity: info}\n"));
    const Result r = run({QStringLiteral("import"), yaml});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err,
             yaml +
                 QStringLiteral(":4: rule 1: field \"record\": recording rules cannot be represented (only "
                                "alerting rules)\n") +
                 yaml +
                 QStringLiteral(":7: rule 2 (Up): field \"expr\": unknown metric 'up' (see "
                                "docs/METRICS.md)\n"));
}

void TestRulesCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    QTest::newRow("no subcommand") << QStringList{} << QStringLiteral("rules needs one of");
    QTest::newRow("unknown subcommand")
        << QStringList{QStringLiteral("lint")} << QStringLiteral("rules needs one of");
    QTest::newRow("check without a file")
        << QStringList{QStringLiteral("check")} << QStringLiteral("rules check needs exactly one FILE");
    QTest::newRow("import with two files")
        << QStringList{QStringLiteral("import"), QStringLiteral("a"), QStringLiteral("b")}
        << QStringLiteral("rules import needs exactly one FILE");
    QTest::newRow("export with a file") << QStringList{QStringLiteral("export"), QStringLiteral("a")}
                                        << QStringLiteral("takes no FILE argument");
    QTest::newRow("bad format") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                               QStringLiteral("table")}
                                << QStringLiteral("--format must be prometheus or json");
}

void TestRulesCli::usage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    const Result r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(error), qPrintable(r.err));
    QCOMPARE(r.out, QString());
}

QTEST_GUILESS_MAIN(TestRulesCli)
#include "tst_rulescli.moc"
