#pragma once

#include "BusinessConfig.h"
#include "BusinessEvent.h"
#include "BusinessSnapshot.h"

#include <QString>

#include <cstddef>
#include <memory>

namespace Tidewatch {

/// The pure aggregator of the business views: decoded events in, order / shipment / SLA state and
/// figures out, all on event time. Not thread-safe; the event collector owns one on its thread.
///
/// - The watermark is the newest event time seen (see setPartitionBehind() for catching up). An event more
/// than allowedLatenessMs behind it is
///   late: counted and listed, kept out of per-minute windows that have closed, and still applied to
///   its order or shipment if it is the newest event of that entity.
/// - An entity's current state is its event with the greatest event time (ties: the later one read),
///   except that finishing (delivered, cancelled, failed) is final: a finishing event sets the state
///   whatever its time, and no later or earlier event reopens the entity.
/// - An event more than kFutureToleranceMs ahead of its Kafka record timestamp is rejected
///   ("future-time"): one mistyped year must not move the watermark for good.
/// - Duplicates (same dedupe key) are counted and otherwise ignored; an (entity, status) transition
///   counts once in the windows however many topics report it.
/// - Finished entities leave after retentionMs of event time; the caps bound everything else.
class BusinessState
{
public:
    enum class Outcome
    {
        Applied,   ///< changed the state or the windows
        Late,      ///< behind the watermark by more than the allowed lateness (windows untouched)
        Duplicate, ///< seen before: ignored
        Rejected,  ///< its time is implausibly far ahead of its Kafka record's: recorded as rejected
    };

    explicit BusinessState(const BusinessConfig &config);
    ~BusinessState();
    BusinessState(const BusinessState &) = delete;
    BusinessState &operator=(const BusinessState &) = delete;

    /// Applies event @p event read from @p origin (origin.topic must be one of the config's topics).
    Outcome apply(const BusinessEvent &event, const EventOrigin &origin);
    /// Records a message the decoder rejected.
    void reject(const RejectedEvent &rejected);
    /// Tells whether @p partition of @p topic has unread messages (the collector knows its end offset).
    /// The watermark is the smallest newest-event-time among partitions that still have unread
    /// messages, so catching up on one partition faster than another does not make the other's events
    /// late; once every partition is read to its end it is the newest event time of all.
    void setPartitionBehind(const QString &topic, int partition, bool behind);
    /// Counts an empty message (a tombstone) of @p topic.
    void tombstone(const QString &topic);

    /// How far an event time may be ahead of its record's timestamp.
    static constexpr qint64 kFutureToleranceMs = 5 * 60 * 1000;

    /// Drops finished entities past their retention and dedupe keys older than the retention; call
    /// once per collector cycle. Returns the number of entities removed.
    int expire();

    /// The figures at the current watermark.
    /// Fills the per-topic counters it knows (events, rejected, late, duplicates, tombstones) in
    /// snapshot.topics, one row per configured topic; the collector adds the rest.
    BusinessSnapshot snapshot() const;

    qint64 watermarkMs() const;
    std::size_t trackedOrders() const;
    std::size_t trackedShipments() const;
    /// An estimate of the memory held (entities, keys, windows, lists), in bytes.
    std::size_t memoryBytes() const;
    const BusinessConfig &config() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace Tidewatch
