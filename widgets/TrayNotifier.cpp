#include "TrayNotifier.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>

namespace Tidewatch {

namespace {
constexpr qint64 kOneHourMs = 3600 * 1000;
constexpr int kMessageMs = 10000;
constexpr int kShownKept = 50;
} // namespace

TrayNotifier::TrayNotifier(QObject *parent)
    : QObject(parent)
    , m_due(new QTimer(this))
{
    m_due->setSingleShot(true);
    connect(m_due, &QTimer::timeout, this, [this] { showDue(QDateTime::currentMSecsSinceEpoch()); });
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // no tray (offscreen, a desktop without one): nothing to show, nothing to complain about
    m_menu = new QMenu;
    m_icon = new QSystemTrayIcon(iconFor(0), this);
    QAction *open = m_menu->addAction(tr("&Open Tidewatch"));
    connect(open, &QAction::triggered, this, &TrayNotifier::showWindowRequested);
    QAction *alerts = m_menu->addAction(tr("&Alerts page"));
    connect(alerts, &QAction::triggered, this, [this] { Q_EMIT alertsPageRequested({}); });
    m_mute = m_menu->addAction(tr("&Mute notifications for 1 hour"));
    m_mute->setCheckable(true);
    connect(m_mute, &QAction::triggered, this, [this](bool checked) {
        if (checked)
            muteForAnHour(QDateTime::currentMSecsSinceEpoch());
        else
            m_feed.muteUntil(-1);
        refreshIcon(QDateTime::currentMSecsSinceEpoch());
    });
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    connect(quit, &QAction::triggered, this, &TrayNotifier::quitRequested);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this,
            [this] { Q_EMIT alertsPageRequested(m_lastKeys.size() == 1 ? m_lastKeys.first() : QString()); });
    refreshIcon(QDateTime::currentMSecsSinceEpoch());
    m_icon->show();
}

TrayNotifier::~TrayNotifier()
{
    delete m_menu; // a context menu has no parent: QSystemTrayIcon does not own it
}

void TrayNotifier::setConfig(const DesktopNotificationConfig &config)
{
    m_feed.setConfig(config);
    refreshIcon(QDateTime::currentMSecsSinceEpoch());
}

void TrayNotifier::setAlerts(const QList<AlertView> &alerts, qint64 nowMs)
{
    m_feed.update(alerts, nowMs);
    refreshIcon(nowMs);
    showDue(nowMs);
}

void TrayNotifier::muteForAnHour(qint64 nowMs)
{
    m_feed.muteUntil(nowMs + kOneHourMs);
    if (m_mute)
        m_mute->setChecked(true);
    // The mute ends by itself: the menu's check and the tooltip follow.
    QTimer::singleShot(kOneHourMs, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (m_mute && !m_feed.isMuted(now))
            m_mute->setChecked(false);
        refreshIcon(now);
    });
    refreshIcon(nowMs);
}

void TrayNotifier::showDue(qint64 nowMs)
{
    const QList<DesktopNotification> due = m_feed.take(nowMs);
    for (const DesktopNotification &n : due) {
        m_shown.append(n);
        m_lastKeys = n.keys;
        if (m_icon) {
            const auto icon = n.severity == QLatin1String("critical")  ? QSystemTrayIcon::Critical
                              : n.severity == QLatin1String("warning") ? QSystemTrayIcon::Warning
                                                                       : QSystemTrayIcon::Information;
            m_icon->showMessage(n.title, n.body, icon, kMessageMs);
            if (n.sound)
                QApplication::beep();
        }
    }
    while (m_shown.size() > kShownKept)
        m_shown.removeFirst();
    schedule(nowMs);
}

void TrayNotifier::schedule(qint64 nowMs)
{
    const qint64 due = m_feed.nextDueMs();
    if (due < 0) {
        m_due->stop();
        return;
    }
    m_due->start(int(std::clamp<qint64>(due - nowMs, 0, kOneHourMs)));
}

void TrayNotifier::refreshIcon(qint64 nowMs)
{
    if (!m_icon)
        return;
    const int firing = m_feed.firingCount();
    if (firing != m_iconCount) {
        m_icon->setIcon(iconFor(firing));
        m_iconCount = firing;
    }
    m_icon->setToolTip(m_feed.toolTip(nowMs));
}

QIcon TrayNotifier::iconFor(int firing)
{
    QIcon icon;
    const QIcon base = QApplication::windowIcon().isNull()
                           ? QApplication::style()->standardIcon(QStyle::SP_ComputerIcon)
                           : QApplication::windowIcon();
    for (const int size : {16, 22, 32, 48, 64}) {
        // Always size x size: a theme may only have a smaller glyph, and the badge needs the room.
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            painter.drawPixmap(QRect(0, 0, size, size), base.pixmap(size, size));
        }
        if (firing > 0) {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            const QString text = firing > 99 ? QStringLiteral("99+") : QString::number(firing);
            const QRectF badge(size * 0.35, size * 0.35, size * 0.65, size * 0.65);
            painter.setBrush(QColor(0xe5, 0x39, 0x35));
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(badge);
            QFont font = painter.font();
            font.setBold(true);
            font.setPixelSize(std::max(6, int(badge.height() * (text.size() > 2 ? 0.4 : 0.6))));
            painter.setFont(font);
            painter.setPen(Qt::white);
            painter.drawText(badge, Qt::AlignCenter, text);
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Tidewatch
