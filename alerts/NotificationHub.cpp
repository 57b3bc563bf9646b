#include "NotificationHub.h"

#include "NotificationPayloads.h"

#include <QDateTime>

namespace Tidewatch {

NotificationHub::NotificationHub(const NotificationConfig &config, QObject *parent,
                                 DeliveryChannel::Clock clock)
    : QObject(parent)
    , m_clock(std::move(clock))
{
    m_desktopTimer.setSingleShot(true);
    connect(&m_desktopTimer, &QTimer::timeout, this, [this] { flushDesktop(now()); });
    setConfig(config);
}

NotificationHub::~NotificationHub() = default;

qint64 NotificationHub::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void NotificationHub::setConfig(const NotificationConfig &config)
{
    const NotificationConfig old = m_config;
    m_config = config;
    m_planner.setConfig(config);
    m_throttle.setConfig(config.desktop);
    rebuildChannels(old);
}

void NotificationHub::setRules(const QList<AlertRule> &rules)
{
    m_planner.setRules(rules);
}

void NotificationHub::rebuildChannels(const NotificationConfig &old)
{
    const auto rebuild = [this](std::vector<std::unique_ptr<DeliveryChannel>> &channels,
                                const QList<NotificationTarget> &targets, DeliveryStatus::Kind kind) {
        std::vector<std::unique_ptr<DeliveryChannel>> next;
        for (const NotificationTarget &target : targets) {
            auto same = std::find_if(channels.begin(), channels.end(),
                                     [&](const auto &c) { return c && c->target() == target; });
            if (same != channels.end()) {
                next.push_back(std::move(*same));
                continue;
            }
            auto channel = std::make_unique<DeliveryChannel>(kind, target, m_policy, nullptr, m_clock);
            DeliveryChannel *raw = channel.get();
            connect(raw, &DeliveryChannel::statusChanged, this, [this, raw](const DeliveryStatus &status) {
                const QList<DeliveryChannel *> all = this->channels();
                const int index = int(all.indexOf(raw));
                if (index >= 0)
                    Q_EMIT deliveryStatusChanged(index, status);
            });
            next.push_back(std::move(channel));
        }
        channels = std::move(next);
    };
    if (old.alertmanagers != m_config.alertmanagers ||
        m_alertmanagers.size() != size_t(m_config.alertmanagers.size()))
        rebuild(m_alertmanagers, m_config.alertmanagers, DeliveryStatus::Kind::Alertmanager);
    if (old.webhooks != m_config.webhooks || m_webhooks.size() != size_t(m_config.webhooks.size()))
        rebuild(m_webhooks, m_config.webhooks, DeliveryStatus::Kind::Webhook);
}

void NotificationHub::onEvaluation(const QList<ActiveAlert> &active,
                                   const QList<AlertTransition> &transitions, qint64 nowMs)
{
    NotificationInput input;
    input.active = active;
    input.transitions = transitions;
    input.nowMs = nowMs;
    onEvaluation(input);
}

NotificationInput NotificationHub::inputFromViews(const QList<AlertView> &views,
                                                  const QList<AlertTransition> &transitions, qint64 nowMs)
{
    NotificationInput input;
    input.transitions = transitions;
    input.nowMs = nowMs;
    for (const AlertView &view : views) {
        if (view.state == AlertViewState::NoData)
            continue;
        input.active.append(view.alert);
        if (view.isSilenced())
            input.silenced.insert(view.alert.labels);
        if (view.noData)
            input.noData.insert(view.alert.labels);
    }
    return input;
}

void NotificationHub::onAlertViews(const QList<AlertView> &views, const QList<AlertTransition> &transitions,
                                   qint64 nowMs)
{
    onEvaluation(inputFromViews(views, transitions, nowMs));
}

void NotificationHub::onEvaluation(const NotificationInput &input)
{
    const NotificationPlan plan = m_planner.plan(input);
    for (const auto &batch : NotificationPayloads::batches(plan.alertmanager)) {
        const QByteArray body = NotificationPayloads::alertmanagerBody(batch);
        for (const auto &channel : m_alertmanagers)
            channel->enqueue(body, int(batch.size()));
    }
    if (!m_webhooks.empty()) {
        const QString source = m_config.effectiveSource();
        for (const QList<OutgoingAlert> *list : {&plan.webhookFiring, &plan.webhookResolved}) {
            for (const auto &batch : NotificationPayloads::batches(*list)) {
                const QByteArray body = NotificationPayloads::webhookBody(batch, source);
                for (const auto &channel : m_webhooks)
                    channel->enqueue(body, int(batch.size()));
            }
        }
    }
    if (!m_config.desktop.enabled)
        return;
    for (const AlertKey &key : plan.resolved)
        m_throttle.withdraw(OutgoingAlert{key, {}, -1, -1, {}, false, 0}.fingerprint());
    QList<DesktopAlert> fresh;
    for (const ActiveAlert &alert : plan.newlyFiring) {
        fresh.append(DesktopAlert{OutgoingAlert{alert.labels, {}, -1, -1, {}, false, 0}.fingerprint(),
                                  alert.ruleName, alert.severity, alert.summary,
                                  alert.label(QStringLiteral("cluster"))});
    }
    m_throttle.add(fresh, input.nowMs);
    flushDesktop(input.nowMs);
}

void NotificationHub::flushDesktop(qint64 t)
{
    for (const DesktopNotification &n : m_throttle.take(t))
        Q_EMIT desktopNotification(n);
    const qint64 due = m_throttle.nextDueMs();
    if (due >= 0)
        m_desktopTimer.start(int(std::clamp<qint64>(due - t, 0, 3600000)));
}

QList<DeliveryStatus> NotificationHub::statuses() const
{
    QList<DeliveryStatus> out;
    for (const DeliveryChannel *c : channels())
        out.append(c->status());
    return out;
}

QList<DeliveryChannel *> NotificationHub::channels() const
{
    QList<DeliveryChannel *> out;
    for (const auto &c : m_alertmanagers)
        out.append(c.get());
    for (const auto &c : m_webhooks)
        out.append(c.get());
    return out;
}

} // namespace Tidewatch
