#include "KafkaHandle.h"

#include <QCoreApplication>

namespace Tidewatch {

KafkaHandle::KafkaHandle(const ClusterProfile &profile)
{
    char errstr[512] = {};
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    auto set = [&](const QString &key, const QString &value) {
        if (rd_kafka_conf_set(conf, key.toUtf8().constData(), value.toUtf8().constData(), errstr,
                              sizeof errstr) != RD_KAFKA_CONF_OK) {
            m_error = QCoreApplication::translate("KafkaHandle", "Invalid Kafka property %1: %2")
                          .arg(key, QString::fromUtf8(errstr));
            return false;
        }
        return true;
    };
    const QString timeout = QString::number(profile.requestTimeoutMs);
    // Monitoring must never create topics, and must see what consumers see (uncommitted included).
    const bool ok = set(QStringLiteral("bootstrap.servers"), profile.bootstrapServers) &&
                    set(QStringLiteral("client.id"), QStringLiteral("tidewatch")) &&
                    set(QStringLiteral("allow.auto.create.topics"), QStringLiteral("false")) &&
                    set(QStringLiteral("socket.timeout.ms"), timeout) &&
                    set(QStringLiteral("log.connection.close"), QStringLiteral("false"));
    bool extrasOk = ok;
    for (const auto &[key, value] : profile.kafkaProperties) {
        if (!extrasOk)
            break;
        extrasOk = set(key, value);
    }
    if (!extrasOk) {
        rd_kafka_conf_destroy(conf);
        return;
    }
    // The producer type needs no group and joins nothing: the collector stays read-only.
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
    if (!rk) {
        m_error = QCoreApplication::translate("KafkaHandle", "Cannot create the Kafka client: %1")
                      .arg(QString::fromUtf8(errstr));
        rd_kafka_conf_destroy(conf); // rd_kafka_new() takes the configuration only on success
        return;
    }
    m_handle.reset(rk);
}

} // namespace Tidewatch
