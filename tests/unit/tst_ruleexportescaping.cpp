// Rule export escapes every name and value it writes so that promtool accepts the file, or refuses with a
// message (docs/RELIABILITY.md, "Input from users" 6). Checked with the real promtool.
#include "AlertRules.h"
#include "PromDuration.h"
#include "PrometheusRuleFile.h"
#include "RuleFiles.h"
#include "RuleLimits.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidewatch;

namespace {

AlertRule baseRule()
{
    AlertRule rule;
    rule.name = QStringLiteral("ConsumerLag");
    rule.metric = QStringLiteral("tidewatch_kafka_consumergroup_lag");
    rule.comparison = AlertComparison::Greater;
    rule.threshold = 100;
    rule.severity = QStringLiteral("warning");
    rule.forMs = 60'000;
    return rule;
}

QString nasty(const char16_t *text)
{
    return QString::fromUtf16(text);
}

} // namespace

class TestRuleExportEscaping : public QObject
{
    Q_OBJECT
private:
    QString m_promtool;

    /// promtool's verdict on @p rules exported by RuleFiles::exportRules.
    void checkWithPromtool(const QList<AlertRule> &rules)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rules.yml"));
        QString error;
        QVERIFY2(RuleFiles::exportRules(rules, path, RuleFiles::Format::PrometheusYaml, &error),
                 qPrintable(error));
        QProcess promtool;
        promtool.start(m_promtool, {QStringLiteral("check"), QStringLiteral("rules"), path});
        QVERIFY(promtool.waitForFinished(30'000));
        const QString out =
            QString::fromUtf8(promtool.readAllStandardOutput() + promtool.readAllStandardError());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(promtool.exitCode() == 0,
                 qPrintable(out + QLatin1Char('\n') + QString::fromUtf8(file.readAll())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (m_promtool.isEmpty()) {
            // The setup installs it: in CI a missing promtool is a broken setup, not a reason to skip.
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("promtool is not installed");
            QSKIP("promtool is not installed");
        }
    }

    void nastyTextIsEscaped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quotes and backslashes") << QStringLiteral("say \"hi\" \\ \\n \\\\");
        QTest::newRow("newline, tab, carriage return") << QStringLiteral("a\nb\tc\rd");
        QTest::newRow("C0 controls and DEL") << nasty(u"a\u0001b\u001bc\u007fd");
        QTest::newRow("C1 controls") << nasty(u"a\u0080b\u0085c\u009bd\u009fe");
        QTest::newRow("non-characters U+FFFE, U+FFFF") << nasty(u"a\ufffeb\uffffc");
        QTest::newRow("line and paragraph separators, BOM") << nasty(u"a\u2028b\u2029c\ufeffd");
        QTest::newRow("astral character and non-character") << nasty(u"a\U0001F600b\U0001FFFEc");
        QTest::newRow("300 characters") << QString(300, QLatin1Char('x'));
        QTest::newRow("YAML syntax") << QStringLiteral("- [a]: {b} # c & *d ! %e @f `g'");
        QTest::newRow("empty-looking") << QStringLiteral("   ");
    }
    void nastyTextIsEscaped()
    {
        QFETCH(QString, text);
        AlertRule rule = baseRule();
        rule.name = text;
        rule.summary = text;
        rule.description = QStringLiteral("before ") + text + QStringLiteral(" after");
        rule.runbookUrl = text;
        rule.labels = {{QStringLiteral("team"), text.trimmed().isEmpty() ? QStringLiteral("x") : text}};
        rule.matchers = {LabelMatcher{QStringLiteral("group"), text}};
        QVERIFY2(AlertRules::validate(rule).isEmpty(),
                 qPrintable(AlertRules::validate(rule).value(0).second));
        checkWithPromtool({rule});
    }

    void loneSurrogateBecomesReplacementCharacter()
    {
        AlertRule rule = baseRule();
        rule.summary = nasty(u"a") + QChar(0xd800) + nasty(u"b");
        QCOMPARE(AlertRules::yamlQuoted(rule.summary), QStringLiteral("\"a\\uFFFDb\""));
        checkWithPromtool({rule});
    }

    void longestPrometheusDurationIsExported()
    {
        AlertRule rule = baseRule();
        rule.forMs = PromDuration::kMaxMs;
        rule.keepFiringForMs = PromDuration::kMaxMs;
        QCOMPARE(PromDuration::format(rule.forMs), QStringLiteral("292y24w3d23h47m16s854ms"));
        checkWithPromtool({rule});
    }

    void longerDurationsAreRefused_data()
    {
        QTest::addColumn<qint64>("forMs");
        QTest::addColumn<qint64>("keepFiringForMs");
        QTest::newRow("for beyond 292 years") << PromDuration::kMaxMs + 1 << qint64(0);
        QTest::newRow("keep_firing_for beyond") << qint64(0) << std::numeric_limits<qint64>::max();
        QTest::newRow("negative for") << qint64(-1) << qint64(0);
    }
    void longerDurationsAreRefused()
    {
        QFETCH(qint64, forMs);
        QFETCH(qint64, keepFiringForMs);
        AlertRule rule = baseRule();
        rule.forMs = forMs;
        rule.keepFiringForMs = keepFiringForMs;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rules.yml"));
        QString error;
        QVERIFY(!RuleFiles::exportRules({baseRule(), rule}, path, RuleFiles::Format::PrometheusYaml, &error));
        QVERIFY2(error.contains(QLatin1String("rule 2 (ConsumerLag)")) &&
                     error.contains(QLatin1String("out of range")),
                 qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestRuleExportEscaping)
#include "tst_ruleexportescaping.moc"
