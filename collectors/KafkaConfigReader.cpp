#include "KafkaConfigReader.h"

#include <QCoreApplication>

#include <cstring>
#include <vector>

namespace Tidewatch::KafkaConfigReader {

Result readMinInsyncReplicas(rd_kafka_t *rk, const QStringList &topics, int timeoutMs)
{
    Result result;
    if (topics.isEmpty())
        return result;
    std::vector<rd_kafka_ConfigResource_t *> resources;
    resources.reserve(size_t(topics.size()));
    for (const QString &topic : topics) {
        rd_kafka_ConfigResource_t *resource =
            rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, topic.toUtf8().constData());
        // Names the one key in the request (config_names), so the broker answers one entry per topic
        // instead of all ~33. librdkafka 2.0.2 sends the names of entries that have a value and drops
        // those whose value is NULL (measured on the stack: 231 entries for 7 topics with NULL, 7
        // with ""); the value itself is not sent.
        rd_kafka_ConfigResource_set_config(resource, "min.insync.replicas", "");
        resources.push_back(resource);
    }

    char errstr[256];
    rd_kafka_AdminOptions_t *options = rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS);
    rd_kafka_AdminOptions_set_request_timeout(options, timeoutMs, errstr, sizeof errstr);
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    rd_kafka_DescribeConfigs(rk, resources.data(), resources.size(), options, queue);
    result.requestCount = 1;
    rd_kafka_event_t *event = rd_kafka_queue_poll(queue, timeoutMs + 1000);
    if (!event) {
        result.error = QCoreApplication::translate("KafkaConfigReader", "Topic configs: no answer in time");
    } else if (rd_kafka_event_error(event) != RD_KAFKA_RESP_ERR_NO_ERROR) {
        result.error = QCoreApplication::translate("KafkaConfigReader", "Topic configs: %1")
                           .arg(QString::fromUtf8(rd_kafka_event_error_string(event)));
    } else {
        size_t count = 0;
        const rd_kafka_ConfigResource_t **described =
            rd_kafka_DescribeConfigs_result_resources(rd_kafka_event_DescribeConfigs_result(event), &count);
        for (size_t i = 0; i < count; ++i) {
            if (rd_kafka_ConfigResource_error(described[i]) != RD_KAFKA_RESP_ERR_NO_ERROR)
                continue;
            size_t entries = 0;
            const rd_kafka_ConfigEntry_t **configs = rd_kafka_ConfigResource_configs(described[i], &entries);
            for (size_t e = 0; e < entries; ++e) {
                if (std::strcmp(rd_kafka_ConfigEntry_name(configs[e]), "min.insync.replicas") != 0)
                    continue;
                bool ok = false;
                const int value = QByteArray(rd_kafka_ConfigEntry_value(configs[e])).toInt(&ok);
                if (ok)
                    result.minInsyncReplicas.insert(
                        QString::fromUtf8(rd_kafka_ConfigResource_name(described[i])), value);
            }
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

} // namespace Tidewatch::KafkaConfigReader
