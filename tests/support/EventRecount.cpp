#include "EventRecount.h"

#include "StackTools.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <algorithm>
#include <limits>

namespace Tidewatch::EventRecount {

using namespace Qt::StringLiterals;

size_t qHash(const MessageKey &k, size_t seed)
{
    return qHashMulti(seed, k.topic, k.partition, k.offset);
}
QString toString(const MessageKey &k)
{
    return u"%1[%2]@%3"_s.arg(k.topic).arg(k.partition).arg(k.offset);
}

QList<Record> kcatRead(const QString &topic, int partition, qint64 start, qint64 end, QString &error)
{
    QList<Record> out;
    if (end <= start)
        return out;
    QProcess kcat;
    kcat.start(u"kcat"_s,
               {u"-C"_s, u"-q"_s, u"-e"_s, u"-b"_s, QString::fromLatin1(StackTools::kBootstrap), u"-t"_s,
                topic, u"-p"_s, QString::number(partition), u"-o"_s, QString::number(start), u"-c"_s,
                QString::number(end - start), u"-f"_s, u"%o\\t%h\\t%S\\t%s\\n"_s});
    if (!kcat.waitForFinished(180000) || kcat.exitCode() != 0) {
        error = u"kcat failed on %1[%2]: %3"_s.arg(topic).arg(partition).arg(
            QString::fromUtf8(kcat.readAllStandardError()));
        return out;
    }
    const QByteArray data = kcat.readAllStandardOutput();
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype t1 = data.indexOf('\t', pos);
        const qsizetype t2 = t1 < 0 ? -1 : data.indexOf('\t', t1 + 1);
        const qsizetype t3 = t2 < 0 ? -1 : data.indexOf('\t', t2 + 1);
        if (t3 < 0) {
            error = u"unexpected kcat output at byte %1"_s.arg(pos);
            return out;
        }
        Record r;
        r.key = {topic, partition, data.mid(pos, t1 - pos).toLongLong()};
        r.headers = data.mid(t1 + 1, t2 - t1 - 1);
        const qint64 length = data.mid(t2 + 1, t3 - t2 - 1).toLongLong();
        r.null = length < 0;
        r.value = data.mid(t3 + 1, std::max<qint64>(0, length));
        pos = t3 + 1 + std::max<qint64>(0, length) + 1; // the value, then the newline
        out.append(r);
    }
    return out;
}

Stage stageOf(const QString &status)
{
    static const QHash<QString, Stage> stages = {
        {u"created"_s, Stage::Created},     {u"paid"_s, Stage::Paid},
        {u"packed"_s, Stage::Paid},         {u"shipped"_s, Stage::Shipped},
        {u"delivered"_s, Stage::Delivered}, {u"cancelled"_s, Stage::Cancelled}};
    return stages.value(status.toLower(), Stage::Unknown);
}

namespace {

std::optional<qint64> timeOf(const QJsonValue &v)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    if (v.isString()) {
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (t.isValid())
            return t.toMSecsSinceEpoch();
    }
    return std::nullopt;
}

bool isText(const QJsonObject &o, const QString &key)
{
    return o.value(key).isString() && !o.value(key).toString().isEmpty();
}

bool optionalText(const QJsonObject &o, const QString &key)
{
    return !o.contains(key) || o.value(key).isNull() || o.value(key).isString();
}

bool optionalNumber(const QJsonObject &o, const QString &key)
{
    return !o.contains(key) || o.value(key).isDouble() || o.value(key).isNull();
}

bool optionalTime(const QJsonObject &o, const QString &key)
{
    return !o.contains(key) || o.value(key).isNull() || timeOf(o.value(key)).has_value();
}

} // namespace

Parsed parse(const QString &topic, const Record &r)
{
    Parsed p;
    if (r.null || r.value.isEmpty()) {
        p.kind = Parsed::Tombstone;
        return p;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.value, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return p;
    QJsonObject o = doc.object();
    if (topic == u"orders-cdc"_s) {
        if (o.value(u"payload"_s).isObject() && o.contains(u"schema"_s))
            o = o.value(u"payload"_s).toObject();
        const QString op = o.value(u"op"_s).toString();
        if (op == u"t"_s || op == u"m"_s) {
            p.kind = Parsed::Skip;
            return p;
        }
        if (op != u"c"_s && op != u"u"_s && op != u"r"_s && op != u"d"_s)
            return p;
        const QJsonObject row = o.value(op == u"d"_s ? u"before"_s : u"after"_s).toObject();
        const QJsonValue sourceTime = o.value(u"source"_s).toObject().value(u"ts_ms"_s);
        const std::optional<qint64> t =
            sourceTime.isDouble() ? timeOf(sourceTime) : timeOf(o.value(u"ts_ms"_s));
        if (!isText(row, u"order_id"_s) || !t || (op != u"d"_s && !isText(row, u"status"_s)))
            return p;
        p.kind = op == u"d"_s ? Parsed::Delete : Parsed::Upsert;
        p.entity = row.value(u"order_id"_s).toString();
        p.status = row.value(u"status"_s).toString();
        p.timeMs = *t;
        p.dedupe = QString::fromLatin1(r.value.toBase64());
        return p;
    }
    const bool orders = topic == u"orders"_s;
    const QString id = orders ? u"order_id"_s : u"shipment_id"_s;
    const QString status = orders ? u"event_type"_s : u"status"_s;
    const std::optional<qint64> t = timeOf(o.value(u"event_time"_s));
    if (!isText(o, id) || !isText(o, status) || !t || !optionalText(o, u"order_id"_s) ||
        !optionalText(o, u"shipment_id"_s) || !optionalNumber(o, u"amount"_s) ||
        !optionalTime(o, u"ship_by"_s) || !optionalTime(o, u"promised_delivery"_s) ||
        !optionalTime(o, u"eta"_s))
        return p;
    if (o.contains(u"hub"_s)) {
        const QJsonObject hub = o.value(u"hub"_s).toObject();
        if (!optionalNumber(hub, u"lat"_s) || !optionalNumber(hub, u"lon"_s))
            return p;
    }
    p.kind = Parsed::Upsert;
    p.entity = o.value(id).toString();
    p.status = o.value(status).toString();
    p.timeMs = *t;
    p.dedupe = o.value(u"event_id"_s).toString();
    return p;
}

std::optional<QString> currentStatus(const QList<Report> &reports, const QSet<QString> &finishing)
{
    qint64 newest = std::numeric_limits<qint64>::min();
    for (const Report &r : reports)
        newest = std::max(newest, r.timeMs);
    QSet<QString> statuses;
    QSet<QString> finishedAs;
    for (const Report &r : reports) {
        if (r.remove && r.timeMs == newest)
            return QString();
        if (r.remove)
            continue;
        if (finishing.contains(r.status.toLower()))
            finishedAs.insert(r.status);
        if (r.timeMs == newest)
            statuses.insert(r.status);
    }
    const QSet<QString> &decisive = finishedAs.isEmpty() ? statuses : finishedAs;
    if (decisive.size() != 1)
        return std::nullopt;
    return *decisive.cbegin();
}

qint64 minuteOf(qint64 ms)
{
    return ms - ms % 60000;
}

} // namespace Tidewatch::EventRecount
