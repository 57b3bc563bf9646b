#include "LagTracker.h"

#include "LagMath.h"

#include <QCoreApplication>
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
// A group without members whose committed record is this old is taken for stopped on first sight.
constexpr qint64 kAbandonedAfterMs = 10 * 60 * 1000;

} // namespace

LagTracker::LagTracker(const LagStatusConfig &config, const LagHistoryConfig &history)
    : m_config(config)
    , m_history(history)
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
    auto it = m_partitions.find({topic, partition});
    if (it == m_partitions.end())
        it = m_partitions.insert({topic, partition}, PartitionState{OffsetHistory(m_history.fineCapacity),
                                                                    OffsetHistory(m_history.coarseCapacity,
                                                                                  m_history.coarseIntervalMs),
                                                                    RateCounter()});
    it->highWatermarks.append(highWatermark, nowMs);
    it->coarse.append(highWatermark, nowMs);
    return it->rate.add(double(highWatermark), nowMs).value_or(-1.0);
}

QList<LagTracker::Position>
LagTracker::recordTimesWanted(const QHash<QString, QHash<TopicPartition, qint64>> &committedByGroup,
                              const KafkaSnapshot &snapshot, int max, qint64 nowMs) const
{
    QList<QPair<qint64, Position>> candidates; // (lag in messages, position)
    QSet<Position> seen;
    for (const auto &committed : committedByGroup) {
        for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
            const TopicPartition &tp = it.key();
            const qint64 offset = it.value();
            const TopicInfo *topic = snapshot.topic(tp.first);
            if (!topic || tp.second < 0 || tp.second >= topic->partitions.size() || offset < 0)
                continue;
            const qint64 high = topic->partitions[tp.second].highWatermark;
            if (high < 0 || offset >= high)
                continue; // unknown end, or caught up: nothing to read
            if (const auto ps = m_partitions.constFind(tp); ps != m_partitions.cend() &&
                                                            ps->highWatermarks.size() >= 2 &&
                                                            offset >= ps->highWatermarks.oldest().offset)
                continue; // the fine history interpolates it exactly
            const Position position{tp, offset};
            if (seen.contains(position))
                continue;
            seen.insert(position);
            if (const auto cached = m_recordTimes.constFind(position);
                cached != m_recordTimes.cend() &&
                (cached->timestampMs >= 0 || nowMs - cached->readAtMs < kRecordRetryMs))
                continue;
            candidates.append({high - offset, position});
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QList<Position> out;
    for (qsizetype i = 0; i < candidates.size() && i < max; ++i)
        out.append(candidates[i].second);
    return out;
}

void LagTracker::addRecordTimes(const QHash<Position, RecordTime> &times, qint64 nowMs)
{
    for (auto it = times.cbegin(); it != times.cend(); ++it) {
        RecordTime t = it.value();
        t.readAtMs = nowMs;
        m_recordTimes.insert(it.key(), t);
        m_recordTimesUsed.insert(it.key()); // new this cycle: kept at least until the next one
    }
}

void LagTracker::endCycle()
{
    for (auto it = m_recordTimes.begin(); it != m_recordTimes.end();)
        it = m_recordTimesUsed.contains(it.key()) ? std::next(it) : m_recordTimes.erase(it);
    m_recordTimesUsed.clear();
}

TimeLag LagTracker::timeLag(const TopicPartition &tp, const PartitionState &ps, qint64 committed,
                            qint64 nowMs, TimeLagSource &source)
{
    const TimeLag fine = TimeLagEstimator::estimate(ps.highWatermarks, committed, nowMs);
    if (fine.kind == TimeLag::Kind::Exact) {
        source = TimeLagSource::History;
        return fine;
    }
    const Position position{tp, committed};
    const auto record = m_recordTimes.constFind(position);
    if (record != m_recordTimes.cend())
        m_recordTimesUsed.insert(position);
    const bool haveRecord = record != m_recordTimes.cend() && record->timestampMs >= 0;
    auto fromRecord = [&] {
        // A producer clock ahead of ours gives a record "from the future": lag 0, never negative.
        return TimeLag{TimeLag::Kind::Exact, TimeLag::Reason::None,
                       double(std::max<qint64>(0, nowMs - record->timestampMs)) / 1000.0};
    };
    // The broker's append time is the truth; our coarse samples are next; a producer's CreateTime
    // (often an event time passed on by a stream processor) only where neither answers.
    if (haveRecord && record->logAppendTime) {
        source = TimeLagSource::RecordAppend;
        return fromRecord();
    }
    const TimeLag coarse = TimeLagEstimator::estimate(ps.coarse, committed, nowMs);
    if (coarse.kind == TimeLag::Kind::Exact) {
        source = TimeLagSource::History;
        return coarse;
    }
    const TimeLag bound =
        coarse.isKnown() && (!fine.isKnown() || coarse.seconds > fine.seconds) ? coarse : fine;
    if (haveRecord) {
        const TimeLag created = fromRecord();
        if (!bound.isKnown() || created.seconds >= bound.seconds) {
            source = TimeLagSource::RecordCreate;
            return created;
        }
        // The history proves it older than the record claims: keep the proof.
    }
    // Both tiers only bound it from below: the longer history gives the better bound.
    source = bound.isKnown() ? TimeLagSource::History : TimeLagSource::Unknown;
    return bound;
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
        qint64 end = -1; // the high watermark, or the LSO for a read_committed group (lagEnd says which)
        if (const TopicInfo *topic = snapshot.topic(tp.first);
            topic && tp.second >= 0 && tp.second < topic->partitions.size()) {
            const PartitionInfo &info = topic->partitions[tp.second];
            out.highWatermark = info.highWatermark;
            low = info.lowWatermark;
            // Only an LSO read this cycle: an older one would make the lag look smaller than it is.
            const bool stableNow = group.readCommitted && info.lastStableOffset >= 0 &&
                                   info.lastStableReadAt.isValid() &&
                                   info.lastStableReadAt == snapshot.status.attemptedAt;
            end = stableNow ? info.lastStableOffset : out.highWatermark;
            if (end >= 0)
                out.lagEnd = stableNow ? QStringLiteral("lso") : QStringLiteral("hwm");
        }
        const auto commit = committed.constFind(tp);
        out.hasCommit = commit != committed.cend();
        out.committedOffset = out.hasCommit ? *commit : -1;

        const PartitionLag lag =
            LagMath::partitionLag(out.hasCommit ? std::optional<qint64>(out.committedOffset) : std::nullopt,
                                  end >= 0 ? std::optional<qint64>(end) : std::nullopt,
                                  low >= 0 ? std::optional<qint64>(low) : std::nullopt);
        out.lag = lag.isKnown() ? lag.lag : -1;
        if (!lag.isKnown())
            out.lagEnd.clear();
        clamped += lag.clamped ? 1 : 0;
        lags.append({tp.first, tp.second, lag});

        GroupPartitionState &gp = state.partitions[tp];
        if (out.hasCommit) {
            // Read without inserting: a group may name a partition whose topic is gone.
            static const PartitionState kNoHistory;
            const auto found = m_partitions.constFind(tp);
            const PartitionState &ps = found != m_partitions.cend() ? *found : kNoHistory;
            const TimeLag lagInTime = timeLag(tp, ps, out.committedOffset, nowMs, out.timeLagSource);
            if (lagInTime.isKnown()) {
                out.timeLagSeconds = lagInTime.seconds;
                out.timeLagIsLowerBound = lagInTime.kind == TimeLag::Kind::AtLeast;
                if (lagInTime.seconds > maxTimeLag) {
                    maxTimeLag = lagInTime.seconds;
                    maxTimeLagIsLowerBound = out.timeLagIsLowerBound;
                }
            }
            // Offsets that move while nobody is a member: an assign-only consumer (a Flink or Spark
            // Kafka source) that commits without joining.
            if (gp.lastCommitted >= 0 && out.committedOffset != gp.lastCommitted && group.members.isEmpty())
                state.committedWithoutMembers = true;
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
            out.consumeRatePerSecond = consumed;
            if (consumed >= 0 && produced >= 0) {
                consumeRate += consumed;
                produceRate += produced;
            } else {
                ratesKnown = false;
            }
        }
        if (end >= 0)
            gp.window.addBrokerOffset(end);
        const PartitionStatus status =
            out.hasCommit ? partitionStatus(gp.window, group, state, out, nowMs) : PartitionStatus{};
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

    if (state.firstSeenMs < 0)
        state.firstSeenMs = nowMs;
    if (group.totalLag >= 0) {
        state.totalLag.append({nowMs, group.totalLag});
        while (state.totalLag.size() > kTrendSamples)
            state.totalLag.removeFirst();
    }
    const bool anyCommit =
        std::any_of(partitions.cbegin(), partitions.cend(), [](const auto &p) { return p.hasCommit; });
    group.trend = ratesKnown && anyCommit ? groupTrend(state, produceRate, consumeRate)
                                          : groupTrend(state, std::nullopt, std::nullopt);
    group.consumeRatePerSecond = ratesKnown && anyCommit ? consumeRate : -1;
    group.catchUpSeconds = -1;
    group.notCatchingUp = false;
    // Within one commit interval of production counts as caught up, as for the status rules: a
    // consumer that keeps up never reaches exactly 0 while messages keep arriving.
    const double commitInterval = produceRate * kCommitSlackSeconds;
    const bool withinSlack =
        group.totalLag == 0 || (ratesKnown && anyCommit && double(group.totalLag) <= commitInterval);
    // Rates over the trailing minute differ by a commit interval's worth for a consumer that keeps up
    // (its commits trail by up to one interval): "never" needs a gap beyond that, as the trend does.
    const double spanSeconds =
        double(std::min<qint64>(kRateWindowMs, nowMs - std::max<qint64>(state.firstSeenMs, 0))) / 1000.0;
    const double gained = (consumeRate - produceRate) * spanSeconds;
    // A rate from committed offsets sampled at polls is off by up to one commit step over its window:
    // up to a commit interval's production either way; two intervals is beyond doubt.
    const double noise = std::max(1.0, 2 * commitInterval);
    if (withinSlack) {
        group.catchUpSeconds = 0;
    } else if (group.totalLag > 0 && group.consumeRatePerSecond >= 0) {
        if (consumeRate > produceRate)
            group.catchUpSeconds = double(group.totalLag) / (consumeRate - produceRate);
        else if (-gained > noise)
            group.notCatchingUp = true;
    }
    group.commitsWithoutMembers = group.members.isEmpty() && state.committedWithoutMembers;
    group.statusReason.clear();
    // Status, trend and catch-up tell one story: a group that cannot catch up, or whose lag keeps
    // growing, is not OK. Rates are trusted once the group was watched for half the rate window
    // (commits come in bursts), and only beyond two commit intervals of lag, so a consumer that keeps
    // up with a slow auto-commit does not flicker into WARN whenever a poll lands before its commit.
    const bool watchedLongEnough = nowMs - state.firstSeenMs >= kRateWindowMs / 2;
    const bool clearlyBehind = !withinSlack && double(group.totalLag) > 2 * commitInterval;
    if (group.status <= LagStatus::Ok && clearlyBehind && group.totalLag > 0 && watchedLongEnough) {
        if (group.notCatchingUp) {
            group.status = LagStatus::Warn;
            group.statusReason = QCoreApplication::translate(
                "LagTracker", "consumes slower than its topics grow: it will not catch up");
        } else if (group.trend == LagTrend::Growing) {
            group.status = LagStatus::Warn;
            group.statusReason = QCoreApplication::translate("LagTracker", "lag keeps growing");
        }
    }
    if (group.statusReason.isEmpty())
        group.statusReason = statusReason(group.status, anyCommit);
    return clamped;
}

PartitionStatus LagTracker::partitionStatus(const LagWindow &window, const ConsumerGroupInfo &group,
                                            const GroupState &state, const GroupPartitionLag &out,
                                            qint64 nowMs) const
{
    const QList<CommitSample> &commits = window.commits();
    if (commits.isEmpty())
        return {};
    const bool judged =
        window.complete() >= kMinimumComplete || nowMs - commits.constLast().timeMs >= kSilenceJudgedAfterMs;
    if (judged)
        return m_evaluator.evaluate(window, nowMs);
    if (commits.size() >= 2) {
        // Progress seen, but the window is still short: every rule applies except STOP, which needs the
        // consumer's commit rhythm (a pause after two commits is not a stopped consumer).
        PartitionStatus status = m_evaluator.evaluate(window, nowMs);
        if (status.status == LagStatus::Stop)
            status.status = LagStatus::Ok;
        return status;
    }
    // First sight. With no members and no commits of its own seen, nothing consumes this group's
    // partitions as far as we know; if its position is older than kAbandonedAfterMs it is taken for
    // stopped at once (a Flink or Spark source commits at every checkpoint, minutes at the most; its
    // first commit seen afterwards labels it and lifts this). Younger: judged after the window.
    if (group.members.isEmpty() && !state.committedWithoutMembers && out.lag > 0 &&
        out.timeLagSeconds * 1000.0 >= double(kAbandonedAfterMs)) {
        PartitionStatus status = m_evaluator.evaluate(window, nowMs);
        status.status = LagStatus::Stop;
        return status;
    }
    PartitionStatus status; // not judged yet
    status.currentLag = std::max<qint64>(0, out.lag);
    return status;
}

QString LagTracker::statusReason(LagStatus status, bool anyCommit)
{
    switch (status) {
    case LagStatus::NotFound:
        return anyCommit
                   ? QCoreApplication::translate("LagTracker", "not judged yet: too few commits observed")
                   : QCoreApplication::translate("LagTracker", "no committed offsets");
    case LagStatus::Ok:
        return {};
    case LagStatus::Warn:
        return QCoreApplication::translate("LagTracker", "lag grew at every commit in the window");
    case LagStatus::Err:
    case LagStatus::Stop:
        return QCoreApplication::translate("LagTracker", "behind and no progress for longer than the window");
    case LagStatus::Stall:
        return QCoreApplication::translate("LagTracker", "commits the same offset while behind");
    case LagStatus::Rewind:
        return QCoreApplication::translate("LagTracker", "the committed offset went backwards");
    }
    return {};
}

LagTrend LagTracker::groupTrend(const GroupState &state, std::optional<double> produceRate,
                                std::optional<double> consumeRate) const
{
    if (state.totalLag.size() < 3)
        return LagTrend::Unknown;
    if (produceRate && consumeRate) {
        // From the rates over the trailing minute: the lag moved by (produced - consumed) per second.
        // Less than one commit interval's production over the span is noise a poller always sees.
        // (A relative band would call a large backlog that grows by 1 % a minute "steady".)
        // Over the rates' own window (a minute once watched that long), as for "never" in fillGroup().
        const double spanSeconds =
            double(std::min<qint64>(kRateWindowMs, state.totalLag.constLast().first - state.firstSeenMs)) /
            1000.0;
        const double moved = (*produceRate - *consumeRate) * spanSeconds;
        const double noise = std::max(1.0, 2 * *produceRate * kCommitSlackSeconds);
        if (moved > noise)
            return LagTrend::Growing;
        if (moved < -noise)
            return LagTrend::Shrinking;
        return LagTrend::Steady;
    }
    const qint64 first = state.totalLag.constFirst().second;
    const qint64 last = state.totalLag.constLast().second;
    const double band = m_config.steadyTolerance * double(std::max(first, last));
    if (double(std::abs(last - first)) <= band)
        return LagTrend::Steady;
    return last > first ? LagTrend::Growing : LagTrend::Shrinking;
}

double LagTracker::produceRate(const QString &topic, int partition) const
{
    const auto it = m_partitions.constFind({topic, partition});
    return it == m_partitions.cend() ? -1 : rateOver(it->highWatermarks, kRateWindowMs);
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
