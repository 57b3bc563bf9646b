#include "AlertHistoryStore.h"
#include "AlertService.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <QTest>

using namespace Tidewatch;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kT0 = 1'800'000'000'000; // evaluation times are real epoch milliseconds
const QString kLag = QStringLiteral("tidewatch_kafka_consumergroup_lag");

AlertRule lagRule(qint64 forMs = 0)
{
    AlertRule r;
    r.name = QStringLiteral("Lag");
    r.metric = kLag;
    r.comparison = AlertComparison::Greater;
    r.threshold = 1000;
    r.forMs = forMs;
    r.severity = QStringLiteral("warning");
    return r;
}

MetricSample lag(const char *cluster, double value)
{
    return MetricSample{kLag,
                        {{QStringLiteral("cluster"), QLatin1String(cluster)},
                         {QStringLiteral("consumergroup"), QStringLiteral("cg1")}},
                        value};
}

SourceHealth kafka(const char *cluster, bool up, qint64 now)
{
    return SourceHealth{QLatin1String(cluster), QStringLiteral("kafka"), up, up ? now : now - 10 * kMinute,
                        2 * kMinute};
}

/// The history oldest first as "minute:event", e.g. "0:firing 1:acknowledged".
QString timeline(AlertService &service, const HistoryQuery &query = {})
{
    service.flushHistory();
    QList<AlertHistoryEntry> rows = service.history(query);
    std::reverse(rows.begin(), rows.end());
    QStringList out;
    for (const AlertHistoryEntry &e : rows)
        out << QString::number((e.atMs - kT0) / kMinute) + QLatin1Char(':') + historyEventName(e.event);
    return out.join(QLatin1Char(' '));
}

Silence prodSilence(qint64 start, qint64 end)
{
    Silence s;
    s.matchers = {LabelMatcher{QStringLiteral("cluster"), QStringLiteral("prod"), false, false}};
    s.startsAtMs = start;
    s.endsAtMs = end;
    s.createdBy = QStringLiteral("ann");
    s.comment = QStringLiteral("maintenance");
    return s;
}

} // namespace

class TestAlertService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void lifecycleIsRecorded();
    void acknowledgementEndsWithTheEpisode();
    void silencesMarkAndEnd();
    void noDataIsVisibleAndNeverResolves();
    void startingSourceFreezesWithoutRows();
    void restartRestoresState();
    void restartAfterLongOutageClosesEpisodes();
    void writerPrunesTheHistory();
    void worksWithoutHistory();
    void unopenableHistoryIsReported();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestAlertService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("alert-history.sqlite"));
}

void TestAlertService::lifecycleIsRecorded()
{
    AlertService service;
    service.setRules({lagRule(kMinute)});
    QVERIFY(service.openHistory(m_path, {}, kT0));
    QSignalSpy evaluated(&service, &AlertService::evaluated);
    QSignalSpy changed(&service, &AlertService::alertsChanged);
    service.evaluate({lag("prod", 2000)}, {kafka("prod", true, kT0)}, kT0);
    service.evaluate({lag("prod", 2500)}, {kafka("prod", true, kT0 + kMinute)}, kT0 + kMinute);
    service.evaluate({lag("prod", 2600)}, {kafka("prod", true, kT0 + 2 * kMinute)}, kT0 + 2 * kMinute);
    service.evaluate({lag("prod", 10)}, {kafka("prod", true, kT0 + 3 * kMinute)}, kT0 + 3 * kMinute);
    QCOMPARE(evaluated.size(), 4);
    QCOMPARE(changed.size(), 4); // pending, firing, value change, gone
    QCOMPARE(timeline(service), QStringLiteral("0:pending 1:firing 3:resolved"));
    const QList<AlertHistoryEntry> rows = service.history({});
    QCOMPARE(rows.at(1).value, 2500.0); // the value at the transition
    QCOMPARE(rows.at(1).label(QStringLiteral("consumergroup")), QStringLiteral("cg1"));
    QCOMPARE(rows.at(1).label(QStringLiteral("alertname")), QStringLiteral("Lag"));
    QCOMPARE(rows.at(0).fingerprint, rows.at(2).fingerprint);
    // The evaluated() signal carries the views and the transitions.
    const auto firingViews = evaluated.at(1).at(0).value<QList<AlertView>>();
    QCOMPARE(firingViews.size(), 1);
    QCOMPARE(firingViews.first().state, AlertViewState::Firing);
    QCOMPARE(evaluated.at(1).at(1).value<QList<AlertTransition>>().size(), 1);
    QVERIFY(service.alerts().isEmpty());
}

void TestAlertService::acknowledgementEndsWithTheEpisode()
{
    AlertService service;
    service.setRules({lagRule()});
    QVERIFY(service.openHistory(m_path, {}, kT0));
    QVERIFY(!service.acknowledge(QStringLiteral("0123456789abcdef"), QStringLiteral("ann"), {},
                                 kT0)); // no such alert
    service.evaluate({lag("prod", 2000)}, {}, kT0);
    const QString fp = service.alerts().first().fingerprint;
    QVERIFY(!service.acknowledge(fp, QStringLiteral("  "), {}, kT0)); // who is required
    QVERIFY(service.acknowledge(fp, QStringLiteral("ann"), QStringLiteral("on it"), kT0 + kMinute));
    QCOMPARE(service.alerts().first().ack->by, QStringLiteral("ann"));
    QCOMPARE(service.alerts().first().ack->atMs, kT0 + kMinute);
    service.evaluate({lag("prod", 10)}, {}, kT0 + 2 * kMinute); // resolved
    QVERIFY(!service.acknowledgement(fp));
    service.evaluate({lag("prod", 2000)}, {}, kT0 + 3 * kMinute); // a new episode
    QCOMPARE(service.alerts().first().fingerprint, fp);
    QVERIFY(!service.alerts().first().ack);
    QCOMPARE(timeline(service), QStringLiteral("0:firing 1:acknowledged 2:resolved 3:firing"));
    HistoryQuery acks;
    acks.events = {AlertHistoryEvent::Acknowledged};
    const QList<AlertHistoryEntry> rows = service.history(acks);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().by, QStringLiteral("ann"));
    QCOMPARE(rows.first().comment, QStringLiteral("on it"));
}

void TestAlertService::silencesMarkAndEnd()
{
    AlertService service;
    service.setRules({lagRule()});
    QVERIFY(service.openHistory(m_path, {}, kT0));
    QSignalSpy silencesChanged(&service, &AlertService::silencesChanged);
    service.evaluate({lag("prod", 2000), lag("staging", 2000)}, {}, kT0);
    QString error;
    const QString id = service.addSilence(prodSilence(kT0, kT0 + 2 * kMinute), &error, kT0);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QCOMPARE(silencesChanged.size(), 1);
    QVERIFY(service.addSilence(Silence{}, &error, kT0).isEmpty());
    QVERIFY(!error.isEmpty());
    const auto silenced = [&service] {
        QStringList clusters;
        for (const AlertView &v : service.alerts()) {
            if (v.isSilenced())
                clusters << v.alert.label(QStringLiteral("cluster"));
        }
        return clusters;
    };
    QCOMPARE(silenced(), QStringList{QStringLiteral("prod")});
    QCOMPARE(service.alerts().constFirst().silencedBy.size() + service.alerts().constLast().silencedBy.size(),
             1);
    service.evaluate({lag("prod", 2000), lag("staging", 2000)}, {}, kT0 + kMinute);
    QCOMPARE(silenced(), QStringList{QStringLiteral("prod")});
    service.evaluate({lag("prod", 2000), lag("staging", 2000)}, {}, kT0 + 2 * kMinute); // ended by itself
    QVERIFY(silenced().isEmpty());

    // A second one, expired early on request.
    const QString second =
        service.addSilence(prodSilence(kT0 + 3 * kMinute, kT0 + 60 * kMinute), nullptr, kT0 + 3 * kMinute);
    QCOMPARE(silenced(), QStringList{QStringLiteral("prod")});
    QVERIFY(service.expireSilence(second, kT0 + 4 * kMinute));
    QVERIFY(!service.expireSilence(second, kT0 + 4 * kMinute));
    QVERIFY(silenced().isEmpty());
    QCOMPARE(service.silences().size(), 2);
    HistoryQuery prod;
    prod.cluster = QStringLiteral("prod");
    QCOMPARE(timeline(service, prod),
             QStringLiteral("0:firing 0:silenced 2:unsilenced 3:silenced 4:unsilenced"));
    HistoryQuery silenceEvents;
    silenceEvents.events = {AlertHistoryEvent::SilenceCreated, AlertHistoryEvent::SilenceExpired};
    QCOMPARE(timeline(service, silenceEvents),
             QStringLiteral("0:silence_created 3:silence_created 4:silence_expired"));
    QCOMPARE(service.history(silenceEvents).constLast().by, QStringLiteral("ann"));
}

void TestAlertService::noDataIsVisibleAndNeverResolves()
{
    AlertService service;
    service.setRules({lagRule()});
    QVERIFY(service.openHistory(m_path, {}, kT0));
    QSignalSpy evaluated(&service, &AlertService::evaluated);
    service.evaluate({lag("prod", 2000)}, {kafka("prod", true, kT0)}, kT0);
    // The cluster's Kafka is unreachable: the lag series are gone.
    service.evaluate({}, {kafka("prod", false, kT0 + kMinute)}, kT0 + kMinute);
    QCOMPARE(evaluated.last().at(1).value<QList<AlertTransition>>().size(), 0); // nothing resolved
    const QList<AlertView> views = service.alerts();
    QCOMPARE(views.size(), 2);
    QCOMPARE(views.at(0).state, AlertViewState::Firing);
    QVERIFY(views.at(0).noData);
    QCOMPARE(views.at(0).noDataReason, QStringLiteral("unreachable"));
    QCOMPARE(views.at(0).noDataSinceMs, kT0 + kMinute);
    QCOMPARE(views.at(1).state, AlertViewState::NoData);
    QCOMPARE(views.at(1).alert.label(QStringLiteral("cluster")), QStringLiteral("prod"));
    QCOMPARE(views.at(1).alert.label(QStringLiteral("source")), QStringLiteral("kafka"));
    QCOMPARE(service.firingCount(), 1);
    service.evaluate({}, {kafka("prod", false, kT0 + 2 * kMinute)}, kT0 + 2 * kMinute);
    service.evaluate({lag("prod", 10)}, {kafka("prod", true, kT0 + 3 * kMinute)}, kT0 + 3 * kMinute);
    QVERIFY(service.alerts().isEmpty());
    // Rule level (nodata, databack of the NoData row) and alert level (frozen, thawed) are both kept.
    QCOMPARE(timeline(service), QStringLiteral("0:firing 1:nodata 1:nodata 3:databack 3:resolved"));
    HistoryQuery firingAlert;
    firingAlert.fingerprint = views.at(0).fingerprint;
    QCOMPARE(timeline(service, firingAlert), QStringLiteral("0:firing 1:nodata 3:resolved"));
}

// Before a collector's first cycle its rules have no data, so restored alerts wait for it instead of
// resolving; that wait is not recorded (it happens at every start), an unreachable source is.
void TestAlertService::startingSourceFreezesWithoutRows()
{
    AlertService service;
    service.setRules({lagRule()});
    QVERIFY(service.openHistory(m_path, {}, kT0));
    service.evaluate({lag("prod", 2000)}, {kafka("prod", true, kT0)}, kT0);
    SourceHealth starting{QStringLiteral("prod"), QStringLiteral("kafka"), false, -1, 2 * kMinute, false};
    service.evaluate({}, {starting}, kT0 + kMinute);
    QCOMPARE(service.firingCount(), 1);
    QVERIFY(service.alerts().first().noData);
    QCOMPARE(service.alerts().first().noDataReason, QStringLiteral("starting"));
    QCOMPARE(timeline(service), QStringLiteral("0:firing"));
    // The first cycle fails: now it is news.
    service.evaluate({}, {kafka("prod", false, kT0 + 2 * kMinute)}, kT0 + 2 * kMinute);
    QCOMPARE(timeline(service), QStringLiteral("0:firing 2:nodata 2:nodata"));
    service.evaluate({lag("prod", 2000)}, {kafka("prod", true, kT0 + 3 * kMinute)}, kT0 + 3 * kMinute);
    QCOMPARE(timeline(service), QStringLiteral("0:firing 2:nodata 2:nodata 3:databack 3:databack"));
    QCOMPARE(service.firingCount(), 1);
    QVERIFY(!service.alerts().first().noData);
}

void TestAlertService::restartRestoresState()
{
    QString fp;
    QString silenceId;
    {
        AlertService before;
        QSignalSpy errors(&before, &AlertService::historyError);
        before.setRules({lagRule(5 * kMinute)});
        QVERIFY(before.openHistory(m_path, {}, kT0));
        before.evaluate({lag("prod", 2000), lag("staging", 2000)}, {}, kT0);
        before.evaluate({lag("prod", 2000), lag("staging", 2000)}, {}, kT0 + 5 * kMinute);
        QCOMPARE(before.firingCount(), 2);
        fp = before.alerts().first().fingerprint;
        QVERIFY(before.acknowledge(fp, QStringLiteral("ann"), {}, kT0 + 6 * kMinute));
        silenceId = before.addSilence(prodSilence(kT0, kT0 + 60 * kMinute), nullptr, kT0 + 6 * kMinute);
        QVERIFY(!silenceId.isEmpty());
        QVERIFY(errors.isEmpty());
    } // no clean shutdown needed: every change is committed as it happens
    AlertService after;
    after.setRules({lagRule(5 * kMinute)});
    QVERIFY(after.openHistory(m_path, {}, kT0 + 20 * kMinute));
    QCOMPARE(after.firingCount(), 2);
    QVERIFY(after.acknowledgement(fp));
    QCOMPARE(after.acknowledgement(fp)->by, QStringLiteral("ann"));
    QCOMPARE(after.silences().size(), 1);
    QCOMPARE(after.silences().first().id, silenceId);
    for (const ActiveAlert &a : after.activeAlerts()) {
        QCOMPARE(a.activeSinceMs, kT0);
        QCOMPARE(a.firedAtMs, kT0 + 5 * kMinute);
    }
    // Still firing: no new pending/firing; the ack and the silence stay.
    after.evaluate({lag("prod", 2000), lag("staging", 2000)}, {}, kT0 + 21 * kMinute);
    QCOMPARE(after.firingCount(), 2);
    QVERIFY(after.acknowledgement(fp));
    HistoryQuery prod;
    prod.cluster = QStringLiteral("prod");
    QCOMPARE(timeline(after, prod),
             QStringLiteral("0:pending 5:firing 6:acknowledged 6:silenced 20:restored"));
    after.evaluate({lag("staging", 2000)}, {}, kT0 + 22 * kMinute);
    QCOMPARE(timeline(after, prod),
             QStringLiteral("0:pending 5:firing 6:acknowledged 6:silenced 20:restored 22:resolved"));
}

void TestAlertService::restartAfterLongOutageClosesEpisodes()
{
    {
        AlertService before;
        before.setRules({lagRule()});
        QVERIFY(before.openHistory(m_path, {}, kT0));
        before.evaluate({lag("prod", 2000)}, {}, kT0);
    }
    AlertService after;
    after.setRules({lagRule()});
    QVERIFY(after.openHistory(m_path, {}, kT0 + 61 * kMinute));
    QCOMPARE(after.firingCount(), 0);
    QCOMPARE(timeline(after), QStringLiteral("0:firing 61:closed"));
    // A new episode starts afresh.
    after.evaluate({lag("prod", 2000)}, {}, kT0 + 62 * kMinute);
    QCOMPARE(timeline(after), QStringLiteral("0:firing 61:closed 62:firing"));
    AlertHistoryStore store;
    QVERIFY(store.open(m_path));
    QCOMPARE(store.loadState().alerts.size(), 1);
    QCOMPARE(store.loadState().alerts.first().activeSinceMs, kT0 + 62 * kMinute);
}

void TestAlertService::writerPrunesTheHistory()
{
    AlertHistoryOptions options;
    options.maxRows = 3;
    options.maxAgeMs = 10 * kMinute;
    options.pruneEveryMs = 0; // after every batch
    AlertService service;
    service.setRules({lagRule()});
    QVERIFY(service.openHistory(m_path, options, kT0));
    for (int minute = 0; minute < 8; ++minute) // firing, resolved, firing, ...
        service.evaluate({lag("prod", minute % 2 ? 10 : 2000)}, {}, kT0 + minute * kMinute);
    QCOMPARE(timeline(service), QStringLiteral("5:resolved 6:firing 7:resolved"));
    // By age: 10 minutes after the last row, a new row is all that is left.
    service.evaluate({lag("prod", 2000)}, {}, kT0 + 18 * kMinute);
    QCOMPARE(timeline(service), QStringLiteral("18:firing"));
}

void TestAlertService::worksWithoutHistory()
{
    AlertService service;
    service.setRules({lagRule()});
    service.evaluate({lag("prod", 2000)}, {}, kT0);
    QCOMPARE(service.firingCount(), 1);
    QVERIFY(service.acknowledge(service.alerts().first().fingerprint, QStringLiteral("ann"), {}, kT0));
    QVERIFY(service.history({}).isEmpty());
    service.flushHistory();
}

void TestAlertService::unopenableHistoryIsReported()
{
    QFile blocker(m_dir->filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    AlertService service;
    QString error;
    QVERIFY(!service.openHistory(m_dir->filePath(QStringLiteral("file/h.sqlite")), {}, kT0, &error));
    QVERIFY(!error.isEmpty());
    service.setRules({lagRule()});
    service.evaluate({lag("prod", 2000)}, {}, kT0);
    QCOMPARE(service.firingCount(), 1);
}

QTEST_GUILESS_MAIN(TestAlertService)
#include "tst_alertservice.moc"
