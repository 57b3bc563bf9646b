#include "PostgresSlotTracker.h"

#include "TimeLagEstimator.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Tidewatch {

namespace {

struct PostgresSlotTrackerText
{
    Q_DECLARE_TR_FUNCTIONS(PostgresSlotTracker)
};

enum Column
{
    CurrentLsn,
    CurrentPosition,
    InRecovery,
    ServerVersion,
    SlotName,
    Plugin,
    SlotType,
    Database,
    Active,
    ActivePid,
    WalStatus,
    ConfirmedFlushLsn,
    RestartLsn,
    LagBytes,
    RetainedBytes,
    SlotPosition,
    ColumnCount
};

qint64 number(const QByteArray &value, bool &ok)
{
    if (value.isNull()) {
        ok = true;
        return -1;
    }
    return value.toLongLong(&ok);
}

} // namespace

QByteArray PostgresSlotTracker::slotQuery()
{
    return QByteArrayLiteral(
        "WITH cur AS MATERIALIZED (SELECT pg_is_in_recovery() AS rec, CASE WHEN pg_is_in_recovery() "
        "THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END AS lsn) "
        "SELECT cur.lsn::text, pg_wal_lsn_diff(cur.lsn, '0/0')::bigint, cur.rec, "
        "current_setting('server_version'), s.slot_name, s.plugin, s.slot_type, s.database, s.active, "
        "s.active_pid, s.wal_status, s.confirmed_flush_lsn::text, s.restart_lsn::text, "
        "pg_wal_lsn_diff(cur.lsn, coalesce(s.confirmed_flush_lsn, s.restart_lsn))::bigint, "
        "pg_wal_lsn_diff(cur.lsn, s.restart_lsn)::bigint, "
        "pg_wal_lsn_diff(coalesce(s.confirmed_flush_lsn, s.restart_lsn), '0/0')::bigint "
        "FROM cur LEFT JOIN pg_replication_slots s ON true ORDER BY s.slot_name");
}

bool PostgresSlotTracker::apply(const QList<QList<QByteArray>> &rows, qint64 nowMs, PostgresSnapshot &out,
                                QString &error)
{
    if (rows.isEmpty() || rows.first().size() != ColumnCount) {
        error = PostgresSlotTrackerText::tr("unexpected answer to the replication slot query");
        return false;
    }
    const auto &first = rows.first();
    bool ok = true;
    const qint64 position = number(first[CurrentPosition], ok);
    if (!ok || position < 0) {
        error = PostgresSlotTrackerText::tr("the server did not say its WAL position");
        return false;
    }
    out.currentWalLsn = QString::fromLatin1(first[CurrentLsn]);
    out.inRecovery = first[InRecovery] == "t";
    out.serverVersion = QString::fromLatin1(first[ServerVersion]);
    if (m_fine.append(position, nowMs) == OffsetHistory::AppendResult::Reset)
        m_coarse.clear(); // the WAL went backwards: a restored server, another history
    m_coarse.append(position, nowMs);
    out.walBytesPerSecond = -1;
    if (m_fine.size() >= 2) {
        // Over the last minute of fine samples at most, so a burst shows while it lasts.
        int from = m_fine.size() - 1;
        while (from > 0 && nowMs - m_fine.at(from - 1).timeMs <= kGrowthWindowMs)
            --from;
        if (from == m_fine.size() - 1)
            from = m_fine.size() - 2;
        const OffsetSample &a = m_fine.at(from);
        const OffsetSample &b = m_fine.latest();
        if (b.timeMs > a.timeMs)
            out.walBytesPerSecond = double(b.offset - a.offset) * 1000.0 / double(b.timeMs - a.timeMs);
    }

    out.replicationSlots.clear();
    QSet<QString> seen;
    for (const auto &row : rows) {
        if (row.size() != ColumnCount || row[SlotName].isNull())
            continue; // the LEFT JOIN's one row of a server without slots
        ReplicationSlotInfo slot;
        slot.name = QString::fromUtf8(row[SlotName]);
        slot.plugin = QString::fromUtf8(row[Plugin]);
        slot.slotType = QString::fromUtf8(row[SlotType]);
        slot.database = QString::fromUtf8(row[Database]);
        slot.active = row[Active] == "t";
        bool pidOk = true;
        slot.activePid = int(number(row[ActivePid], pidOk));
        slot.walStatus = QString::fromUtf8(row[WalStatus]);
        slot.confirmedFlushLsn = QString::fromLatin1(row[ConfirmedFlushLsn]);
        slot.restartLsn = QString::fromLatin1(row[RestartLsn]);
        bool lagOk = true, retainedOk = true, positionOk = true;
        const qint64 lag = number(row[LagBytes], lagOk);
        const qint64 retained = number(row[RetainedBytes], retainedOk);
        const qint64 slotPosition = number(row[SlotPosition], positionOk);
        if (!lagOk || !retainedOk || !positionOk || !pidOk) {
            error = PostgresSlotTrackerText::tr("unexpected numbers for slot %1").arg(slot.name);
            return false;
        }
        // A standby's slot can be ahead of the replayed position: that is no lag, not a negative one.
        slot.lagBytes = row[LagBytes].isNull() ? -1 : std::max<qint64>(0, lag);
        slot.retainedBytes = row[RetainedBytes].isNull() ? -1 : std::max<qint64>(0, retained);
        if (slotPosition >= 0) {
            TimeLag t = TimeLagEstimator::estimate(m_fine, slotPosition, nowMs);
            if (t.kind == TimeLag::Kind::AtLeast) {
                const TimeLag coarse = TimeLagEstimator::estimate(m_coarse, slotPosition, nowMs);
                if (coarse.isKnown() && coarse.seconds >= t.seconds)
                    t = coarse;
            }
            if (t.isKnown()) {
                slot.lagSeconds = t.seconds;
                slot.lagSecondsIsLowerBound = t.kind == TimeLag::Kind::AtLeast;
            }
        }
        if (slot.lagBytes >= 0) {
            QList<LagSample> &lags = m_slotLags[slot.name];
            lags.append({nowMs, slot.lagBytes});
            while (!lags.isEmpty() && nowMs - lags.first().timeMs > kGrowthWindowMs)
                lags.removeFirst();
            const qint64 span = lags.last().timeMs - lags.first().timeMs;
            if (span >= kGrowthMinSpanMs) {
                slot.hasLagGrowth = true;
                slot.lagGrowthBytesPerSecond =
                    double(lags.last().lagBytes - lags.first().lagBytes) * 1000.0 / double(span);
            }
        } else {
            m_slotLags.remove(slot.name);
        }
        seen.insert(slot.name);
        out.replicationSlots << slot;
    }
    for (auto it = m_slotLags.begin(); it != m_slotLags.end();) {
        if (seen.contains(it.key()))
            ++it;
        else
            it = m_slotLags.erase(it); // a dropped slot: a new one of that name starts afresh
    }
    return true;
}

} // namespace Tidewatch
