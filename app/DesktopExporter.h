#pragma once

#include "ExporterConfig.h"

#include <QObject>

#include <memory>

namespace Tidewatch {

class Exporter;
class ExporterFeed;
class ExporterSettingsBox;
class Monitor;

/// The desktop's Prometheus exporter: off unless the profiles file (exporter.enabled) or
/// --exporter-listen turns it on; the Settings page's exporter box shows its state and applies a
/// new setting, which is stored in the profiles file.
class DesktopExporter : public QObject
{
    Q_OBJECT
public:
    /// @p box may be null (no settings page).
    DesktopExporter(Monitor *monitor, ExporterSettingsBox *box, const ExporterConfig &config,
                    const QString &profilesFile, QObject *parent = nullptr);
    ~DesktopExporter() override;

    bool isListening() const;
    QString address() const;
    QString error() const { return m_error; }

private:
    void apply(const ExporterConfig &config);

    Monitor *m_monitor;
    ExporterSettingsBox *m_box;
    QString m_profilesFile;
    ExporterConfig m_config;
    QString m_error;
    std::unique_ptr<Exporter> m_exporter;
    std::unique_ptr<ExporterFeed> m_feed;
};

} // namespace Tidewatch
