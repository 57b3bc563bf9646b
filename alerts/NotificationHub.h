#pragma once

#include "AlertView.h"
#include "DeliveryChannel.h"
#include "DeliveryStatus.h"
#include "NotificationConfig.h"
#include "NotificationPlanner.h"
#include "NotificationThrottle.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace Tidewatch {

/// Sends what alert evaluation yields to every Alertmanager and webhook of the configuration, and
/// raises throttled desktop notifications. GUI-free: the desktop and the headless `serve` feed it the
/// same way, after each evaluation. Every target has its own DeliveryChannel (queue, retries,
/// status), so one slow or broken target never holds up another; nothing here blocks.
class NotificationHub : public QObject
{
    Q_OBJECT
public:
    explicit NotificationHub(const NotificationConfig &config = {}, QObject *parent = nullptr,
                             DeliveryChannel::Clock clock = {});
    ~NotificationHub() override;

    /// Replaces the configuration; targets whose settings are unchanged keep their queue and status.
    void setConfig(const NotificationConfig &config);
    const NotificationConfig &config() const { return m_config; }
    /// The alert rules, for their extra labels and runbook_url.
    void setRules(const QList<AlertRule> &rules);
    /// The retry policy of channels created from now on (tests shorten it).
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }

    /// After an evaluation without silences or no-data marks (AlertEvaluator's own output).
    void onEvaluation(const QList<ActiveAlert> &active, const QList<AlertTransition> &transitions,
                      qint64 nowMs);
    /// After an evaluation; silenced alerts are not sent, no-data alerts stay firing.
    void onEvaluation(const NotificationInput &input);
    /// After an AlertService evaluation (its evaluated() signal): silenced views are not sent,
    /// frozen (noData) alerts stay firing, and the rule-level NoData views are not sent at all.
    void onAlertViews(const QList<Tidewatch::AlertView> &views,
                      const QList<Tidewatch::AlertTransition> &transitions, qint64 nowMs);
    /// The NotificationInput of AlertService's evaluated() arguments.
    static NotificationInput inputFromViews(const QList<AlertView> &views,
                                            const QList<AlertTransition> &transitions, qint64 nowMs);

    /// Alertmanagers first, then webhooks, in configuration order.
    QList<DeliveryStatus> statuses() const;
    /// The channel of each target, in the order of statuses().
    QList<DeliveryChannel *> channels() const;

Q_SIGNALS:
    /// Show this on the desktop (the GUI uses QSystemTrayIcon); only when desktop notifications are on.
    void desktopNotification(const Tidewatch::DesktopNotification &notification);
    /// Target @p index of statuses() changed.
    void deliveryStatusChanged(int index, const Tidewatch::DeliveryStatus &status);

private:
    void rebuildChannels(const NotificationConfig &old);
    void flushDesktop(qint64 nowMs);
    qint64 now() const;

    NotificationConfig m_config;
    RetryPolicy m_policy;
    DeliveryChannel::Clock m_clock;
    NotificationPlanner m_planner;
    NotificationThrottle m_throttle;
    QTimer m_desktopTimer;
    std::vector<std::unique_ptr<DeliveryChannel>> m_alertmanagers;
    std::vector<std::unique_ptr<DeliveryChannel>> m_webhooks;
};

} // namespace Tidewatch
