#include "LagStatusEvaluator.h"

#include "Format.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Tidewatch {

namespace {

using Commits = QList<CommitSample>;

// Rule 1: a window in which the lag was ever (at or below) zero is healthy. It only guards the STALL
// and WARN checks: it hid stopped consumers when it also guarded STOP (Burrow #290).
bool lagAlwaysAboveAllowed(const Commits &commits, qint64 allowedLag)
{
    return std::all_of(commits.cbegin(), commits.cend(),
                       [allowedLag](const CommitSample &c) { return c.lag > allowedLag; });
}

// Rule 2: the first place where a commit is lower than the one before it (-1 if none) ...
qsizetype rewindIndex(const Commits &commits)
{
    for (qsizetype i = 1; i < commits.size(); ++i) {
        if (commits[i].offset < commits[i - 1].offset)
            return i;
    }
    return -1;
}

// ... and whether a later commit got back to where the consumer was before the rewind.
bool rewindRecovered(const Commits &commits, qsizetype index)
{
    const qint64 before = commits[index - 1].offset;
    return std::any_of(commits.cbegin() + index, commits.cend(),
                       [before](const CommitSample &c) { return c.offset >= before; });
}

// Rule 3: the consumer stopped when the silence since its last commit is longer than the span the
// whole window covers, i.e. it is overdue by its own commit rhythm.
bool stopped(const Commits &commits, qint64 nowMs)
{
    const qint64 last = commits.constLast().timeMs;
    return nowMs - last > last - commits.constFirst().timeMs;
}

// Rule 3's exception: if any recent broker end offset is at or below the last commit, the consumer
// had read everything at some point recently; a quiet topic gives it nothing to commit (Burrow #38).
bool recentLagZero(const QList<qint64> &brokerOffsets, const Commits &commits)
{
    const qint64 last = commits.constLast().offset;
    return std::any_of(brokerOffsets.cbegin(), brokerOffsets.cend(), [last](qint64 b) { return b <= last; });
}

// Rule 4: commits that all carry the same offset mean the consumer is alive but not moving.
bool stalled(const Commits &commits)
{
    return std::all_of(commits.cbegin(), commits.cend(),
                       [&commits](const CommitSample &c) { return c.offset == commits.constFirst().offset; });
}

// Rule 5: offsets move, but the lag never went down from one commit to the next: the consumer is
// slower than the producers.
bool lagNeverDecreases(const Commits &commits)
{
    for (qsizetype i = 1; i < commits.size(); ++i) {
        if (commits[i].lag < commits[i - 1].lag)
            return false;
    }
    return true;
}

LagStatus partitionRules(const LagWindow &window, qint64 currentLag, qint64 nowMs,
                         const LagStatusConfig &config)
{
    const Commits &commits = window.commits();
    // With no lag now, nothing is wrong whatever the history says.
    if (currentLag <= config.allowedLag)
        return LagStatus::Ok;
    if (stopped(commits, nowMs) && !recentLagZero(window.brokerOffsets(), commits))
        return LagStatus::Stop;
    const qsizetype rewind = rewindIndex(commits);
    if (rewind > 0 && !rewindRecovered(commits, rewind))
        return LagStatus::Rewind;
    if (lagAlwaysAboveAllowed(commits, config.allowedLag)) {
        if (stalled(commits))
            return LagStatus::Stall;
        if (lagNeverDecreases(commits))
            return LagStatus::Warn;
    }
    return LagStatus::Ok;
}

LagTrend trend(const Commits &commits, double tolerance)
{
    if (commits.size() < 2)
        return LagTrend::Unknown;
    const qint64 first = commits.constFirst().lag;
    const qint64 last = commits.constLast().lag;
    const double margin = tolerance * double(std::max(first, last));
    const double change = double(last) - double(first);
    if (change > margin)
        return LagTrend::Growing;
    if (change < -margin)
        return LagTrend::Shrinking;
    return LagTrend::Steady;
}

} // namespace

QString CatchUpEstimate::toString() const
{
    switch (kind) {
    case Kind::Unknown:
        break;
    case Kind::CaughtUp:
        return QCoreApplication::translate("LagStatus", "caught up");
    case Kind::Eta:
        return Format::duration(qint64(std::llround(seconds * 1000.0)));
    case Kind::Never:
        return QCoreApplication::translate("LagStatus", "never");
    }
    return QCoreApplication::translate("LagStatus", "unknown");
}

LagWindow::LagWindow(const LagStatusConfig &config)
    : m_windowLength(std::max(config.windowLength, 2))
    , m_minDistanceMs(std::max<qint64>(config.minDistanceMs, 0))
{}

void LagWindow::addCommit(qint64 committedOffset, qint64 lag, qint64 timeMs)
{
    const qint64 flooredLag = std::max<qint64>(lag, 0);
    if (!m_commits.isEmpty() && timeMs - m_commits.constLast().timeMs < m_minDistanceMs) {
        CommitSample &previous = m_commits.last();
        previous.offset = committedOffset;
        previous.lag = flooredLag;
        return;
    }
    if (m_commits.size() == m_windowLength)
        m_commits.removeFirst();
    m_commits.append(CommitSample{committedOffset, flooredLag, timeMs});
}

void LagWindow::addBrokerOffset(qint64 highWatermark)
{
    if (m_brokerOffsets.size() == m_windowLength)
        m_brokerOffsets.removeFirst();
    m_brokerOffsets.append(highWatermark);
}

void LagWindow::clear()
{
    m_commits.clear();
    m_brokerOffsets.clear();
}

LagStatusEvaluator::LagStatusEvaluator(const LagStatusConfig &config)
    : m_config(config)
{}

PartitionStatus LagStatusEvaluator::evaluate(const LagWindow &window, qint64 nowMs) const
{
    PartitionStatus result;
    const Commits &commits = window.commits();
    if (commits.isEmpty())
        return result;

    const CommitSample &first = commits.constFirst();
    const CommitSample &last = commits.constLast();
    result.complete = window.complete();
    result.currentLag = window.brokerOffsets().isEmpty()
                            ? last.lag
                            : std::max<qint64>(window.brokerOffsets().constLast() - last.offset, 0);
    result.status = result.complete < m_config.minimumComplete
                        ? LagStatus::Ok
                        : partitionRules(window, result.currentLag, nowMs, m_config);
    result.trend = trend(commits, m_config.steadyTolerance);

    const qint64 elapsedMs = last.timeMs - first.timeMs;
    if (elapsedMs > 0) {
        const double seconds = double(elapsedMs) / 1000.0;
        result.consumeRate = double(last.offset - first.offset) / seconds;
        result.produceRate = double((last.offset + last.lag) - (first.offset + first.lag)) / seconds;
    }
    if (result.currentLag == 0) {
        result.catchUp = {CatchUpEstimate::Kind::CaughtUp, 0.0};
    } else if (result.consumeRate) {
        const double gain = *result.consumeRate - *result.produceRate;
        if (gain > 0.0)
            result.catchUp = {CatchUpEstimate::Kind::Eta, double(result.currentLag) / gain};
        else
            result.catchUp = {CatchUpEstimate::Kind::Never, 0.0};
    }
    return result;
}

GroupStatus LagStatusEvaluator::evaluateGroup(const QList<PartitionStatus> &partitions) const
{
    GroupStatus group;
    int full = 0;
    for (qsizetype i = 0; i < partitions.size(); ++i) {
        const PartitionStatus &p = partitions[i];
        if (p.status == LagStatus::NotFound)
            continue;
        ++group.partitionCount;
        if (p.complete >= 1.0)
            ++full;
        if (p.status > group.worstPartitionStatus) {
            group.worstPartitionStatus = p.status;
            group.worstPartitionIndex = int(i);
        }
        if (__builtin_add_overflow(group.totalLag, p.currentLag, &group.totalLag))
            group.totalLag = std::numeric_limits<qint64>::max();
        if (group.maxLagIndex < 0 || p.currentLag > group.maxLag) {
            group.maxLag = p.currentLag;
            group.maxLagIndex = int(i);
        }
    }
    if (group.partitionCount > 0)
        group.complete = double(full) / group.partitionCount;
    // A group is as bad as its worst partition, but the partition-only states collapse into ERR.
    group.status =
        group.worstPartitionStatus >= LagStatus::Stop ? LagStatus::Err : group.worstPartitionStatus;
    return group;
}

} // namespace Tidewatch
