#include "LagTracker.h"

#include "LagMath.h"
#include "TimeLagEstimator.h"

#include <QSet>

#include <algorithm>

namespace Tidewatch {

namespace {

// Rates for the catch-up estimate are taken over a trailing minute: commits arrive in bursts (every
// commit interval), so a per-cycle rate would swing between zero and several times the real one.
constexpr qint64 kRateWindowMs = 60000;
constexpr int kTrendSamples = 30;
// A poller sees offset changes, not commits. Burrow's STOP rule ("silent for longer than the window
// spans") fires on a window of one or two changes after any pause, so a window is judged only once
// it is half full, or once its newest commit has not moved for a minute (a group that stopped for
// good, or was first seen after it stopped, still gets its STOP).
constexpr double kMinimumComplete = 0.5;
constexpr qint64 kSilenceJudgedAfterMs = 60000;
// A consumer that keeps up still shows a few messages of lag to a poller: what arrived since its last
// commit. Lag within what the partition produces in one default commit interval (5 s) counts as
// caught up for the status rules, so "keeps up" reads OK instead of flickering into WARN.
constexpr double kCommitSlackSeconds = 5.0;

} // namespace

LagTracker::LagTracker(const LagStatusConfig &config)
    : m_config(config)
    , m_evaluator(config)
{}

double LagTracker::rateOver(const OffsetHistory &history, qint64 windowMs)
{
    if (history.size() < 2)
        return -1;
    const OffsetSample &last = history.latest();
    int first = history.size() - 2;
    while (first > 0 && last.timeMs - history.at(first - 1).timeMs <= windowMs)
        --first;
    const OffsetSample &start = history.at(first);
    const qint64 dt = last.timeMs - start.timeMs;
    if (dt < 1000)
        return -1;
    return double(last.offset - start.offset) * 1000.0 / double(dt);
}

double LagTracker::recordHighWatermark(const QString &topic, int partition, qint64 highWatermark,
                                       qint64 nowMs)
{
    if (highWatermark < 0)
        return -1;
    PartitionState &state = m_partitions[{topic, partition}];
    state.highWatermarks.append(highWatermark, nowMs);
    return state.rate.add(double(highWatermark), nowMs).value_or(-1.0);
}

int LagTracker::fillGroup(ConsumerGroupInfo &group, const QHash<TopicPartition, qint64> &committed,
                          const KafkaSnapshot &snapshot, qint64 nowMs)
{
    // Every partition the group committed for, plus every partition assigned to a member.
    QHash<TopicPartition, QString> owner;
    for (const GroupMember &m : group.members) {
        for (const auto &tp : m.assignment)
            owner.insert(tp, m.clientId);
    }
    QSet<TopicPartition> keys(owner.keyBegin(), owner.keyEnd());
    for (auto it = committed.cbegin(); it != committed.cend(); ++it)
        keys.insert(it.key());
    if (keys.isEmpty() && !group.partitions.isEmpty())
        return 0; // nothing new (offsets failed this cycle): keep what the caller carried over
    QList<TopicPartition> sorted(keys.cbegin(), keys.cend());
    std::sort(sorted.begin(), sorted.end());

    GroupState &state = m_groups[group.groupId];
    QList<TopicPartitionLag> lags;
    QList<PartitionStatus> statuses;
    QList<GroupPartitionLag> partitions;
    int clamped = 0;
    double consumeRate = 0;
    double produceRate = 0;
    bool ratesKnown = true;
    double maxTimeLag = -1;
    bool maxTimeLagIsLowerBound = false;
    for (const TopicPartition &tp : sorted) {
        GroupPartitionLag out;
        out.topic = tp.first;
        out.partition = tp.second;
        out.memberClientId = owner.value(tp);
        qint64 low = -1;
        if (const TopicInfo *topic = snapshot.topic(tp.first);
            topic && tp.second >= 0 && tp.second < topic->partitions.size()) {
            out.highWatermark = topic->partitions[tp.second].highWatermark;
            low = topic->partitions[tp.second].lowWatermark;
        }
        const auto commit = committed.constFind(tp);
        out.hasCommit = commit != committed.cend();
        out.committedOffset = out.hasCommit ? *commit : -1;

        const PartitionLag lag = LagMath::partitionLag(
            out.hasCommit ? std::optional<qint64>(out.committedOffset) : std::nullopt,
            out.highWatermark >= 0 ? std::optional<qint64>(out.highWatermark) : std::nullopt,
            low >= 0 ? std::optional<qint64>(low) : std::nullopt);
        out.lag = lag.isKnown() ? lag.lag : -1;
        clamped += lag.clamped ? 1 : 0;
        lags.append({tp.first, tp.second, lag});

        GroupPartitionState &gp = state.partitions[tp];
        if (out.hasCommit) {
            // Read without inserting: a group may name a partition whose topic is gone.
            static const PartitionState kNoHistory;
            const auto found = m_partitions.constFind(tp);
            const PartitionState &ps = found != m_partitions.cend() ? *found : kNoHistory;
            const TimeLag timeLag = TimeLagEstimator::estimate(ps.highWatermarks, out.committedOffset, nowMs);
            if (timeLag.isKnown()) {
                out.timeLagSeconds = timeLag.seconds;
                out.timeLagIsLowerBound = timeLag.kind == TimeLag::Kind::AtLeast;
                if (timeLag.seconds > maxTimeLag) {
                    maxTimeLag = timeLag.seconds;
                    maxTimeLagIsLowerBound = out.timeLagIsLowerBound;
                }
            }
            // Burrow's window takes commits, not polls: only a changed offset is a new commit, so a
            // consumer that stopped committing ages into STOP instead of looking alive.
            if (out.committedOffset != gp.lastCommitted && lag.isKnown()) {
                const double producing = std::max(0.0, rateOver(ps.highWatermarks, kRateWindowMs));
                const qint64 slack = qint64(producing * kCommitSlackSeconds);
                gp.window.addCommit(out.committedOffset, std::max<qint64>(0, lag.lag - slack), nowMs);
                gp.lastCommitted = out.committedOffset;
            }
            gp.commits.append(out.committedOffset, nowMs);
            const double consumed = rateOver(gp.commits, kRateWindowMs);
            const double produced = rateOver(ps.highWatermarks, kRateWindowMs);
            if (consumed >= 0 && produced >= 0) {
                consumeRate += consumed;
                produceRate += produced;
            } else {
                ratesKnown = false;
            }
        }
        if (out.highWatermark >= 0)
            gp.window.addBrokerOffset(out.highWatermark);
        const bool judged = out.hasCommit && !gp.window.commits().isEmpty() &&
                            (gp.window.complete() >= kMinimumComplete ||
                             nowMs - gp.window.commits().constLast().timeMs >= kSilenceJudgedAfterMs);
        const PartitionStatus status = judged ? m_evaluator.evaluate(gp.window, nowMs) : PartitionStatus{};
        out.status = status.status;
        statuses.append(status);
        partitions.append(out);
    }
    // Forget partitions the group no longer has.
    for (auto it = state.partitions.begin(); it != state.partitions.end();) {
        it = keys.contains(it.key()) ? std::next(it) : state.partitions.erase(it);
    }

    const LagTotals totals = LagMath::totals(lags);
    group.partitions = partitions;
    group.totalLag = totals.hasKnownLag() ? totals.sum : -1;
    group.maxLag = totals.hasKnownLag() ? totals.max : -1;
    group.maxTimeLagSeconds = maxTimeLag;
    group.maxTimeLagIsLowerBound = maxTimeLagIsLowerBound;
    const GroupStatus groupStatus = m_evaluator.evaluateGroup(statuses);
    // Operators read the worst partition's word (STOP, STALL, REWIND) rather than Burrow's "ERR".
    group.status = groupStatus.worstPartitionStatus;

    if (group.totalLag >= 0) {
        state.totalLag.append({nowMs, group.totalLag});
        while (state.totalLag.size() > kTrendSamples)
            state.totalLag.removeFirst();
    }
    group.trend = groupTrend(state);
    const bool anyCommit =
        std::any_of(partitions.cbegin(), partitions.cend(), [](const auto &p) { return p.hasCommit; });
    group.consumeRatePerSecond = ratesKnown && anyCommit ? consumeRate : -1;
    group.catchUpSeconds = -1;
    group.notCatchingUp = false;
    // Within one commit interval of production counts as caught up, as for the status rules: a
    // consumer that keeps up never reaches exactly 0 while messages keep arriving.
    if (group.totalLag == 0 ||
        (ratesKnown && anyCommit && double(group.totalLag) <= produceRate * kCommitSlackSeconds)) {
        group.catchUpSeconds = 0;
    } else if (group.totalLag > 0 && group.consumeRatePerSecond >= 0) {
        if (consumeRate > produceRate)
            group.catchUpSeconds = double(group.totalLag) / (consumeRate - produceRate);
        else
            group.notCatchingUp = true;
    }
    return clamped;
}

LagTrend LagTracker::groupTrend(const GroupState &state) const
{
    if (state.totalLag.size() < 3)
        return LagTrend::Unknown;
    const qint64 first = state.totalLag.constFirst().second;
    const qint64 last = state.totalLag.constLast().second;
    const double band = m_config.steadyTolerance * double(std::max(first, last));
    if (double(std::abs(last - first)) <= band)
        return LagTrend::Steady;
    return last > first ? LagTrend::Growing : LagTrend::Shrinking;
}

void LagTracker::forgetPartitionsExcept(const QList<TopicInfo> &topics)
{
    QSet<TopicPartition> alive;
    for (const TopicInfo &t : topics) {
        for (const PartitionInfo &p : t.partitions)
            alive.insert({t.name, p.partition});
    }
    for (auto it = m_partitions.begin(); it != m_partitions.end();)
        it = alive.contains(it.key()) ? std::next(it) : m_partitions.erase(it);
}

void LagTracker::forgetGroupsExcept(const QList<ConsumerGroupInfo> &groups)
{
    QSet<QString> alive;
    for (const ConsumerGroupInfo &g : groups)
        alive.insert(g.groupId);
    for (auto it = m_groups.begin(); it != m_groups.end();)
        it = alive.contains(it.key()) ? std::next(it) : m_groups.erase(it);
}

} // namespace Tidewatch
