// The interface language: which one applies (command line, setting, system), the Settings choice, and
// numbers in the chosen locale.
#include "BusinessCells.h"
#include "Format.h"
#include "LanguageChooser.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QComboBox>
#include <QLibraryInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace Tidewatch;
using namespace Qt::StringLiterals;

class TestUiLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(UiLanguage::settingsKey());
    }

    void cleanup()
    {
        QLocale::setDefault(QLocale::c());
        qDeleteAll(qApp->findChildren<QTranslator *>()); // a deleted translator is uninstalled
        QSettings().remove(UiLanguage::settingsKey());
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("commandLine");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("language");
        QTest::newRow("the command line wins") << u"de"_s << u"cs"_s << QStringList{u"cs-CZ"_s} << u"de"_s;
        QTest::newRow("then the setting") << QString() << u"cs"_s << QStringList{u"de-DE"_s} << u"cs"_s;
        QTest::newRow("English chosen on a Czech system")
            << QString() << u"en"_s << QStringList{u"cs-CZ"_s} << u"en"_s;
        QTest::newRow("system default: the system's")
            << QString() << u"system"_s << QStringList{u"cs-CZ"_s} << u"cs"_s;
        QTest::newRow("no setting: the system's")
            << QString() << QString() << QStringList{u"de_AT"_s} << u"de"_s;
        QTest::newRow("the first supported of the system's list")
            << QString() << QString() << QStringList{u"fr-FR"_s, u"de-DE"_s, u"cs"_s} << u"de"_s;
        QTest::newRow("English before Czech in the list")
            << QString() << QString() << QStringList{u"en-US"_s, u"cs-CZ"_s} << u"en"_s;
        QTest::newRow("nothing supported: English")
            << QString() << QString() << QStringList{u"fr"_s, u"C"_s} << u"en"_s;
        QTest::newRow("no system list: English") << QString() << QString() << QStringList{} << u"en"_s;
        QTest::newRow("an unknown code is not a choice")
            << u"xx"_s << u"yy"_s << QStringList{u"cs"_s} << u"cs"_s;
    }
    void resolve()
    {
        QFETCH(QString, commandLine);
        QFETCH(QString, setting);
        QFETCH(QStringList, system);
        QFETCH(QString, language);
        QCOMPARE(UiLanguage::resolve(commandLine, setting, system), language);
    }

    void fromArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("language");
        QTest::newRow("none") << QStringList{u"tidewatch"_s, u"render"_s} << QString();
        QTest::newRow("separate value") << QStringList{u"tidewatch"_s, u"--language"_s, u"cs"_s} << u"cs"_s;
        QTest::newRow("joined value")
            << QStringList{u"tidewatch"_s, u"render"_s, u"--language=de"_s} << u"de"_s;
        QTest::newRow("no value") << QStringList{u"tidewatch"_s, u"--language"_s} << QString();
        QTest::newRow("after --: an argument, not the option")
            << QStringList{u"tidewatch"_s, u"--"_s, u"--language=de"_s} << QString();
        QTest::newRow("the program name is not an option") << QStringList{u"--language=de"_s} << QString();
    }
    void fromArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, language);
        QCOMPARE(UiLanguage::fromArguments(arguments), language);
    }

    /// Czech: the default QLocale, numbers with a decimal comma, and Qt's own Czech translations.
    void applyCzech()
    {
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        const QStringList missing = UiLanguage::apply(u"cs"_s, qApp, qtDir);
        QCOMPARE(QLocale().language(), QLocale::Czech);
        QCOMPARE(Format::duration(1500), u"1,5 s"_s);
        QCOMPARE(Format::count(1234), u"1,2 k"_s);
        QCOMPARE(BusinessCells::exact(1234567), u"1\u00a0234\u00a0567"_s);
        // Tidewatch's own catalogue is a resource of the executable, not of this test.
        QVERIFY(missing.contains(u":/i18n/tidewatch_cs.qm"_s));
        if (missing.size() > 1) {
            // qt6-translations-l10n (scripts/setup-deps.sh) carries them.
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL(qPrintable(u"Qt's Czech translations are missing: "_s + missing.join(u", "_s)));
            QSKIP("qt6-translations-l10n is not installed");
        }
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Zrušit"_s);
    }

    void applyGermanNumbers()
    {
        UiLanguage::apply(u"de"_s, qApp, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        QCOMPARE(Format::count(0.5), u"0,5"_s);
        QCOMPARE(Format::bytes(3.5 * 1024 * 1024), u"3,5 MiB"_s);
        QCOMPARE(BusinessCells::exact(1234567), u"1.234.567"_s);
    }

    void applyEnglishLoadsNothing()
    {
        QCOMPARE(UiLanguage::apply(u"en"_s, qApp, QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
                 QStringList{});
        QVERIFY(qApp->findChildren<QTranslator *>().isEmpty());
        QCOMPARE(Format::duration(1500), u"1.5 s"_s);
    }

    void chooserStoresTheChoiceAndSaysWhenItApplies()
    {
        LanguageChooser chooser;
        auto *combo = chooser.findChild<QComboBox *>(u"language"_s);
        QVERIFY(combo);
        QStringList items;
        for (int i = 0; i < combo->count(); ++i)
            items << combo->itemText(i);
        QCOMPARE(items, (QStringList{u"System default"_s, u"English"_s, u"Čeština"_s, u"Deutsch"_s}));
        QCOMPARE(chooser.choice(), u"system"_s);
        QVERIFY(!chooser.restartNoteShown());
        combo->setCurrentIndex(combo->findData(u"de"_s));
        QCOMPARE(QSettings().value(UiLanguage::settingsKey()).toString(), u"de"_s);
        QCOMPARE(UiLanguage::stored(), u"de"_s);
        QVERIFY(chooser.restartNoteShown());
        combo->setCurrentIndex(0);
        QCOMPARE(UiLanguage::stored(), u"system"_s);
        QVERIFY(!chooser.restartNoteShown());

        // A new chooser (the next start) shows the stored choice, without the note.
        combo->setCurrentIndex(combo->findData(u"cs"_s));
        LanguageChooser next;
        QCOMPARE(next.choice(), u"cs"_s);
        QVERIFY(!next.restartNoteShown());
    }

    void storedIgnoresUnknownValues()
    {
        QSettings().setValue(UiLanguage::settingsKey(), u"klingon"_s);
        QCOMPARE(UiLanguage::stored(), u"system"_s);
    }
};

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
