#include "PipelineConfig.h"

#include <QCoreApplication>
#include <QStringList>

namespace Tidewatch {

namespace {

struct PipelineConfigText
{
    Q_DECLARE_TR_FUNCTIONS(PipelineConfig)
};

constexpr std::pair<PipelineHopRef::Kind, const char *> kKinds[] = {
    {PipelineHopRef::Kind::Database, "database"}, {PipelineHopRef::Kind::Connector, "connector"},
    {PipelineHopRef::Kind::Topic, "topic"},       {PipelineHopRef::Kind::Group, "group"},
    {PipelineHopRef::Kind::FlinkJob, "flink"},
};

} // namespace

QString pipelineHopKindName(PipelineHopRef::Kind kind)
{
    for (const auto &[k, name] : kKinds) {
        if (k == kind)
            return QLatin1String(name);
    }
    return {};
}

bool parsePipelineDefinition(const QString &text, PipelineDefinition &out, QString &error)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString name = colon > 0 ? text.left(colon).trimmed() : QString();
    if (name.isEmpty()) {
        error = PipelineConfigText::tr("a pipeline needs NAME: kind:id > kind:id ..., got: %1").arg(text);
        return false;
    }
    PipelineDefinition def;
    def.name = name;
    for (const QString &part : text.mid(colon + 1).split(QLatin1Char('>'))) {
        const QString hop = part.trimmed();
        const qsizetype sep = hop.indexOf(QLatin1Char(':'));
        const QString kindName = sep > 0 ? hop.left(sep).trimmed() : QString();
        const QString id = sep > 0 ? hop.mid(sep + 1).trimmed() : QString();
        bool known = false;
        PipelineHopRef ref;
        for (const auto &[k, n] : kKinds) {
            if (kindName == QLatin1String(n)) {
                ref.kind = k;
                known = true;
            }
        }
        if (!known || id.isEmpty()) {
            error = PipelineConfigText::tr(
                        "pipeline %1: a hop is kind:id with kind database, connector, topic, group or "
                        "flink, got: %2")
                        .arg(name, hop);
            return false;
        }
        ref.id = id;
        def.hops << ref;
    }
    if (def.hops.isEmpty()) {
        error = PipelineConfigText::tr("pipeline %1 has no hops").arg(name);
        return false;
    }
    out = def;
    return true;
}

QString pipelineDefinitionText(const PipelineDefinition &definition)
{
    QStringList hops;
    for (const PipelineHopRef &hop : definition.hops)
        hops << pipelineHopKindName(hop.kind) + QLatin1Char(':') + hop.id;
    return definition.name + QLatin1String(": ") + hops.join(QLatin1String(" > "));
}

} // namespace Tidewatch
