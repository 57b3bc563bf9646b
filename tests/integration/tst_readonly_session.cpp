#include "StackTools.h"
#include "TidewatchRun.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidewatch;

namespace {

/// (group, topic, partition) -> committed offset, as Kafka's own consumer-groups tool prints it.
using Commits = QHash<QString, qint64>;

QString keyOf(const StackTools::DescribedOffset &row)
{
    return QStringLiteral("%1 %2-%3").arg(row.group, row.topic).arg(row.partition);
}

bool describeAll(Commits &commits, QSet<QString> &groups)
{
    const auto r = StackTools::stack({QStringLiteral("consumer-groups"), QStringLiteral("--bootstrap-server"),
                                      StackTools::plaintextBootstrap(), QStringLiteral("--describe"),
                                      QStringLiteral("--all-groups")});
    if (r.exitCode != 0) {
        qWarning("consumer-groups --describe --all-groups: %s", qPrintable(r.err));
        return false;
    }
    for (const auto &row : StackTools::parseGroupDescribe(r.out)) {
        commits.insert(keyOf(row), row.currentOffset);
        groups.insert(row.group);
    }
    return true;
}

QSet<QString> topicList()
{
    const auto r = StackTools::stack({QStringLiteral("topics"), QStringLiteral("--bootstrap-server"),
                                      StackTools::plaintextBootstrap(), QStringLiteral("--list")});
    QSet<QString> out;
    if (r.exitCode != 0)
        return out;
    for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out.insert(line.trimmed());
    return out;
}

/// Whether the stack's brokers create a topic a client asks for (auto.create.topics.enable in
/// node 1's server.properties, TIDEWATCH_STACK_AUTO_CREATE at `up`); false when unknown.
bool brokersAutoCreate()
{
    QFile f(QDir(StackTools::runDir()).filePath(QStringLiteral("node1/server.properties")));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return QString::fromUtf8(f.readAll()).contains(QLatin1String("\nauto.create.topics.enable=true"));
}

} // namespace

/// Tidewatch never changes what it monitors: a whole session (the dashboard on several pages with the
/// business views reading the event topics, then `snapshot`) leaves every committed offset of a quiet
/// group as it was and creates no group and no topic, even when the user's -X properties ask for
/// topic auto-creation and a group.
class TestReadonlySession : public QObject
{
    Q_OBJECT

    QString m_quietGroup;
    QString m_joinGroup;    ///< what -X group.id asks for
    QString m_missingTopic; ///< an event topic that does not exist

private Q_SLOTS:
    void initTestCase()
    {
        const QString tag = QString::number(QCoreApplication::applicationPid());
        m_quietGroup = QStringLiteral("tw-readonly-quiet-") + tag;
        m_joinGroup = QStringLiteral("tw-readonly-join-") + tag;
        m_missingTopic = QStringLiteral("tw-readonly-missing-") + tag;
        // A group with committed offsets and no members, as an operator's reset leaves it.
        const auto reset = StackTools::stack(
            {QStringLiteral("consumer-groups"), QStringLiteral("--bootstrap-server"),
             StackTools::plaintextBootstrap(), QStringLiteral("--group"), m_quietGroup,
             QStringLiteral("--topic"), QStringLiteral("orders"), QStringLiteral("--reset-offsets"),
             QStringLiteral("--to-earliest"), QStringLiteral("--execute")});
        QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
    }

    void cleanupTestCase()
    {
        if (!m_quietGroup.isEmpty())
            StackTools::stack({QStringLiteral("consumer-groups"), QStringLiteral("--bootstrap-server"),
                               StackTools::plaintextBootstrap(), QStringLiteral("--delete"),
                               QStringLiteral("--group"), m_quietGroup});
    }

    void sessionChangesNothing()
    {
        Commits before;
        QSet<QString> groupsBefore;
        QVERIFY(describeAll(before, groupsBefore));
        const QSet<QString> topicsBefore = topicList();
        QVERIFY(topicsBefore.contains(QStringLiteral("orders")));
        QVERIFY(groupsBefore.contains(m_quietGroup));
        QVERIFY(!topicsBefore.contains(m_missingTopic));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QProcessEnvironment env = TidewatchRun::isolatedHome(dir.path());
        const QStringList common{QStringLiteral("--bootstrap"),
                                 StackTools::plaintextBootstrap(),
                                 QStringLiteral("--event-topic"),
                                 QStringLiteral("stack"),
                                 QStringLiteral("--event-topic"),
                                 m_missingTopic + QStringLiteral(":orders"),
                                 QStringLiteral("--events-from-minutes"),
                                 QStringLiteral("5"),
                                 QStringLiteral("-X"),
                                 QStringLiteral("allow.auto.create.topics=true"),
                                 QStringLiteral("-X"),
                                 QStringLiteral("group.id=") + m_joinGroup,
                                 QStringLiteral("-X"),
                                 QStringLiteral("enable.auto.commit=true")};

        const auto dashboard = TidewatchRun::dashboardFor(
            common + QStringList{QStringLiteral("--wall"), QStringLiteral("--pages"),
                                 QStringLiteral("overview,brokers,topics,groups,orders,shipments,sla"),
                                 QStringLiteral("--rotate"), QStringLiteral("3")},
            env, 21);
        QVERIFY2(dashboard.finished, dashboard.err.constData());
        const auto snapshot =
            TidewatchRun::run(QStringList{QStringLiteral("snapshot")} + common, env, 120000);
        QVERIFY2(snapshot.finished, "tidewatch snapshot did not end");
        QVERIFY2(snapshot.out.contains("\"orders\""), snapshot.err.constData());
        // The missing event topic is reported as missing, not created.
        QVERIFY2(snapshot.out.contains("topic does not exist") ||
                     snapshot.err.contains("topic does not exist"),
                 snapshot.out.right(2000).constData());

        Commits after;
        QSet<QString> groupsAfter;
        QVERIFY(describeAll(after, groupsAfter));
        const QSet<QString> topicsAfter = topicList();

        // A quiet group: every committed offset exactly as before.
        int compared = 0;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!it.key().startsWith(m_quietGroup + QLatin1Char(' ')) &&
                !it.key().startsWith(QStringLiteral("tw-no-members ")))
                continue;
            QVERIFY2(after.contains(it.key()), qPrintable(it.key()));
            QVERIFY2(
                after.value(it.key()) == it.value(),
                qPrintable(
                    QStringLiteral("%1: %2 -> %3").arg(it.key()).arg(it.value()).arg(after.value(it.key()))));
            ++compared;
        }
        QVERIFY(compared >= 6);
        // No group of ours and no topic of ours; groups and topics others made meanwhile are listed.
        QVERIFY2(!groupsAfter.contains(m_joinGroup), qPrintable(m_joinGroup));
        QVERIFY2(!topicsAfter.contains(m_missingTopic), qPrintable(m_missingTopic));
        for (const QString &g : groupsAfter - groupsBefore) {
            QVERIFY2(!g.startsWith(QLatin1String("tidewatch")) && !g.startsWith(QLatin1String("rdkafka")),
                     qPrintable(g));
            qInfo("group that appeared meanwhile (not ours): %s", qPrintable(g));
        }
        for (const QString &t : topicsAfter - topicsBefore)
            qInfo("topic that appeared meanwhile (not ours): %s", qPrintable(t));
        const auto join =
            StackTools::stack({QStringLiteral("consumer-groups"), QStringLiteral("--bootstrap-server"),
                               StackTools::plaintextBootstrap(), QStringLiteral("--describe"),
                               QStringLiteral("--group"), m_joinGroup});
        const QString joinText = QString(join.out + join.err);
        QVERIFY2(joinText.contains(QLatin1String("GroupIdNotFoundException")) ||
                     joinText.contains(QLatin1String("does not exist")),
                 qPrintable(joinText.left(400)));
        // Decisive only where the brokers would create it on request; otherwise they refuse anyway.
        qInfo("brokers auto-create topics on request: %s",
              brokersAutoCreate() ? "yes (the check is decisive)" : "no (the topic check cannot fail here)");
        qInfo("%d committed offsets unchanged (%s, tw-no-members); dashboard %lld ms, snapshot %lld ms",
              compared, qPrintable(m_quietGroup), dashboard.elapsedMs, snapshot.elapsedMs);
    }
};

QTEST_GUILESS_MAIN(TestReadonlySession)
#include "tst_readonly_session.moc"
