#pragma once

#include "FlinkSnapshot.h"
#include "KafkaSnapshot.h"

#include <QMainWindow>

#include <optional>

class QListWidget;
class QStackedWidget;
class QTimer;

namespace Tidewatch {

class DashboardPage;
class OverviewPage;

/// The operator's window: a page list on the left, the selected page on the right.
/// Snapshots are stored as they arrive and applied on a frame timer, to the visible page only, so a
/// burst of updates costs one repaint, hidden pages cost nothing, and the GUI thread never waits
/// for a collector. A page that becomes visible gets the latest snapshots at once.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// @p staleAfterMs: data older than this is shown as stale.
    explicit MainWindow(qint64 staleAfterMs, QWidget *parent = nullptr);

    /// Page identifiers, as used by `--pages` and `render --page`.
    static QStringList pageNames();
    bool showPage(const QString &name);
    QString currentPageName() const;
    OverviewPage *overviewPage() const { return m_overview; }
    DashboardPage *page(const QString &name) const;
    /// True once a snapshot of any source was applied.
    bool hasData() const { return m_latestKafka.has_value() || m_latestFlink.has_value(); }

public Q_SLOTS:
    void setKafkaSnapshot(const Tidewatch::KafkaSnapshot &snapshot);
    void setFlinkSnapshot(const Tidewatch::FlinkSnapshot &snapshot);
    /// Applies whatever arrived since the last frame; also called by the frame timer.
    void applyPending();

Q_SIGNALS:
    /// A frame applied new data (for render and tests).
    void dataApplied();

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
};

} // namespace Tidewatch
