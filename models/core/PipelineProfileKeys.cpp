#include "PipelineProfileKeys.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStringList>

#include <algorithm>

namespace Tidewatch::PipelineProfileKeys {

namespace {

struct PipelineProfileKeysText
{
    Q_DECLARE_TR_FUNCTIONS(PipelineProfileKeys)
};

QString text(const QSettings &settings, const QString &key)
{
    // QSettings splits unquoted values at commas into a list: a connection string is one value.
    const QVariant value = settings.value(key);
    return value.userType() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(','))
                                                      : value.toString().trimmed();
}

} // namespace

bool read(const QSettings &settings, PipelineConfig &out, QString &error)
{
    out.postgres = text(settings, QStringLiteral("postgres"));
    out.postgresPassword = text(settings, QStringLiteral("postgres.password"));
    out.debeziumMetrics = text(settings, QStringLiteral("debezium.metrics"));
    if (settings.contains(QStringLiteral("pipelines.auto"))) {
        const QString value = text(settings, QStringLiteral("pipelines.auto"));
        if (value != QLatin1String("true") && value != QLatin1String("false")) {
            error = PipelineProfileKeysText::tr("pipelines.auto must be true or false");
            return false;
        }
        out.autoPipelines = value == QLatin1String("true");
    }
    QStringList keys;
    for (const QString &key : settings.childKeys()) {
        if (key.startsWith(QLatin1String("pipeline.")))
            keys << key;
    }
    // pipeline.2 before pipeline.10: the user's order.
    std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        return a.mid(9).toInt() != b.mid(9).toInt() ? a.mid(9).toInt() < b.mid(9).toInt() : a < b;
    });
    out.definitions.clear();
    for (const QString &key : std::as_const(keys)) {
        PipelineDefinition def;
        QString why;
        if (!parsePipelineDefinition(text(settings, key), def, why)) {
            error = PipelineProfileKeysText::tr("%1: %2").arg(key, why);
            return false;
        }
        out.definitions << def;
    }
    return true;
}

void write(QSettings &settings, const PipelineConfig &config)
{
    if (!config.postgres.isEmpty())
        settings.setValue(QStringLiteral("postgres"), config.postgres);
    if (!config.debeziumMetrics.isEmpty())
        settings.setValue(QStringLiteral("debezium.metrics"), config.debeziumMetrics);
    if (!config.autoPipelines)
        settings.setValue(QStringLiteral("pipelines.auto"), QStringLiteral("false"));
    for (qsizetype i = 0; i < config.definitions.size(); ++i)
        settings.setValue(QStringLiteral("pipeline.%1").arg(i + 1),
                          pipelineDefinitionText(config.definitions[i]));
}

bool isPipelineKey(const QString &key)
{
    return key == QLatin1String("postgres") || key == QLatin1String("postgres.password") ||
           key == QLatin1String("debezium.metrics") || key == QLatin1String("pipelines.auto") ||
           key.startsWith(QLatin1String("pipeline."));
}

} // namespace Tidewatch::PipelineProfileKeys
