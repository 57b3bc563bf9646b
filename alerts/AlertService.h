#pragma once

#include "Acknowledgements.h"
#include "AlertEvaluator.h"
#include "AlertHistoryEntry.h"
#include "AlertSilences.h"
#include "AlertView.h"
#include "SourceHealth.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace Tidewatch {

class AlertHistoryStore;
class AlertHistoryWriter;

/// How long the history keeps rows and how to restore state at start-up.
struct AlertHistoryOptions
{
    qint64 maxAgeMs = 30LL * 24 * 3600 * 1000; ///< rows older than this are pruned (30 days)
    int maxRows = 100000;                      ///< and only the newest this many rows are kept
    qint64 pruneEveryMs = 10 * 60 * 1000;      ///< how often pruning runs (in the writer thread)
    /// Pending/firing alerts of the previous run are restored when it evaluated last less than this
    /// long ago; otherwise their episodes are closed (event "closed").
    qint64 restoreWithinMs = 3600 * 1000;
    qint64 silenceRetentionMs = 5LL * 24 * 3600 * 1000; ///< ended silences are forgotten after this
};

/// The alert handling core, GUI-free: evaluates the rules (with hysteresis and "no data"), keeps
/// acknowledgements and silences, and records every transition in a SQLite history that survives
/// crashes. The owner calls evaluate() with the latest samples and the sources' health; the GUI
/// shows alerts() and history(); notifiers consume evaluated().
///
/// Every method runs on the thread that owns the service (the GUI thread). History writes go to a
/// worker thread with its own database connection, one transaction per evaluation; history() reads
/// through a connection of the caller's thread (SQLite in WAL mode: readers never wait for the writer).
/// Methods taking nowMs use the current time when it is -1.
class AlertService : public QObject
{
    Q_OBJECT
public:
    explicit AlertService(QObject *parent = nullptr);
    ~AlertService() override; ///< flushes the history and stops the writer

    /// Opens (creating it if needed) the history database at @p path, restores silences,
    /// acknowledgements and the alert state of the previous run (see AlertHistoryOptions), and
    /// records from then on. Call after setRules(). False (and @p error) when it cannot be opened:
    /// the service then works without history.
    bool openHistory(const QString &path, const AlertHistoryOptions &options = {}, qint64 nowMs = -1,
                     QString *error = nullptr);
    QString historyPath() const;
    /// The default place: QStandardPaths::AppDataLocation/alert-history.sqlite.
    static QString defaultHistoryPath();

    void setRules(const QList<AlertRule> &rules);
    QList<AlertRule> rules() const;

    /// Evaluates every rule on @p samples (all sources' latest) with the sources' @p health at @p nowMs,
    /// updates silences and acknowledgements, records the changes, emits evaluated() and, when
    /// anything visible changed, alertsChanged().
    void evaluate(const QList<MetricSample> &samples, const QList<SourceHealth> &health, qint64 nowMs = -1);

    /// Pending and firing alerts (firing first, by severity, oldest first) followed by the rules
    /// without data (NoData views), each with its acknowledgement and silences.
    QList<AlertView> alerts() const;
    /// The pending and firing alerts only (for views that show ActiveAlert).
    QList<ActiveAlert> activeAlerts() const { return m_evaluator.activeAlerts(); }
    QList<RuleNoData> noData() const { return m_evaluator.noData(); }
    int firingCount() const { return m_evaluator.firingCount(); }
    const AlertEvaluator &evaluator() const { return m_evaluator; }

    /// Acknowledges the active alert @p fingerprint; false when there is none or @p by is empty.
    bool acknowledge(const QString &fingerprint, const QString &by, const QString &comment = {},
                     qint64 nowMs = -1);
    std::optional<Acknowledgement> acknowledgement(const QString &fingerprint) const;

    /// Adds (or, with the id of an existing one, replaces) a silence; returns its id, or an empty
    /// string and @p error when it is invalid.
    QString addSilence(const Silence &silence, QString *error = nullptr, qint64 nowMs = -1);
    /// Ends silence @p id now; false when unknown or already ended.
    bool expireSilence(const QString &id, qint64 nowMs = -1);
    /// Every silence not yet forgotten (active, future, ended), by start.
    QList<Silence> silences() const { return m_silences.all(); }

    /// History rows matching @p query, newest first. Rows of the last evaluation may still be on
    /// their way to the database; flushHistory() waits for them.
    QList<AlertHistoryEntry> history(const HistoryQuery &query) const;
    /// Blocks until every recorded change is written (tests, shutdown).
    void flushHistory();

Q_SIGNALS:
    /// The alert list (states, values, no-data, acks, silences) changed.
    void alertsChanged();
    /// After every evaluate(): the active views (alerts() — silenced ones have silencedBy set,
    /// frozen ones noData) and the evaluator's transitions (a frozen alert never resolves).
    void evaluated(const QList<Tidewatch::AlertView> &alerts,
                   const QList<Tidewatch::AlertTransition> &transitions, qint64 nowMs);
    void silencesChanged();
    /// Writing or reading the history failed; the alerts themselves work on.
    void historyError(const QString &message);

private:
    static qint64 now(qint64 nowMs);
    QList<AlertView> buildViews(qint64 nowMs) const;
    /// Recomputes the views; records silenced/unsilenced, frozen/thawed alerts and the persisted
    /// alert state; drops acknowledgements of alerts gone. Emits alertsChanged() on a change.
    void refresh(qint64 nowMs);
    void record(AlertHistoryEntry entry);
    void recordNoData(const RuleNoData &noData, AlertHistoryEvent event, qint64 nowMs);
    /// Hands this evaluation's changes to the writer as one transaction.
    void commit(qint64 nowMs, bool heartbeat);

    AlertEvaluator m_evaluator;
    AlertSilences m_silences;
    Acknowledgements m_acks;
    AlertHistoryOptions m_options;
    QList<AlertView> m_views;
    QString m_historyPath;

    struct Book; ///< what was recorded and persisted so far, and the changes of this evaluation
    std::unique_ptr<Book> m_book;
    std::unique_ptr<AlertHistoryStore> m_reader;
    std::unique_ptr<AlertHistoryWriter> m_writer;
};

} // namespace Tidewatch
