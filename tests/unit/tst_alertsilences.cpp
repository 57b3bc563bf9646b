#include "Acknowledgements.h"
#include "AlertSilences.h"
#include "AlertView.h"

#include <QTest>
#include <QUuid>

using namespace Tidewatch;

namespace {

using Labels = QList<QPair<QString, QString>>;

/// "name=value,name2=~regex" in Alertmanager's matcher syntax (no commas inside values here).
QList<LabelMatcher> parseMatchers(const QString &text)
{
    QList<LabelMatcher> matchers;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        for (const char *op : {"!~", "=~", "!=", "="}) {
            const qsizetype at = part.indexOf(QLatin1String(op));
            if (at < 0)
                continue;
            const QString o = QLatin1String(op);
            matchers.append(LabelMatcher{part.left(at), part.mid(at + o.size()), o.contains(QLatin1Char('~')),
                                         o.startsWith(QLatin1Char('!'))});
            break;
        }
    }
    return matchers;
}

Labels labels(const QString &text)
{
    Labels result;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        result.append({part.section(QLatin1Char('='), 0, 0), part.section(QLatin1Char('='), 1)});
    std::sort(result.begin(), result.end());
    return result;
}

Silence silence(const QString &matchers, qint64 start, qint64 end)
{
    Silence s;
    s.matchers = parseMatchers(matchers);
    s.startsAtMs = start;
    s.endsAtMs = end;
    s.createdBy = QStringLiteral("ops");
    return s;
}

} // namespace

class TestAlertSilences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matching_data();
    void matching();
    void validation_data();
    void validation();
    void activeWindow_data();
    void activeWindow();
    void expireEarly();
    void replaceAndPrune();
    void acknowledgementLifecycle();
    void fingerprints();
};

void TestAlertSilences::matching_data()
{
    QTest::addColumn<QString>("matchers");
    QTest::addColumn<QString>("labels");
    QTest::addColumn<bool>("matches");
    const QString alert =
        QStringLiteral("alertname=LagHigh,cluster=prod,consumergroup=orders-svc,severity=warning");
    QTest::newRow("equal") << "alertname=LagHigh" << alert << true;
    QTest::newRow("equal, other value") << "alertname=Other" << alert << false;
    QTest::newRow("all matchers must match") << "alertname=LagHigh,cluster=staging" << alert << false;
    QTest::newRow("not equal") << "cluster!=staging" << alert << true;
    QTest::newRow("not equal, same value") << "cluster!=prod" << alert << false;
    QTest::newRow("regex is anchored") << "consumergroup=~orders" << alert << false;
    QTest::newRow("regex whole value") << "consumergroup=~orders-.*" << alert << true;
    QTest::newRow("regex alternatives") << "severity=~critical|warning" << alert << true;
    QTest::newRow("negative regex") << "consumergroup!~orders-.*" << alert << false;
    QTest::newRow("negative regex, no match") << "consumergroup!~billing-.*" << alert << true;
    QTest::newRow("missing label is empty: = fails") << "job=x" << alert << false;
    QTest::newRow("missing label is empty: != holds") << "alertname=LagHigh,job!=x" << alert << true;
    QTest::newRow("missing label is empty: =~ with empty alternative")
        << "alertname=LagHigh,job=~x|" << alert << true;
}

void TestAlertSilences::matching()
{
    QFETCH(QString, matchers);
    QFETCH(QString, labels);
    QFETCH(bool, matches);
    QCOMPARE(silence(matchers, 0, 1).matches(::labels(labels)), matches);
}

void TestAlertSilences::validation_data()
{
    QTest::addColumn<QString>("matchers");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<bool>("valid");
    QTest::newRow("fine") << "alertname=X" << qint64(0) << qint64(10) << true;
    QTest::newRow("no matcher") << "" << qint64(0) << qint64(10) << false;
    QTest::newRow("end not after start") << "alertname=X" << qint64(10) << qint64(10) << false;
    QTest::newRow("invalid regex") << "alertname=~(" << qint64(0) << qint64(10) << false;
    QTest::newRow("matches everything") << "alertname!=X" << qint64(0) << qint64(10) << false;
    QTest::newRow("only empty-matching regex") << "job=~.*" << qint64(0) << qint64(10) << false;
    QTest::newRow("one non-empty matcher is enough")
        << "job=~.*,cluster=prod" << qint64(0) << qint64(10) << true;
}

void TestAlertSilences::validation()
{
    QFETCH(QString, matchers);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(bool, valid);
    AlertSilences silences;
    QString error;
    const QString id = silences.add(silence(matchers, start, end), &error);
    QCOMPARE(!id.isEmpty(), valid);
    QCOMPARE(error.isEmpty(), valid);
    QCOMPARE(silences.all().size(), valid ? 1 : 0);
}

void TestAlertSilences::activeWindow_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<bool>("silenced");
    // The silence runs from 100 (inclusive) to 200 (exclusive).
    QTest::newRow("before") << qint64(99) << false;
    QTest::newRow("at the start") << qint64(100) << true;
    QTest::newRow("during") << qint64(150) << true;
    QTest::newRow("at the end it has ended") << qint64(200) << false;
    QTest::newRow("after") << qint64(500) << false;
}

void TestAlertSilences::activeWindow()
{
    QFETCH(qint64, now);
    QFETCH(bool, silenced);
    AlertSilences silences;
    const QString id = silences.add(silence(QStringLiteral("cluster=prod"), 100, 200));
    QCOMPARE(silences.silencing(labels(QStringLiteral("alertname=A,cluster=prod")), now),
             silenced ? QStringList{id} : QStringList{});
    QCOMPARE(silences.find(id)->isActive(now), silenced);
    QCOMPARE(silences.find(id)->isExpired(now), now >= 200);
}

void TestAlertSilences::expireEarly()
{
    AlertSilences silences;
    const QString running = silences.add(silence(QStringLiteral("cluster=prod"), 100, 1000));
    const QString future = silences.add(silence(QStringLiteral("cluster=prod"), 500, 1000));
    const Labels prod = labels(QStringLiteral("alertname=A,cluster=prod"));
    QStringList both{running, future};
    both.sort();
    QCOMPARE(silences.silencing(prod, 600), both);

    QVERIFY(silences.expire(running, 300));
    QCOMPARE(silences.find(running)->endsAtMs, 300);
    QCOMPARE(silences.find(running)->startsAtMs, 100);
    QCOMPARE(silences.silencing(prod, 300), QStringList{});
    QVERIFY(!silences.expire(running, 400)); // already ended
    QVERIFY(!silences.expire(QStringLiteral("no-such-id"), 400));
    // A silence that has not started yet ends before it starts: it never mutes anything.
    QVERIFY(silences.expire(future, 400));
    QCOMPARE(silences.find(future)->startsAtMs, 400);
    QCOMPARE(silences.silencing(prod, 600), QStringList{});
    QCOMPARE(silences.all().size(), 2); // ended silences stay listed
}

void TestAlertSilences::replaceAndPrune()
{
    AlertSilences silences;
    Silence s = silence(QStringLiteral("cluster=prod"), 0, 100);
    const QString id = silences.add(s);
    QVERIFY(!QUuid::fromString(id).isNull());
    s.id = id;
    s.endsAtMs = 5000;
    s.comment = QStringLiteral("extended");
    QCOMPARE(silences.add(s), id);
    QCOMPARE(silences.all().size(), 1);
    QCOMPARE(silences.find(id)->comment, QStringLiteral("extended"));

    const QString shortOne = silences.add(silence(QStringLiteral("cluster=staging"), 0, 100));
    QCOMPARE(silences.prune(1000, 1000), QStringList{}); // ended 900 ago, retention 1000
    QCOMPARE(silences.prune(1101, 1000), QStringList{shortOne});
    QCOMPARE(silences.all().size(), 1);
    QVERIFY(silences.find(shortOne) == nullptr);
}

void TestAlertSilences::acknowledgementLifecycle()
{
    Acknowledgements acks;
    QVERIFY(!acks.acknowledge(Acknowledgement{QStringLiteral("fp1"), QStringLiteral(" "), 10, {}}));
    QVERIFY(!acks.acknowledge(Acknowledgement{{}, QStringLiteral("ann"), 10, {}}));
    QVERIFY(acks.acknowledge(
        Acknowledgement{QStringLiteral("fp1"), QStringLiteral("ann"), 10, QStringLiteral("on it")}));
    QVERIFY(acks.acknowledge(Acknowledgement{QStringLiteral("fp2"), QStringLiteral("bob"), 20, {}}));
    // A later acknowledgement of the same alert replaces the first.
    QVERIFY(acks.acknowledge(Acknowledgement{QStringLiteral("fp1"), QStringLiteral("cem"), 30, {}}));
    QCOMPARE(acks.find(QStringLiteral("fp1"))->by, QStringLiteral("cem"));
    // fp2 resolved: its acknowledgement goes with it; a new episode starts unacknowledged.
    const QList<Acknowledgement> dropped = acks.retain({QStringLiteral("fp1")});
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.first().fingerprint, QStringLiteral("fp2"));
    QVERIFY(!acks.find(QStringLiteral("fp2")));
    QCOMPARE(acks.all().size(), 1);
}

void TestAlertSilences::fingerprints()
{
    const Labels a = labels(QStringLiteral("alertname=A,cluster=prod"));
    const Labels reversed{a.at(1), a.at(0)};
    QCOMPARE(alertFingerprint(a), alertFingerprint(reversed));
    QCOMPARE(alertFingerprint(a).size(), 16);
    QVERIFY(alertFingerprint(a) != alertFingerprint(labels(QStringLiteral("alertname=A,cluster=prod2"))));
    // Label boundaries count: ("ab", "c") is not ("a", "bc").
    QVERIFY(alertFingerprint({{QStringLiteral("ab"), QStringLiteral("c")}}) !=
            alertFingerprint({{QStringLiteral("a"), QStringLiteral("bc")}}));
    // Stable across runs and machines: this value is stored in histories.
    QCOMPARE(alertFingerprint({}), QStringLiteral("cbf29ce484222325"));
}

QTEST_GUILESS_MAIN(TestAlertSilences)
#include "tst_alertsilences.moc"
