#include "KafkaRetentionReader.h"

#include <QCoreApplication>

#include <vector>

namespace Tidewatch::KafkaRetentionReader {

bool parse(const QList<QPair<QByteArray, QByteArray>> &entries, Retention &out)
{
    bool haveMs = false, haveBytes = false, havePolicy = false;
    for (const auto &[name, value] : entries) {
        bool ok = false;
        if (name == "retention.ms") {
            out.retentionMs = value.toLongLong(&ok);
            haveMs = ok && out.retentionMs >= -1;
        } else if (name == "retention.bytes") {
            out.retentionBytes = value.toLongLong(&ok);
            haveBytes = ok && out.retentionBytes >= -1;
        } else if (name == "cleanup.policy") {
            out.cleanupPolicy = QString::fromUtf8(value).remove(QLatin1Char(' '));
            havePolicy = !out.cleanupPolicy.isEmpty();
        }
    }
    if (out.retentionMs < -1)
        out.retentionMs = -1;
    return haveMs && haveBytes && havePolicy;
}

Result read(rd_kafka_t *rk, const QStringList &topics, int timeoutMs)
{
    Result result;
    if (topics.isEmpty())
        return result;
    std::vector<rd_kafka_ConfigResource_t *> resources;
    resources.reserve(size_t(topics.size()));
    for (const QString &topic : topics)
        resources.push_back(rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, topic.toUtf8().constData()));

    char errstr[256];
    rd_kafka_AdminOptions_t *options = rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS);
    rd_kafka_AdminOptions_set_request_timeout(options, timeoutMs, errstr, sizeof errstr);
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    rd_kafka_DescribeConfigs(rk, resources.data(), resources.size(), options, queue);
    result.requestCount = 1;
    rd_kafka_event_t *event = rd_kafka_queue_poll(queue, timeoutMs + 1000);
    if (!event) {
        result.error =
            QCoreApplication::translate("KafkaRetentionReader", "Retention configs: no answer in time");
    } else if (rd_kafka_event_error(event) != RD_KAFKA_RESP_ERR_NO_ERROR) {
        result.error = QCoreApplication::translate("KafkaRetentionReader", "Retention configs: %1")
                           .arg(QString::fromUtf8(rd_kafka_event_error_string(event)));
    } else {
        size_t count = 0;
        const rd_kafka_ConfigResource_t **described =
            rd_kafka_DescribeConfigs_result_resources(rd_kafka_event_DescribeConfigs_result(event), &count);
        for (size_t i = 0; i < count; ++i) {
            if (rd_kafka_ConfigResource_error(described[i]) != RD_KAFKA_RESP_ERR_NO_ERROR)
                continue;
            size_t n = 0;
            const rd_kafka_ConfigEntry_t **configs = rd_kafka_ConfigResource_configs(described[i], &n);
            QList<QPair<QByteArray, QByteArray>> entries;
            for (size_t e = 0; e < n; ++e) {
                const char *value = rd_kafka_ConfigEntry_value(configs[e]);
                entries.append(
                    {QByteArray(rd_kafka_ConfigEntry_name(configs[e])), QByteArray(value ? value : "")});
            }
            Retention retention;
            if (parse(entries, retention))
                result.topics.insert(QString::fromUtf8(rd_kafka_ConfigResource_name(described[i])),
                                     retention);
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

} // namespace Tidewatch::KafkaRetentionReader
