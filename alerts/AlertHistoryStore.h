#pragma once

#include "Acknowledgement.h"
#include "AlertEvaluator.h"
#include "AlertHistoryEntry.h"
#include "Silence.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Tidewatch {

/// The changes of one evaluation, written in one transaction.
struct AlertHistoryBatch
{
    QList<AlertHistoryEntry> entries;
    QList<ActiveAlert> upsertAlerts; ///< pending/firing alerts whose state or timers changed
    QStringList deleteAlerts;        ///< fingerprints of alerts no longer active
    QList<Acknowledgement> upsertAcks;
    QStringList deleteAcks;
    QList<Silence> upsertSilences;
    QStringList deleteSilences;
    qint64 evaluatedAtMs = -1; ///< >= 0: recorded as the time of the last evaluation

    bool isEmpty() const
    {
        return entries.isEmpty() && upsertAlerts.isEmpty() && deleteAlerts.isEmpty() &&
               upsertAcks.isEmpty() && deleteAcks.isEmpty() && upsertSilences.isEmpty() &&
               deleteSilences.isEmpty();
    }
};

/// What the previous run left: its active alerts (as ALERTS_FOR_STATE), acknowledgements, silences.
struct AlertHistoryState
{
    QList<ActiveAlert> alerts;
    QList<Acknowledgement> acks;
    QList<Silence> silences;
    qint64 lastEvaluationMs = -1; ///< -1: never evaluated
};

/// The alert history in SQLite (Qt SQL, "QSQLITE"): journal_mode=WAL and synchronous=NORMAL, so a
/// committed transaction survives the process being killed, and readers never wait for the writer.
/// Schema versioned with PRAGMA user_version. One object is one connection and is used on one thread.
class AlertHistoryStore
{
public:
    static constexpr int SchemaVersion = 1;

    AlertHistoryStore();
    ~AlertHistoryStore();
    AlertHistoryStore(const AlertHistoryStore &) = delete;
    AlertHistoryStore &operator=(const AlertHistoryStore &) = delete;

    /// Opens @p path (creating the file, its folder and the schema if needed). False: see lastError().
    bool open(const QString &path);
    bool isOpen() const;
    QString lastError() const { return m_error; }

    bool write(const AlertHistoryBatch &batch);
    QList<AlertHistoryEntry> query(const HistoryQuery &query);
    AlertHistoryState loadState();
    /// Deletes rows older than @p maxAgeMs before @p nowMs and all but the newest @p maxRows;
    /// returns how many went, or -1 on error.
    int prune(qint64 nowMs, qint64 maxAgeMs, int maxRows);
    /// PRAGMA integrity_check: "ok" or the problems found.
    QString integrityCheck();
    int rowCount();

private:
    bool exec(const QString &sql);
    bool migrate();

    QString m_connection;
    QString m_error;
};

} // namespace Tidewatch
