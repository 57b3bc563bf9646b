#pragma once

#include "MetricBucket.h"
#include "MetricHistory.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Tidewatch {

/// How a HistoryStore keeps the history of one cluster on disk. Passed in, never read from settings.
struct HistoryStoreConfig
{
    /// The tiers written, as in memory (MetricHistoryConfig::tiers); each keeps bucketCount buckets.
    QList<MetricTier> tiers = MetricHistoryConfig{}.tiers;
    /// Bytes of database pages in use beyond which the oldest buckets are deleted (coarsest tier
    /// first, since it reaches back furthest).
    qint64 budgetBytes = 1024LL * 1024 * 1024;
    /// SQLite refuses to grow the file beyond this (as if the disk were full); 0: twice the budget.
    qint64 hardLimitBytes = 0;
};

/// One bucket of one series to write.
struct HistoryRow
{
    QString key;
    int tier = 0; ///< index into HistoryStoreConfig::tiers
    NumberedBucket bucket;
};

/// A series read back: its key and per tier its buckets, oldest first.
struct StoredSeries
{
    QString key;
    QList<QList<NumberedBucket>> tiers;
};

/// The metric history of one cluster in one SQLite file (Qt SQL, WAL): a table of series keys and
/// one table per tier, named after its bucket length, of (series, bucket number, min, max, sum,
/// count, gap, last) WITHOUT ROWID. PRAGMA application_id marks our files; a file that is not
/// SQLite, is someone else's or fails quick_check is renamed aside (never deleted) and a fresh one
/// started. One object is one connection, used on one thread (the recorder's worker).
class HistoryStore
{
public:
    static constexpr int ApplicationId = 0x54574853; // "TWHS"
    static constexpr int SchemaVersion = 1;
    enum class WriteResult
    {
        Ok,
        Full,
        Error
    };

    explicit HistoryStore(const HistoryStoreConfig &config = {});
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    /// The folder the dashboard keeps histories in: "history" in the user's application data folder.
    static QString defaultDirectory();
    /// The file of @p cluster in @p directory: the name made file-safe plus a short hash of it, so
    /// "a/b" and "a_b" never share a file.
    static QString fileFor(const QString &directory, const QString &cluster);
    /// Deletes the history file of @p cluster (with its -wal and -shm files); files set aside stay.
    /// True when nothing is left (also when there was nothing).
    static bool removeFor(const QString &directory, const QString &cluster, QString *error = nullptr);

    /// Opens @p path, creating it (and its folder) if needed. A damaged or foreign file is renamed
    /// aside first (see setAsideMessage()). False: see lastError().
    bool open(const QString &path);
    /// Opens an existing @p path for reading only: nothing is created, set aside or changed. False
    /// with an empty lastError() when there is no such file.
    bool openReadOnly(const QString &path);
    bool isOpen() const;
    void close();
    QString path() const { return m_path; }
    QString lastError() const { return m_error; }
    /// What open() did with a damaged or foreign file; empty when nothing was set aside.
    QString setAsideMessage() const { return m_setAside; }

    /// Inserts or replaces @p rows in one transaction. Full: the disk (or the hard limit) is full;
    /// nothing of this call was written.
    WriteResult write(const QList<HistoryRow> &rows);
    /// The keys of every series stored.
    QStringList keys();
    /// The buckets of @p key, per tier those within its span before @p nowMs, oldest first.
    StoredSeries load(const QString &key, qint64 nowMs);
    /// Deletes each tier's buckets older than its span before @p nowMs; returns how many went.
    int applyRetention(qint64 nowMs);
    /// Bytes of database pages in use (page_count - freelist_count, times page_size).
    qint64 usedBytes();
    /// Deletes the oldest buckets until usedBytes() is within the budget; returns how many went.
    int enforceBudget();

private:
    bool exec(const QString &sql);
    bool openConnection(const QString &path, bool readOnly = false);
    QString damage();
    bool setAside(const QString &reason);
    bool createSchema();
    qint64 seriesId(const QString &key);
    QString table(int tier) const;

    HistoryStoreConfig m_config;
    QString m_connection;
    QString m_path;
    QString m_error;
    QString m_setAside;
    QHash<QString, qint64> m_ids;
};

} // namespace Tidewatch
