#include "Exposition.h"

#include "KafkaExporterSamples.h"

#include <map>

namespace Tidewatch {

namespace {

const QString kSourcePrefix = QStringLiteral("tidewatch_source_");

prometheus::MetricFamily gaugeFamily(const std::string &name, const std::string &help)
{
    prometheus::MetricFamily family;
    family.name = name;
    family.help = help;
    family.type = prometheus::MetricType::Gauge;
    return family;
}

prometheus::ClientMetric gauge(std::vector<prometheus::ClientMetric::Label> labels, double value)
{
    prometheus::ClientMetric metric;
    metric.label = std::move(labels);
    metric.gauge.value = value;
    return metric;
}

QString helpOf(const QString &name)
{
    const QString help = metricHelp(name);
    return help.isEmpty() ? kafkaExporterMetricHelp(name) : help;
}

} // namespace

std::string helpText(const QString &help)
{
    QString escaped = help;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'\n', QStringLiteral("\\n"));
    return escaped.toStdString();
}

std::shared_ptr<const ExportedSource> exportedSource(const QString &cluster, const QString &source,
                                                     const SourceStatus &status,
                                                     const QList<MetricSample> &samples, qint64 staleAfterMs)
{
    auto out = std::make_shared<ExportedSource>();
    out->cluster = cluster.toStdString();
    out->source = source.toStdString();
    out->up = status.reachable;
    out->lastSuccessMs = status.lastSuccessAt.isValid() ? status.lastSuccessAt.toMSecsSinceEpoch() : -1;
    out->staleAfterMs = staleAfterMs;
    std::map<QString, prometheus::MetricFamily> byName;
    for (const MetricSample &s : samples) {
        if (s.name.startsWith(kSourcePrefix))
            continue; // recomputed at scrape time: the age must grow between snapshots
        auto it = byName.find(s.name);
        if (it == byName.end()) {
            it = byName.emplace(s.name, gaugeFamily(s.name.toStdString(), helpText(helpOf(s.name)))).first;
            // kafka_exporter's gauge name ends in _sum, which the text format reserves for summaries
            // and histograms (promtool's lint); untyped keeps the name that dashboards query.
            if (s.name == QLatin1String("kafka_consumergroup_lag_sum"))
                it->second.type = prometheus::MetricType::Untyped;
        }
        std::vector<prometheus::ClientMetric::Label> labels;
        labels.reserve(size_t(s.labels.size()));
        for (const auto &[name, value] : s.labels)
            labels.push_back({name.toStdString(), value.toStdString()});
        prometheus::ClientMetric metric = gauge(std::move(labels), s.value);
        if (it->second.type == prometheus::MetricType::Untyped)
            metric.untyped.value = s.value;
        it->second.metric.push_back(std::move(metric));
    }
    out->families.reserve(byName.size());
    for (auto &[name, family] : byName)
        out->families.push_back(std::move(family));
    return out;
}

bool isCurrent(const ExportedSource &source, qint64 nowMs)
{
    if (!source.up || source.lastSuccessMs < 0)
        return false;
    return source.staleAfterMs <= 0 || nowMs - source.lastSuccessMs <= source.staleAfterMs;
}

std::vector<prometheus::MetricFamily> alertFamilies(const QList<ActiveAlert> &alerts)
{
    prometheus::MetricFamily state =
        gaugeFamily("tidewatch_alerts",
                    helpText(QStringLiteral("1 for every pending or firing alert of Tidewatch's rules, "
                                            "like Prometheus's ALERTS series.")));
    prometheus::MetricFamily since = gaugeFamily(
        "tidewatch_alerts_for_state",
        helpText(QStringLiteral("Unix time in seconds at which a pending or firing alert became active, "
                                "like Prometheus's ALERTS_FOR_STATE series.")));
    for (const ActiveAlert &a : alerts) {
        if (a.state == AlertState::Inactive)
            continue;
        std::vector<prometheus::ClientMetric::Label> labels;
        for (const auto &[name, value] : a.labels)
            labels.push_back({name.toStdString(), value.toStdString()});
        if (std::none_of(labels.begin(), labels.end(), [](const auto &l) { return l.name == "alertname"; }))
            labels.push_back({"alertname", a.ruleName.toStdString()});
        std::sort(labels.begin(), labels.end());
        if (a.activeSinceMs >= 0)
            since.metric.push_back(gauge(labels, double(a.activeSinceMs) / 1000.0));
        labels.push_back({"alertstate", a.state == AlertState::Firing ? "firing" : "pending"});
        std::sort(labels.begin(), labels.end());
        state.metric.push_back(gauge(std::move(labels), 1));
    }
    return {std::move(state), std::move(since)};
}

std::vector<prometheus::MetricFamily>
exposition(const std::vector<std::shared_ptr<const ExportedSource>> &sources,
           const std::vector<prometheus::MetricFamily> &alerts, qint64 nowMs)
{
    prometheus::MetricFamily up = gaugeFamily(
        "tidewatch_source_up",
        helpText(QStringLiteral("1 if the last collection cycle reached the source and reported within "
                                "its stale period, else 0.")));
    prometheus::MetricFamily age =
        gaugeFamily("tidewatch_source_data_age_seconds",
                    helpText(metricHelp(QStringLiteral("tidewatch_source_data_age_seconds"))));
    std::map<std::string, prometheus::MetricFamily> values;
    for (const auto &source : sources) {
        const std::vector<prometheus::ClientMetric::Label> labels{{"cluster", source->cluster},
                                                                  {"source", source->source}};
        const bool current = isCurrent(*source, nowMs);
        up.metric.push_back(gauge(labels, current ? 1 : 0));
        if (source->lastSuccessMs >= 0)
            age.metric.push_back(
                gauge(labels, double(std::max<qint64>(0, nowMs - source->lastSuccessMs)) / 1000.0));
        if (!current)
            continue; // frozen values are not passed off as current: only up and age remain
        for (const prometheus::MetricFamily &family : source->families) {
            auto it = values.find(family.name);
            if (it == values.end()) {
                values.emplace(family.name, family);
                continue;
            }
            it->second.metric.insert(it->second.metric.end(), family.metric.begin(), family.metric.end());
        }
    }
    std::vector<prometheus::MetricFamily> out;
    out.reserve(values.size() + alerts.size() + 2);
    out.push_back(std::move(up));
    out.push_back(std::move(age));
    for (auto &[name, family] : values)
        out.push_back(std::move(family));
    out.insert(out.end(), alerts.begin(), alerts.end());
    return out;
}

} // namespace Tidewatch
