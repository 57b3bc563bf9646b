#include "NotificationThrottle.h"

#include <QCoreApplication>

#include <algorithm>

namespace Tidewatch {

namespace {

int throttleRank(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return 0;
    if (severity == QLatin1String("warning"))
        return 1;
    if (severity == QLatin1String("info"))
        return 2;
    return 3;
}

struct NotificationThrottleText
{
    Q_DECLARE_TR_FUNCTIONS(NotificationThrottle)
};

/// How many names a summary lists before "and N more".
constexpr int kNamesInSummary = 3;

} // namespace

NotificationThrottle::NotificationThrottle(const DesktopNotificationConfig &config)
    : m_config(config)
{}

void NotificationThrottle::setConfig(const DesktopNotificationConfig &config)
{
    m_config = config;
}

void NotificationThrottle::add(const QList<DesktopAlert> &alerts, qint64 nowMs)
{
    for (const DesktopAlert &alert : alerts) {
        m_queue.append(alert);
        m_arrivals.append(nowMs);
    }
}

void NotificationThrottle::withdraw(const QString &key)
{
    m_queue.removeIf([&](const DesktopAlert &a) { return a.key == key; });
}

qint64 NotificationThrottle::nextDueMs() const
{
    if (m_queue.isEmpty())
        return -1;
    return m_lastShownMs < 0 ? 0 : m_lastShownMs + m_config.minGapMs;
}

QList<DesktopNotification> NotificationThrottle::take(qint64 nowMs)
{
    m_arrivals.removeIf([&](qint64 at) { return at <= nowMs - m_config.windowMs; });
    if (m_queue.isEmpty() || (m_lastShownMs >= 0 && nowMs < m_lastShownMs + m_config.minGapMs))
        return {};
    m_lastShownMs = nowMs;
    QList<DesktopNotification> out;
    if (m_arrivals.size() <= m_config.stormThreshold) {
        for (const DesktopAlert &alert : std::as_const(m_queue)) {
            DesktopNotification n;
            n.title = alert.cluster.isEmpty()
                          ? alert.name
                          : NotificationThrottleText::tr("%1 on %2").arg(alert.name, alert.cluster);
            n.body = alert.summary.isEmpty()
                         ? NotificationThrottleText::tr("Alert %1 is firing.").arg(alert.name)
                         : alert.summary;
            n.severity = alert.severity;
            n.keys = {alert.key};
            n.sound = m_config.sound;
            out.append(n);
        }
        m_queue.clear();
        return out;
    }
    DesktopNotification n;
    n.summary = true;
    n.sound = m_config.sound;
    QStringList names;
    QString worst;
    for (const DesktopAlert &alert : std::as_const(m_queue)) {
        n.keys.append(alert.key);
        if (!names.contains(alert.name))
            names.append(alert.name);
        if (worst.isEmpty() || throttleRank(alert.severity) < throttleRank(worst))
            worst = alert.severity;
    }
    n.severity = worst;
    n.title = NotificationThrottleText::tr("%n alerts firing", nullptr, int(m_queue.size()));
    QString listed = names.mid(0, kNamesInSummary).join(QStringLiteral(", "));
    if (names.size() > kNamesInSummary)
        listed = NotificationThrottleText::tr("%1 and %n more", nullptr, int(names.size() - kNamesInSummary))
                     .arg(listed);
    n.body = listed;
    out.append(n);
    m_queue.clear();
    return out;
}

} // namespace Tidewatch
