#include "KafkaStats.h"

#include <nlohmann/json.hpp>

namespace Tidewatch::KafkaStats {

QHash<int, BrokerConnection> parseBrokers(const QByteArray &json)
{
    QHash<int, BrokerConnection> out;
    const auto root = nlohmann::json::parse(json.constBegin(), json.constEnd(), nullptr, false);
    if (!root.is_object())
        return out;
    const auto brokers = root.find("brokers");
    if (brokers == root.end() || !brokers->is_object())
        return out;
    for (const auto &[name, broker] : brokers->items()) {
        if (!broker.is_object())
            continue;
        const int id = broker.value("nodeid", -1);
        if (id < 0)
            continue;
        BrokerConnection connection;
        connection.state = QString::fromStdString(broker.value("state", std::string()));
        connection.disconnects = broker.value("disconnects", qint64(-1));
        if (const auto rtt = broker.find("rtt"); rtt != broker.end() && rtt->is_object()) {
            const double avgUs = rtt->value("avg", 0.0);
            const qint64 samples = rtt->value("cnt", qint64(0));
            if (samples > 0)
                connection.rttMs = avgUs / 1000.0;
        }
        out.insert(id, connection);
    }
    return out;
}

} // namespace Tidewatch::KafkaStats
