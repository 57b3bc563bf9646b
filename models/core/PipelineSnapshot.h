#pragma once

#include "PipelineConfig.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Tidewatch {

/// How a hop is doing, in rising severity (the worst hop of a pipeline is the most severe one).
enum class PipelineHopState
{
    Ok,
    Unknown, ///< its source did not answer, is stale, or does not know the hop
    Warning, ///< e.g. a consumer falling behind, a slot nobody reads, a connector rebalancing
    Paused,  ///< a paused or stopped connector, a Flink job that ended: nothing moves
    Failed,  ///< a FAILED connector or task, a failed Flink job, an erroring consumer, a lost slot
};
/// "ok", "unknown", "warning", "paused", "failed".
QString pipelineHopStateName(PipelineHopState state);

/// One hop of a pipeline with its figures. The lag of a hop is how far it is behind the hop before
/// it (a connector behind the database's WAL, a consumer behind its topic); the first hop and a
/// topic have none (lagApplies false). Unknown numbers are negative.
struct PipelineHop
{
    PipelineHopRef::Kind kind = PipelineHopRef::Kind::Topic;
    QString id;   ///< the slot, connector, topic, group or job name
    QString role; ///< "source", "sink" for connectors; empty otherwise
    PipelineHopState state = PipelineHopState::Unknown;
    QString stateText;  ///< the source's own word: RUNNING, PAUSED, OK, STOP, active, ...
    QString reason;     ///< why the state is not ok, in words (translated); empty when ok
    bool found = false; ///< the collectors know it; a user's hop they do not know is shown as missing

    double throughput = -1; ///< per second, in throughputUnit
    QString throughputUnit; ///< "msg/s", "B/s" (WAL), "rec/s" (Flink)

    bool lagApplies = false;
    qint64 lagBytes = -1;
    qint64 lagMessages = -1;
    double lagSeconds = -1;
    bool lagSecondsIsLowerBound = false;
    /// Where lagSeconds comes from: "slot" (WAL positions), "debezium" (MilliSecondsBehindSource),
    /// "group" (the consumer group's time lag), "flink-watermark"; empty: unknown.
    QString lagSource;
    double debeziumBehindSeconds = -1; ///< source connectors: Debezium's own MilliSecondsBehindSource

    qint64 ageMs = -1; ///< age of the data the hop was judged on; -1: never had any

    friend bool operator==(const PipelineHop &, const PipelineHop &) = default;
};

/// One pipeline: its hops in order, the worst of them and the end-to-end lag.
struct Pipeline
{
    QString name;
    bool automatic = true; ///< built from what the collectors know, not defined by the user
    QList<PipelineHop> hops;
    int worstHop = -1;                                  ///< index into hops; -1 when there are none
    PipelineHopState state = PipelineHopState::Unknown; ///< the worst hop's
    /// The sum of the hops' lags in seconds. Exact (endToEndIsLowerBound false) only when every hop
    /// whose lag applies knows it exactly; otherwise the sum of what is known, "at least". -1 when
    /// no hop knows a lag.
    double endToEndLagSeconds = -1;
    bool endToEndIsLowerBound = false;

    friend bool operator==(const Pipeline &, const Pipeline &) = default;
};

/// Every pipeline of one cluster, built from its latest snapshots.
struct PipelineSnapshot
{
    QString clusterName;
    qint64 builtAtMs = -1;
    QList<Pipeline> pipelines; ///< the user's first (in their order), then the automatic ones by name

    const Pipeline *pipeline(const QString &name) const
    {
        for (const Pipeline &p : pipelines) {
            if (p.name == name)
                return &p;
        }
        return nullptr;
    }
};

} // namespace Tidewatch

Q_DECLARE_METATYPE(Tidewatch::PipelineSnapshot)
