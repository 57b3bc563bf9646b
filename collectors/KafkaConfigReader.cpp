#include "KafkaConfigReader.h"

#include <QCoreApplication>

#include <vector>

namespace Tidewatch::KafkaConfigReader {

Described describeTopics(rd_kafka_t *rk, const QStringList &topics, const QList<QByteArray> &keys,
                         int timeoutMs)
{
    Described result;
    if (topics.isEmpty())
        return result;
    std::vector<rd_kafka_ConfigResource_t *> resources;
    resources.reserve(size_t(topics.size()));
    for (const QString &topic : topics) {
        rd_kafka_ConfigResource_t *resource =
            rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, topic.toUtf8().constData());
        // librdkafka 2.0.2 sends the names of entries that have a value and drops those whose value
        // is NULL (measured on the stack: 231 entries for 7 topics with NULL, 7 with ""); the value
        // itself is not sent.
        for (const QByteArray &key : keys)
            rd_kafka_ConfigResource_set_config(resource, key.constData(), "");
        resources.push_back(resource);
    }

    char errstr[256];
    rd_kafka_AdminOptions_t *options = rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS);
    rd_kafka_AdminOptions_set_request_timeout(options, timeoutMs, errstr, sizeof errstr);
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    rd_kafka_DescribeConfigs(rk, resources.data(), resources.size(), options, queue);
    rd_kafka_event_t *event = rd_kafka_queue_poll(queue, timeoutMs + 1000);
    if (!event) {
        result.timedOut = true;
    } else if (rd_kafka_event_error(event) != RD_KAFKA_RESP_ERR_NO_ERROR) {
        result.error = QString::fromUtf8(rd_kafka_event_error_string(event));
    } else {
        size_t count = 0;
        const rd_kafka_ConfigResource_t **described =
            rd_kafka_DescribeConfigs_result_resources(rd_kafka_event_DescribeConfigs_result(event), &count);
        for (size_t i = 0; i < count; ++i) {
            if (rd_kafka_ConfigResource_error(described[i]) != RD_KAFKA_RESP_ERR_NO_ERROR)
                continue;
            size_t n = 0;
            const rd_kafka_ConfigEntry_t **configs = rd_kafka_ConfigResource_configs(described[i], &n);
            Entries entries;
            entries.reserve(qsizetype(n));
            for (size_t e = 0; e < n; ++e) {
                const char *value = rd_kafka_ConfigEntry_value(configs[e]);
                entries.append(
                    {QByteArray(rd_kafka_ConfigEntry_name(configs[e])), QByteArray(value ? value : "")});
            }
            result.topics.insert(QString::fromUtf8(rd_kafka_ConfigResource_name(described[i])), entries);
        }
    }
    if (event)
        rd_kafka_event_destroy(event);
    rd_kafka_queue_destroy(queue);
    rd_kafka_AdminOptions_destroy(options);
    for (rd_kafka_ConfigResource_t *resource : resources)
        rd_kafka_ConfigResource_destroy(resource);
    return result;
}

Result readMinInsyncReplicas(rd_kafka_t *rk, const QStringList &topics, int timeoutMs)
{
    Result result;
    if (topics.isEmpty())
        return result;
    const Described described =
        describeTopics(rk, topics, {QByteArrayLiteral("min.insync.replicas")}, timeoutMs);
    result.requestCount = 1;
    if (described.timedOut) {
        result.error = QCoreApplication::translate("KafkaConfigReader", "Topic configs: no answer in time");
        return result;
    }
    if (!described.error.isEmpty()) {
        result.error =
            QCoreApplication::translate("KafkaConfigReader", "Topic configs: %1").arg(described.error);
        return result;
    }
    for (auto it = described.topics.cbegin(); it != described.topics.cend(); ++it) {
        for (const auto &[name, value] : it.value()) {
            if (name != "min.insync.replicas")
                continue;
            bool ok = false;
            const int minIsr = value.toInt(&ok);
            if (ok)
                result.minInsyncReplicas.insert(it.key(), minIsr);
        }
    }
    return result;
}

} // namespace Tidewatch::KafkaConfigReader
