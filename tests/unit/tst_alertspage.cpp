#include "AlertHandling.h"
#include "AlertHistoryFilter.h"
#include "AlertHistoryModel.h"
#include "AlertService.h"
#include "AlertTableModel.h"
#include "AlertsPage.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "Roles.h"
#include "SilenceTableModel.h"
#include "SilencesView.h"
#include "TrayNotifier.h"
#include "WallBar.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace Tidewatch;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kT0 = 1'796'547'600'000;
constexpr qint64 kMin = 60'000;
const QString kLag = QStringLiteral("tidewatch_kafka_consumergroup_max_time_lag_seconds");

AlertRule rule(const QString &name, double threshold, qint64 forMs, const QString &severity)
{
    AlertRule r;
    r.name = name;
    r.metric = kLag;
    r.threshold = threshold;
    r.forMs = forMs;
    r.severity = severity;
    r.summary = QStringLiteral("{{ $labels.consumergroup }} is {{ $value }} s behind");
    return r;
}

MetricSample lag(const QString &cluster, const QString &group, double seconds)
{
    return MetricSample{
        kLag, {{QStringLiteral("cluster"), cluster}, {QStringLiteral("consumergroup"), group}}, seconds};
}

QList<QPair<QString, QString>> labels(const QString &rule, const QString &cluster, const QString &group,
                                      const QString &severity)
{
    return {{QStringLiteral("alertname"), rule},
            {QStringLiteral("cluster"), cluster},
            {QStringLiteral("consumergroup"), group},
            {QStringLiteral("severity"), severity}};
}

/// "STATE|alert|cluster|subject|acknowledged|silenced" of each row a model shows.
QStringList printed(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r) {
        QStringList cells;
        for (int c : {AlertHistoryModel::StateColumn, AlertHistoryModel::AlertColumn,
                      AlertHistoryModel::ClusterColumn, AlertHistoryModel::SubjectColumn,
                      AlertHistoryModel::AcknowledgedColumn})
            cells << m.index(r, c).data().toString();
        cells << (m.index(r, AlertHistoryModel::SilencedColumn).data().toString().isEmpty()
                      ? QString()
                      : QStringLiteral("silenced"));
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

QList<SourceHealth> live(qint64 nowMs)
{
    return {SourceHealth{u"prod"_s, u"kafka"_s, true, nowMs, 2 * kMin},
            SourceHealth{u"dr"_s, u"kafka"_s, true, nowMs, 2 * kMin}};
}

MetricSample checkpointAge(const QString &cluster, const QString &job, double seconds)
{
    return MetricSample{u"tidewatch_flink_job_last_checkpoint_age_seconds"_s,
                        {{u"cluster"_s, cluster}, {u"job"_s, job}, {u"job_id"_s, u"4f1c2a9e"_s}},
                        seconds};
}

/// Saves @p widget as docs screenshot @p name when TIDEWATCH_SHOT_DIR is set.
void shoot(QWidget &widget, const QString &name, QSize size)
{
    const QString dir = qEnvironmentVariable("TIDEWATCH_SHOT_DIR");
    if (dir.isEmpty())
        return;
    widget.resize(size);
    widget.show();
    QCoreApplication::processEvents();
    QVERIFY(widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

} // namespace

class TestAlertsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AlertService> m_service;
    QString m_silenceId;
    int m_run = 0; ///< a fresh history per test
    const qint64 m_t2 = kT0 + 61 * 1000;

private Q_SLOTS:
    /// A real AlertService with a history on disk: three alerts fire, one resolves, one is
    /// acknowledged, one silenced, one pending.
    void init()
    {
        m_service = std::make_unique<AlertService>();
        m_service->setRules(
            {rule(QStringLiteral("LagHigh"), 100, 0, QStringLiteral("warning")),
             rule(QStringLiteral("LagCritical"), 650, 10 * kMin, QStringLiteral("critical"))});
        QString error;
        QVERIFY2(m_service->openHistory(m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++m_run)), {},
                                        kT0 - 1000, &error),
                 qPrintable(error));
        m_service->evaluate({lag(QStringLiteral("prod"), QStringLiteral("orders"), 500),
                             lag(QStringLiteral("prod"), QStringLiteral("shipments"), 700),
                             lag(QStringLiteral("dr"), QStringLiteral("orders"), 600)},
                            live(kT0), kT0);
        m_service->evaluate({lag(QStringLiteral("prod"), QStringLiteral("orders"), 520),
                             lag(QStringLiteral("prod"), QStringLiteral("shipments"), 710),
                             lag(QStringLiteral("dr"), QStringLiteral("orders"), 10)},
                            live(kT0 + 60 * 1000), kT0 + 60 * 1000);
        QVERIFY(m_service->acknowledge(
            alertFingerprint(labels(QStringLiteral("LagHigh"), QStringLiteral("prod"),
                                    QStringLiteral("orders"), QStringLiteral("warning"))),
            QStringLiteral("anna"), QStringLiteral("restarting it"), kT0 + 60 * 1000));
        Silence s;
        s.matchers = {{QStringLiteral("alertname"), QStringLiteral("LagHigh")},
                      {QStringLiteral("consumergroup"), QStringLiteral("shipments")}};
        s.startsAtMs = kT0 + 60 * 1000;
        s.endsAtMs = kT0 + 180 * kMin;
        s.createdBy = QStringLiteral("ben");
        s.comment = QStringLiteral("carrier maintenance");
        m_silenceId = m_service->addSilence(s, &error, kT0 + 60 * 1000);
        QVERIFY2(!m_silenceId.isEmpty(), qPrintable(error));
        m_service->evaluate({lag(QStringLiteral("prod"), QStringLiteral("orders"), 530),
                             lag(QStringLiteral("prod"), QStringLiteral("shipments"), 720)},
                            live(m_t2), m_t2);
        m_service->flushHistory();
    }
    void cleanup() { m_service.reset(); }

    void rowsAndFilters()
    {
        AlertsPage page;
        QAbstractItemModelTester tester(const_cast<AlertHistoryFilter *>(page.filter()),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setService(m_service.get());
        page.refresh(m_t2);
        // Most urgent first (state raw value): the pending critical alert before the two firing
        // warnings (in key order), then the resolved one.
        QStringList rows = printed(*page.filter());
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.first(), u"pending|LagCritical|prod|group shipments||"_s);
        QCOMPARE(rows.last(), u"resolved|LagHigh|dr|group orders||"_s);
        rows = rows.mid(1, 2);
        rows.sort();
        QCOMPARE(rows, (QStringList{u"firing|LagHigh|prod|group orders|anna|"_s,
                                    u"firing|LagHigh|prod|group shipments||silenced"_s}));
        QVERIFY2(page.headline().startsWith(QStringLiteral("2 firing (1 silenced) · 1 pending · 0 no data")),
                 qPrintable(page.headline()));

        page.stateBox()->setCurrentText(QStringLiteral("Firing"));
        QCOMPARE(page.filter()->rowCount(), 2);
        page.stateBox()->setCurrentText(QStringLiteral("All states"));
        page.clusterBox()->setCurrentIndex(page.clusterBox()->findData(QStringLiteral("dr")));
        QCOMPARE(printed(*page.filter()), QStringList{u"resolved|LagHigh|dr|group orders||"_s});
        page.clusterBox()->setCurrentIndex(0);
        page.severityBox()->setCurrentIndex(page.severityBox()->findData(QStringLiteral("critical")));
        QCOMPARE(page.filter()->rowCount(), 1);
        page.severityBox()->setCurrentIndex(0);
        page.labelField()->setText(QStringLiteral("consumergroup=~ship.*"));
        QCOMPARE(page.filter()->rowCount(), 2);
        page.labelField()->setText(
            QStringLiteral("consumergroup=~(ship")); // unfinished: keeps the last filter
        QCOMPARE(page.filter()->rowCount(), 2);
        page.labelField()->clear();
        QCOMPARE(page.filter()->rowCount(), 4);

        // The resolved one, with its history.
        const QString dr = alertFingerprint(labels(QStringLiteral("LagHigh"), QStringLiteral("dr"),
                                                   QStringLiteral("orders"), QStringLiteral("warning")));
        QVERIFY(page.selectAlert(dr));
        QCOMPARE(page.selectedEpisode()->state, AlertEpisode::State::Resolved);
        QCOMPARE(page.selectedEpisode()->firingAtMs, kT0);
        QCOMPARE(page.selectedEpisode()->resolvedAtMs, kT0 + 60 * 1000);
        const QStringList timeline = page.timeline();
        QVERIFY(timeline.size() >= 2);
        QVERIFY2(timeline.at(timeline.size() - 2).contains(QStringLiteral("firing  600")),
                 qPrintable(timeline.join(QLatin1Char('\n'))));
        QVERIFY2(timeline.last().contains(QStringLiteral("resolved")), qPrintable(timeline.last()));
    }

    void csvOfTheFilter()
    {
        AlertsPage page;
        page.setService(m_service.get());
        page.refresh(m_t2);
        page.clusterBox()->setCurrentIndex(page.clusterBox()->findData(QStringLiteral("prod")));
        const QStringList lines =
            QString::fromUtf8(page.csv()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 3);
        QString orders;
        QString silenced;
        for (const QString &line : lines) {
            if (line.contains(QStringLiteral(",LagHigh,prod,consumergroup=orders,")))
                orders = line;
            if (line.contains(QStringLiteral(",LagHigh,prod,consumergroup=shipments,")))
                silenced = line;
        }
        QVERIFY2(
            orders.startsWith(QStringLiteral("firing,warning,LagHigh,prod,consumergroup=orders,530,"
                                             "2026-12-06T09:00:00.000Z,2026-12-06T09:00:00.000Z,,anna,,")),
            qPrintable(orders));
        QVERIFY2(silenced.contains(QLatin1Char(',') + m_silenceId + QLatin1Char(',')), qPrintable(silenced));
        const QString path = m_dir.filePath(QStringLiteral("alerts.csv"));
        QVERIFY(page.exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), page.csv());
    }

    void expireSilenceFromTheList()
    {
        AlertsPage page;
        page.setService(m_service.get());
        page.refresh(m_t2);
        QCOMPARE(page.silencesView()->model()->rowCount(), 1);
        page.silencesView()->selectSilence(m_silenceId);
        QCOMPARE(page.silencesView()->selectedId(), m_silenceId);
        Q_EMIT page.silencesView()->expireRequested(m_silenceId);
        QVERIFY(m_service->silences().first().isExpired(QDateTime::currentMSecsSinceEpoch()));
    }

    /// The overview's table and the wall banner mark acknowledged and silenced alerts; a silenced
    /// alert alone does not turn the banner red.
    void overviewAndBanner()
    {
        MainWindow window(10000);
        window.setAlerts(m_service->activeAlerts());
        window.setAlertHandling(AlertHandling::fromViews(m_service->alerts(), m_service->silences()));
        window.showPage(QStringLiteral("overview"));
        window.applyPending();
        const AlertTableModel *model = window.overviewPage()->alertModel();
        QStringList handled;
        for (int r = 0; r < model->rowCount(); ++r)
            handled << model->index(r, AlertTableModel::SubjectColumn).data().toString() + QLatin1Char('|') +
                           model->index(r, AlertTableModel::HandlingColumn).data().toString();
        handled.sort();
        const QString until =
            QDateTime::fromMSecsSinceEpoch(kT0 + 180 * kMin)
                .toString(QDateTime::fromMSecsSinceEpoch(kT0 + 180 * kMin).date() == QDate::currentDate()
                              ? QStringLiteral("HH:mm")
                              : QStringLiteral("yyyy-MM-dd HH:mm"));
        QCOMPARE(handled, (QStringList{QStringLiteral("group orders|acked by anna"),
                                       QStringLiteral("group shipments|"),
                                       QStringLiteral("group shipments|silenced until ") + until}));
        QCOMPARE(window.overviewPage()->alertTitle(),
                 QStringLiteral("Alerts: 2 firing (1 silenced), 1 pending"));

        const QString problems = window.problems().join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(
                     QStringLiteral("ALERT LagHigh [warning] orders is 530 s behind — acked by anna")),
                 qPrintable(problems));
        QVERIFY(!problems.contains(QStringLiteral("shipments")));
        QCOMPARE(window.quietAlerts(),
                 QStringList{
                     QStringLiteral("ALERT LagHigh [warning] shipments is 720 s behind — silenced until ") +
                     until});
        window.enterWallMode({QStringLiteral("overview")}, 0);
        QVERIFY(window.wallBar()->isAlarming()); // the acknowledged one still alarms
        QVERIFY(window.wallBar()->bannerText().contains(QStringLiteral("silenced until")));

        // Only the silenced alert left firing: the banner shows it, grey, not red.
        QList<ActiveAlert> silencedOnly;
        for (const ActiveAlert &a : m_service->activeAlerts()) {
            if (a.label(QStringLiteral("consumergroup")) == QLatin1String("shipments") &&
                a.ruleName == QLatin1String("LagHigh"))
                silencedOnly << a;
        }
        window.setAlerts(silencedOnly);
        window.applyPending();
        QVERIFY(!window.wallBar()->isAlarming());
        QVERIFY(window.wallBar()->bannerText().contains(QStringLiteral("silenced until")));
        window.leaveWallMode();
    }

    /// The Alerts page over a realistic hour of alert handling (firing, pending, no data, resolved,
    /// acknowledged, silenced), and the desktop notifications the tray would show for its storm
    /// and a single alert: the docs' screenshots when TIDEWATCH_SHOT_DIR is set.
    void screenshots()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto at = [now](int minutesAgo) {
            return now - minutesAgo * kMin;
        };
        AlertService service;
        AlertRule stale;
        stale.name = u"FlinkCheckpointStale"_s;
        stale.metric = u"tidewatch_flink_job_last_checkpoint_age_seconds"_s;
        stale.threshold = 600;
        stale.severity = u"critical"_s;
        stale.summary = u"{{ $labels.job }}: last checkpoint {{ $value }} s ago"_s;
        service.setRules({rule(u"LagHigh"_s, 100, 0, u"warning"_s),
                          rule(u"LagCritical"_s, 650, 10 * kMin, u"critical"_s), stale});
        QVERIFY(service.openHistory(m_dir.filePath(u"shots.sqlite"_s), {}, at(61)));
        const auto health = [](qint64 t, bool drFlink) {
            return QList<SourceHealth>{
                SourceHealth{u"prod"_s, u"kafka"_s, true, t, 2 * kMin},
                SourceHealth{u"prod"_s, u"flink"_s, true, t, 2 * kMin},
                SourceHealth{u"dr"_s, u"kafka"_s, true, t, 2 * kMin},
                SourceHealth{u"dr"_s, u"flink"_s, drFlink, drFlink ? t : t - 6 * kMin, kMin}};
        };
        TrayNotifier tray;
        DesktopNotificationConfig desktop;
        tray.setConfig(desktop);
        const auto step = [&](int minutesAgo, const QList<MetricSample> &samples, bool drFlink = true) {
            service.evaluate(samples, health(at(minutesAgo), drFlink), at(minutesAgo));
            tray.setAlerts(service.alerts(), at(minutesAgo));
        };
        const auto orders = [](double v) {
            return lag(u"prod"_s, u"orders"_s, v);
        };
        const auto billing = [](double v) {
            return lag(u"prod"_s, u"billing"_s, v);
        };
        const auto drShip = [](double v) {
            return lag(u"dr"_s, u"shipments"_s, v);
        };
        const MetricSample drJob = checkpointAge(u"dr"_s, u"orders-enrichment"_s, 30);
        step(60, {orders(40), billing(20), drShip(30), checkpointAge(u"prod"_s, u"orders-enrichment"_s, 25),
                  drJob});
        step(50,
             {orders(480), billing(20), drShip(905), checkpointAge(u"prod"_s, u"orders-enrichment"_s, 912),
              lag(u"prod"_s, u"returns"_s, 260), lag(u"prod"_s, u"invoices"_s, 300), drJob});
        step(35, {orders(510), billing(20), drShip(12),
                  checkpointAge(u"prod"_s, u"orders-enrichment"_s, 1812), drJob});
        step(20, {orders(530), billing(310), drShip(8),
                  checkpointAge(u"prod"_s, u"orders-enrichment"_s, 2712), drJob});
        QVERIFY(
            service.acknowledge(alertFingerprint(labels(u"LagHigh"_s, u"prod"_s, u"orders"_s, u"warning"_s)),
                                u"anna"_s, u"restarting the orders consumer"_s, at(12)));
        Silence s;
        s.matchers = {{u"alertname"_s, u"FlinkCheckpointStale"_s}, {u"cluster"_s, u"prod"_s}};
        s.startsAtMs = at(11);
        s.endsAtMs = now + 70 * kMin;
        s.createdBy = u"ben"_s;
        s.comment = u"savepoint migration of orders-enrichment"_s;
        QString error;
        QVERIFY2(!service.addSilence(s, &error, at(11)).isEmpty(), qPrintable(error));
        step(5,
             {orders(700), billing(330), drShip(9), checkpointAge(u"prod"_s, u"orders-enrichment"_s, 3600)},
             false);
        step(0,
             {orders(720), billing(340), drShip(9), checkpointAge(u"prod"_s, u"orders-enrichment"_s, 3900)},
             false);
        service.flushHistory();

        MainWindow window(10000);
        window.addCluster(u"prod"_s, 10000, true, true);
        window.addCluster(u"dr"_s, 10000, true, true);
        window.setAlerts(service.activeAlerts());
        window.setAlertHandling(AlertHandling::fromViews(service.alerts(), service.silences()));
        auto *page = static_cast<AlertsPage *>(window.page(u"alerts"_s));
        page->setService(&service);
        window.showPage(u"alerts"_s);
        page->refresh(now);
        QVERIFY(
            page->selectAlert(alertFingerprint(labels(u"LagHigh"_s, u"prod"_s, u"orders"_s, u"warning"_s))));
        QSet<AlertEpisode::State> states;
        bool acked = false;
        bool silenced = false;
        for (const AlertEpisode &e : page->model()->rows()) {
            states.insert(e.state);
            acked |= e.isAcknowledged();
            silenced |= e.isSilenced();
        }
        QCOMPARE(states,
                 (QSet<AlertEpisode::State>{AlertEpisode::State::Firing, AlertEpisode::State::Pending,
                                            AlertEpisode::State::NoData, AlertEpisode::State::Resolved}));
        QVERIFY(acked && silenced);
        shoot(window, u"alerts"_s, {1920, 900});

        // What the tray passed to QSystemTrayIcon::showMessage(): the storm at -50 min as one summary,
        // then single ones. Drawn as cards: offscreen there is no tray and no notification daemon.
        const QList<DesktopNotification> shown = tray.shown();
        QVERIFY(shown.size() >= 2);
        QVERIFY(shown.first().summary);
        QWidget cards;
        cards.setStyleSheet(
            u"QWidget#card { background: #2b2f36; border-radius: 8px; } QLabel { color: #e8eaed; }"_s);
        auto *column = new QVBoxLayout(&cards);
        for (const DesktopNotification &n : shown.mid(0, 3)) {
            auto *card = new QWidget(&cards);
            card->setObjectName(u"card"_s);
            card->setAttribute(Qt::WA_StyledBackground);
            auto *row = new QHBoxLayout(card);
            auto *icon = new QLabel(card);
            icon->setPixmap(TrayNotifier::iconFor(service.firingCount()).pixmap(48, 48));
            row->addWidget(icon, 0, Qt::AlignTop);
            auto *text = new QLabel(u"<b>%1</b><br>%2<br><small>%3 · Tidewatch</small>"_s.arg(
                                        n.title.toHtmlEscaped(), n.body.toHtmlEscaped(), n.severity),
                                    card);
            text->setWordWrap(true);
            row->addWidget(text, 1);
            column->addWidget(card);
        }
        column->addStretch(1);
        shoot(cards, u"tray-notification"_s, {460, 180});
    }
};

QTEST_MAIN(TestAlertsPage)
#include "tst_alertspage.moc"
