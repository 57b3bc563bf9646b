#include "KafkaRetentionReader.h"

#include "KafkaConfigReader.h"

#include <QCoreApplication>

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
    const KafkaConfigReader::Described described = KafkaConfigReader::describeTopics(
        rk, topics,
        {QByteArrayLiteral("retention.ms"), QByteArrayLiteral("retention.bytes"),
         QByteArrayLiteral("cleanup.policy")},
        timeoutMs);
    result.requestCount = 1;
    if (described.timedOut) {
        result.error =
            QCoreApplication::translate("KafkaRetentionReader", "Retention configs: no answer in time");
        return result;
    }
    if (!described.error.isEmpty()) {
        result.error =
            QCoreApplication::translate("KafkaRetentionReader", "Retention configs: %1").arg(described.error);
        return result;
    }
    for (auto it = described.topics.cbegin(); it != described.topics.cend(); ++it) {
        Retention retention;
        if (parse(it.value(), retention))
            result.topics.insert(it.key(), retention);
    }
    return result;
}

} // namespace Tidewatch::KafkaRetentionReader
