#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

class QMainWindow;
class QMenu;

namespace Tidewatch {

/// The main window's Help menu: Keyboard shortcuts (read from the window's own actions, so the list
/// is always the real one), User guide and About Tidewatch.
class HelpMenu : public QObject
{
    Q_OBJECT
public:
    /// Adds the Help menu to @p window's menu bar.
    explicit HelpMenu(QMainWindow *window);

    /// Versions of libraries shown in About besides Qt's, e.g. {"librdkafka", "2.0.2"} (the widgets
    /// never talk to Kafka, so the app passes it in).
    void setComponentVersions(const QList<QPair<QString, QString>> &versions) { m_versions = versions; }

    QMenu *menu() const { return m_menu; }
    /// Every action of the window with a shortcut, as "Ctrl+1" and the action's text without "&",
    /// in menu order; then the keys that are not actions (leaving the wall display).
    QList<QPair<QString, QString>> shortcuts() const;
    /// The About text: version, Qt (built with and running), the component versions.
    QString aboutText() const;
    /// Where the user guide is read from: an installed GUIDE.md (share/doc/tidewatch), else the copy
    /// built into the program (":/docs/GUIDE.md"); empty when there is neither.
    static QString guidePath();

    void showShortcuts();
    void showGuide();
    void showAbout();

private:
    QMainWindow *m_window;
    QMenu *m_menu;
    QList<QPair<QString, QString>> m_versions;
};

} // namespace Tidewatch
