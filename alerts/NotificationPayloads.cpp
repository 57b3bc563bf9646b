#include "NotificationPayloads.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace Tidewatch {

QString OutgoingAlert::fingerprint() const
{
    QList<QPair<QString, QString>> sorted = labels;
    std::sort(sorted.begin(), sorted.end());
    quint64 hash = 14695981039346656037ULL; // FNV-1a 64 offset basis
    const auto add = [&hash](const QByteArray &bytes) {
        for (const char c : bytes) {
            hash ^= quint8(c);
            hash *= 1099511628211ULL; // FNV 64 prime
        }
    };
    for (const auto &[name, value] : sorted) {
        add(name.toUtf8());
        add(QByteArray(1, char(0xff)));
        add(value.toUtf8());
        add(QByteArray(1, char(0xff)));
    }
    return QStringLiteral("%1").arg(hash, 16, 16, QLatin1Char('0'));
}

namespace NotificationPayloads {

namespace {

QJsonObject object(const QList<QPair<QString, QString>> &pairs)
{
    QJsonObject o;
    for (const auto &[name, value] : pairs)
        o.insert(name, value);
    return o;
}

} // namespace

QList<QList<OutgoingAlert>> batches(const QList<OutgoingAlert> &alerts, int size)
{
    QList<QList<OutgoingAlert>> out;
    for (qsizetype i = 0; i < alerts.size(); i += size)
        out.append(alerts.mid(i, size));
    return out;
}

QString timestamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QByteArray alertmanagerBody(const QList<OutgoingAlert> &alerts)
{
    QJsonArray array;
    for (const OutgoingAlert &alert : alerts) {
        QJsonObject o;
        o.insert(QStringLiteral("labels"), object(alert.labels));
        if (!alert.annotations.isEmpty())
            o.insert(QStringLiteral("annotations"), object(alert.annotations));
        o.insert(QStringLiteral("startsAt"), timestamp(alert.startsAtMs));
        o.insert(QStringLiteral("endsAt"), timestamp(alert.endsAtMs));
        if (!alert.generatorUrl.isEmpty())
            o.insert(QStringLiteral("generatorURL"), alert.generatorUrl);
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray webhookBody(const QList<OutgoingAlert> &alerts, const QString &source)
{
    QJsonArray array;
    bool allResolved = !alerts.isEmpty();
    for (const OutgoingAlert &alert : alerts) {
        allResolved = allResolved && alert.resolved;
        QJsonObject o;
        o.insert(QStringLiteral("status"),
                 alert.resolved ? QStringLiteral("resolved") : QStringLiteral("firing"));
        o.insert(QStringLiteral("labels"), object(alert.labels));
        o.insert(QStringLiteral("annotations"), object(alert.annotations));
        o.insert(QStringLiteral("startsAt"), timestamp(alert.startsAtMs));
        o.insert(QStringLiteral("endsAt"),
                 alert.resolved ? QJsonValue(timestamp(alert.endsAtMs)) : QJsonValue());
        o.insert(QStringLiteral("generatorURL"), alert.generatorUrl);
        o.insert(QStringLiteral("fingerprint"), alert.fingerprint());
        // JSON has no NaN or infinity: such a value is sent as null.
        o.insert(QStringLiteral("value"),
                 std::isfinite(alert.value) ? QJsonValue(alert.value) : QJsonValue());
        array.append(o);
    }
    QJsonObject body;
    body.insert(QStringLiteral("version"), QStringLiteral("1"));
    body.insert(QStringLiteral("source"), source);
    body.insert(QStringLiteral("status"),
                allResolved ? QStringLiteral("resolved") : QStringLiteral("firing"));
    body.insert(QStringLiteral("alerts"), array);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace NotificationPayloads

} // namespace Tidewatch
