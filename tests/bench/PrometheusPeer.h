#pragma once

#include "AlertRules.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace Tidewatch {

/// The Prometheus side of bench_alert_delivery: `tidewatch serve` polling the stack with one rules
/// file, and a real Prometheus 2.42 scraping it and evaluating the same rules, exported by
/// `tidewatch rules export --format prometheus`, every second, sending to an Alertmanager with the
/// external label `source="prometheus"`. Both on loopback, free ports, a temporary folder; both are
/// stopped (SIGTERM) by the destructor and get SIGTERM when the benchmark dies.
class PrometheusPeer
{
public:
    struct Options
    {
        QString tidewatch;         ///< the tidewatch binary
        QString prometheus;        ///< the prometheus binary
        QString bootstrap;         ///< Kafka bootstrap servers for serve
        int pollIntervalMs = 1000; ///< serve's --interval
        QString alertmanagerUrl;   ///< http://host:port of the Alertmanager Prometheus sends to
        AlertRule rule;            ///< the one rule, for serve and (exported) for Prometheus
    };

    ~PrometheusPeer();
    /// Starts serve and waits for its "serving" line, exports the rule, starts Prometheus and waits
    /// until it is ready and has scraped serve once; false with @p error otherwise.
    bool start(const Options &options, QString &error);
    QString prometheusUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_promPort); }
    /// The exported rule file, as Prometheus loaded it.
    QByteArray exportedRules() const { return m_exported; }
    /// The last lines both processes logged (for a failure message).
    QByteArray logs() const;

private:
    static void stop(QProcess &process);
    bool waitForServe(QString &error);
    bool waitForPrometheus(QString &error);

    QTemporaryDir m_dir;
    QProcess m_serve;
    QProcess m_prometheus;
    int m_servePort = 0;
    int m_promPort = 0;
    QByteArray m_exported;
};

} // namespace Tidewatch
