#pragma once

#include "FlinkSnapshot.h"
#include "KafkaSnapshot.h"

#include <QMainWindow>

#include <optional>

class QListWidget;
class QStackedWidget;
class QTimer;

namespace Tidewatch {

class OverviewPage;

/// The operator's window: a page list on the left, the selected page on the right.
/// Snapshots are stored as they arrive and applied on a frame timer, so a burst of updates costs
/// one repaint and the GUI thread never waits for a collector.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// @p staleAfterMs: data older than this is shown as stale.
    explicit MainWindow(qint64 staleAfterMs, QWidget *parent = nullptr);

    /// Page identifiers, as used by `--pages` and `render --page`.
    static QStringList pageNames();
    bool showPage(const QString &name);
    OverviewPage *overviewPage() const { return m_overview; }

public Q_SLOTS:
    void setKafkaSnapshot(const Tidewatch::KafkaSnapshot &snapshot);
    void setFlinkSnapshot(const Tidewatch::FlinkSnapshot &snapshot);
    /// Applies whatever arrived since the last frame; also called by the frame timer.
    void applyPending();

private:
    void addPage(const QString &name, const QString &title, QWidget *page);

    qint64 m_staleAfterMs;
    QListWidget *m_pageList;
    QStackedWidget *m_pages;
    OverviewPage *m_overview;
    QTimer *m_frameTimer;
    std::optional<KafkaSnapshot> m_pendingKafka;
    std::optional<FlinkSnapshot> m_pendingFlink;
};

} // namespace Tidewatch
