#include "ConnectionTester.h"
#include "StackTools.h"

#include <QTest>

using namespace Tidewatch;

/// Test connection against the real stack: every step passes, and the groups the workload keeps
/// are listed and described (the 2.0.2 mock cannot do that part).
class TestConnectionTesterStack : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStepPasses()
    {
        ClusterProfile profile;
        profile.name = QStringLiteral("stack");
        profile.bootstrapServers = QLatin1String(StackTools::kBootstrap);
        profile.flinkRestUrl = QStringLiteral("http://127.0.0.1:18081");
        profile.requestTimeoutMs = 10000;
        QList<ConnectionTestStep> steps;
        ConnectionTester::run(profile, [&steps](const ConnectionTestStep &step) { steps.append(step); });
        QString all;
        for (const ConnectionTestStep &s : steps)
            all += s.target + QStringLiteral(" | ") + s.step + QStringLiteral(" | ") + s.detail +
                   QLatin1Char('\n');
        for (const ConnectionTestStep &s : steps)
            QVERIFY2(s.passed(), qPrintable(all));
        // 3 × (resolution, connect), metadata, groups, Flink.
        QCOMPARE(steps.size(), 9);
        const auto step = [&steps](const QString &name) {
            for (const ConnectionTestStep &s : steps) {
                if (s.step == name)
                    return s.detail;
            }
            return QString();
        };
        QVERIFY2(step(QStringLiteral("Metadata")).startsWith(QLatin1String("3 broker(s)")), qPrintable(all));
        const QString groups = step(QStringLiteral("Describe consumer groups"));
        bool ok = false;
        QVERIFY2(groups.section(QLatin1Char(' '), 0, 0).toInt(&ok) >= 4 && ok, qPrintable(groups));
        QVERIFY2(step(QStringLiteral("Reachable")).startsWith(QLatin1String("Flink ")), qPrintable(all));
    }
};

QTEST_MAIN(TestConnectionTesterStack)
#include "tst_connectiontester_stack.moc"
