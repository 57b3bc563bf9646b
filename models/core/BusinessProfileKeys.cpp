#include "BusinessProfileKeys.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>
#include <limits>
#include <map>

namespace Tidewatch::BusinessProfileKeys {

namespace {

using namespace Qt::StringLiterals;

/// Texts are marked with QT_TRANSLATE_NOOP so that lupdate files them under ProfileStore, the
/// context they are looked up in.
QString translated(const char *text)
{
    return QCoreApplication::translate("ProfileStore", text);
}

QString settingText(const QSettings &settings, const QString &key)
{
    // A value with commas comes back from QSettings as a list.
    const QVariant v = settings.value(key);
    return v.typeId() == QMetaType::QStringList ? v.toStringList().join(u',') : v.toString().trimmed();
}

const std::pair<const char *, OrderStage> kOrderStages[] = {
    {"created", OrderStage::Created},     {"paid", OrderStage::Paid},
    {"shipped", OrderStage::Shipped},     {"delivered", OrderStage::Delivered},
    {"cancelled", OrderStage::Cancelled},
};
const std::pair<const char *, ShipmentStage> kShipmentStages[] = {
    {"created", ShipmentStage::Created},      {"at-hub", ShipmentStage::AtHub},
    {"in-transit", ShipmentStage::InTransit}, {"delayed", ShipmentStage::Delayed},
    {"delivered", ShipmentStage::Delivered},  {"failed", ShipmentStage::Failed},
};

/// Reads a whole number ≥ @p minimum under @p key (if present) into @p out.
template<typename T>
bool settingNumber(const QSettings &settings, const QString &key, qint64 minimum, qint64 scale, T &out,
                   QString &error)
{
    if (!settings.contains(key))
        return true;
    bool ok = false;
    const qint64 v = settingText(settings, key).toLongLong(&ok);
    if (!ok || v < minimum) {
        error = translated(QT_TRANSLATE_NOOP("ProfileStore", "%1 must be a whole number ≥ %2"))
                    .arg(key)
                    .arg(minimum);
        return false;
    }
    // v * scale must fit T (no overflow, no truncation to int).
    const qint64 maximum =
        qint64(std::min<quint64>(std::numeric_limits<T>::max(), std::numeric_limits<qint64>::max())) / scale;
    if (v > maximum) {
        error = translated(QT_TRANSLATE_NOOP("ProfileStore", "%1 is too large (at most %2)"))
                    .arg(key)
                    .arg(maximum);
        return false;
    }
    out = T(v * scale);
    return true;
}

bool readTopic(const QSettings &settings, const QString &prefix, EventTopicConfig &topic, QString &error)
{
    topic.topic = settingText(settings, prefix + u"topic"_s);
    if (topic.topic.isEmpty()) {
        error = translated(QT_TRANSLATE_NOOP("ProfileStore", "%1topic is missing")).arg(prefix);
        return false;
    }
    EventKind kind = EventKind::Order;
    if (settings.contains(prefix + u"kind"_s) &&
        !parseEventKind(settingText(settings, prefix + u"kind"_s), kind)) {
        error =
            translated(QT_TRANSLATE_NOOP("ProfileStore", "%1kind must be orders or shipments")).arg(prefix);
        return false;
    }
    EventFormat format = EventFormat::Json;
    if (settings.contains(prefix + u"format"_s) &&
        !parseEventFormat(settingText(settings, prefix + u"format"_s), format)) {
        error =
            translated(QT_TRANSLATE_NOOP("ProfileStore", "%1format must be json or debezium")).arg(prefix);
        return false;
    }
    topic = EventTopicConfig::withDefaults(topic.topic, kind, format);
    const QString timeKey = prefix + u"time.format"_s;
    if (settings.contains(timeKey) && !parseTimeFormat(settingText(settings, timeKey), topic.timeFormat)) {
        error = translated(QT_TRANSLATE_NOOP("ProfileStore", "%1 must be auto, epoch-ms, epoch-s or iso8601"))
                    .arg(timeKey);
        return false;
    }
    const QString fieldPrefix = prefix + u"field."_s;
    for (const QString &key : settings.childKeys()) {
        if (!key.startsWith(fieldPrefix))
            continue;
        const QString pointer = settingText(settings, key);
        if (!pointer.isEmpty() && !pointer.startsWith(u'/')) {
            error = translated(QT_TRANSLATE_NOOP("ProfileStore",
                                                 "%1 must be a JSON pointer starting with / (or empty)"))
                        .arg(key);
            return false;
        }
        if (!topic.fields.set(key.mid(fieldPrefix.size()), pointer)) {
            QStringList names;
            for (const auto &entry : topic.fields.entries())
                names << entry.first;
            error = translated(QT_TRANSLATE_NOOP("ProfileStore", "%1: unknown field (known: %2)"))
                        .arg(key, names.join(u", "_s));
            return false;
        }
    }
    return true;
}

bool readStatuses(const QSettings &settings, StatusVocabulary &vocabulary, QString &error)
{
    for (const QString &key : settings.childKeys()) {
        const auto add = [&](const auto &stages, auto &map, const QString &prefix) {
            const QString stage = key.mid(prefix.size());
            const auto it = std::find_if(std::begin(stages), std::end(stages),
                                         [&](const auto &s) { return stage == QLatin1String(s.first); });
            if (it == std::end(stages)) {
                error = translated(QT_TRANSLATE_NOOP("ProfileStore", "%1: unknown stage")).arg(key);
                return false;
            }
            for (const QString &word : settingText(settings, key).split(u',', Qt::SkipEmptyParts))
                map.insert(word.trimmed().toLower(), it->second);
            return true;
        };
        if (key.startsWith(u"events.status.order."_s) &&
            !add(kOrderStages, vocabulary.order, u"events.status.order."_s))
            return false;
        if (key.startsWith(u"events.status.shipment."_s) &&
            !add(kShipmentStages, vocabulary.shipment, u"events.status.shipment."_s))
            return false;
    }
    return true;
}

} // namespace

bool read(const QSettings &settings, BusinessConfig &out, QString &error)
{
    BusinessConfig config;
    if (QVariant(settingText(settings, u"events.stack"_s)).toBool())
        config.topics = BusinessConfig::stackDefaults().topics;
    std::map<int, QString> numbered; // events.N. prefixes in N order
    for (const QString &key : settings.childKeys()) {
        const QStringList parts = key.split(u'.');
        bool isNumber = false;
        const int n = parts.size() > 2 && parts.at(0) == u"events" ? parts.at(1).toInt(&isNumber) : 0;
        if (isNumber)
            numbered.emplace(n, u"events.%1."_s.arg(parts.at(1)));
    }
    for (const auto &[n, prefix] : numbered) {
        EventTopicConfig topic;
        if (!readTopic(settings, prefix, topic, error))
            return false;
        config.topics.erase(std::remove_if(config.topics.begin(), config.topics.end(),
                                           [&](const auto &t) { return t.topic == topic.topic; }),
                            config.topics.end());
        config.topics.append(topic);
    }
    if (!settingNumber(settings, u"events.start.minutes"_s, 0, 1, config.startMinutes, error) ||
        !settingNumber(settings, u"events.allowed.lateness.seconds"_s, 0, 1000, config.allowedLatenessMs,
                       error) ||
        !settingNumber(settings, u"events.retention.minutes"_s, 1, 60000, config.retentionMs, error) ||
        !settingNumber(settings, u"events.open.retention.hours"_s, 1, 3600000, config.openRetentionMs,
                       error) ||
        !settingNumber(settings, u"events.list.limit"_s, 1, 1, config.listLimit, error) ||
        !settingNumber(settings, u"events.max.orders"_s, 1, 1, config.maxOrders, error) ||
        !settingNumber(settings, u"events.max.shipments"_s, 1, 1, config.maxShipments, error))
        return false;
    if (settings.contains(u"events.sla.windows.minutes"_s)) {
        config.slaWindowsMs.clear();
        for (const QString &part :
             settingText(settings, u"events.sla.windows.minutes"_s).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 minutes = part.trimmed().toLongLong(&ok);
            if (ok && minutes > std::numeric_limits<qint64>::max() / 60000) {
                error = translated(QT_TRANSLATE_NOOP("ProfileStore", "%1 is too large (at most %2)"))
                            .arg(u"events.sla.windows.minutes"_s)
                            .arg(std::numeric_limits<qint64>::max() / 60000);
                return false;
            }
            if (!ok || minutes < 1) {
                error = translated(QT_TRANSLATE_NOOP(
                    "ProfileStore",
                    "events.sla.windows.minutes must be whole minutes ≥ 1, separated by commas"));
                return false;
            }
            config.slaWindowsMs.append(minutes * 60000);
        }
        if (config.slaWindowsMs.isEmpty()) {
            error =
                translated(QT_TRANSLATE_NOOP("ProfileStore", "events.sla.windows.minutes names no window"));
            return false;
        }
    }
    if (!readStatuses(settings, config.statuses, error))
        return false;
    out = config;
    return true;
}

void write(QSettings &settings, const BusinessConfig &config)
{
    const BusinessConfig defaults;
    for (qsizetype i = 0; i < config.topics.size(); ++i) {
        const EventTopicConfig &t = config.topics.at(i);
        const QString prefix = u"events.%1."_s.arg(i + 1);
        settings.setValue(prefix + u"topic"_s, t.topic);
        settings.setValue(prefix + u"kind"_s, eventKindName(t.kind));
        settings.setValue(prefix + u"format"_s, eventFormatName(t.format));
        if (t.timeFormat != TimeFormat::Auto)
            settings.setValue(prefix + u"time.format"_s, timeFormatName(t.timeFormat));
        const auto fields = t.fields.entries();
        const auto standard = EventFieldMap::defaultsFor(t.kind, t.format).entries();
        for (qsizetype f = 0; f < fields.size(); ++f) {
            if (fields.at(f).second != standard.at(f).second)
                settings.setValue(prefix + u"field."_s + fields.at(f).first, fields.at(f).second);
        }
    }
    if (!config.isEnabled())
        return;
    if (config.startMinutes != defaults.startMinutes)
        settings.setValue(u"events.start.minutes"_s, config.startMinutes);
    if (config.allowedLatenessMs != defaults.allowedLatenessMs)
        settings.setValue(u"events.allowed.lateness.seconds"_s, config.allowedLatenessMs / 1000);
    if (config.retentionMs != defaults.retentionMs)
        settings.setValue(u"events.retention.minutes"_s, config.retentionMs / 60000);
    if (config.openRetentionMs != defaults.openRetentionMs)
        settings.setValue(u"events.open.retention.hours"_s, config.openRetentionMs / 3600000);
    if (config.listLimit != defaults.listLimit)
        settings.setValue(u"events.list.limit"_s, config.listLimit);
    if (config.maxOrders != defaults.maxOrders)
        settings.setValue(u"events.max.orders"_s, config.maxOrders);
    if (config.maxShipments != defaults.maxShipments)
        settings.setValue(u"events.max.shipments"_s, config.maxShipments);
    if (config.slaWindowsMs != defaults.slaWindowsMs) {
        QStringList minutes;
        for (qint64 ms : config.slaWindowsMs)
            minutes << QString::number(ms / 60000);
        settings.setValue(u"events.sla.windows.minutes"_s, minutes.join(u','));
    }
    const auto extraWords = [&](const auto &stages, const auto &mine, const auto &standard,
                                const QString &prefix) {
        for (const auto &[name, stage] : stages) {
            QStringList words;
            for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
                if (it.value() == stage && standard.value(it.key()) != stage)
                    words << it.key();
            }
            words.sort();
            if (!words.isEmpty())
                settings.setValue(prefix + QLatin1String(name), words.join(u','));
        }
    };
    extraWords(kOrderStages, config.statuses.order, defaults.statuses.order, u"events.status.order."_s);
    extraWords(kShipmentStages, config.statuses.shipment, defaults.statuses.shipment,
               u"events.status.shipment."_s);
}

bool isBusinessKey(const QString &key)
{
    return key.startsWith(u"events."_s);
}

} // namespace Tidewatch::BusinessProfileKeys
