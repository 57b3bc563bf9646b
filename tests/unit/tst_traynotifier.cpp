#include "TrayAlertFeed.h"
#include "TrayNotifier.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Tidewatch;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kT0 = 1'796'547'600'000;
constexpr qint64 kSec = 1000;

/// One step of a timeline: at t seconds, the alert list is `alerts` ("Name@cluster:state[:silenced]"),
/// then take() is called; `shown` are the notifications' titles ("*" marks a summary).
struct Step
{
    int atSeconds;
    QStringList alerts;
    QStringList shown;
};

AlertView view(const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    const QString name = parts.at(0).section(QLatin1Char('@'), 0, 0);
    const QString cluster = parts.at(0).section(QLatin1Char('@'), 1, 1);
    AlertView v;
    v.alert.ruleName = name;
    v.alert.severity =
        name.startsWith(QLatin1String("Crit")) ? QStringLiteral("critical") : QStringLiteral("warning");
    v.alert.labels = {{QStringLiteral("alertname"), name}, {QStringLiteral("cluster"), cluster}};
    v.alert.summary = QStringLiteral("%1 on %2").arg(name, cluster);
    v.fingerprint = alertFingerprint(v.alert.labels);
    v.state = parts.value(1) == QLatin1String("pending") ? AlertViewState::Pending : AlertViewState::Firing;
    v.alert.state = v.state == AlertViewState::Firing ? AlertState::Firing : AlertState::Pending;
    if (parts.value(2) == QLatin1String("silenced"))
        v.silencedBy = {QStringLiteral("s1")};
    return v;
}

QStringList titles(const QList<DesktopNotification> &list)
{
    QStringList out;
    for (const DesktopNotification &n : list)
        out << (n.summary ? QStringLiteral("*") : QString()) + n.title;
    return out;
}

} // namespace

class TestTrayNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timelines_data()
    {
        QTest::addColumn<QList<Step>>("steps");
        // Throttle: more than 3 new alerts within 60 s become one summary; 10 s between showings.
        QTest::newRow("one new firing alert: one notification")
            << QList<Step>{{0, {u"Lag@prod:firing"_s}, {u"Lag on prod"_s}}, {5, {u"Lag@prod:firing"_s}, {}}};
        QTest::newRow("pending is not news; firing is") << QList<Step>{
            {0, {u"Lag@prod:pending"_s}, {}}, {30, {u"Lag@prod:firing"_s}, {u"Lag on prod"_s}}};
        QTest::newRow("a silenced alert is never shown") << QList<Step>{
            {0, {u"Lag@prod:firing:silenced"_s}, {}}, {20, {u"Lag@prod:firing:silenced"_s}, {}}};
        QTest::newRow("a storm becomes one summary") << QList<Step>{
            {0,
             {u"A@p:firing"_s, u"B@p:firing"_s, u"C@p:firing"_s, u"D@p:firing"_s, u"E@p:firing"_s},
             {u"*5 alerts firing"_s}}};
        QTest::newRow("within the gap: queued, then shown together")
            << QList<Step>{{0, {u"A@p:firing"_s}, {u"A on p"_s}},
                           {3, {u"A@p:firing"_s, u"B@p:firing"_s}, {}},
                           {10, {u"A@p:firing"_s, u"B@p:firing"_s}, {u"B on p"_s}}};
        QTest::newRow("resolved before it was shown: withdrawn")
            << QList<Step>{{0, {u"A@p:firing"_s}, {u"A on p"_s}},
                           {3, {u"A@p:firing"_s, u"B@p:firing"_s}, {}},
                           {10, {u"A@p:firing"_s}, {}}};
        QTest::newRow("silenced before it was shown: withdrawn")
            << QList<Step>{{0, {u"A@p:firing"_s}, {u"A on p"_s}},
                           {3, {u"A@p:firing"_s, u"B@p:firing"_s}, {}},
                           {10, {u"A@p:firing"_s, u"B@p:firing:silenced"_s}, {}}};
        QTest::newRow("fires again after resolving: shown again") << QList<Step>{
            {0, {u"A@p:firing"_s}, {u"A on p"_s}}, {20, {}, {}}, {40, {u"A@p:firing"_s}, {u"A on p"_s}}};
        QTest::newRow("unsilenced while firing: news again")
            << QList<Step>{{0, {u"A@p:firing:silenced"_s}, {}}, {20, {u"A@p:firing"_s}, {u"A on p"_s}}};
    }

    /// Timelines of alert lists: which notifications would pop up, and when.
    void timelines()
    {
        QFETCH(QList<Step>, steps);
        TrayAlertFeed feed;
        DesktopNotificationConfig config;
        config.stormThreshold = 3;
        config.windowMs = 60 * kSec;
        config.minGapMs = 10 * kSec;
        feed.setConfig(config);
        for (const Step &step : steps) {
            QList<AlertView> views;
            for (const QString &spec : step.alerts)
                views << view(spec);
            const qint64 t = kT0 + step.atSeconds * kSec;
            feed.update(views, t);
            QCOMPARE(titles(feed.take(t)), step.shown);
        }
    }

    /// Off, or muted: nothing is queued, and nothing queued before comes out later.
    void offAndMuted()
    {
        TrayAlertFeed feed;
        DesktopNotificationConfig config;
        config.enabled = false;
        feed.setConfig(config);
        feed.update({view(QStringLiteral("A@p:firing"))}, kT0);
        QVERIFY(feed.take(kT0).isEmpty());
        QCOMPARE(feed.firingCount(), 1); // the icon still counts it
        QVERIFY(feed.toolTip(kT0).contains(QStringLiteral("off")));

        config.enabled = true;
        feed.setConfig(config);
        feed.update({view(QStringLiteral("A@p:firing"))}, kT0 + kSec);
        QVERIFY(feed.take(kT0 + kSec).isEmpty()); // it started firing while off: not news now

        feed.muteUntil(kT0 + 3600 * kSec);
        feed.update({view(QStringLiteral("A@p:firing")), view(QStringLiteral("B@p:firing"))}, kT0 + 2 * kSec);
        QVERIFY(feed.take(kT0 + 2 * kSec).isEmpty());
        QVERIFY(feed.isMuted(kT0 + 2 * kSec));
        QVERIFY(feed.toolTip(kT0 + 2 * kSec).contains(QStringLiteral("muted until")));
        QVERIFY(feed.take(kT0 + 3601 * kSec).isEmpty()); // not shown after the mute either
        feed.update({view(QStringLiteral("A@p:firing")), view(QStringLiteral("B@p:firing")),
                     view(QStringLiteral("C@p:firing"))},
                    kT0 + 3602 * kSec);
        QCOMPARE(titles(feed.take(kT0 + 3602 * kSec)), QStringList{QStringLiteral("C on p")});
    }

    void countAndToolTip()
    {
        TrayAlertFeed feed;
        feed.update({view(QStringLiteral("A@p:firing")), view(QStringLiteral("B@p:pending")),
                     view(QStringLiteral("C@dr:firing:silenced")), view(QStringLiteral("D@dr:firing"))},
                    kT0);
        QCOMPARE(feed.firingCount(), 2); // firing and not silenced
        QCOMPARE(feed.toolTip(kT0), QStringLiteral("Tidewatch: 2 alert(s) firing\nA on p\nD on dr"));
        feed.update({}, kT0 + kSec);
        QCOMPARE(feed.toolTip(kT0 + kSec), QStringLiteral("Tidewatch: no alert firing"));
    }

    /// Offscreen there is no system tray: no icon, no error, and the same decisions.
    void noTrayOffscreen()
    {
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
        TrayNotifier notifier;
        QVERIFY(!notifier.hasIcon());
        notifier.setAlerts({view(QStringLiteral("Crit@p:firing"))}, kT0);
        QCOMPARE(notifier.shown().size(), 1);
        QCOMPARE(notifier.shown().first().severity, QStringLiteral("critical"));
        QCOMPARE(notifier.feed().firingCount(), 1);
    }

    void iconShowsTheCount()
    {
        const QImage none = TrayNotifier::iconFor(0).pixmap(32, 32).toImage();
        const QImage three = TrayNotifier::iconFor(3).pixmap(32, 32).toImage();
        QVERIFY(!three.isNull());
        QVERIFY(none != three);
        // The badge is red beside the digit (bottom right quarter).
        const QColor badge = three.pixelColor(14, 21);
        QVERIFY2(badge.red() > 150 && badge.green() < 120, qPrintable(badge.name()));
    }
};

QTEST_MAIN(TestTrayNotifier)
#include "tst_traynotifier.moc"
