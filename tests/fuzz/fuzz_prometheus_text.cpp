// The Prometheus text exposition format (the brokers' JMX exporter endpoints), and the queries the
// collector makes on what it read.
#include "PrometheusTextParser.h"

#include <cstddef>
#include <cstdint>

using namespace Tidewatch;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const PrometheusExposition exposition = PrometheusTextParser::parse(text);
    for (const PrometheusSample &sample : exposition.samples) {
        exposition.typeOf(sample.name);
        exposition.sum(sample.name, sample.labels);
        if (!sample.labels.isEmpty())
            exposition.sumBy(sample.name, sample.labels.first().first);
    }
    for (auto it = exposition.types.cbegin(); it != exposition.types.cend(); ++it)
        PrometheusTextParser::typeName(it.value());
    return 0;
}
