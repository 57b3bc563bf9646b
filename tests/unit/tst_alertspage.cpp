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
#include "WallBar.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

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
        QVERIFY2(m_service->openHistory(m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++m_run)), {}, kT0 - 1000, &error),
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
        // Most urgent first (state raw value); the two firing ones in key order.
        QStringList rows = printed(*page.filter());
        QCOMPARE(rows.mid(2), (QStringList{u"pending|LagCritical|prod|consumergroup=shipments||"_s,
                                           u"resolved|LagHigh|dr|consumergroup=orders||"_s}));
        rows.sort();
        QCOMPARE(rows.mid(0, 2), (QStringList{u"FIRING|LagHigh|prod|consumergroup=orders|anna|"_s,
                                              u"FIRING|LagHigh|prod|consumergroup=shipments||silenced"_s}));
        QVERIFY2(page.headline().startsWith(QStringLiteral("2 firing (1 silenced) · 1 pending · 0 no data")),
                 qPrintable(page.headline()));

        page.stateBox()->setCurrentText(QStringLiteral("Firing"));
        QCOMPARE(page.filter()->rowCount(), 2);
        page.stateBox()->setCurrentText(QStringLiteral("All states"));
        page.clusterBox()->setCurrentIndex(page.clusterBox()->findData(QStringLiteral("dr")));
        QCOMPARE(printed(*page.filter()), QStringList{u"resolved|LagHigh|dr|consumergroup=orders||"_s});
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
        QCOMPARE(handled, (QStringList{QStringLiteral("consumergroup=orders|acked by anna"),
                                       QStringLiteral("consumergroup=shipments|"),
                                       QStringLiteral("consumergroup=shipments|silenced until ") + until}));
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
};

QTEST_MAIN(TestAlertsPage)
#include "tst_alertspage.moc"
