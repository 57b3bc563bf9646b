#include "HelpMenu.h"

#include <QAction>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Tidewatch {

namespace {

void collectShortcuts(const QMenu *menu, QList<QPair<QString, QString>> &out)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            collectShortcuts(action->menu(), out);
            continue;
        }
        if (action->isSeparator() || action->shortcut().isEmpty())
            continue;
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        out.append({action->shortcut().toString(QKeySequence::NativeText), text});
    }
}

} // namespace

HelpMenu::HelpMenu(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_menu(window->menuBar()->addMenu(tr("&Help")))
{
    m_menu->setObjectName(QStringLiteral("helpMenu"));
    QAction *shortcuts = m_menu->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setObjectName(QStringLiteral("helpShortcuts"));
    connect(shortcuts, &QAction::triggered, this, &HelpMenu::showShortcuts);
    QAction *guide = m_menu->addAction(tr("&User guide"));
    guide->setObjectName(QStringLiteral("helpGuide"));
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    connect(guide, &QAction::triggered, this, &HelpMenu::showGuide);
    m_menu->addSeparator();
    QAction *about = m_menu->addAction(tr("&About Tidewatch"));
    about->setObjectName(QStringLiteral("helpAbout"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &HelpMenu::showAbout);
}

QList<QPair<QString, QString>> HelpMenu::shortcuts() const
{
    QList<QPair<QString, QString>> out;
    for (const QAction *action : m_window->menuBar()->actions()) {
        if (action->menu())
            collectShortcuts(action->menu(), out);
    }
    // Not an action: MainWindow::keyPressEvent handles it while the wall display is shown.
    out.append({tr("Esc (or --wall-exit-key)"), tr("Leave the wall display")});
    return out;
}

QString HelpMenu::aboutText() const
{
    QStringList lines;
    lines << tr("Tidewatch %1").arg(QCoreApplication::applicationVersion());
    lines << tr("A live operations dashboard for Kafka clusters and Flink jobs.");
    lines << tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    for (const auto &[name, version] : m_versions)
        lines << tr("%1 %2").arg(name, version);
    return lines.join(QLatin1Char('\n'));
}

QString HelpMenu::guidePath()
{
    const QString installed =
        QStandardPaths::locate(QStandardPaths::GenericDataLocation, QStringLiteral("doc/tidewatch/GUIDE.md"));
    if (!installed.isEmpty())
        return installed;
    const QString builtIn = QStringLiteral(":/docs/GUIDE.md");
    return QFile::exists(builtIn) ? builtIn : QString();
}

void HelpMenu::showShortcuts()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    const QList<QPair<QString, QString>> list = shortcuts();
    auto *table = new QTableWidget(int(list.size()), 2, &dialog);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < list.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(list[row].first));
        table->setItem(row, 1, new QTableWidgetItem(list[row].second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(480, 420);
    dialog.exec();
}

void HelpMenu::showGuide()
{
    const QString path = guidePath();
    if (path.isEmpty()) {
        QMessageBox::information(m_window, tr("User guide"),
                                 tr("The user guide is not installed with this build. It is docs/GUIDE.md "
                                    "in Tidewatch's source tree."));
        return;
    }
    if (!path.startsWith(QLatin1Char(':'))) {
        // An installed file: the desktop's viewer for Markdown shows it with its pictures.
        if (QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            return;
    }
    // The copy built into the program (or an installed one no viewer opened), without the screenshots.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(m_window, tr("User guide"), tr("Cannot read %1").arg(path));
        return;
    }
    auto *dialog = new QDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Tidewatch user guide"));
    auto *browser = new QTextBrowser(dialog);
    browser->setOpenExternalLinks(true);
    browser->setMarkdown(QString::fromUtf8(file.readAll()));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    dialog->resize(800, 700);
    dialog->show();
}

void HelpMenu::showAbout()
{
    QMessageBox::about(m_window, tr("About Tidewatch"), aboutText());
}

} // namespace Tidewatch
