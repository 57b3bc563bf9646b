// The catalogues (translations/tidewatch_cs.ts, tidewatch_de.ts): every message finished, with the
// source's placeholders and every plural form; the files up to date with the sources (lupdate into a
// copy, with app/CMakeLists.txt's options and source list); lrelease accepts them. The checker itself
// is tested on small catalogues and on one filled with dummy translations.
#include "AlertEvaluator.h"
#include "AlertRules.h"
#include "DefaultRuleTexts.h"
#include "TranslationCatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Tidewatch;
using namespace Qt::StringLiterals;
namespace TC = Tidewatch::TranslationCatalogue;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("TIDEWATCH_SOURCE_DIR");
}

/// A tool of the setup (qt6-l10n-tools): missing is a failure in CI and a skip elsewhere.
QString tool(const char *variable)
{
    const QString path = qEnvironmentVariable(variable);
    return QFile::exists(path) ? path : QString();
}

/// Prints the first 20 problems and the count of each kind, for a failure that says what to fix.
void report(const QString &title, const QStringList &problems)
{
    if (problems.isEmpty())
        return;
    // "file:line: CONTEXT: KIND: source" (a context has no ": "), or "missing: ..." / "not in the sources:
    // ...".
    QMap<QString, int> kinds;
    for (const QString &p : problems) {
        const QStringList parts = p.split(u": "_s);
        if (parts.first() == u"missing"_s || parts.first() == u"not in the sources"_s)
            kinds[parts.first()]++;
        else
            kinds[parts.size() > 3 ? parts.at(2).section(u" ("_s, 0, 0) : u"other"_s]++;
    }
    qWarning().noquote() << title << problems.size() << "problem(s); the first 20:";
    for (const QString &p : problems.mid(0, 20))
        qWarning().noquote() << "  " << p;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        qWarning().noquote() << "  count:" << it.key() << it.value();
}

QString tsHeader(const QString &language)
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" language=\"") +
           language + QStringLiteral("\">\n<context>\n<name>Ctx</name>\n");
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QString m_lupdate;
    QString m_lrelease;
    QString m_sources;

    bool haveTools()
    {
        m_lupdate = tool("TIDEWATCH_LUPDATE");
        m_lrelease = tool("TIDEWATCH_LRELEASE");
        m_sources = qEnvironmentVariable("TIDEWATCH_TRANSLATABLE_SOURCES");
        return !m_lupdate.isEmpty() && !m_lrelease.isEmpty() && QFile::exists(m_sources);
    }

    /// lupdate's view of the sources: a copy of @p ts updated in @p dir.
    TC::Catalogue fresh(const QString &ts, const QTemporaryDir &dir, QStringList *warnings)
    {
        const QString copy = dir.filePath(QFileInfo(ts).fileName());
        QFile::remove(copy);
        if (!QFile::copy(ts, copy))
            return TC::Catalogue{{}, {}, QStringLiteral("cannot copy %1").arg(ts)};
        bool ok = false;
        *warnings = TC::runLupdate(m_lupdate, m_sources, copy, &ok);
        if (!ok)
            return TC::Catalogue{{}, {}, warnings->join(QLatin1Char('\n'))};
        return TC::read(copy);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!sourceDir().isEmpty(), "TIDEWATCH_SOURCE_DIR is not set (ctest sets it)");
        if (!haveTools()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("lupdate or lrelease (qt6-l10n-tools) is missing, or the source list is");
            QSKIP("lupdate or lrelease (qt6-l10n-tools) is missing");
        }
    }

    void checker_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("messages");
        QTest::addColumn<QStringList>("kinds");
        const auto msg = [](const QString &source, const QString &translation,
                            const QString &type = {}) -> QString {
            return QStringLiteral("<message><source>%1</source><translation%2>%3</translation></message>\n")
                .arg(source, type.isEmpty() ? QString() : QStringLiteral(" type=\"%1\"").arg(type),
                     translation);
        };
        const auto plural = [](const QString &source, const QStringList &forms) -> QString {
            QString out =
                QStringLiteral("<message numerus=\"yes\"><source>%1</source><translation>").arg(source);
            for (const QString &f : forms)
                out += QStringLiteral("<numerusform>%1</numerusform>").arg(f);
            return out + QStringLiteral("</translation></message>\n");
        };
        QTest::newRow("a finished message is fine")
            << u"de_DE"_s << msg(u"%1 of %2"_s, u"%1 von %2"_s) << QStringList{};
        QTest::newRow("placeholders may move")
            << u"de_DE"_s << msg(u"%1 of %2"_s, u"von %2: %1"_s) << QStringList{};
        QTest::newRow("unfinished") << u"de_DE"_s << msg(u"Lag"_s, u""_s, u"unfinished"_s)
                                    << QStringList{u"unfinished"_s};
        QTest::newRow("unfinished even with a text")
            << u"cs_CZ"_s << msg(u"Lag"_s, u"Zpoždění"_s, u"unfinished"_s) << QStringList{u"unfinished"_s};
        QTest::newRow("empty but not marked unfinished")
            << u"de_DE"_s << msg(u"Lag"_s, u""_s) << QStringList{u"empty"_s};
        QTest::newRow("vanished") << u"de_DE"_s << msg(u"Old"_s, u"Alt"_s, u"vanished"_s)
                                  << QStringList{u"obsolete"_s};
        QTest::newRow("a placeholder lost")
            << u"de_DE"_s << msg(u"%1 of %2"_s, u"%1"_s) << QStringList{u"placeholders"_s};
        QTest::newRow("a placeholder added")
            << u"de_DE"_s << msg(u"Lag"_s, u"Lag %1"_s) << QStringList{u"placeholders"_s};
        QTest::newRow("%L1 is not %1")
            << u"de_DE"_s << msg(u"%L1 ms"_s, u"%1 ms"_s) << QStringList{u"placeholders"_s};
        QTest::newRow("an alert template action lost")
            << u"cs_CZ"_s << msg(u"{{ $labels.cluster }}: down"_s, u"{{ $labels.broker }}: mimo provoz"_s)
            << QStringList{u"placeholders"_s};
        QTest::newRow("template spaces do not matter")
            << u"cs_CZ"_s << msg(u"{{ $value }} down"_s, u"{{$value}} mimo"_s) << QStringList{};
        QTest::newRow("Czech plural with three forms")
            << u"cs_CZ"_s << plural(u"%n partition(s)"_s, {u"%n oddíl"_s, u"%n oddíly"_s, u"%n oddílů"_s})
            << QStringList{};
        QTest::newRow("Czech plural with two forms")
            << u"cs_CZ"_s << plural(u"%n partition(s)"_s, {u"%n oddíl"_s, u"%n oddílů"_s})
            << QStringList{u"numerus forms"_s};
        QTest::newRow("German plural with two forms")
            << u"de_DE"_s << plural(u"%n partition(s)"_s, {u"%n Partition"_s, u"%n Partitionen"_s})
            << QStringList{};
        QTest::newRow("a plural form without %n")
            << u"de_DE"_s << plural(u"%n partition(s)"_s, {u"eine Partition"_s, u"%n Partitionen"_s})
            << QStringList{u"placeholders"_s};
        QTest::newRow("an empty plural form")
            << u"de_DE"_s << plural(u"%n partition(s)"_s, {u"%n Partition"_s, u""_s})
            << QStringList{u"empty"_s};
    }

    void checker()
    {
        QFETCH(QString, language);
        QFETCH(QString, messages);
        QFETCH(QStringList, kinds);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("t.ts")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write((tsHeader(language) + messages + QStringLiteral("</context>\n</TS>\n")).toUtf8());
        file.close();
        const TC::Catalogue catalogue = TC::read(file.fileName());
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        const QStringList problems = TC::problems(catalogue, QStringLiteral("t.ts"));
        QCOMPARE(problems.size(), kinds.size());
        for (qsizetype i = 0; i < kinds.size(); ++i)
            QVERIFY2(problems.at(i).contains(QStringLiteral(": ") + kinds.at(i)), qPrintable(problems.at(i)));
    }

    /// A catalogue that lupdate made from today's sources and that is filled in completely passes every
    /// check, its .qm translates, and the built-in alert rules' texts reach the alerts translated.
    void dummyFilledCatalogueIsClean()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList warnings;
        const TC::Catalogue updated =
            fresh(sourceDir() + QStringLiteral("/translations/tidewatch_cs.ts"), dir, &warnings);
        QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
        QVERIFY(updated.messages.size() > 1000);
        const TC::Catalogue filled = TC::filledWithDummies(updated);
        const QString ts = dir.filePath(QStringLiteral("filled_cs.ts"));
        QString error;
        QVERIFY2(TC::write(filled, ts, &error), qPrintable(error));
        const TC::Catalogue reread = TC::read(ts);
        QVERIFY2(reread.error.isEmpty(), qPrintable(reread.error));
        const QStringList problems = TC::problems(reread, QStringLiteral("filled_cs.ts"));
        report(QStringLiteral("filled_cs.ts:"), problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(TC::differences(reread, updated), QStringList{});
        const QString qm = dir.filePath(QStringLiteral("filled_cs.qm"));
        QCOMPARE(TC::runLrelease(m_lrelease, ts, qm), QStringList{});

        QTranslator translator;
        QVERIFY(translator.load(qm));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto cleanup = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        QCOMPARE(QCoreApplication::translate("LagStatus", "falling behind"),
                 QStringLiteral("‹falling behind›"));
        QCOMPARE(QCoreApplication::translate("AlertRules", "must be true or false"),
                 QStringLiteral("‹must be true or false›"));

        // A built-in rule's summary arrives translated in the alert; the same rule with a summary the
        // user changed keeps the user's words.
        AlertRule rule;
        for (const AlertRule &r : AlertRules::defaults()) {
            if (r.name == QLatin1String("KafkaBrokerDown"))
                rule = r;
        }
        QVERIFY(!rule.name.isEmpty());
        rule.forMs = 0;
        const MetricSample down{rule.metric, {{u"broker"_s, u"2"_s}, {u"cluster"_s, u"prod"_s}}, 0};
        AlertEvaluator evaluator;
        evaluator.setRules({rule});
        evaluator.evaluate({down}, 1000);
        QCOMPARE(evaluator.activeAlerts().value(0).summary, QStringLiteral("‹prod: broker 2 is down›"));
        QVERIFY(evaluator.activeAlerts().value(0).description.startsWith(QStringLiteral("‹Broker 2 ")));
        rule.summary = QStringLiteral("{{ $labels.cluster }}: broker {{ $labels.broker }} has gone");
        AlertEvaluator mine;
        mine.setRules({rule});
        mine.evaluate({down}, 1000);
        QCOMPARE(mine.activeAlerts().value(0).summary, QStringLiteral("prod: broker 2 has gone"));
    }

    /// DefaultRuleTexts (what lupdate reads) lists exactly the summaries and descriptions of
    /// alerts/default-rules.json; when it fails, run scripts/default-rule-texts.py.
    void defaultRuleTextsMatchTheRulesFile()
    {
        QStringList expected;
        for (const AlertRule &r : AlertRules::defaults()) {
            if (!r.summary.isEmpty())
                expected << QStringLiteral("rule %1: summary = %2").arg(r.name, r.summary);
            if (!r.description.isEmpty())
                expected << QStringLiteral("rule %1: description = %2").arg(r.name, r.description);
        }
        QStringList listed;
        for (const DefaultRuleTexts::Text &t : DefaultRuleTexts::all())
            listed << QString::fromUtf8(t.comment) + QStringLiteral(" = ") + QString::fromUtf8(t.source);
        QVERIFY(expected.size() >= 20);
        QCOMPARE(listed, expected);
    }

    void lreleaseReportsErrors()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"broken.ts"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write((tsHeader(u"de_DE"_s) + u"<message><source>Lag</source>"_s).toUtf8()); // cut off
        file.close();
        QVERIFY(!TC::runLrelease(m_lrelease, file.fileName(), dir.filePath(u"broken.qm"_s)).isEmpty());
    }

    void catalogue_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("cs") << QStringLiteral("tidewatch_cs.ts");
        QTest::newRow("de") << QStringLiteral("tidewatch_de.ts");
    }

    /// (a) every message finished, placeholders as in the source, every plural form there.
    void catalogue()
    {
        QFETCH(QString, file);
        const TC::Catalogue catalogue = TC::read(sourceDir() + QStringLiteral("/translations/") + file);
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        QVERIFY(TC::numerusForms(catalogue.language) > 0);
        const QStringList problems = TC::problems(catalogue, file);
        report(file + QLatin1Char(':'), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 of %2 messages have problems (above)")
                                                    .arg(problems.size())
                                                    .arg(catalogue.messages.size())));
    }

    /// (b) the file has exactly the messages lupdate finds in the sources (and lupdate has no warnings).
    void upToDate_data() { catalogue_data(); }
    void upToDate()
    {
        QFETCH(QString, file);
        const QString ts = sourceDir() + QStringLiteral("/translations/") + file;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList warnings;
        const TC::Catalogue updated = fresh(ts, dir, &warnings);
        QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
        warnings.removeIf([](const QString &w) {
            return w.startsWith(QLatin1String("Updating")) || w.startsWith(QLatin1String("Found")) ||
                   w.startsWith(QLatin1String("Removed")) || w.startsWith(QLatin1String("Same-text")) ||
                   w.startsWith(QLatin1String("Kept"));
        });
        report(QStringLiteral("lupdate:"), warnings);
        const QStringList differences = TC::differences(TC::read(ts), updated);
        report(file + QStringLiteral(" against the sources:"), differences);
        QVERIFY2(warnings.isEmpty(), "lupdate warns about the sources (above)");
        QVERIFY2(differences.isEmpty(), "the catalogue is out of date with the sources (above)");
    }

    /// (c) lrelease compiles the file without errors.
    void lrelease_data() { catalogue_data(); }
    void lrelease()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList errors =
            TC::runLrelease(m_lrelease, sourceDir() + QStringLiteral("/translations/") + file,
                            dir.filePath(QStringLiteral("out.qm")));
        report(file + QStringLiteral(" (lrelease):"), errors);
        QVERIFY(errors.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
