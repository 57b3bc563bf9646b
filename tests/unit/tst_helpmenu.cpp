#include "HelpMenu.h"
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Tidewatch;

namespace {

/// Every action of @p window with a shortcut: "keys|text".
QSet<QString> actionShortcuts(const QWidget &window)
{
    QSet<QString> out;
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut().isEmpty())
            continue;
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        out.insert(action->shortcut().toString(QKeySequence::NativeText) + QLatin1Char('|') + text);
    }
    return out;
}

} // namespace

/// The Help menu: its actions, a shortcut list that is the window's real one, and About.
class TestHelpMenu : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void menuHasItsActions()
    {
        MainWindow window(10000);
        auto *help = window.findChild<HelpMenu *>();
        QVERIFY(help);
        QStringList names;
        for (const QAction *action : help->menu()->actions()) {
            if (!action->isSeparator())
                names << action->objectName();
        }
        QCOMPARE(names, (QStringList{QStringLiteral("helpShortcuts"), QStringLiteral("helpGuide"),
                                     QStringLiteral("helpAbout")}));
        QCOMPARE(help->menu()->title(), QStringLiteral("&Help"));
    }

    /// The list is the window's actions with their real keys (not a list kept by hand), plus the
    /// wall display's exit key, which is not an action.
    void shortcutListMatchesTheActions()
    {
        MainWindow window(10000);
        const auto *help = window.findChild<HelpMenu *>();
        QSet<QString> listed;
        const QList<QPair<QString, QString>> shortcuts = help->shortcuts();
        for (const auto &[keys, text] : shortcuts)
            listed.insert(keys + QLatin1Char('|') + text);
        QSet<QString> expected = actionShortcuts(window);
        QVERIFY(expected.size() >= 12); // nine pages, two cluster steps, the guide (and Quit)
        QVERIFY(listed.contains(expected));
        const QSet<QString> extra = listed - expected;
        QCOMPARE(extra.size(), 1);
        QVERIFY2(extra.begin()->contains(QStringLiteral("wall display")), qPrintable(*extra.begin()));
        // Spot checks against MainWindow's set-up.
        QVERIFY(listed.contains(QKeySequence(Qt::CTRL | Qt::Key_1).toString(QKeySequence::NativeText) +
                                QStringLiteral("|Overview")));
        QVERIFY(listed.contains(QKeySequence(Qt::CTRL | Qt::Key_PageDown).toString(QKeySequence::NativeText) +
                                QStringLiteral("|Next cluster")));
        QVERIFY(listed.contains(QStringLiteral("F1|User guide")));
        // Quit is the platform's standard key, which the offscreen platform does not define.
        if (const QString quit = QKeySequence(QKeySequence::Quit).toString(QKeySequence::NativeText);
            !quit.isEmpty())
            QVERIFY(listed.contains(quit + QStringLiteral("|Quit")));
    }

    /// The dialog shows the same list, one row per shortcut.
    void shortcutDialogShowsTheList()
    {
        MainWindow window(10000);
        auto *help = window.findChild<HelpMenu *>();
        const QList<QPair<QString, QString>> shortcuts = help->shortcuts();
        QStringList rows;
        QTimer::singleShot(0, &window, [&rows] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutTable"));
            QVERIFY(table);
            for (int row = 0; row < table->rowCount(); ++row)
                rows << table->item(row, 0)->text() + QLatin1Char('|') + table->item(row, 1)->text();
            dialog->reject();
        });
        help->showShortcuts();
        QCOMPARE(rows.size(), shortcuts.size());
        for (int i = 0; i < shortcuts.size(); ++i)
            QCOMPARE(rows.at(i), shortcuts.at(i).first + QLatin1Char('|') + shortcuts.at(i).second);
    }

    void aboutNamesTheVersions()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral("1.2.3"));
        MainWindow window(10000);
        auto *help = window.findChild<HelpMenu *>();
        help->setComponentVersions({{QStringLiteral("librdkafka"), QStringLiteral("2.0.2")}});
        const QString about = help->aboutText();
        QVERIFY2(about.startsWith(QStringLiteral("Tidewatch 1.2.3\n")), qPrintable(about));
        QVERIFY2(about.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())), qPrintable(about));
        QVERIFY2(about.contains(QStringLiteral("librdkafka 2.0.2")), qPrintable(about));
        // The project has no licence file: About claims none.
        QVERIFY2(!about.contains(QStringLiteral("icen"), Qt::CaseInsensitive), qPrintable(about));
    }

    /// Without an installed guide and without the copy built into the program (this test links no
    /// resources), User guide says so instead of opening nothing.
    void guideNotInstalledIsSaid()
    {
        QCOMPARE(HelpMenu::guidePath(), QString());
        MainWindow window(10000);
        auto *help = window.findChild<HelpMenu *>();
        QString text;
        QTimer::singleShot(0, &window, [&text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            text = box->text();
            box->accept();
        });
        help->showGuide();
        QVERIFY2(text.contains(QStringLiteral("not installed")) &&
                     text.contains(QStringLiteral("docs/GUIDE.md")),
                 qPrintable(text));
    }
};

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
