#include "AcknowledgeDialog.h"
#include "SilenceDialog.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace Tidewatch;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'796'547'600'000;
constexpr qint64 kHour = 3600 * 1000;
using Labels = QList<QPair<QString, QString>>;

ActiveAlert alert(const QString &name, const QString &cluster, const QString &group)
{
    ActiveAlert a;
    a.ruleName = name;
    a.labels = {{QStringLiteral("alertname"), name}, {QStringLiteral("cluster"), cluster}};
    if (!group.isEmpty())
        a.labels.append({QStringLiteral("consumergroup"), group});
    a.labels.append({QStringLiteral("severity"), QStringLiteral("warning")});
    a.state = AlertState::Firing;
    return a;
}

QList<ActiveAlert> current()
{
    return {alert(QStringLiteral("LagHigh"), QStringLiteral("prod"), QStringLiteral("orders")),
            alert(QStringLiteral("LagHigh"), QStringLiteral("prod"), QStringLiteral("billing")),
            alert(QStringLiteral("LagHigh"), QStringLiteral("dr"), QStringLiteral("orders")),
            alert(QStringLiteral("BrokerDown"), QStringLiteral("prod"), {})};
}

} // namespace

class TestAlertDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acknowledgement()
    {
        AcknowledgeDialog dialog(QStringLiteral("fp1"), QStringLiteral("LagHigh on prod"),
                                 QStringLiteral("anna"), kNow);
        QCOMPARE(dialog.byField()->text(), QStringLiteral("anna")); // the OS user by default
        QVERIFY(dialog.canAccept());
        dialog.commentField()->setPlainText(QStringLiteral("  restarting the consumer  "));
        QCOMPARE(dialog.acknowledgement(),
                 (Acknowledgement{QStringLiteral("fp1"), QStringLiteral("anna"), kNow,
                                  QStringLiteral("restarting the consumer")}));
        dialog.byField()->setText(QStringLiteral("   "));
        QVERIFY(!dialog.canAccept()); // nobody: no acknowledgement
        dialog.byField()->setText(QStringLiteral("ben"));
        dialog.commentField()->clear();
        QCOMPARE(dialog.acknowledgement().by, QStringLiteral("ben"));
        QCOMPARE(dialog.acknowledgement().comment, QString()); // optional
    }

    void osUserName()
    {
        qputenv("USER", "carla");
        QCOMPARE(AcknowledgeDialog::osUserName(), QStringLiteral("carla"));
    }

    /// Prefilled from the alert: one equality matcher per label; the 2 h preset; the preview.
    void silenceFromAlert()
    {
        const ActiveAlert selected = current().at(0);
        SilenceDialog dialog(selected.labels, current(), QStringLiteral("anna"), kNow);
        QCOMPARE(dialog.matcherRowCount(), int(selected.labels.size()));
        QVERIFY(!dialog.canAccept()); // no comment yet
        dialog.commentField()->setPlainText(QStringLiteral("consumer redeploy"));
        QVERIFY2(dialog.canAccept(), qPrintable(dialog.validationError()));
        const Silence s = dialog.silence();
        QCOMPARE(s.id, QString());
        QCOMPARE(s.startsAtMs, kNow);
        QCOMPARE(s.endsAtMs, kNow + 2 * kHour);
        QCOMPARE(s.createdBy, QStringLiteral("anna"));
        QCOMPARE(s.comment, QStringLiteral("consumer redeploy"));
        QList<LabelMatcher> expected;
        for (const auto &[name, value] : selected.labels)
            expected << LabelMatcher{name, value};
        QCOMPARE(s.matchers, expected);
        QCOMPARE(dialog.preview().size(), 1);
        QVERIFY(dialog.preview().first().startsWith(QStringLiteral("LagHigh {cluster=\"prod\"")));

        // Widened: every LagHigh of prod, whatever the group.
        dialog.removeMatcherRow(2); // consumergroup
        QCOMPARE(dialog.preview().size(), 2);
        dialog.setMatcherRow(1, QStringLiteral("cluster"), QStringLiteral("=~"), QStringLiteral("prod|dr"));
        QCOMPARE(dialog.preview().size(), 3);
        dialog.setMatcherRow(1, QStringLiteral("cluster"), QStringLiteral("!="), QStringLiteral("prod"));
        QCOMPARE(dialog.preview().size(), 1);
        dialog.setMatcherRow(0, QStringLiteral("alertname"), QStringLiteral("!~"), QStringLiteral("Lag.*"));
        dialog.setMatcherRow(1, QStringLiteral("cluster"), QStringLiteral("="), QStringLiteral("prod"));
        QCOMPARE(dialog.preview(),
                 QStringList{QStringLiteral("BrokerDown {cluster=\"prod\", severity=\"warning\"}")});
        QCOMPARE(dialog.silence().matchers.at(0),
                 (LabelMatcher{QStringLiteral("alertname"), QStringLiteral("Lag.*"), true, true}));
    }

    void durations()
    {
        SilenceDialog dialog({{QStringLiteral("alertname"), QStringLiteral("LagHigh")}}, {},
                             QStringLiteral("anna"), kNow);
        const QList<qint64> presets = SilenceDialog::presetDurationsMs();
        for (int i = 0; i < presets.size(); ++i) {
            dialog.setDurationIndex(i);
            QCOMPARE(dialog.silence().endsAtMs, kNow + presets.at(i));
        }
        dialog.setCustomEnd(kNow + 90 * 60 * 1000);
        QCOMPARE(dialog.silence().endsAtMs, kNow + 90 * 60 * 1000);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("createdBy");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("invalid regex") << u"consumergroup"_s << u"=~"_s << u"(orders"_s << u"anna"_s
                                       << u"why"_s << u"regular expression"_s;
        QTest::newRow("not a label name")
            << u"consumer-group"_s << u"="_s << u"orders"_s << u"anna"_s << u"why"_s << u"label name"_s;
        QTest::newRow("empty label name")
            << u""_s << u"="_s << u"orders"_s << u"anna"_s << u"why"_s << u"label name"_s;
        QTest::newRow("matches only the empty string")
            << u"consumergroup"_s << u"="_s << u""_s << u"anna"_s << u"why"_s << u"empty"_s;
        QTest::newRow("nobody created it")
            << u"consumergroup"_s << u"="_s << u"orders"_s << u""_s << u"why"_s << u"who"_s;
        QTest::newRow("no comment") << u"consumergroup"_s << u"="_s << u"orders"_s << u"anna"_s << u""_s
                                    << u"comment"_s;
    }

    /// Matcher validation and the required fields: OK stays disabled and the dialog says why.
    void invalid()
    {
        QFETCH(QString, name);
        QFETCH(QString, op);
        QFETCH(QString, value);
        QFETCH(QString, createdBy);
        QFETCH(QString, comment);
        QFETCH(QString, errorContains);
        SilenceDialog dialog({{QStringLiteral("alertname"), QStringLiteral("LagHigh")}}, current(), createdBy,
                             kNow);
        dialog.commentField()->setPlainText(comment);
        dialog.removeMatcherRow(0);
        dialog.addMatcherRow(name, op, value);
        QVERIFY(!dialog.canAccept());
        QVERIFY2(dialog.validationError().contains(errorContains, Qt::CaseInsensitive),
                 qPrintable(dialog.validationError()));
        QVERIFY(dialog.preview().isEmpty() || !errorContains.contains(QLatin1String("regular")));
    }

    void noMatcherAtAll()
    {
        SilenceDialog dialog({{QStringLiteral("alertname"), QStringLiteral("LagHigh")}}, current(),
                             QStringLiteral("anna"), kNow);
        dialog.commentField()->setPlainText(QStringLiteral("why"));
        QVERIFY(dialog.canAccept());
        dialog.removeMatcherRow(0);
        QVERIFY(!dialog.canAccept()); // a silence of everything is refused
        QVERIFY(dialog.preview().isEmpty());
    }

    void customEndBeforeStart()
    {
        SilenceDialog dialog({{QStringLiteral("alertname"), QStringLiteral("LagHigh")}}, {},
                             QStringLiteral("anna"), kNow);
        dialog.commentField()->setPlainText(QStringLiteral("why"));
        dialog.setCustomEnd(kNow - kHour); // the editor's minimum is the start: it clamps there
        QCOMPARE(dialog.silence().endsAtMs, kNow);
        QVERIFY(!dialog.canAccept()); // an end not after the start
        dialog.setCustomEnd(kNow + kHour);
        QVERIFY2(dialog.canAccept(), qPrintable(dialog.validationError()));
    }
};

QTEST_MAIN(TestAlertDialogs)
#include "tst_alertdialogs.moc"
