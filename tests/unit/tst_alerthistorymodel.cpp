#include "AlertHistoryFilter.h"
#include "AlertHistoryModel.h"
#include "CsvExport.h"
#include "Roles.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Tidewatch;
using namespace Qt::StringLiterals;

namespace {

using State = AlertEpisode::State;
constexpr qint64 kT0 = 1'796'547'600'000; // 2026-12-06T09:00:00Z
constexpr qint64 kMin = 60'000;

AlertEpisode episode(const QString &id, const QString &rule, const QString &cluster, const QString &group,
                     State state, const QString &severity, qint64 pendingAt)
{
    AlertEpisode e;
    e.id = id;
    e.ruleName = rule;
    e.metric = QStringLiteral("tidewatch_kafka_consumergroup_lag");
    e.labels = {{QStringLiteral("alertname"), rule}, {QStringLiteral("cluster"), cluster}};
    if (!group.isEmpty())
        e.labels.append({QStringLiteral("consumergroup"), group});
    e.labels.append({QStringLiteral("severity"), severity});
    e.severity = severity;
    e.state = state;
    e.pendingAtMs = pendingAt;
    if (state != State::Pending)
        e.firingAtMs = pendingAt + kMin;
    if (state == State::Resolved)
        e.resolvedAtMs = pendingAt + 5 * kMin;
    e.value = 1500;
    e.summary = QStringLiteral("%1 on %2").arg(rule, cluster);
    return e;
}

/// The test's episodes: what the filters choose from.
QList<AlertEpisode> fixture()
{
    AlertEpisode ackd = episode(QStringLiteral("a"), QStringLiteral("LagHigh"), QStringLiteral("prod"),
                                QStringLiteral("orders"), State::Firing, QStringLiteral("warning"), kT0);
    ackd.acknowledgedBy = QStringLiteral("anna");
    ackd.acknowledgedAtMs = kT0 + 2 * kMin;
    AlertEpisode silenced = episode(QStringLiteral("b"), QStringLiteral("BrokerDown"), QStringLiteral("prod"),
                                    {}, State::Firing, QStringLiteral("critical"), kT0 + 10 * kMin);
    silenced.silenceId = QStringLiteral("s1");
    silenced.silencedBy = QStringLiteral("ben");
    silenced.silencedUntilMs = kT0 + 60 * kMin;
    AlertEpisode noData = episode(QStringLiteral("c"), QStringLiteral("LagHigh"), QStringLiteral("dr"),
                                  QStringLiteral("billing"), State::NoData, QStringLiteral("warning"), -1);
    noData.noDataAtMs = kT0 + 20 * kMin;
    noData.firingAtMs = -1;
    noData.value = std::nan("");
    return {ackd, silenced, noData,
            episode(QStringLiteral("d"), QStringLiteral("LagHigh"), QStringLiteral("prod"),
                    QStringLiteral("shipments"), State::Resolved, QStringLiteral("warning"),
                    kT0 - 120 * kMin),
            episode(QStringLiteral("e"), QStringLiteral("CheckpointStale"), QStringLiteral("dr"), {},
                    State::Pending, QStringLiteral("info"), kT0 + 30 * kMin)};
}

/// The ids of the rows a model shows, in its order.
QStringList ids(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, 0).data(KeyRole).toString();
    return out;
}

/// An RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks inside; CRLF rows.
QList<QStringList> parseCsv(const QString &text, bool *crlfOnly)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    *crlfOnly = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            if (c == QLatin1Char('\n'))
                *crlfOnly = false;
            field += c;
        }
    }
    if (!row.isEmpty() || !field.isEmpty())
        rows << (row << field);
    return rows;
}

} // namespace

class TestAlertHistoryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filters_data()
    {
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QList<int>>("states");
        QTest::addColumn<QString>("matchers");
        QTest::addColumn<qint64>("fromMs");
        QTest::addColumn<qint64>("toMs");
        QTest::addColumn<QStringList>("expected");

        const QList<int> any;
        // Most urgent first: firing critical (b), firing warning (a), no data (c), pending (e), resolved (d).
        QTest::newRow("no filter: everything, most urgent state first")
            << QString() << QString() << any << QString() << qint64(-1) << qint64(-1)
            << QStringList{u"b"_s, u"a"_s, u"c"_s, u"e"_s, u"d"_s};
        QTest::newRow("cluster prod") << QStringLiteral("prod") << QString() << any << QString() << qint64(-1)
                                      << qint64(-1) << QStringList{u"b"_s, u"a"_s, u"d"_s};
        QTest::newRow("severity critical") << QString() << QStringLiteral("critical") << any << QString()
                                           << qint64(-1) << qint64(-1) << QStringList{u"b"_s};
        QTest::newRow("state firing and no data")
            << QString() << QString() << QList<int>{int(State::Firing), int(State::NoData)} << QString()
            << qint64(-1) << qint64(-1) << QStringList{u"b"_s, u"a"_s, u"c"_s};
        QTest::newRow("state resolved only") << QString() << QString() << QList<int>{int(State::Resolved)}
                                             << QString() << qint64(-1) << qint64(-1) << QStringList{u"d"_s};
        QTest::newRow("label equality")
            << QString() << QString() << any << QStringLiteral("consumergroup=orders") << qint64(-1)
            << qint64(-1) << QStringList{u"a"_s};
        QTest::newRow("label regex, anchored")
            << QString() << QString() << any << QStringLiteral("consumergroup=~\"(orders|ship).*\"")
            << qint64(-1) << qint64(-1) << QStringList{u"a"_s, u"d"_s};
        QTest::newRow("label not equal: a missing label counts as empty")
            << QString() << QString() << any << QStringLiteral("{consumergroup!=\"\"}") << qint64(-1)
            << qint64(-1) << QStringList{u"a"_s, u"c"_s, u"d"_s};
        QTest::newRow("negative regex and cluster combined")
            << QStringLiteral("dr") << QString() << any << QStringLiteral("alertname!~Lag.*") << qint64(-1)
            << qint64(-1) << QStringList{u"e"_s};
        QTest::newRow("time range after the resolved one ended: it goes")
            << QString() << QString() << any << QString() << kT0 << qint64(-1)
            << QStringList{u"b"_s, u"a"_s, u"c"_s, u"e"_s};
        QTest::newRow("time range before the later ones started: they go")
            << QString() << QString() << any << QString() << qint64(-1) << kT0 + 5 * kMin
            << QStringList{u"a"_s, u"d"_s};
        QTest::newRow("everything combined")
            << QStringLiteral("prod") << QStringLiteral("warning") << QList<int>{int(State::Firing)}
            << QStringLiteral("consumergroup=~o.*") << kT0 - kMin << kT0 + kMin << QStringList{u"a"_s};
    }

    /// Each filter narrows the rows; the order is the state's urgency (raw value), then the key.
    void filters()
    {
        QFETCH(QString, cluster);
        QFETCH(QString, severity);
        QFETCH(QList<int>, states);
        QFETCH(QString, matchers);
        QFETCH(qint64, fromMs);
        QFETCH(qint64, toMs);
        QFETCH(QStringList, expected);

        AlertHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AlertHistoryFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.sort(AlertHistoryModel::StateColumn, Qt::DescendingOrder);
        model.setRows(fixture());

        filter.setCluster(cluster);
        filter.setSeverity(severity);
        QSet<State> stateSet;
        for (int s : states)
            stateSet.insert(State(s));
        filter.setStates(stateSet);
        QList<LabelMatcher> parsed;
        QString error;
        QVERIFY2(AlertHistoryFilter::parseMatchers(matchers, parsed, error), qPrintable(error));
        filter.setMatchers(parsed);
        filter.setTimeRange(fromMs, toMs);
        QCOMPARE(ids(filter), expected);

        // The rows follow the model's merges: a resolved episode leaves a "firing" filter.
        QList<AlertEpisode> next = fixture();
        next[0].state = State::Resolved;
        next[0].resolvedAtMs = kT0 + 3 * kMin;
        model.setRows(next);
        for (int r = 0; r < filter.rowCount(); ++r)
            QVERIFY(filter.accepts(*model.episodeAt(filter.mapToSource(filter.index(r, 0)).row())));
    }

    void badMatchers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no operator") << QStringLiteral("cluster");
        QTest::newRow("invalid label name") << QStringLiteral("1cluster=prod");
        QTest::newRow("invalid regex") << QStringLiteral("consumergroup=~\"(orders\"");
        QTest::newRow("one bad among good ones") << QStringLiteral("cluster=prod, =x");
    }
    void badMatchers()
    {
        QFETCH(QString, text);
        QList<LabelMatcher> out;
        QString error;
        QVERIFY(!AlertHistoryFilter::parseMatchers(text, out, error));
        QVERIFY(!error.isEmpty());
    }

    void matcherTextRoundTrip()
    {
        const QList<LabelMatcher> matchers{
            {QStringLiteral("cluster"), QStringLiteral("prod")},
            {QStringLiteral("consumergroup"), QStringLiteral("a,\"b\".*"), true},
            {QStringLiteral("job"), QStringLiteral("x"), false, true},
            {QStringLiteral("topic"), QStringLiteral("t\\d+"), true, true}};
        QList<LabelMatcher> back;
        QString error;
        QVERIFY2(AlertHistoryFilter::parseMatchers(AlertHistoryFilter::matchersText(matchers), back, error),
                 qPrintable(error));
        QCOMPARE(back, matchers);
    }

    /// The CSV of the filtered view parses back (RFC 4180) to the same rows, with ISO 8601 UTC times.
    void csvParsesBack()
    {
        AlertHistoryModel model;
        AlertHistoryFilter filter;
        filter.setSourceModel(&model);
        filter.sort(AlertHistoryModel::StateColumn, Qt::DescendingOrder);
        QList<AlertEpisode> rows = fixture();
        rows[0].summary = QStringLiteral("lag is \"high\", 1,500 records\r\nsee runbook");
        rows[0].acknowledgeComment = QStringLiteral("looking");
        model.setRows(rows);
        filter.setCluster(QStringLiteral("prod"));

        bool crlfOnly = false;
        const QList<QStringList> csv = parseCsv(QString::fromUtf8(CsvExport::fromModel(filter)), &crlfOnly);
        QVERIFY(crlfOnly); // every record ends with CRLF; bare LF only inside quoted fields
        QCOMPARE(csv.size(), 1 + 3);
        QCOMPARE(csv.at(0).size(), int(AlertHistoryModel::ColumnCount));
        QCOMPARE(csv.at(0).at(AlertHistoryModel::FiringColumn), QStringLiteral("Firing"));
        for (const QStringList &line : csv)
            QCOMPARE(line.size(), int(AlertHistoryModel::ColumnCount));

        // Firing critical (BrokerDown, silenced) sorts before firing warning (LagHigh).
        const QStringList first = csv.at(2);
        QCOMPARE(first.at(AlertHistoryModel::StateColumn), QStringLiteral("firing"));
        QCOMPARE(first.at(AlertHistoryModel::AlertColumn), QStringLiteral("LagHigh"));
        QCOMPARE(first.at(AlertHistoryModel::SummaryColumn), rows[0].summary);
        QCOMPARE(first.at(AlertHistoryModel::ValueColumn), QStringLiteral("1500"));
        QCOMPARE(first.at(AlertHistoryModel::AcknowledgedColumn), QStringLiteral("anna"));
        QCOMPARE(first.at(AlertHistoryModel::PendingColumn), QStringLiteral("2026-12-06T09:00:00.000Z"));
        const QDateTime firing =
            QDateTime::fromString(first.at(AlertHistoryModel::FiringColumn), Qt::ISODateWithMs);
        QCOMPARE(firing.timeSpec(), Qt::UTC);
        QCOMPARE(firing.toMSecsSinceEpoch(), kT0 + kMin);
        QCOMPARE(first.at(AlertHistoryModel::ResolvedColumn), QString()); // never: empty, not a dash
        QCOMPARE(csv.at(1).at(AlertHistoryModel::SilencedColumn), QStringLiteral("s1"));
        QCOMPARE(csv.at(3).at(AlertHistoryModel::StateColumn), QStringLiteral("resolved"));
        QCOMPARE(QDateTime::fromString(csv.at(3).at(AlertHistoryModel::ResolvedColumn), Qt::ISODateWithMs)
                     .toMSecsSinceEpoch(),
                 kT0 - 115 * kMin);
    }

    void csvField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote doubled")
            << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("spaces kept unquoted") << QStringLiteral(" a ") << QStringLiteral(" a ");
    }
    void csvField()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(CsvExport::field(text), field);
    }

    void handlingText_data()
    {
        QTest::addColumn<QString>("by");
        QTest::addColumn<qint64>("untilMs");
        QTest::addColumn<QString>("expected");
        const QDateTime today = QDateTime(QDate::currentDate(), QTime(14, 0));
        const QDateTime later = today.addDays(3);
        QTest::newRow("neither") << QString() << qint64(-1) << QString();
        QTest::newRow("acked") << QStringLiteral("anna") << qint64(-1) << QStringLiteral("acked by anna");
        QTest::newRow("silenced today: the time")
            << QString() << today.toMSecsSinceEpoch() << QStringLiteral("silenced until 14:00");
        QTest::newRow("silenced till another day: with the date")
            << QString() << later.toMSecsSinceEpoch()
            << QStringLiteral("silenced until %1").arg(later.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        QTest::newRow("both") << QStringLiteral("anna") << today.toMSecsSinceEpoch()
                              << QStringLiteral("acked by anna · silenced until 14:00");
    }
    void handlingText()
    {
        QFETCH(QString, by);
        QFETCH(qint64, untilMs);
        QFETCH(QString, expected);
        QCOMPARE(AlertHistoryModel::handlingText(by, untilMs), expected);
    }
};

QTEST_GUILESS_MAIN(TestAlertHistoryModel)
#include "tst_alerthistorymodel.moc"
