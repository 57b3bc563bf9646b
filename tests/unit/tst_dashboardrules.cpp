#include "AlertRules.h"
#include "Dashboard.h"
#include "MainWindow.h"
#include "Monitor.h"
#include "RulesFile.h"
#include "RulesPage.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidewatch;
using namespace Qt::StringLiterals;

namespace {

QList<AlertRule> twoRules()
{
    QList<AlertRule> rules = AlertRules::defaults();
    return rules.mid(0, 2);
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

/// The Rules page in the running app: what it saves is what the monitor evaluates, at once.
class TestDashboardRules : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    AppOptions options(const QString &rulesFile)
    {
        AppOptions o;
        o.profile.name = u"local"_s; // no Kafka, no Flink: nothing to collect, only the wiring
        o.rulesPath = rulesFile;
        o.rules = rulesFile.isEmpty()
                      ? AlertRules::defaults()
                      : AlertRules::parse([&] {
                            QFile file(rulesFile);
                            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
                        }())
                            .rules;
        o.mode = AppOptions::Mode::Render; // no saved layout, no file watching
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void pageChangesTakeEffectAtOnce()
    {
        const QString path = m_dir.filePath(u"rules.json"_s);
        write(path, AlertRules::toJson(twoRules()));
        Dashboard dashboard(options(path));
        auto *page = static_cast<RulesPage *>(dashboard.window()->page(u"rules"_s));
        QCOMPARE(page->rulesFile()->path(), path);
        QCOMPARE(dashboard.monitor()->alerts().rules(), twoRules());

        QVERIFY(page->setRuleEnabled(1, false));
        QCOMPARE(dashboard.monitor()->alerts().rules().at(1).enabled, false);
        QVERIFY(page->deleteRule(0));
        QCOMPARE(dashboard.monitor()->alerts().rules().size(), 1);
        QVERIFY(page->undo());
        QCOMPARE(dashboard.monitor()->alerts().rules().size(), 2);
    }

    void savedAsBecomesTheRulesFile()
    {
        const QString path = m_dir.filePath(u"broken.json"_s);
        write(path, AlertRules::toJson(twoRules()));
        Dashboard dashboard(options(path));
        auto *page = static_cast<RulesPage *>(dashboard.window()->page(u"rules"_s));
        write(path, "{\"rules\": [\n  {]\n}\n");
        QVERIFY(!page->reload());
        QVERIFY(!page->deleteRule(0)); // not saved over the broken file, not in force
        QCOMPARE(dashboard.monitor()->alerts().rules(), twoRules());
        const QString rescued = m_dir.filePath(u"rescued.json"_s);
        QVERIFY(page->saveAs(rescued));
        QCOMPARE(page->rulesFile()->path(), rescued);
        QCOMPARE(&dashboard.rulesFile(), page->rulesFile());
        QCOMPARE(dashboard.monitor()->alerts().rules(), twoRules().mid(1));
    }

    void withoutRulesOptionTheUsersFileIsUsed()
    {
        const QString user = RuleFiles::defaultUserRulesPath();
        QFile::remove(user);
        {
            Dashboard dashboard(options(QString()));
            auto *page = static_cast<RulesPage *>(dashboard.window()->page(u"rules"_s));
            QCOMPARE(page->rulesFile()->path(), user);
            QCOMPARE(page->rulesFile()->status(), RulesFile::Status::NoFile);
            QCOMPARE(dashboard.monitor()->alerts().rules(), AlertRules::defaults());
            QVERIFY(page->setRuleEnabled(0, false)); // the first change creates the user's file
            QVERIFY(QFile::exists(user));
        }
        Dashboard again(options(QString()));
        QCOMPARE(again.monitor()->alerts().rules().at(0).enabled, false);
        QFile::remove(user);
    }
};

QTEST_MAIN(TestDashboardRules)
#include "tst_dashboardrules.moc"
