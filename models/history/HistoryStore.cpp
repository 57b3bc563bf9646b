#include "HistoryStore.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace Tidewatch {

namespace {

QAtomicInteger<quint64> g_connections; // QSqlDatabase connection names must be unique per process

constexpr int kSqliteFull = 13;

QString sqlError(const QSqlError &error)
{
    return error.text().isEmpty() ? QStringLiteral("unknown database error") : error.text();
}

bool isFull(const QSqlError &error)
{
    // The driver reports the (possibly extended) SQLite result code; its low byte is the primary one.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == kSqliteFull;
}

struct HistoryStoreText
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
};

} // namespace

HistoryStore::HistoryStore(const HistoryStoreConfig &config)
    : m_config(config)
    , m_connection(QStringLiteral("tidewatch-metric-history-%1").arg(++g_connections))
{
    if (m_config.hardLimitBytes <= 0)
        m_config.hardLimitBytes = 2 * m_config.budgetBytes;
}

HistoryStore::~HistoryStore()
{
    close();
}

QString HistoryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history");
}

QString HistoryStore::fileFor(const QString &directory, const QString &cluster)
{
    QString safe;
    for (const QChar c : cluster.left(64))
        safe += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-') ? c : QLatin1Char('_');
    const QByteArray hash =
        QCryptographicHash::hash(cluster.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return directory + QLatin1Char('/') + safe + QLatin1Char('-') + QString::fromLatin1(hash) +
           QStringLiteral(".sqlite");
}

bool HistoryStore::removeFor(const QString &directory, const QString &cluster, QString *error)
{
    const QString base = fileFor(directory, cluster);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(base + suffix);
        if (file.exists() && !file.remove()) {
            if (error)
                *error =
                    HistoryStoreText::tr("cannot delete %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
    }
    return true;
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

void HistoryStore::close()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
    m_ids.clear();
}

bool HistoryStore::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        m_error = sqlError(q.lastError());
        return false;
    }
    return true;
}

QString HistoryStore::table(int tier) const
{
    return QStringLiteral("b%1").arg(m_config.tiers.at(tier).bucketMs);
}

bool HistoryStore::openConnection(const QString &path, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_error = sqlError(db.lastError());
        return false;
    }
    return true;
}

QString HistoryStore::damage()
{
    QFile file(m_path);
    if (file.exists() && file.size() > 0) {
        if (!file.open(QIODevice::ReadOnly))
            return {}; // not ours to judge: open() reports the error
        if (file.read(16) != QByteArrayView("SQLite format 3\0", 16))
            return HistoryStoreText::tr("not an SQLite database");
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return HistoryStoreText::tr("damaged (%1)").arg(sqlError(q.lastError()));
    const int applicationId = q.value(0).toInt();
    if (applicationId != ApplicationId) {
        if (applicationId != 0 || !q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return HistoryStoreText::tr("a database of another program");
        if (q.value(0).toInt() > 0)
            return HistoryStoreText::tr("a database of another program");
        return {}; // empty: a new file
    }
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return HistoryStoreText::tr("damaged (%1)").arg(sqlError(q.lastError()));
    if (q.value(0).toString() != QStringLiteral("ok"))
        return HistoryStoreText::tr("damaged (%1)").arg(q.value(0).toString());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(q.lastError());
    if (q.value(0).toInt() > SchemaVersion)
        return HistoryStoreText::tr("written by a newer Tidewatch (schema %1)").arg(q.value(0).toInt());
    return {};
}

bool HistoryStore::setAside(const QString &reason)
{
    close();
    const QString aside = m_path + QStringLiteral(".corrupt-") +
                          QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(m_path + suffix) && !QFile::rename(m_path + suffix, aside + suffix)) {
            m_error = HistoryStoreText::tr("%1 is %2 and cannot be renamed aside; the history is not written")
                          .arg(m_path, reason);
            return false;
        }
    }
    m_setAside = HistoryStoreText::tr("The history file %1 was %2: kept as %3, a new one started")
                     .arg(m_path, reason, aside);
    return true;
}

bool HistoryStore::open(const QString &path)
{
    close();
    m_path = path;
    m_error.clear();
    m_setAside.clear();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_error = HistoryStoreText::tr("cannot create the folder %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    if (!openConnection(path))
        return false;
    const QString problem = damage();
    if (!problem.isEmpty()) {
        if (!setAside(problem) || !openConnection(path))
            return false;
    }
    // WAL: readers never wait for the writer, and a killed process loses at most the open transaction.
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    qint64 pageSize = 4096;
    if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
        pageSize = std::max<qint64>(q.value(0).toLongLong(), 512);
    if (!exec(QStringLiteral("PRAGMA max_page_count=%1")
                  .arg(std::max<qint64>(m_config.hardLimitBytes / pageSize, 16))))
        return false;
    return createSchema();
}

bool HistoryStore::openReadOnly(const QString &path)
{
    close();
    m_path = path;
    m_error.clear();
    m_setAside.clear();
    if (!QFile::exists(path) || !openConnection(path, true))
        return false;
    const QString problem = damage();
    if (!problem.isEmpty()) {
        m_error = HistoryStoreText::tr("%1 is %2").arg(path, problem);
        close();
        return false;
    }
    return true;
}

bool HistoryStore::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    bool ok = exec(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS series (id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL)"));
    for (int t = 0; ok && t < m_config.tiers.size(); ++t) {
        ok = exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (series INTEGER NOT NULL, bucket INTEGER NOT NULL,"
                           " min REAL, max REAL, sum REAL, count INTEGER, gap INTEGER, last REAL,"
                           " PRIMARY KEY (series, bucket)) WITHOUT ROWID")
                .arg(table(t)));
    }
    ok = ok && exec(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId)) &&
         exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion));
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        m_error = sqlError(db.lastError());
        return false;
    }
    return true;
}

qint64 HistoryStore::seriesId(const QString &key)
{
    const auto it = m_ids.constFind(key);
    if (it != m_ids.cend())
        return *it;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO series (key) VALUES (?)"));
    q.addBindValue(key);
    if (!q.exec())
        return -1;
    q.prepare(QStringLiteral("SELECT id FROM series WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return -1;
    const qint64 id = q.value(0).toLongLong();
    m_ids.insert(key, id);
    return id;
}

HistoryStore::WriteResult HistoryStore::write(const QList<HistoryRow> &rows)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen()) {
        m_error = HistoryStoreText::tr("the history is not open");
        return WriteResult::Error;
    }
    if (!db.transaction()) {
        m_error = sqlError(db.lastError());
        return isFull(db.lastError()) ? WriteResult::Full : WriteResult::Error;
    }
    QList<QSqlQuery> inserts;
    for (int t = 0; t < m_config.tiers.size(); ++t) {
        inserts.append(QSqlQuery(db));
        inserts.last().prepare(
            QStringLiteral("INSERT OR REPLACE INTO %1 VALUES (?, ?, ?, ?, ?, ?, ?, ?)").arg(table(t)));
    }
    const auto fail = [&](const QSqlError &error) {
        m_error = sqlError(error);
        const bool full = isFull(error);
        db.rollback();
        m_ids.clear(); // series inserted in this transaction are gone again
        return full ? WriteResult::Full : WriteResult::Error;
    };
    for (const HistoryRow &row : rows) {
        if (row.tier < 0 || row.tier >= inserts.size())
            continue;
        const qint64 id = seriesId(row.key);
        if (id < 0)
            return fail(db.lastError().isValid() ? db.lastError() : QSqlQuery(db).lastError());
        QSqlQuery &q = inserts[row.tier];
        const MetricBucket &b = row.bucket.bucket;
        q.addBindValue(id);
        q.addBindValue(row.bucket.number);
        q.addBindValue(double(b.min));
        q.addBindValue(double(b.max));
        q.addBindValue(b.sum);
        q.addBindValue(int(b.count));
        q.addBindValue(int(b.gap));
        q.addBindValue(double(b.last));
        if (!q.exec())
            return fail(q.lastError());
    }
    if (!db.commit())
        return fail(db.lastError());
    return WriteResult::Ok;
}

QStringList HistoryStore::keys()
{
    QStringList out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT key FROM series ORDER BY id")))
        m_error = sqlError(q.lastError());
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

StoredSeries HistoryStore::load(const QString &key, qint64 nowMs)
{
    StoredSeries series{key, {}};
    // Looked up, never inserted: a read-only connection loads too.
    qint64 id = m_ids.value(key, -1);
    if (id < 0) {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(QStringLiteral("SELECT id FROM series WHERE key = ?"));
        q.addBindValue(key);
        if (!q.exec() || !q.next())
            return series;
        id = q.value(0).toLongLong();
    }
    for (int t = 0; t < m_config.tiers.size(); ++t) {
        series.tiers.append(QList<NumberedBucket>{});
        const MetricTier &tier = m_config.tiers.at(t);
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT bucket, min, max, sum, count, gap, last FROM %1"
                                 " WHERE series = ? AND bucket > ? ORDER BY bucket")
                      .arg(table(t)));
        q.addBindValue(id);
        q.addBindValue(bucketNumber(nowMs, tier.bucketMs) - tier.bucketCount);
        if (!q.exec()) {
            m_error = sqlError(q.lastError());
            continue;
        }
        while (q.next()) {
            NumberedBucket nb;
            nb.number = q.value(0).toLongLong();
            nb.bucket.min = q.value(1).toFloat();
            nb.bucket.max = q.value(2).toFloat();
            nb.bucket.sum = q.value(3).toDouble();
            nb.bucket.count = quint32(q.value(4).toLongLong()) & 0x7fffffffu;
            nb.bucket.gap = q.value(5).toInt() != 0;
            nb.bucket.last = q.value(6).toFloat();
            series.tiers.last().append(nb);
        }
    }
    return series;
}

int HistoryStore::applyRetention(qint64 nowMs)
{
    int deleted = 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // Per series, so each delete is a range of the primary key rather than a scan of the table.
    QSqlQuery ids(db);
    if (!ids.exec(QStringLiteral("SELECT id FROM series")))
        return 0;
    QList<qint64> all;
    while (ids.next())
        all.append(ids.value(0).toLongLong());
    db.transaction();
    for (int t = 0; t < m_config.tiers.size(); ++t) {
        const MetricTier &tier = m_config.tiers.at(t);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE series = ? AND bucket <= ?").arg(table(t)));
        for (const qint64 id : std::as_const(all)) {
            q.addBindValue(id);
            q.addBindValue(bucketNumber(nowMs, tier.bucketMs) - tier.bucketCount);
            if (q.exec())
                deleted += q.numRowsAffected();
        }
    }
    if (!db.commit())
        db.rollback();
    return deleted;
}

qint64 HistoryStore::usedBytes()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    qint64 values[3] = {0, 0, 0};
    const QString pragmas[3] = {QStringLiteral("page_count"), QStringLiteral("freelist_count"),
                                QStringLiteral("page_size")};
    for (int i = 0; i < 3; ++i) {
        if (q.exec(QStringLiteral("PRAGMA ") + pragmas[i]) && q.next())
            values[i] = q.value(0).toLongLong();
    }
    return (values[0] - values[1]) * values[2];
}

int HistoryStore::enforceBudget()
{
    int deleted = 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // The coarsest tier reaches back furthest: its oldest buckets go first, an eighth of the time it
    // holds at a time, then the next finer tier's. Full scans, but only while over the budget.
    for (int t = int(m_config.tiers.size()) - 1; t >= 0 && usedBytes() > m_config.budgetBytes; --t) {
        while (usedBytes() > m_config.budgetBytes) {
            QSqlQuery range(db);
            if (!range.exec(QStringLiteral("SELECT min(bucket), max(bucket) FROM %1").arg(table(t))) ||
                !range.next() || range.value(0).isNull())
                break;
            const qint64 oldest = range.value(0).toLongLong();
            const qint64 step = std::max<qint64>((range.value(1).toLongLong() - oldest + 1) / 8, 1);
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE bucket < ?").arg(table(t)));
            q.addBindValue(oldest + step);
            if (!q.exec())
                break;
            deleted += q.numRowsAffected();
        }
    }
    return deleted;
}

} // namespace Tidewatch
