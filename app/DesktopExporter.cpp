#include "DesktopExporter.h"

#include "Exporter.h"
#include "ExporterFeed.h"
#include "ExporterSettings.h"
#include "ExporterSettingsBox.h"
#include "Version.h"

namespace Tidewatch {

DesktopExporter::DesktopExporter(Monitor *monitor, ExporterSettingsBox *box, const ExporterConfig &config,
                                 const QString &profilesFile, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_box(box)
    , m_profilesFile(profilesFile)
    , m_exporter(std::make_unique<Exporter>(QStringLiteral(TIDEWATCH_VERSION)))
{
    if (m_box) {
        m_box->setSetting(config.enabled, config.listen);
        connect(m_box, &ExporterSettingsBox::applyRequested, this,
                [this](bool enabled, const QString &listen) {
                    ExporterConfig next = m_config;
                    next.enabled = enabled;
                    next.listen = listen;
                    QString error;
                    if (!ExporterSettings::save(m_profilesFile, next, error))
                        m_error = error;
                    apply(next);
                });
    }
    apply(config);
}

DesktopExporter::~DesktopExporter()
{
    m_feed.reset();
    m_exporter->stop();
}

void DesktopExporter::apply(const ExporterConfig &config)
{
    m_config = config;
    m_error.clear();
    m_feed.reset();
    m_exporter->stop();
    if (config.enabled && m_exporter->start(config, m_error)) {
        // The feed replays nothing: the exporter fills with the next snapshot of every source.
        m_feed = std::make_unique<ExporterFeed>(m_monitor, m_exporter.get());
    }
    if (m_box)
        m_box->setState(m_exporter->url(), m_error);
}

bool DesktopExporter::isListening() const
{
    return m_exporter->isListening();
}

QString DesktopExporter::address() const
{
    return m_exporter->address();
}

} // namespace Tidewatch
