#include "KafkaHandle.h"

#include "ProfileStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <utility>

namespace Tidewatch {

Q_LOGGING_CATEGORY(lcKafka, "tidewatch.kafka", QtWarningMsg)

namespace {

struct KafkaHandleText
{
    Q_DECLARE_TR_FUNCTIONS(KafkaHandle)
};

/// librdkafka's message for a refused property, with a secret value never repeated.
QString refusal(const QString &key, const QString &value, const char *errstr)
{
    QString message = QString::fromUtf8(errstr);
    if (ProfileStore::isSecretProperty(key) && !value.isEmpty())
        message.replace(value, QStringLiteral("***"));
    return KafkaHandleText::tr("Invalid Kafka property %1: %2").arg(key, message);
}

bool isFalse(const QString &value)
{
    return value.trimmed().compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
}

} // namespace

QString KafkaHandle::ignoredReason(const QString &key, const QString &value, Role role)
{
    const QString k = key.trimmed();
    if (k == QLatin1String("transactional.id"))
        return KafkaHandleText::tr("%1 is ignored: a transactional producer writes to the cluster").arg(k);
    if ((k == QLatin1String("enable.idempotence") || k == QLatin1String("enable.gapless.guarantee")) &&
        !isFalse(value))
        return KafkaHandleText::
            tr("%1 is ignored: an idempotent producer asks the cluster for a producer id (InitProducerId)")
                .arg(k);
    if (k == QLatin1String("allow.auto.create.topics") && !isFalse(value))
        return KafkaHandleText::tr("%1 is ignored: monitoring never creates topics").arg(k);
    if (k == QLatin1String("group.id") || k == QLatin1String("group.instance.id"))
        return KafkaHandleText::tr("%1 is ignored: Tidewatch's clients are members of no consumer group")
            .arg(k);
    if ((k == QLatin1String("enable.auto.commit") || k == QLatin1String("auto.commit.enable") ||
         k == QLatin1String("enable.auto.offset.store")) &&
        (role != Role::Monitor || !isFalse(value)))
        return KafkaHandleText::tr("%1 is ignored: Tidewatch never commits or stores offsets").arg(k);
    return {};
}

bool KafkaHandle::checkProperty(const QString &key, const QString &value, QString &error)
{
    char errstr[512] = {};
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    const bool ok = rd_kafka_conf_set(conf, key.toUtf8().constData(), value.toUtf8().constData(), errstr,
                                      sizeof errstr) == RD_KAFKA_CONF_OK;
    rd_kafka_conf_destroy(conf);
    if (!ok)
        error = refusal(key, value, errstr);
    return ok;
}

KafkaHandle::KafkaHandle(const ClusterProfile &profile, Role role)
{
    char errstr[512] = {};
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    auto set = [&](const QString &key, const QString &value) {
        if (rd_kafka_conf_set(conf, key.toUtf8().constData(), value.toUtf8().constData(), errstr,
                              sizeof errstr) != RD_KAFKA_CONF_OK) {
            m_error = refusal(key, value, errstr);
            return false;
        }
        return true;
    };
    const QString timeout = QString::number(profile.requestTimeoutMs);
    // Statistics give the client's view of each broker (connection state, round-trip time).
    // Every second whatever the poll interval: a broker's lost connection must not wait a cycle to show.
    const QString statsInterval = QStringLiteral("1000");
    // Monitoring must see what consumers see (uncommitted included).
    // The event reader names itself apart, so a broker's logs and quotas tell it from the monitor.
    const QString clientId =
        role == Role::EventReader ? QStringLiteral("tidewatch-events") : QStringLiteral("tidewatch");
    bool ok = set(QStringLiteral("bootstrap.servers"), profile.bootstrapServers) &&
              set(QStringLiteral("client.id"), clientId) &&
              set(QStringLiteral("isolation.level"), QStringLiteral("read_uncommitted")) &&
              set(QStringLiteral("socket.timeout.ms"), timeout) &&
              set(QStringLiteral("log.connection.close"), QStringLiteral("false"));
    if (role == Role::Monitor)
        ok = ok && set(QStringLiteral("statistics.interval.ms"), statsInterval);
    if (role == Role::EventReader) {
        // Tuning for reading whole topics (a profile may override it). The partitions share one queue,
        // and librdkafka 2.0.2 measures its prefetch limits on that shared queue: reaching one backs
        // every partition off for fetch.error.backoff.ms (500 ms by default), and the default count
        // limit (100,000 messages in all) is reached whenever decoding is slower than fetching: that
        // cost more than half the throughput (bench_business_consume). So: the byte limit alone bounds
        // the prefetch (64 MiB in all), with a short back-off.
        ok = ok && set(QStringLiteral("fetch.wait.max.ms"), QStringLiteral("250")) &&
             set(QStringLiteral("queued.min.messages"), QStringLiteral("1000000")) &&
             set(QStringLiteral("queued.max.messages.kbytes"), QStringLiteral("65536")) &&
             set(QStringLiteral("fetch.error.backoff.ms"), QStringLiteral("20")) &&
             set(QStringLiteral("topic.metadata.refresh.interval.ms"), QStringLiteral("10000"));
    }
    // The profile's properties (often a client file shared with producers and consumers) come before the
    // read-only guards below, so no property can undo a guard; those that would write or join are left
    // out with a warning.
    bool extrasOk = ok;
    for (const auto &[key, value] : profile.kafkaProperties) {
        if (!extrasOk)
            break;
        if (const QString reason = ignoredReason(key, value, role); !reason.isEmpty()) {
            if (!m_warnings.contains(reason))
                m_warnings.append(reason);
            continue;
        }
        extrasOk = set(key, value);
    }
    // The guards: never a topic created, never a producer id asked for, never an offset committed.
    extrasOk = extrasOk && set(QStringLiteral("allow.auto.create.topics"), QStringLiteral("false"));
    if (extrasOk && role == Role::Monitor) {
        // A consumer-type handle with a group id that it never subscribes with, so it never joins,
        // assigns or commits. The group id is there for librdkafka 2.0.2 alone: when a coordinator
        // answers a ListConsumerGroupOffsets with NOT_COORDINATOR (a broker restarted, a coordinator
        // moved), it asks the handle's own group to look up its coordinator again, and a handle
        // without a group (a producer, as before) dies there on a null pointer (tst_faults_kafka,
        // "all brokers down").
        extrasOk = set(QStringLiteral("group.id"), QLatin1String(kMonitorGroupId)) &&
                   set(QStringLiteral("enable.auto.commit"), QStringLiteral("false")) &&
                   set(QStringLiteral("enable.auto.offset.store"), QStringLiteral("false"));
    }
    if (extrasOk && role == Role::RecordReader) {
        // One record per position is all it wants: fetch little per partition, bound the prefetch,
        // never store or commit an offset, and say so when a partition has no record at the offset.
        // (queued.min.messages stays at its default: at 1, librdkafka waits about a second before it
        // fetches again after a seek.)
        extrasOk = set(QStringLiteral("enable.auto.commit"), QStringLiteral("false")) &&
                   set(QStringLiteral("enable.auto.offset.store"), QStringLiteral("false")) &&
                   set(QStringLiteral("enable.partition.eof"), QStringLiteral("true")) &&
                   set(QStringLiteral("fetch.wait.max.ms"), QStringLiteral("100")) &&
                   set(QStringLiteral("fetch.message.max.bytes"), QStringLiteral("65536")) &&
                   set(QStringLiteral("queued.max.messages.kbytes"), QStringLiteral("256")) &&
                   // Follow leadership moves soon (the default is five minutes).
                   set(QStringLiteral("topic.metadata.refresh.interval.ms"), QStringLiteral("10000"));
    }
    if (extrasOk && role == Role::EventReader) {
        // Whatever the profile says: never an offset stored or committed, and an end-of-partition
        // event so the collector knows it caught up.
        // read_uncommitted too: with read_committed the reads stop at the last stable offset, below the
        // high watermark while a transaction is open, and the partitions would look behind for ever.
        extrasOk = set(QStringLiteral("enable.auto.commit"), QStringLiteral("false")) &&
                   set(QStringLiteral("enable.auto.offset.store"), QStringLiteral("false")) &&
                   set(QStringLiteral("enable.partition.eof"), QStringLiteral("true")) &&
                   set(QStringLiteral("isolation.level"), QStringLiteral("read_uncommitted"));
    }
    if (extrasOk && role == Role::StableOffsets) {
        // The one handle that reads under read_committed: Kafka answers "latest" with the LSO there.
        extrasOk = set(QStringLiteral("enable.auto.commit"), QStringLiteral("false")) &&
                   set(QStringLiteral("enable.auto.offset.store"), QStringLiteral("false")) &&
                   set(QStringLiteral("isolation.level"), QStringLiteral("read_committed"));
    }
    if (!extrasOk) {
        rd_kafka_conf_destroy(conf);
        return;
    }
    for (const QString &warning : std::as_const(m_warnings))
        qCWarning(lcKafka, "%s", qPrintable(warning));
    rd_kafka_conf_set_opaque(conf, this);
    rd_kafka_conf_set_log_cb(conf, &KafkaHandle::onLog);
    if (role == Role::Monitor)
        rd_kafka_conf_set_stats_cb(conf, &KafkaHandle::onStatistics);
    // Authentication and TLS failures reach the application only through this callback.
    if (role != Role::RecordReader && role != Role::StableOffsets)
        rd_kafka_conf_set_error_cb(conf, &KafkaHandle::onError);
    // Every handle is a consumer type that never subscribes: it joins no group and commits nothing.
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, errstr, sizeof errstr);
    if (!rk) {
        m_error = KafkaHandleText::tr("Cannot create the Kafka client: %1").arg(QString::fromUtf8(errstr));
        rd_kafka_conf_destroy(conf); // rd_kafka_new() takes the configuration only on success
        return;
    }
    m_handle.reset(rk);
}

void KafkaHandle::onLog(const rd_kafka_t *, int level, const char *facility, const char *message)
{
    // May run on any librdkafka thread: only hand the line to Qt's thread-safe logging.
    if (level <= 2) // LOG_CRIT and worse; connection failures (LOG_ERR) reach the user through the status
        qCWarning(lcKafka, "%s: %s", facility, message);
    else
        qCDebug(lcKafka, "%s: %s", facility, message);
}

int KafkaHandle::onStatistics(rd_kafka_t *, char *json, size_t length, void *opaque)
{
    // Called from rd_kafka_poll() on the collector's own thread.
    static_cast<KafkaHandle *>(opaque)->m_statistics = QByteArray(json, qsizetype(length));
    return 0; // librdkafka frees the buffer
}

void KafkaHandle::onError(rd_kafka_t *, int err, const char *reason, void *opaque)
{
    // Called from rd_kafka_poll() on the collector's own thread.
    auto *self = static_cast<KafkaHandle *>(opaque);
    if (self->m_errors.size() < 64) // a flapping broker must not grow this between two polls
        self->m_errors.append({rd_kafka_resp_err_t(err), QString::fromUtf8(reason)});
}

QList<KafkaHandle::ClientError> KafkaHandle::takeErrors()
{
    if (m_handle)
        rd_kafka_poll(m_handle.get(), 0);
    return std::exchange(m_errors, {});
}

QByteArray KafkaHandle::latestStatistics()
{
    if (m_handle)
        rd_kafka_poll(m_handle.get(), 0);
    return m_statistics;
}

} // namespace Tidewatch
