#pragma once

#include "CommandLine.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace Tidewatch {

class FlinkCollector;
class KafkaCollector;
class MainWindow;

/// Wires the collectors, each on its own thread, to the main window. Owns the threads and stops
/// them cleanly (stop the collector, quit the thread, wait) before the window goes away.
class Dashboard : public QObject
{
    Q_OBJECT
public:
    explicit Dashboard(const AppOptions &options, QObject *parent = nullptr);
    ~Dashboard() override;

    MainWindow *window() const { return m_window.get(); }
    /// Stops the running collectors and monitors @p profile instead (Settings, Connect).
    void connectTo(const ClusterProfile &profile);

Q_SIGNALS:
    /// A collector delivered a snapshot (on the GUI thread, before the window applies it);
    /// @p reachable: it carries data from the source, not only an error.
    void kafkaSnapshotDelivered(bool reachable);
    void flinkSnapshotDelivered(bool reachable);

private:
    std::unique_ptr<MainWindow> m_window;
    QThread m_kafkaThread;
    QThread m_flinkThread;
    KafkaCollector *m_kafka = nullptr;
    FlinkCollector *m_flink = nullptr;
    bool m_rememberLayout = false;
    void stopCollectors();
};

} // namespace Tidewatch
