#include "TrayAlertFeed.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Tidewatch {

namespace {

struct TrayAlertFeedText
{
    Q_DECLARE_TR_FUNCTIONS(TrayAlertFeed)
};

constexpr int kLinesInToolTip = 5;

} // namespace

void TrayAlertFeed::setConfig(const DesktopNotificationConfig &config)
{
    m_throttle.setConfig(config);
}

void TrayAlertFeed::update(const QList<AlertView> &alerts, qint64 nowMs)
{
    QSet<QString> firing;
    QStringList lines;
    QList<DesktopAlert> started;
    for (const AlertView &view : alerts) {
        if (!view.isFiring() || view.isSilenced())
            continue;
        firing.insert(view.fingerprint);
        const QString cluster = view.alert.label(QStringLiteral("cluster"));
        lines << (cluster.isEmpty() ? view.alert.ruleName
                                    : TrayAlertFeedText::tr("%1 on %2").arg(view.alert.ruleName, cluster));
        if (!m_firing.contains(view.fingerprint))
            started.append(DesktopAlert{view.fingerprint, view.alert.ruleName, view.alert.severity,
                                        view.alert.summary, cluster});
    }
    // Resolved, silenced or gone before it was shown: nothing to tell any more.
    for (const QString &key : std::as_const(m_firing)) {
        if (!firing.contains(key))
            m_throttle.withdraw(key);
    }
    if (config().enabled && !isMuted(nowMs) && !started.isEmpty())
        m_throttle.add(started, nowMs);
    m_firing = firing;
    m_firingLines = lines;
}

QList<DesktopNotification> TrayAlertFeed::take(qint64 nowMs)
{
    if (!config().enabled || isMuted(nowMs)) {
        // Queued before the switch: dropped, not shown later in a burst.
        for (const QString &key : std::as_const(m_firing))
            m_throttle.withdraw(key);
        return {};
    }
    return m_throttle.take(nowMs);
}

qint64 TrayAlertFeed::nextDueMs() const
{
    return m_throttle.nextDueMs();
}

void TrayAlertFeed::muteUntil(qint64 untilMs)
{
    m_mutedUntilMs = untilMs;
}

QString TrayAlertFeed::toolTip(qint64 nowMs) const
{
    QString text = m_firing.isEmpty() ? TrayAlertFeedText::tr("Tidewatch: no alert firing")
                                      : TrayAlertFeedText::tr("Tidewatch: %n alert(s) firing", nullptr,
                                                              int(m_firing.size()));
    for (qsizetype i = 0; i < m_firingLines.size() && i < kLinesInToolTip; ++i)
        text += QLatin1Char('\n') + m_firingLines.at(i);
    if (m_firingLines.size() > kLinesInToolTip)
        text += QLatin1Char('\n') +
                TrayAlertFeedText::tr("… and %n more", nullptr, int(m_firingLines.size() - kLinesInToolTip));
    if (isMuted(nowMs))
        text += QLatin1Char('\n') +
                TrayAlertFeedText::tr("Notifications muted until %1")
                    .arg(QDateTime::fromMSecsSinceEpoch(m_mutedUntilMs).toString(QStringLiteral("HH:mm")));
    else if (!config().enabled)
        text += QLatin1Char('\n') + TrayAlertFeedText::tr("Desktop notifications are off");
    return text;
}

} // namespace Tidewatch
