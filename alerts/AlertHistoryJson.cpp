#include "AlertHistoryJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Tidewatch {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> parseObject(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QString stateName(AlertState state)
{
    switch (state) {
    case AlertState::Pending:
        return QStringLiteral("pending");
    case AlertState::Firing:
        return QStringLiteral("firing");
    case AlertState::Inactive:
        break;
    }
    return QStringLiteral("inactive");
}

} // namespace

QString labelsToJson(const QList<QPair<QString, QString>> &labels)
{
    QJsonObject o;
    for (const auto &[name, value] : labels)
        o.insert(name, value);
    return compact(o);
}

QList<QPair<QString, QString>> labelsFromJson(const QString &json)
{
    QList<QPair<QString, QString>> labels;
    const auto o = parseObject(json);
    if (!o)
        return labels;
    for (auto it = o->begin(); it != o->end(); ++it)
        labels.append({it.key(), it.value().toString()});
    std::sort(labels.begin(), labels.end());
    return labels;
}

QString alertStateToJson(const ActiveAlert &alert)
{
    QJsonObject labels;
    for (const auto &[name, value] : alert.labels)
        labels.insert(name, value);
    return compact(QJsonObject{
        {QStringLiteral("rule"), alert.ruleName},
        {QStringLiteral("metric"), alert.metric},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("state"), stateName(alert.state)},
        {QStringLiteral("value"), alert.value},
        {QStringLiteral("activeSince"), alert.activeSinceMs},
        {QStringLiteral("firedAt"), alert.firedAtMs},
        {QStringLiteral("lastTrue"), alert.lastTrueMs},
        {QStringLiteral("keepFiringSince"), alert.keepFiringSinceMs},
        {QStringLiteral("summary"), alert.summary},
        {QStringLiteral("description"), alert.description},
        {QStringLiteral("severity"), alert.severity},
    });
}

std::optional<ActiveAlert> alertStateFromJson(const QString &json)
{
    const auto o = parseObject(json);
    if (!o)
        return std::nullopt;
    ActiveAlert alert;
    alert.ruleName = o->value(QStringLiteral("rule")).toString();
    alert.metric = o->value(QStringLiteral("metric")).toString();
    const QJsonObject labels = o->value(QStringLiteral("labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        alert.labels.append({it.key(), it.value().toString()});
    std::sort(alert.labels.begin(), alert.labels.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    const QString state = o->value(QStringLiteral("state")).toString();
    alert.state = state == QLatin1String("firing")    ? AlertState::Firing
                  : state == QLatin1String("pending") ? AlertState::Pending
                                                      : AlertState::Inactive;
    alert.value = o->value(QStringLiteral("value")).toDouble();
    alert.activeSinceMs = o->value(QStringLiteral("activeSince")).toInteger(-1);
    alert.firedAtMs = o->value(QStringLiteral("firedAt")).toInteger(-1);
    alert.lastTrueMs = o->value(QStringLiteral("lastTrue")).toInteger(-1);
    alert.keepFiringSinceMs = o->value(QStringLiteral("keepFiringSince")).toInteger(-1);
    alert.summary = o->value(QStringLiteral("summary")).toString();
    alert.description = o->value(QStringLiteral("description")).toString();
    alert.severity = o->value(QStringLiteral("severity")).toString();
    if (alert.ruleName.isEmpty() || alert.state == AlertState::Inactive)
        return std::nullopt;
    return alert;
}

QString silenceToJson(const Silence &silence)
{
    QJsonArray matchers;
    for (const LabelMatcher &m : silence.matchers)
        matchers.append(QJsonObject{{QStringLiteral("name"), m.name},
                                    {QStringLiteral("value"), m.value},
                                    {QStringLiteral("isRegex"), m.regex},
                                    {QStringLiteral("isEqual"), !m.negate}});
    return compact(QJsonObject{{QStringLiteral("id"), silence.id},
                               {QStringLiteral("matchers"), matchers},
                               {QStringLiteral("startsAt"), silence.startsAtMs},
                               {QStringLiteral("endsAt"), silence.endsAtMs},
                               {QStringLiteral("createdBy"), silence.createdBy},
                               {QStringLiteral("comment"), silence.comment}});
}

std::optional<Silence> silenceFromJson(const QString &json)
{
    const auto o = parseObject(json);
    if (!o)
        return std::nullopt;
    Silence s;
    s.id = o->value(QStringLiteral("id")).toString();
    for (const QJsonValue &v : o->value(QStringLiteral("matchers")).toArray()) {
        const QJsonObject m = v.toObject();
        s.matchers.append(LabelMatcher{
            m.value(QStringLiteral("name")).toString(), m.value(QStringLiteral("value")).toString(),
            m.value(QStringLiteral("isRegex")).toBool(), !m.value(QStringLiteral("isEqual")).toBool(true)});
    }
    s.startsAtMs = o->value(QStringLiteral("startsAt")).toInteger();
    s.endsAtMs = o->value(QStringLiteral("endsAt")).toInteger();
    s.createdBy = o->value(QStringLiteral("createdBy")).toString();
    s.comment = o->value(QStringLiteral("comment")).toString();
    if (s.id.isEmpty())
        return std::nullopt;
    return s;
}

} // namespace Tidewatch
