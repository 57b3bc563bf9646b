#include "NotificationThrottle.h"

#include <QTest>

using namespace Tidewatch;

namespace {

QStringList lines(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

} // namespace

/// Timelines of alerts that start firing and resolve, and what the desktop is shown. Each event is
/// "<seconds> fire A B…", "<seconds> resolve A" or "<seconds> show"; each notification shown is
/// printed as "<seconds> A" (one alert) or "<seconds> 3 alerts firing: A, B, C" (a summary).
class TestNotificationThrottle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeline_data()
    {
        QTest::addColumn<int>("threshold");
        QTest::addColumn<int>("windowSeconds");
        QTest::addColumn<int>("gapSeconds");
        QTest::addColumn<QStringList>("events");
        QTest::addColumn<QStringList>("shown");

        QTest::newRow("one alert is shown at once")
            << 3 << 60 << 10 << lines({"0 fire A", "0 show"}) << lines({"0 A"});
        QTest::newRow("alerts firing together, up to the threshold, are shown one by one")
            << 3 << 60 << 10 << lines({"0 fire A B C", "0 show"}) << lines({"0 A", "0 B", "0 C"});
        QTest::newRow("more than the threshold at once become one summary")
            << 3 << 60 << 10 << lines({"0 fire A B C D", "0 show"})
            << lines({"0 4 alerts firing: A, B, C and 1 more"});
        QTest::newRow("the gap holds the next notification back")
            << 3 << 60 << 10 << lines({"0 fire A", "0 show", "2 fire B", "2 show", "9 show", "10 show"})
            << lines({"0 A", "10 B"});
        QTest::newRow("a storm building up within the window turns into a summary")
            << 3 << 60 << 10
            << lines({"0 fire A", "0 show", "5 fire B", "10 show", "12 fire C D E", "15 show", "20 show"})
            << lines({"0 A", "10 B", "20 3 alerts firing: C, D, E"});
        QTest::newRow("after the window passes alerts are single again")
            << 2 << 30 << 5 << lines({"0 fire A B C", "0 show", "31 fire D", "31 show"})
            << lines({"0 3 alerts firing: A, B, C", "31 D"});
        QTest::newRow("during a storm summaries come at most every gap")
            << 1 << 60 << 10
            << lines({"0 fire A B", "0 show", "1 fire C", "1 show", "3 fire D", "10 show", "11 show"})
            << lines({"0 2 alerts firing: A, B", "10 2 alerts firing: C, D"});
        QTest::newRow("an alert resolved before it was shown is withdrawn")
            << 3 << 60 << 10 << lines({"0 fire A", "0 show", "1 fire B", "5 resolve B", "10 show"})
            << lines({"0 A"});
        QTest::newRow("a summary names each alert once")
            << 1 << 60 << 0 << lines({"0 fire A A2", "0 show"}) << lines({"0 2 alerts firing: A, A2"});
        QTest::newRow("zero gap: every showing at once")
            << 5 << 60 << 0 << lines({"0 fire A", "0 show", "0 fire B", "0 show"}) << lines({"0 A", "0 B"});
    }
    void timeline()
    {
        QFETCH(int, threshold);
        QFETCH(int, windowSeconds);
        QFETCH(int, gapSeconds);
        QFETCH(QStringList, events);
        QFETCH(QStringList, shown);

        DesktopNotificationConfig config;
        config.stormThreshold = threshold;
        config.windowMs = windowSeconds * 1000;
        config.minGapMs = gapSeconds * 1000;
        NotificationThrottle throttle(config);
        QStringList actual;
        for (const QString &event : std::as_const(events)) {
            const QStringList parts = event.split(QLatin1Char(' '));
            const qint64 t = parts.at(0).toLongLong() * 1000;
            if (parts.at(1) == QLatin1String("fire")) {
                QList<DesktopAlert> alerts;
                for (const QString &name : parts.mid(2))
                    alerts.append(DesktopAlert{name, name, QStringLiteral("warning"), {}, {}});
                throttle.add(alerts, t);
            } else if (parts.at(1) == QLatin1String("resolve")) {
                throttle.withdraw(parts.at(2));
            } else {
                for (const DesktopNotification &n : throttle.take(t)) {
                    QVERIFY(n.summary ==
                            (n.keys.size() > 1 || n.title.contains(QLatin1String("alerts firing"))));
                    actual << QString::number(t / 1000) + QLatin1Char(' ') +
                                  (n.summary ? n.title + QStringLiteral(": ") + n.body : n.title);
                }
            }
        }
        QCOMPARE(actual, shown);
    }

    void carriesSoundSeverityAndText()
    {
        DesktopNotificationConfig config;
        config.sound = true;
        config.stormThreshold = 1;
        NotificationThrottle throttle(config);
        throttle.add({DesktopAlert{QStringLiteral("k1"), QStringLiteral("LagHigh"), QStringLiteral("warning"),
                                   QStringLiteral("orders is 5000 behind"), QStringLiteral("prod")}},
                     0);
        auto shown = throttle.take(0);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().title, QStringLiteral("LagHigh on prod"));
        QCOMPARE(shown.first().body, QStringLiteral("orders is 5000 behind"));
        QCOMPARE(shown.first().keys, QStringList{QStringLiteral("k1")});
        QVERIFY(shown.first().sound);
        QVERIFY(!shown.first().summary);

        throttle.add(
            {DesktopAlert{QStringLiteral("k2"), QStringLiteral("A"), QStringLiteral("info"), {}, {}},
             DesktopAlert{QStringLiteral("k3"), QStringLiteral("B"), QStringLiteral("critical"), {}, {}}},
            20000);
        QCOMPARE(throttle.nextDueMs(), 10000);
        shown = throttle.take(20000);
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().summary);
        QCOMPARE(shown.first().severity, QStringLiteral("critical"));
        QCOMPARE(shown.first().keys, (QStringList{QStringLiteral("k2"), QStringLiteral("k3")}));
        QVERIFY(shown.first().sound);
        QCOMPARE(throttle.nextDueMs(), -1);
    }
};

QTEST_GUILESS_MAIN(TestNotificationThrottle)
#include "tst_notificationthrottle.moc"
