// docs/SNAPSHOT.md against docs/snapshot.schema.json: every member the schema knows (which
// tst_snapshot_schema holds to real snapshots) is named in the prose, so no field goes undocumented.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

namespace {

/// The names of every "properties" member anywhere in @p schema.
void collectMembers(const QJsonValue &schema, QSet<QString> &out)
{
    if (schema.isArray()) {
        for (const QJsonValue &v : schema.toArray())
            collectMembers(v, out);
        return;
    }
    const QJsonObject object = schema.toObject();
    const QJsonObject properties = object.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it)
        out.insert(it.key());
    for (auto it = object.begin(); it != object.end(); ++it)
        collectMembers(it.value(), out);
}

QByteArray read(const QString &relative)
{
    QFile file(qEnvironmentVariable("TIDEWATCH_SOURCE_DIR") + u'/' + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSnapshotDoc : public QObject
{
    Q_OBJECT

    QSet<QString> m_members;
    QString m_doc;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("TIDEWATCH_SOURCE_DIR"), "TIDEWATCH_SOURCE_DIR is not set");
        QJsonParseError error;
        const QJsonDocument schema =
            QJsonDocument::fromJson(read(QStringLiteral("docs/snapshot.schema.json")), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        collectMembers(schema.object(), m_members);
        m_doc = QString::fromUtf8(read(QStringLiteral("docs/SNAPSHOT.md")));
        QVERIFY(!m_doc.isEmpty());
        // The schema's own parts, so that an empty collection cannot pass.
        for (const char *part : {"kafka", "flink", "business", "postgres", "pipelines", "connect"})
            QVERIFY2(m_members.contains(QLatin1String(part)), part);
    }

    void everySchemaMemberIsDocumented_data()
    {
        QTest::addColumn<QString>("member");
        QStringList members(m_members.cbegin(), m_members.cend());
        members.sort();
        for (const QString &m : std::as_const(members))
            QTest::newRow(qPrintable(m)) << m;
    }
    void everySchemaMemberIsDocumented()
    {
        QFETCH(QString, member);
        QVERIFY2(m_doc.contains(u'`' + member + u'`'), "not named in docs/SNAPSHOT.md");
    }
};

QTEST_GUILESS_MAIN(TestSnapshotDoc)
#include "tst_snapshotdoc.moc"
