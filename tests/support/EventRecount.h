#pragma once

// The integration tests' own reading of the stack's event topics: kcat's bytes, parsed with
// QJsonDocument by rules written from the generator's schema (not the product's decoder), so that the
// event collector can be checked against an independent count.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Tidewatch::EventRecount {

/// Where a message is.
struct MessageKey
{
    QString topic;
    int partition = -1;
    qint64 offset = -1;
    friend bool operator==(const MessageKey &, const MessageKey &) = default;
};
size_t qHash(const MessageKey &k, size_t seed = 0);
QString toString(const MessageKey &k);

/// One message as kcat printed it.
struct Record
{
    MessageKey key;
    QByteArray headers;
    QByteArray value;
    bool null = false;
};

/// kcat's reading of [start, end) of one partition: offset, headers, length, then exactly that many
/// bytes of value (so a value may hold any byte).
QList<Record> kcatRead(const QString &topic, int partition, qint64 start, qint64 end, QString &error);

/// A lifecycle stage of an order.
enum class Stage
{
    Unknown,
    Created,
    Paid,
    Shipped,
    Delivered,
    Cancelled
};

/// The generator's status words (independent of the product's vocabulary).
Stage stageOf(const QString &status);

/// One message as the test reads it.
struct Parsed
{
    enum Kind
    {
        Invalid,
        Upsert,
        Delete,
        Tombstone,
        Skip
    };
    Kind kind = Invalid;
    QString entity; ///< order id (orders, orders-cdc) or shipment id
    QString status;
    qint64 timeMs = 0;
    QString dedupe; ///< event id, or the bytes for CDC
};

/// Parses one message of orders, shipments or orders-cdc: entity id, status and time required, typed
/// fields typed, Debezium envelopes (optionally schema-wrapped) unwrapped.
Parsed parse(const QString &topic, const Record &r);

/// One event of an entity.
struct Report
{
    qint64 timeMs = 0;
    QString status; ///< empty for a delete
    bool remove = false;
    bool cdc = false;
    MessageKey key;
};

/// The state an entity ends in: a delete that is its newest event removes it (returns ""); otherwise a
/// finishing event (delivered, cancelled, ...) is final whatever its time; otherwise the newest event
/// time wins. nullopt when equally decisive events disagree.
std::optional<QString> currentStatus(const QList<Report> &reports, const QSet<QString> &finishing);

/// The start of @p ms's event-time minute.
qint64 minuteOf(qint64 ms);

} // namespace Tidewatch::EventRecount
