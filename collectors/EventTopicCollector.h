#pragma once

#include "BusinessSnapshot.h"
#include "ClusterProfile.h"
#include "RateCounter.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

class QTimer;

namespace Tidewatch {

class BusinessState;
class EventDecoder;
class EventTopicReader;

/// Reads a cluster profile's event topics (ClusterProfile::business) on its own thread, decodes each
/// message with one EventDecoder per topic, feeds the pure BusinessState and publishes a
/// BusinessSnapshot at most about once a second. Create it, move it to a QThread, then invoke start()
/// in that thread (queued); stop() before quitting the thread.
///
/// It never disturbs the monitored cluster: no group, no commit, no coordinator lookup (see
/// EventTopicReader). Each cycle reads for a bounded time, so it keeps up with the topics without
/// holding its thread for long, and every request is bounded by the profile's request timeout: a
/// cluster that goes away shows as an error in the snapshot's status, never as a hang.
class EventTopicCollector : public QObject
{
    Q_OBJECT
public:
    explicit EventTopicCollector(ClusterProfile profile, QObject *parent = nullptr);
    ~EventTopicCollector() override;

    /// Creates the timer in the current thread and runs the first cycle.
    Q_INVOKABLE void start();
    /// Stops reading; the thread can then be quit.
    Q_INVOKABLE void stop();

    /// Reads from the offsets for @p epochMs instead of BusinessConfig::startMinutes back from now;
    /// negative: from the end. Call before the first cycle (tests compare exact offset ranges).
    void setStartTimeMs(qint64 epochMs);
    /// One cycle in the calling thread: metadata when due, then reading for up to @p budgetMs.
    /// Returns whether the budget ran out with more to read.
    bool collectOnce(int budgetMs = kCycleBudgetMs);
    /// Runs cycles in the calling thread until every partition was read up to the end offset it had
    /// when it started, the cluster cannot be reached, or @p deadline; returns the snapshot then.
    BusinessSnapshot collectUntilCaughtUp(const QDeadlineTimer &deadline);
    /// Whether every started partition was read up to the end it had when it started.
    bool caughtUp() const;
    /// The figures now, with the consumer's status and per-topic counters.
    BusinessSnapshot snapshot() const;

    static constexpr int kCycleBudgetMs = 200;  ///< longest a cycle reads before the event loop runs
    static constexpr int kIdleIntervalMs = 200; ///< pause between cycles once everything was read
    static constexpr int kPublishIntervalMs = 1000;
    static constexpr int kExpireIntervalMs = 1000; ///< BusinessState::expire() at most this often
    static constexpr int kExcerptBytes = 120;

    /// The first @p maxBytes bytes of @p payload as text (cut at a character boundary), control
    /// characters replaced by U+FFFD, for listing a rejected message.
    static QString excerpt(std::string_view payload, int maxBytes = kExcerptBytes);

Q_SIGNALS:
    void snapshotReady(const Tidewatch::BusinessSnapshot &snapshot);
    /// Once, right after the snapshot that first includes everything up to the end offsets the
    /// partitions had when reading started (a render or a script waits for it).
    void caughtUpWithStart();

private:
    void cycle();
    void publish(bool force = false);
    void updatePartitionsBehind();

    ClusterProfile m_profile;
    std::optional<qint64> m_startTimeMs;
    std::unique_ptr<EventTopicReader> m_reader;
    std::unique_ptr<BusinessState> m_state;
    std::vector<std::unique_ptr<EventDecoder>> m_decoders; ///< one per configured topic, same order
    QHash<QPair<int, int>, bool> m_behind; ///< what BusinessState was last told, per partition
    struct Progress
    {
        qint64 position = -1;
        qint64 sinceMs = 0; ///< when the position last moved
    };
    QHash<QPair<int, int>, Progress> m_progress;
    QHash<int, QStringList> m_stalled; ///< per topic index: partitions behind without progress
    /// A partition behind without progress for this long stops holding the watermark.
    static constexpr qint64 kStallMs = 30000;
    QTimer *m_timer = nullptr;
    SourceStatus m_status;
    QDateTime m_lastEventAt;
    QElapsedTimer m_sincePublish;
    QElapsedTimer m_sinceExpire;
    QElapsedTimer m_clock;            ///< monotonic time for the read rates
    std::vector<RateCounter> m_rates; ///< messages per second, per topic
    bool m_publishedReachable = false;
    bool m_stopped = false;
    bool m_announcedCaughtUp = false;
};

} // namespace Tidewatch
