#include "EventTopicCollector.h"

#include "BusinessState.h"
#include "EventDecoder.h"
#include "EventTopicReader.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

namespace Tidewatch {

EventTopicCollector::EventTopicCollector(ClusterProfile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_state(std::make_unique<BusinessState>(m_profile.business))
{
    m_decoders.reserve(size_t(m_profile.business.topics.size()));
    for (const EventTopicConfig &topic : std::as_const(m_profile.business.topics))
        m_decoders.push_back(std::make_unique<EventDecoder>(topic));
    m_rates.resize(size_t(m_profile.business.topics.size()));
    m_clock.start();
}

EventTopicCollector::~EventTopicCollector() = default;

void EventTopicCollector::setStartTimeMs(qint64 epochMs)
{
    m_startTimeMs = epochMs;
}

void EventTopicCollector::start()
{
    m_stopped = false;
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &EventTopicCollector::cycle);
    }
    cycle();
}

void EventTopicCollector::stop()
{
    m_stopped = true;
    if (m_timer)
        m_timer->stop();
}

void EventTopicCollector::cycle()
{
    if (m_stopped)
        return;
    const bool more = collectOnce();
    const bool caughtUpNow = !m_announcedCaughtUp && caughtUp();
    publish(caughtUpNow);
    if (caughtUpNow) {
        m_announcedCaughtUp = true;
        Q_EMIT caughtUpWithStart();
    }
    // Behind: go on as soon as the event loop has run (stop() and queued calls get through);
    // caught up: a short pause, the topics' new events wait for the next cycle in librdkafka's queue.
    if (!m_stopped)
        m_timer->start(more ? 0 : kIdleIntervalMs);
}

QString EventTopicCollector::excerpt(std::string_view payload, int maxBytes)
{
    std::size_t length = std::min(payload.size(), std::size_t(std::max(0, maxBytes)));
    // Do not cut a UTF-8 sequence: step back over continuation bytes to the start of the last one.
    if (length < payload.size()) {
        // At most three steps: a binary payload full of continuation bytes still gets an excerpt.
        for (int steps = 0;
             steps < 3 && length > 0 && (static_cast<unsigned char>(payload[length]) & 0xC0) == 0x80; ++steps)
            --length;
    }
    QString text = QString::fromUtf8(payload.data(), qsizetype(length));
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        // Control characters, line and paragraph separators, and bidirectional overrides would break
        // the table row or disguise the text.
        if (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0) || u == 0x2028 || u == 0x2029 ||
            (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            c = QChar::ReplacementCharacter;
    }
    return text;
}

bool EventTopicCollector::collectOnce(int budgetMs)
{
    QElapsedTimer clock;
    clock.start();
    const QDeadlineTimer budget(budgetMs);
    m_status.attemptedAt = QDateTime::currentDateTimeUtc();
    if (!m_reader) {
        qint64 start = -1;
        if (m_startTimeMs)
            start = *m_startTimeMs;
        else if (m_profile.business.startMinutes > 0)
            start =
                m_status.attemptedAt.toMSecsSinceEpoch() - qint64(m_profile.business.startMinutes) * 60000;
        QStringList names;
        for (const EventTopicConfig &topic : std::as_const(m_profile.business.topics))
            names << topic.topic;
        m_reader = std::make_unique<EventTopicReader>(m_profile, names, start);
    }
    m_reader->refresh();
    updatePartitionsBehind();

    const qint64 wallNow = m_status.attemptedAt.toMSecsSinceEpoch();
    const auto &topics = m_profile.business.topics;
    const auto sink = [&](const EventTopicReader::Message &m) {
        EventDecoder &decoder = *m_decoders[size_t(m.topicIndex)];
        EventOrigin origin;
        origin.topic = topics[m.topicIndex].topic;
        origin.partition = m.partition;
        origin.offset = m.offset;
        origin.timestampMs = m.timestampMs;
        switch (decoder.decode(m.payload)) {
        case EventDecoder::Result::Event:
            m_state->apply(decoder.event(), origin);
            break;
        case EventDecoder::Result::Tombstone:
            m_state->tombstone(origin.topic);
            break;
        case EventDecoder::Result::Skipped:
            break;
        case EventDecoder::Result::Rejected: {
            RejectedEvent rejected;
            rejected.origin = origin;
            rejected.reason = decoder.reason();
            rejected.reasonKind = decoder.reasonKind();
            rejected.excerpt = excerpt(m.payload);
            rejected.seenAtMs = wallNow;
            m_state->reject(rejected);
            break;
        }
        }
    };
    // Once caught up, wait a little for new events in each batch; while behind, take what is there.
    const qint64 read = m_reader->consume(sink, budget, 50);
    if (read > 0)
        m_lastEventAt = QDateTime::currentDateTimeUtc();
    updatePartitionsBehind();
    // Expiry walks every tracked entity (about 0.1 s at 200,000 orders): once a second is plenty for
    // retentions of minutes, where once per (short) cycle would take a third of the thread.
    if (!m_sinceExpire.isValid() || m_sinceExpire.elapsed() >= kExpireIntervalMs) {
        m_state->expire();
        m_sinceExpire.start();
    }

    m_status.reachable = m_reader->reachable();
    m_status.error = m_reader->error();
    if (m_status.reachable)
        m_status.lastSuccessAt = m_status.attemptedAt;
    m_status.durationMs = clock.elapsed();
    m_status.requestCount = m_reader->takeRequestCount();
    return m_reader->moreWaiting();
}

void EventTopicCollector::updatePartitionsBehind()
{
    // The aggregator holds its watermark back for partitions with unread messages, so catching up
    // on one partition faster than another does not make the other's events late.
    // A partition that stays behind without moving (no read rights, a leader gone for good, a fetch
    // error) would hold the watermark for ever while everything else looks live: after kStallMs it no
    // longer holds it, and its topic row says which partition is stuck where.
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const auto &topics = m_reader->topics();
    m_stalled.clear();
    for (qsizetype i = 0; i < topics.size(); ++i) {
        for (auto it = topics[i].partitions.cbegin(); it != topics[i].partitions.cend(); ++it) {
            const QPair<int, int> key{int(i), it.key()};
            Progress &progress = m_progress[key];
            if (progress.sinceMs == 0 || progress.position != it->position)
                progress = {it->position, nowMs};
            bool behind = it->position < it->endOffset;
            if (behind && nowMs - progress.sinceMs > kStallMs) {
                behind = false;
                m_stalled[int(i)].append(tr("partition %1 makes no progress at offset %2 of %3")
                                             .arg(it.key())
                                             .arg(it->position)
                                             .arg(it->endOffset));
            }
            const auto known = m_behind.constFind(key);
            if (known != m_behind.cend() && *known == behind)
                continue;
            m_behind.insert(key, behind);
            m_state->setPartitionBehind(topics[i].name, it.key(), behind);
        }
    }
}

BusinessSnapshot EventTopicCollector::collectUntilCaughtUp(const QDeadlineTimer &deadline)
{
    for (;;) {
        const int budget = int(std::clamp<qint64>(deadline.remainingTime(), 1, kCycleBudgetMs));
        collectOnce(budget);
        // An unreachable cluster ends the wait at once: the snapshot says so (as the Kafka one does).
        if (!m_reader->reachable() || m_reader->caughtUp() || deadline.hasExpired())
            break;
    }
    return snapshot();
}

bool EventTopicCollector::caughtUp() const
{
    return m_reader && m_reader->reachable() && m_reader->caughtUp();
}

BusinessSnapshot EventTopicCollector::snapshot() const
{
    BusinessSnapshot s = m_state->snapshot();
    s.clusterName = m_profile.name;
    s.status = m_status;
    s.lastEventAt = m_lastEventAt;
    const auto &configured = m_profile.business.topics;
    for (qsizetype i = 0; i < configured.size(); ++i) {
        auto row = std::find_if(s.topics.begin(), s.topics.end(),
                                [&](const EventTopicStatus &t) { return t.topic == configured[i].topic; });
        if (row == s.topics.end()) {
            EventTopicStatus added;
            added.topic = configured[i].topic;
            added.kind = configured[i].kind;
            added.format = configured[i].format;
            row = s.topics.insert(s.topics.end(), added);
        }
        if (!m_reader || i >= m_reader->topics().size())
            continue;
        const EventTopicReader::TopicState &read = m_reader->topics()[i];
        row->partitions = int(read.partitions.size());
        row->messages = read.messages;
        row->lag = read.lag();
        row->error = read.error;
        if (const auto stalled = m_stalled.constFind(int(i)); stalled != m_stalled.cend()) {
            const QString stuck = stalled->join(QStringLiteral("; "));
            row->error = row->error.isEmpty() ? stuck : row->error + QStringLiteral("; ") + stuck;
        }
        if (const auto rate = m_rates[size_t(i)].rate())
            row->messagesPerSecond = *rate;
    }
    return s;
}

void EventTopicCollector::publish(bool force)
{
    // A status change shows at once; figures at most about once a second.
    const bool statusChanged = m_status.reachable != m_publishedReachable;
    if (m_sincePublish.isValid() && m_sincePublish.elapsed() < kPublishIntervalMs && !statusChanged && !force)
        return;
    m_sincePublish.start();
    m_publishedReachable = m_status.reachable;
    if (m_reader) {
        const qint64 now = m_clock.elapsed();
        for (qsizetype i = 0; i < m_reader->topics().size() && size_t(i) < m_rates.size(); ++i)
            m_rates[size_t(i)].add(double(m_reader->topics()[i].messages), now);
    }
    Q_EMIT snapshotReady(snapshot());
}

} // namespace Tidewatch
