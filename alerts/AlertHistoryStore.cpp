#include "AlertHistoryStore.h"

#include "AlertHistoryJson.h"
#include "AlertView.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace Tidewatch {

namespace {

QAtomicInteger<quint64> g_connections; // QSqlDatabase connection names must be unique per process

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS history ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, at_ms INTEGER NOT NULL, rule TEXT,"
    " fingerprint TEXT, cluster TEXT, severity TEXT, event TEXT NOT NULL,"
    " value REAL, labels TEXT NOT NULL, by TEXT, comment TEXT)",
    "CREATE INDEX IF NOT EXISTS history_at ON history(at_ms)",
    "CREATE INDEX IF NOT EXISTS history_fingerprint ON history(fingerprint, id)",
    "CREATE TABLE IF NOT EXISTS alert_state (fingerprint TEXT PRIMARY KEY, rule TEXT NOT NULL,"
    " data TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS acknowledgements (fingerprint TEXT PRIMARY KEY, by TEXT,"
    " at_ms INTEGER NOT NULL, comment TEXT)",
    "CREATE TABLE IF NOT EXISTS silences (id TEXT PRIMARY KEY, data TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
};

QString sqlError(const QSqlError &error)
{
    return error.text().isEmpty() ? QStringLiteral("unknown database error") : error.text();
}

/// A null QString binds as SQL NULL; empty texts are stored as empty strings where Qt lets us.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

} // namespace

AlertHistoryStore::AlertHistoryStore()
    : m_connection(QStringLiteral("tidewatch-alert-history-%1").arg(++g_connections))
{}

AlertHistoryStore::~AlertHistoryStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

bool AlertHistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

bool AlertHistoryStore::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        m_error = sqlError(q.lastError());
        return false;
    }
    return true;
}

bool AlertHistoryStore::open(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    // The writer holds the lock for one short transaction; a reader or a second writer waits that long.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_error = sqlError(db.lastError());
        return false;
    }
    // WAL: a transaction is durable once committed to the log, which a killed process cannot undo;
    // synchronous=NORMAL syncs at checkpoints only, so a power cut may lose the last transactions.
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return false;
    return migrate();
}

bool AlertHistoryStore::migrate()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        m_error = sqlError(q.lastError());
        return false;
    }
    const int version = q.value(0).toInt();
    if (version > SchemaVersion) {
        m_error =
            QStringLiteral("the history was written by a newer Tidewatch (schema %1, this one knows %2)")
                .arg(version)
                .arg(SchemaVersion);
        return false;
    }
    if (version == SchemaVersion)
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    for (const char *sql : kSchema) {
        if (!exec(QString::fromLatin1(sql))) {
            db.rollback();
            return false;
        }
    }
    if (!exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion))) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool AlertHistoryStore::write(const AlertHistoryBatch &batch)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen()) {
        m_error = QStringLiteral("the history is not open");
        return false;
    }
    if (!db.transaction()) {
        m_error = sqlError(db.lastError());
        return false;
    }
    QSqlQuery q(db);
    const auto run = [&](const QString &sql, const QVariantList &values) {
        if (!q.prepare(sql))
            return false;
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec();
    };
    bool ok = true;
    for (const AlertHistoryEntry &e : batch.entries) {
        ok = ok &&
             run(QStringLiteral("INSERT INTO history (at_ms, rule, fingerprint, cluster, severity, event,"
                                " value, labels, by, comment) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                 {e.atMs, e.ruleName, e.fingerprint, e.label(QStringLiteral("cluster")),
                  e.label(QStringLiteral("severity")), historyEventName(e.event),
                  std::isnan(e.value) ? QVariant() : QVariant(e.value), labelsToJson(e.labels), e.by,
                  e.comment});
    }
    for (const ActiveAlert &a : batch.upsertAlerts)
        ok =
            ok &&
            run(QStringLiteral("INSERT OR REPLACE INTO alert_state (fingerprint, rule, data) VALUES (?,?,?)"),
                {alertFingerprint(a.labels), a.ruleName, alertStateToJson(a)});
    for (const QString &fingerprint : batch.deleteAlerts)
        ok = ok && run(QStringLiteral("DELETE FROM alert_state WHERE fingerprint = ?"), {fingerprint});
    for (const Acknowledgement &a : batch.upsertAcks)
        ok = ok &&
             run(QStringLiteral("INSERT OR REPLACE INTO acknowledgements (fingerprint, by, at_ms, comment)"
                                " VALUES (?,?,?,?)"),
                 {a.fingerprint, text(a.by), a.atMs, text(a.comment)});
    for (const QString &fingerprint : batch.deleteAcks)
        ok = ok && run(QStringLiteral("DELETE FROM acknowledgements WHERE fingerprint = ?"), {fingerprint});
    for (const Silence &s : batch.upsertSilences)
        ok = ok && run(QStringLiteral("INSERT OR REPLACE INTO silences (id, data) VALUES (?,?)"),
                       {s.id, silenceToJson(s)});
    for (const QString &id : batch.deleteSilences)
        ok = ok && run(QStringLiteral("DELETE FROM silences WHERE id = ?"), {id});
    if (batch.evaluatedAtMs >= 0)
        ok = ok &&
             run(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('last_evaluation_ms', ?)"),
                 {QString::number(batch.evaluatedAtMs)});
    if (!ok) {
        m_error = sqlError(q.lastError());
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        m_error = sqlError(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

QList<AlertHistoryEntry> AlertHistoryStore::query(const HistoryQuery &query)
{
    QStringList where;
    QVariantList values;
    const auto condition = [&](const QString &sql, const QVariant &value) {
        where << sql;
        values << value;
    };
    if (query.fromMs >= 0)
        condition(QStringLiteral("at_ms >= ?"), query.fromMs);
    if (query.toMs >= 0)
        condition(QStringLiteral("at_ms <= ?"), query.toMs);
    if (!query.cluster.isEmpty())
        condition(QStringLiteral("cluster = ?"), query.cluster);
    if (!query.severity.isEmpty())
        condition(QStringLiteral("severity = ?"), query.severity);
    if (!query.ruleName.isEmpty())
        condition(QStringLiteral("rule = ?"), query.ruleName);
    if (!query.fingerprint.isEmpty())
        condition(QStringLiteral("fingerprint = ?"), query.fingerprint);
    if (!query.events.isEmpty()) {
        QStringList marks;
        for (const AlertHistoryEvent e : query.events) {
            marks << QStringLiteral("?");
            values << historyEventName(e);
        }
        where << QStringLiteral("event IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    QString sql = QStringLiteral("SELECT id, at_ms, rule, fingerprint, event, value, labels, by, comment"
                                 " FROM history");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY at_ms DESC, id DESC");
    // Label matchers are applied here, after the query: the limit then counts matching rows only.
    if (query.matchers.isEmpty() && query.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(query.limit);

    QList<AlertHistoryEntry> result;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        m_error = sqlError(q.lastError());
        return result;
    }
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = sqlError(q.lastError());
        return result;
    }
    while (q.next()) {
        AlertHistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.atMs = q.value(1).toLongLong();
        e.ruleName = q.value(2).toString();
        e.fingerprint = q.value(3).toString();
        e.event = parseHistoryEvent(q.value(4).toString()).value_or(AlertHistoryEvent::Pending);
        if (!q.value(5).isNull())
            e.value = q.value(5).toDouble();
        e.labels = labelsFromJson(q.value(6).toString());
        e.by = q.value(7).toString();
        e.comment = q.value(8).toString();
        const bool matches = std::all_of(query.matchers.cbegin(), query.matchers.cend(),
                                         [&](const LabelMatcher &m) { return m.matches(e.label(m.name)); });
        if (!matches)
            continue;
        result.append(e);
        if (query.limit > 0 && result.size() >= query.limit)
            break;
    }
    return result;
}

AlertHistoryState AlertHistoryStore::loadState()
{
    AlertHistoryState state;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT data FROM alert_state ORDER BY fingerprint"))) {
        while (q.next()) {
            if (const auto alert = alertStateFromJson(q.value(0).toString()))
                state.alerts.append(*alert);
        }
    }
    if (q.exec(QStringLiteral(
            "SELECT fingerprint, by, at_ms, comment FROM acknowledgements ORDER BY fingerprint"))) {
        while (q.next())
            state.acks.append(Acknowledgement{q.value(0).toString(), q.value(1).toString(),
                                              q.value(2).toLongLong(), q.value(3).toString()});
    }
    if (q.exec(QStringLiteral("SELECT data FROM silences ORDER BY id"))) {
        while (q.next()) {
            if (const auto silence = silenceFromJson(q.value(0).toString()))
                state.silences.append(*silence);
        }
    }
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'last_evaluation_ms'")) && q.next())
        state.lastEvaluationMs = q.value(0).toLongLong();
    return state;
}

int AlertHistoryStore::prune(qint64 nowMs, qint64 maxAgeMs, int maxRows)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    int removed = 0;
    db.transaction();
    q.prepare(QStringLiteral("DELETE FROM history WHERE at_ms < ?"));
    q.addBindValue(nowMs - maxAgeMs);
    bool ok = q.exec();
    removed += std::max(0, q.numRowsAffected());
    if (ok && maxRows >= 0) {
        q.prepare(QStringLiteral("DELETE FROM history WHERE id <= (SELECT id FROM history ORDER BY id DESC"
                                 " LIMIT 1 OFFSET ?)"));
        q.addBindValue(maxRows);
        ok = q.exec();
        removed += std::max(0, q.numRowsAffected());
    }
    if (!ok || !db.commit()) {
        m_error = sqlError(q.lastError());
        db.rollback();
        return -1;
    }
    return removed;
}

QString AlertHistoryStore::integrityCheck()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(q.lastError());
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

int AlertHistoryStore::rowCount()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM history")) && q.next())
        return q.value(0).toInt();
    return -1;
}

} // namespace Tidewatch
