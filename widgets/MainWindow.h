#pragma once

#include "AlertEvaluator.h"
#include "AlertHandling.h"
#include "BusinessSnapshot.h"
#include "ClusterProfile.h"
#include "FlinkSnapshot.h"
#include "KafkaSnapshot.h"
#include "MetricStore.h"
#include "PipelineSnapshot.h"
#include "WorstCondition.h"

#include <QKeySequence>
#include <QMainWindow>

#include <memory>
#include <vector>

class QComboBox;
class QListWidget;
class QSettings;
class QStackedWidget;
class QTimer;

namespace Tidewatch {

class DashboardPage;
class OverviewPage;
class WallBar;
class WallLook;

/// The operator's window: a page list on the left, the selected page on the right.
/// It shows several clusters at once: the overview has a health strip per cluster, the other pages
/// show the cluster chosen in the cluster box. Snapshots are stored as they arrive (routed by their
/// cluster name) and applied on a frame timer, to the visible page only, so a burst of updates
/// costs one repaint, hidden pages cost nothing, and the GUI thread never waits for a collector.
/// A page that becomes visible gets the latest snapshots at once.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// @p staleAfterMs: data older than this is shown as stale (for clusters not added explicitly).
    /// @p profilesPath: the profiles file the settings page edits (empty: the default one).
    explicit MainWindow(qint64 staleAfterMs, const QString &profilesPath = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Page identifiers, as used by `--pages` and `render --page`.
    static QStringList pageNames();
    bool showPage(const QString &name);
    QString currentPageName() const;
    /// Data older than this is shown as stale, for clusters whose snapshots arrive unannounced.
    void setStaleAfterMs(qint64 staleAfterMs) { m_staleAfterMs = staleAfterMs; }

    /// Announces a monitored cluster (a profile), so its strip shows "waiting" before any data.
    /// Adding a known name updates its settings.
    void addCluster(const QString &name, qint64 staleAfterMs, bool kafka, bool flink, bool business = false);
    /// Forgets a cluster and its latest snapshots (its history expires with time).
    void removeCluster(const QString &name);
    QStringList clusterNames() const;
    /// The cluster the detail pages show.
    QString currentCluster() const;
    bool setCurrentCluster(const QString &name);

    OverviewPage *overviewPage() const { return m_overview; }
    DashboardPage *page(const QString &name) const;
    /// True once a snapshot of any source was applied.
    bool hasData() const;
    const MetricStore &history() const { return m_history; }
    /// Every sample recorded into the history is passed on to @p sink too (the on-disk history).
    void setHistorySink(MetricSink *sink) { m_history.setSink(sink); }
    /// Puts stored buckets in front of @p key's live history; see MetricStore::restore().
    bool restoreHistory(const QString &key, const QList<QList<NumberedBucket>> &tiers)
    {
        return m_history.restore(key, tiers);
    }

    /// Wall-display mode: full screen, no menus or page list, dark high-contrast theme and large
    /// type, @p pages shown in turn every @p rotateSeconds (0: no rotation; the detail pages once per
    /// cluster), a clock and a banner with the worst current condition, and a slight periodic shift
    /// of the whole picture against burn-in. Nothing on it takes the focus or a click (WallLook):
    /// no controls, selection or scroll bars; tables in large type with fewer columns.
    /// @p exitKey leaves it and restores everything.
    void enterWallMode(const QStringList &pages, int rotateSeconds,
                       const QKeySequence &exitKey = QKeySequence(Qt::Key_Escape));
    void leaveWallMode();
    bool isWallMode() const { return m_wallBar != nullptr; }
    WallBar *wallBar() const { return m_wallBar; }
    /// Window geometry and every table's column widths and sort order (the page comes from --page).
    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);

    /// Shows the next page of the wall rotation.
    void rotateWall();
    /// The current problems for the wall banner, one line each: firing alerts, then unreachable
    /// or stale sources, down brokers and offline partitions of every cluster.
    QStringList problems() const;
    /// Firing alerts that a silence mutes, one line each: on the wall banner without turning it red.
    QStringList quietAlerts() const;
    /// The worst current condition of every cluster, with the firing alerts: what the wall banner shows.
    WorstCondition wallCondition() const;
    /// Acknowledged and silenced alerts by fingerprint, for the overview and the wall banner.
    void setAlertHandling(const QHash<QString, Tidewatch::AlertHandling> &handling);

public Q_SLOTS:
    void setKafkaSnapshot(const Tidewatch::KafkaSnapshot &snapshot);
    void setFlinkSnapshot(const Tidewatch::FlinkSnapshot &snapshot);
    void setBusinessSnapshot(const Tidewatch::BusinessSnapshot &snapshot);
    /// The cluster's pipelines (the Pipelines page), rebuilt by the Monitor from its snapshots.
    void setPipelineSnapshot(const Tidewatch::PipelineSnapshot &snapshot);
    /// The alerts now pending or firing, over all clusters.
    void setAlerts(const QList<Tidewatch::ActiveAlert> &alerts);
    /// Applies whatever arrived since the last frame; also called by the frame timer.
    void applyPending();
    /// "system", "light" or "dark".
    void applyTheme(const QString &theme);

Q_SIGNALS:
    /// A frame applied new data (for render and tests).
    void dataApplied();
    /// The user chose to monitor this profile (settings page, Connect).
    void profileActivated(const Tidewatch::ClusterProfile &profile);
    /// The user chose to stop monitoring this profile (settings page, Disconnect).
    void profileDeactivated(const QString &name);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Cluster;
    void addPage(const QString &name, const QString &title, DashboardPage *page);
    void bringCurrentPageUpToDate();
    void updateOverview();
    /// Every cluster's health now, with its alert counts.
    QList<ClusterHealth> clusterHealth() const;
    QString alertLine(const ActiveAlert &alert) const;
    Cluster &clusterFor(const QString &name);
    bool accepts(const QString &cluster) const;
    static KafkaSnapshot noKafkaData(const Cluster &cluster);
    static FlinkSnapshot noFlinkData(const Cluster &cluster);
    static BusinessSnapshot noBusinessData(const Cluster &cluster);
    Cluster *current() const;
    void markAllDirty();
    void showWallStep(int step);
    void scaleExplicitFonts(qreal factor);
    void fitTablesToFont();
    QList<QPair<QString, QString>> wallSequence() const;

    qint64 m_staleAfterMs;
    QListWidget *m_pageList;
    QStackedWidget *m_pages;
    QWidget *m_clusterBar;
    QComboBox *m_clusterBox;
    OverviewPage *m_overview;
    QList<DashboardPage *> m_dashboardPages;
    QList<bool> m_kafkaDirty;
    QList<bool> m_flinkDirty;
    QList<bool> m_businessDirty;
    QList<bool> m_pipelinesDirty;
    QTimer *m_frameTimer;
    std::vector<std::unique_ptr<Cluster>> m_clusters; ///< in the order they were added
    QString m_currentCluster;
    bool m_announced = false; ///< addCluster() was called: snapshots of other clusters are dropped
    QList<ActiveAlert> m_alerts;
    bool m_overviewDirty = false;
    MetricStore m_history; ///< every charted number of every cluster over time, bounded
    qint64 m_lastPurgeMs = 0;
    WallBar *m_wallBar = nullptr;
    std::unique_ptr<WallLook> m_wallLook;
    QStringList m_wallPages;
    int m_wallStep = 0;
    QKeySequence m_wallExitKey;
    QTimer *m_wallRotation = nullptr;
    QTimer *m_wallShift = nullptr;
    int m_wallShiftStep = 0;
    QPalette m_normalPalette;
    QFont m_normalFont;
};

} // namespace Tidewatch
