#pragma once

#include "ClusterProfile.h"
#include "FlinkSnapshot.h"
#include "KafkaSnapshot.h"
#include "MetricStore.h"

#include <QMainWindow>

#include <optional>

class QListWidget;
class QSettings;
class QStackedWidget;
class QTimer;

namespace Tidewatch {

class DashboardPage;
class OverviewPage;
class WallBar;

/// The operator's window: a page list on the left, the selected page on the right.
/// Snapshots are stored as they arrive and applied on a frame timer, to the visible page only, so a
/// burst of updates costs one repaint, hidden pages cost nothing, and the GUI thread never waits
/// for a collector. A page that becomes visible gets the latest snapshots at once.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// @p staleAfterMs: data older than this is shown as stale.
    /// @p profilesPath: the profiles file the settings page edits (empty: the default one).
    explicit MainWindow(qint64 staleAfterMs, const QString &profilesPath = {}, QWidget *parent = nullptr);

    /// Page identifiers, as used by `--pages` and `render --page`.
    static QStringList pageNames();
    bool showPage(const QString &name);
    QString currentPageName() const;
    /// Data older than this is shown as stale (it follows the monitored profile's intervals).
    void setStaleAfterMs(qint64 staleAfterMs) { m_staleAfterMs = staleAfterMs; }
    OverviewPage *overviewPage() const { return m_overview; }
    DashboardPage *page(const QString &name) const;
    /// True once a snapshot of any source was applied.
    bool hasData() const { return m_latestKafka.has_value() || m_latestFlink.has_value(); }
    const MetricStore &history() const { return m_history; }

    /// Wall-display mode: full screen, no menus or page list, dark high-contrast theme and large
    /// type, @p pages shown in turn every @p rotateSeconds (0: no rotation), a clock and a banner
    /// for lost connections and stale data, and a slight periodic shift of the whole picture
    /// against burn-in. Esc leaves it.
    void enterWallMode(const QStringList &pages, int rotateSeconds);
    void leaveWallMode();
    bool isWallMode() const { return m_wallBar != nullptr; }
    WallBar *wallBar() const { return m_wallBar; }
    /// Window geometry and every table's column widths and sort order (the page comes from --page).
    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);

    /// Shows the next page of the wall rotation.
    void rotateWall();
    /// The current problems for the wall banner (unreachable or stale sources), one line each.
    QStringList problems() const;

public Q_SLOTS:
    void setKafkaSnapshot(const Tidewatch::KafkaSnapshot &snapshot);
    void setFlinkSnapshot(const Tidewatch::FlinkSnapshot &snapshot);
    /// Applies whatever arrived since the last frame; also called by the frame timer.
    void applyPending();
    /// "system", "light" or "dark".
    void applyTheme(const QString &theme);

Q_SIGNALS:
    /// A frame applied new data (for render and tests).
    void dataApplied();
    /// The user chose to monitor this profile (settings page, Connect).
    void profileActivated(const Tidewatch::ClusterProfile &profile);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void addPage(const QString &name, const QString &title, DashboardPage *page);
    void bringCurrentPageUpToDate();

    qint64 m_staleAfterMs;
    QListWidget *m_pageList;
    QStackedWidget *m_pages;
    OverviewPage *m_overview;
    QList<DashboardPage *> m_dashboardPages;
    QList<bool> m_kafkaDirty;
    QList<bool> m_flinkDirty;
    QTimer *m_frameTimer;
    std::optional<KafkaSnapshot> m_pendingKafka;
    std::optional<FlinkSnapshot> m_pendingFlink;
    std::optional<KafkaSnapshot> m_latestKafka;
    std::optional<FlinkSnapshot> m_latestFlink;
    MetricStore m_history; ///< every charted number over time, bounded (see MetricStoreConfig)
    qint64 m_lastPurgeMs = 0;
    WallBar *m_wallBar = nullptr;
    QStringList m_wallPages;
    QTimer *m_wallRotation = nullptr;
    QTimer *m_wallShift = nullptr;
    int m_wallShiftStep = 0;
    QPalette m_normalPalette;
    QFont m_normalFont;
};

} // namespace Tidewatch
