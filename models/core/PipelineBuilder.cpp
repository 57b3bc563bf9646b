#include "PipelineBuilder.h"

#include "PipelineHops.h"

#include <QSet>

#include <algorithm>

namespace Tidewatch {

namespace {

using Kind = PipelineHopRef::Kind;

bool isPostgresConnector(const ConnectConnectorInfo &c)
{
    return isPostgresConnectorClass(c.className);
}

/// The slot a Debezium connector reads: its `slot.name` when the watched server has that slot (a
/// server without it is not the connector's database: no database hop). Without the config (a worker
/// that did not answer it), the server's only logical slot, or one named after the connector.
QString slotOf(const PipelineInputs &in, const ConnectConnectorInfo &c)
{
    if (!in.postgres || !isPostgresConnector(c))
        return {};
    if (!c.slotName.isEmpty())
        return in.postgres->slot(c.slotName) ? c.slotName : QString();
    QString sanitized = c.name;
    sanitized.replace(QLatin1Char('-'), QLatin1Char('_'));
    QStringList logical;
    for (const ReplicationSlotInfo &s : in.postgres->replicationSlots) {
        if (s.name == c.name || s.name == sanitized)
            return s.name;
        if (s.slotType == QLatin1String("logical"))
            logical << s.name;
    }
    return logical.size() == 1 ? logical.first() : QString();
}

struct Consumer
{
    PipelineHopRef hop;
    QString name;
};

/// Who reads @p topic: sink connectors, Flink jobs, and (with @p withGroups) other groups.
QList<Consumer> consumersOf(const PipelineInputs &in, const QString &topic, bool withGroups)
{
    QList<Consumer> out;
    QSet<QString> ownGroups; // groups shown as their connector or job
    for (const ConnectSnapshot *connect : in.connects) {
        for (const ConnectConnectorInfo &c : connect->connectors) {
            if (c.type != ConnectorType::Sink)
                continue;
            ownGroups.insert(c.consumerGroupId);
            if (c.topics().contains(topic))
                out << Consumer{{Kind::Connector, c.name}, c.name};
        }
    }
    if (in.flink) {
        for (const FlinkJobInfo &job : in.flink->jobs) {
            const FlinkJobDetails *d = in.flink->details(job.id);
            if (!d)
                continue;
            bool reads = false;
            for (const FlinkKafkaSource &source : d->kafkaSources) {
                ownGroups.insert(source.groupId);
                reads = reads || source.topics.contains(topic);
            }
            if (reads && !FlinkSnapshot::isTerminalState(job.state))
                out << Consumer{{Kind::FlinkJob, job.name}, job.name};
        }
    }
    if (withGroups && in.kafka) {
        for (const ConsumerGroupInfo &g : in.kafka->groups) {
            if (ownGroups.contains(g.groupId))
                continue;
            const bool reads = std::any_of(g.partitions.begin(), g.partitions.end(),
                                           [&](const GroupPartitionLag &p) { return p.topic == topic; });
            if (reads)
                out << Consumer{{Kind::Group, g.groupId}, g.groupId};
        }
    }
    return out;
}

void addChains(const PipelineInputs &in, const QString &prefixName, const QList<PipelineHopRef> &prefix,
               const QString &topic, bool withGroups, QList<PipelineDefinition> &out)
{
    QList<PipelineHopRef> hops = prefix;
    hops << PipelineHopRef{Kind::Topic, topic};
    const QList<Consumer> consumers = consumersOf(in, topic, withGroups);
    if (consumers.isEmpty()) {
        out << PipelineDefinition{prefixName, hops};
        return;
    }
    for (const Consumer &c : consumers) {
        PipelineDefinition def{prefixName + QStringLiteral(" → ") + c.name, hops};
        def.hops << c.hop;
        out << def;
    }
}

QList<PipelineDefinition> automaticDefinitions(const PipelineInputs &in)
{
    QList<PipelineDefinition> out;
    QSet<QString> produced;
    for (const ConnectSnapshot *connect : in.connects) {
        for (const ConnectConnectorInfo &c : connect->connectors) {
            if (c.type != ConnectorType::Source)
                continue;
            QList<PipelineHopRef> prefix;
            const QString slot = slotOf(in, c);
            if (!slot.isEmpty())
                prefix << PipelineHopRef{Kind::Database, slot};
            prefix << PipelineHopRef{Kind::Connector, c.name};
            const QStringList topics = c.topics();
            if (topics.isEmpty()) {
                out << PipelineDefinition{c.name, prefix};
                continue;
            }
            for (const QString &topic : topics) {
                produced.insert(topic);
                addChains(in, topics.size() == 1 ? c.name : QString(c.name + QLatin1Char('/') + topic),
                          prefix, topic, true, out);
            }
        }
    }
    // Topics read by Flink jobs or sink connectors that no source connector writes.
    QSet<QString> started;
    const auto startAt = [&](const QString &topic) {
        if (produced.contains(topic) || started.contains(topic))
            return;
        started.insert(topic);
        addChains(in, topic, {}, topic, false, out);
    };
    for (const ConnectSnapshot *connect : in.connects) {
        for (const ConnectConnectorInfo &c : connect->connectors) {
            if (c.type == ConnectorType::Sink) {
                for (const QString &topic : c.topics())
                    startAt(topic);
            }
        }
    }
    if (in.flink) {
        for (const FlinkJobDetails &d : in.flink->jobDetails) {
            for (const FlinkKafkaSource &source : d.kafkaSources) {
                for (const QString &topic : source.topics)
                    startAt(topic);
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return out;
}

} // namespace

const ConnectConnectorInfo *PipelineInputs::connector(const QString &name, const ConnectSnapshot **in) const
{
    for (const ConnectSnapshot *snapshot : connects) {
        if (const ConnectConnectorInfo *c = snapshot->connector(name)) {
            if (in)
                *in = snapshot;
            return c;
        }
    }
    return nullptr;
}

Pipeline resolvePipeline(const PipelineInputs &in, const PipelineDefinition &definition, bool automatic)
{
    Pipeline p;
    p.name = definition.name;
    p.automatic = automatic;
    for (qsizetype i = 0; i < definition.hops.size(); ++i)
        p.hops << resolveHop(in, definition.hops[i], i > 0 ? &definition.hops[i - 1] : nullptr);
    // The worst hop: the most severe state, then the largest lag in seconds.
    for (qsizetype i = 0; i < p.hops.size(); ++i) {
        if (p.worstHop < 0) {
            p.worstHop = int(i);
            continue;
        }
        const PipelineHop &h = p.hops[i];
        const PipelineHop &w = p.hops[p.worstHop];
        if (h.state > w.state || (h.state == w.state && h.lagSeconds > w.lagSeconds))
            p.worstHop = int(i);
    }
    if (p.worstHop >= 0)
        p.state = p.hops[p.worstHop].state;
    double sum = 0;
    bool anyKnown = false;
    bool lowerBound = false;
    for (const PipelineHop &h : std::as_const(p.hops)) {
        if (!h.lagApplies)
            continue;
        if (h.lagSeconds < 0) {
            lowerBound = true;
            continue;
        }
        anyKnown = true;
        sum += h.lagSeconds;
        lowerBound = lowerBound || h.lagSecondsIsLowerBound;
    }
    p.endToEndLagSeconds = anyKnown ? sum : -1;
    p.endToEndIsLowerBound = anyKnown && lowerBound;
    return p;
}

PipelineSnapshot buildPipelines(const PipelineInputs &inputs, const PipelineConfig &config)
{
    PipelineSnapshot out;
    out.clusterName = inputs.clusterName;
    out.builtAtMs = inputs.nowMs;
    QSet<QString> names;
    for (const PipelineDefinition &def : config.definitions) {
        names.insert(def.name);
        out.pipelines << resolvePipeline(inputs, def, false);
    }
    if (config.autoPipelines) {
        for (const PipelineDefinition &def : automaticDefinitions(inputs)) {
            if (!names.contains(def.name))
                out.pipelines << resolvePipeline(inputs, def, true);
        }
    }
    return out;
}

} // namespace Tidewatch
