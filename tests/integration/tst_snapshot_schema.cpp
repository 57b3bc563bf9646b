// docs/snapshot.schema.json against real `tidewatch snapshot` documents from the stack (Kafka with
// broker metrics, Flink, the event topics, PostgreSQL with Debezium's metrics, Kafka Connect and the
// pipelines), validated by Debian's python3-jsonschema. The same document, broken in one place at a
// time (a renamed, mistyped, missing or extra field), must fail, and where the contract is open (counts
// by status, revenue by currency, Connect offsets, optional parts) a change must not.

#include "StackTools.h"
#include "TidewatchRun.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Tidewatch;

namespace {

/// Validates argv[2] against the schema argv[1] with the validator its "$schema" names; prints one
/// "JSON pointer<TAB>message" line per error and exits 1 when there is any.
const char *const kValidator = R"py(
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
cls = jsonschema.validators.validator_for(schema)
cls.check_schema(schema)
errors = list(cls(schema).iter_errors(json.load(open(sys.argv[2]))))
for e in errors:
    print("/" + "/".join(str(p) for p in e.absolute_path) + "\t" + e.message)
sys.exit(1 if errors else 0)
)py";

enum class Edit
{
    Rename,
    Set,
    Remove
};

/// @p node with one edit at @p path ("kafka/brokers/0/rttMs"; "name=X" picks the array element whose
/// "name" is X). nullopt when the path does not lead to an existing member.
std::optional<QJsonValue> edited(const QJsonValue &node, QStringList path, Edit edit, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        qsizetype index = -1;
        if (const qsizetype eq = key.indexOf(u'='); eq > 0) {
            for (qsizetype i = 0; i < array.size() && index < 0; ++i) {
                if (array.at(i).toObject().value(key.left(eq)).toString() == key.mid(eq + 1))
                    index = i;
            }
        } else {
            bool ok = false;
            index = key.toInt(&ok);
            if (!ok)
                index = -1;
        }
        if (index < 0 || index >= array.size() || path.isEmpty())
            return std::nullopt;
        const auto inner = edited(array.at(index), path, edit, value);
        if (!inner)
            return std::nullopt;
        array.replace(index, *inner);
        return array;
    }
    QJsonObject object = node.toObject();
    if (!path.isEmpty()) {
        if (!object.contains(key))
            return std::nullopt;
        const auto inner = edited(object.value(key), path, edit, value);
        if (!inner)
            return std::nullopt;
        object.insert(key, *inner);
        return object;
    }
    switch (edit) {
    case Edit::Rename:
        if (!object.contains(key))
            return std::nullopt;
        object.insert(value.toString(), object.take(key));
        break;
    case Edit::Set:
        object.insert(key, value);
        break;
    case Edit::Remove:
        if (!object.contains(key))
            return std::nullopt;
        object.remove(key);
        break;
    }
    return object;
}

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

} // namespace

class TestSnapshotSchema : public QObject
{
    Q_OBJECT

    QString m_python;
    QString m_schema;
    QJsonObject m_document;
    QTemporaryDir m_dir;

    /// The validator's error lines for @p document; empty when it is valid.
    QStringList errorsOf(const QJsonObject &document)
    {
        const QString path = m_dir.filePath(QStringLiteral("snapshot.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(document).toJson()) < 0)
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        QProcess p;
        p.start(m_python, {QStringLiteral("-c"), QString::fromLatin1(kValidator), m_schema, path});
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() > 1)
            return {QStringLiteral("validator failed: ") + QString::fromUtf8(p.readAllStandardError())};
        const QStringList lines =
            QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        // A non-zero exit without a line, or lines with exit 0, would be a broken validator.
        if ((p.exitCode() == 1) != !lines.isEmpty())
            return {QStringLiteral("validator exit %1 with %2 lines").arg(p.exitCode()).arg(lines.size())};
        return lines;
    }

    void editRows()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("edit");
        QTest::addColumn<QJsonValue>("value");
    }

    QJsonObject applyRow()
    {
        QFETCH(QString, path);
        QFETCH(int, edit);
        QFETCH(QJsonValue, value);
        const auto result = edited(m_document, path.split(u'/'), Edit(edit), value);
        if (!result) {
            QTest::qFail(qPrintable(QStringLiteral("the stack's snapshot has no ") + path), __FILE__,
                         __LINE__);
            return {};
        }
        return result->toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_schema =
            qEnvironmentVariable("TIDEWATCH_SOURCE_DIR") + QStringLiteral("/docs/snapshot.schema.json");
        QVERIFY2(QFileInfo::exists(m_schema), qPrintable(m_schema));
        // Debian's interpreter, where python3-jsonschema installs (a python3 earlier on PATH may lack it).
        m_python = qEnvironmentVariable("TIDEWATCH_PYTHON", QStringLiteral("/usr/bin/python3"));
        QProcess probe;
        probe.start(m_python, {QStringLiteral("-c"), QStringLiteral("import jsonschema")});
        if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit ||
            probe.exitCode() != 0) {
            // scripts/setup-deps.sh installs it: in CI a missing validator is a broken setup.
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("python3-jsonschema is not installed");
            QSKIP("python3-jsonschema is not installed");
        }
        QVERIFY(m_dir.isValid());

        const auto r = TidewatchRun::run(
            {QStringLiteral("snapshot"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--bootstrap"), StackTools::plaintextBootstrap(),
             QStringLiteral("--broker-metrics"), QStringLiteral("http://127.0.0.1:{id}9404/metrics"),
             QStringLiteral("--flink"), QStringLiteral("http://127.0.0.1:18081"),
             QStringLiteral("--event-topic"), QStringLiteral("stack"), QStringLiteral("--postgres"),
             QStringLiteral("host=127.0.0.1 port=15432 dbname=shop user=tidewatch"),
             QStringLiteral("--debezium-metrics"), QStringLiteral("http://127.0.0.1:18404/metrics"),
             QStringLiteral("--connect"), QStringLiteral("http://127.0.0.1:18083"),
             QStringLiteral("--warmup"), QStringLiteral("5")},
            QProcessEnvironment::systemEnvironment(), 180000);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        QJsonParseError error;
        m_document = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    }

    /// Every part is there and has content, so the validation below covers all of them.
    void theStackSnapshotHasEveryPart()
    {
        const auto list = [this](const QString &part, const QString &member) {
            return m_document.value(part).toObject().value(member).toArray();
        };
        QVERIFY(!list(QStringLiteral("kafka"), QStringLiteral("brokers")).isEmpty());
        QVERIFY(!list(QStringLiteral("kafka"), QStringLiteral("groups")).isEmpty());
        QVERIFY(!list(QStringLiteral("flink"), QStringLiteral("jobs")).isEmpty());
        QVERIFY(!list(QStringLiteral("postgres"), QStringLiteral("replicationSlots")).isEmpty());
        QVERIFY(!list(QStringLiteral("postgres"), QStringLiteral("debezium")).isEmpty());
        const QJsonObject business = m_document.value(QStringLiteral("business")).toObject();
        QVERIFY(!business.value(QStringLiteral("lastEventAt")).isNull());
        QVERIFY(!business.value(QStringLiteral("events"))
                     .toObject()
                     .value(QStringLiteral("topics"))
                     .toArray()
                     .isEmpty());
        QVERIFY(!m_document.value(QStringLiteral("pipelines")).toArray().isEmpty());
        const QJsonArray connect = m_document.value(QStringLiteral("connect")).toArray();
        QCOMPARE(connect.size(), 1);
        QVERIFY(!connect.at(0).toObject().value(QStringLiteral("connectors")).toArray().isEmpty());
    }

    void theStackSnapshotValidates()
    {
        const QStringList errors = errorsOf(m_document);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 20).join(u'\n')));
    }

    /// Every source refused (nothing listens on port 9): the document still comes (exit 1), every part
    /// says reachable false with its error and nulls where nothing is known, and it is valid too.
    void aSnapshotOfUnreachableSourcesValidates()
    {
        const QString nowhere = QStringLiteral("127.0.0.1:9");
        const QString url = QStringLiteral("http://127.0.0.1:9");
        const auto r = TidewatchRun::run(
            {QStringLiteral("snapshot"), QStringLiteral("--bootstrap"), nowhere, QStringLiteral("--flink"),
             url, QStringLiteral("--connect"), url, QStringLiteral("--postgres"),
             QStringLiteral("host=127.0.0.1 port=9 dbname=shop user=tidewatch"),
             QStringLiteral("--debezium-metrics"), url + QStringLiteral("/metrics"),
             QStringLiteral("--event-topic"), QStringLiteral("orders"), QStringLiteral("--timeout"),
             QStringLiteral("1000")},
            QProcessEnvironment::systemEnvironment(), 120000);
        QVERIFY2(r.finished && r.exitCode == 1, r.err.constData());
        const QJsonObject document = QJsonDocument::fromJson(r.out).object();
        const QJsonArray connect = document.value(QStringLiteral("connect")).toArray();
        QCOMPARE(connect.size(), 1);
        for (const QJsonObject &part :
             {document.value(QStringLiteral("kafka")).toObject(),
              document.value(QStringLiteral("flink")).toObject(),
              document.value(QStringLiteral("business")).toObject(),
              document.value(QStringLiteral("postgres")).toObject(), connect.at(0).toObject()}) {
            const QJsonObject status = part.value(QStringLiteral("status")).toObject();
            QCOMPARE(status.value(QStringLiteral("reachable")), QJsonValue(false));
            QVERIFY(!status.value(QStringLiteral("error")).toString().isEmpty());
            QVERIFY(status.value(QStringLiteral("dataAgeMs")).isNull());
        }
        const QStringList errors = errorsOf(document);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 20).join(u'\n')));
    }

    /// Each row breaks the real document in one place; the error names that place (a JSON pointer,
    /// or its end where the index depends on the stack's jobs).
    void aBrokenContractFails_data()
    {
        editRows();
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const char *path, Edit edit, const QJsonValue &value,
                            const char *where, const char *message) {
            QTest::newRow(name) << QString::fromLatin1(path) << int(edit) << value
                                << QString::fromLatin1(where) << QString::fromLatin1(message);
        };
        row("a renamed field: rttMs as rttMS", "kafka/brokers/0/rttMs", Edit::Rename, json("\"rttMS\""),
            "/kafka/brokers/0", "'rttMs' is a required property");
        row("the renamed field is refused as extra", "kafka/brokers/0/rttMs", Edit::Rename, json("\"rttMS\""),
            "/kafka/brokers/0", "('rttMS' was unexpected)");
        row("a renamed field in the business part", "business/orders/byStatus", Edit::Rename,
            json("\"bystatus\""), "/business/orders", "'byStatus' is a required property");
        row("a missing field", "pipelines/0/hops/0/ageMs", Edit::Remove, {}, "/pipelines/0/hops/0",
            "'ageMs' is a required property");
        row("an extra field in a Flink vertex", "flink/jobs/name=tidewatch-orders/vertices/0/backlog",
            Edit::Set, json("1"), "vertices/0", "('backlog' was unexpected)");
        row("an unknown part", "kafkaa", Edit::Set, json("{}"), "/", "('kafkaa' was unexpected)");
        row("a count as text", "kafka/groups/0/partitions/0/lag", Edit::Set, json("\"12\""),
            "/kafka/groups/0/partitions/0/lag", "is not of type 'integer', 'null'");
        row("unknown as -1 instead of null", "kafka/groups/0/totalLag", Edit::Set, json("-1"),
            "/kafka/groups/0/totalLag", "is less than the minimum of 0");
        row("a fraction as a count", "kafka/summary/partitions", Edit::Set, json("12.5"),
            "/kafka/summary/partitions", "is not of type 'integer'");
        row("a lag status in the wrong case", "kafka/groups/0/status", Edit::Set, json("\"Ok\""),
            "/kafka/groups/0/status", "is not one of");
        row("a Connect state in the wrong case", "connect/0/connectors/0/state", Edit::Set,
            json("\"running\""), "/connect/0/connectors/0/state", "is not one of");
        row("a hop kind that does not exist", "pipelines/0/hops/0/kind", Edit::Set, json("\"table\""),
            "/pipelines/0/hops/0/kind", "is not one of");
        row("a ratio above 1", "business/sla/overall/0/ratio", Edit::Set, json("1.5"),
            "/business/sla/overall/0/ratio", "is greater than the maximum of 1");
        row("a time without milliseconds", "generatedAt", Edit::Set, json("\"2026-12-06T22:00:00Z\""),
            "/generatedAt", "does not match");
        row("a time in local time", "kafka/status/attemptedAt", Edit::Set,
            json("\"2026-12-06T23:00:00.000+01:00\""), "/kafka/status/attemptedAt",
            "is not valid under any of the given schemas");
        row("another schema id", "schema", Edit::Set, json("\"tidewatch.snapshot/2\""), "/schema",
            "'tidewatch.snapshot/1' was expected");
        row("pipelines without the Kafka part", "kafka", Edit::Remove, {}, "/",
            "'kafka' is a dependency of 'pipelines'");
    }
    void aBrokenContractFails()
    {
        QFETCH(QString, where);
        QFETCH(QString, message);
        const QJsonObject broken = applyRow();
        if (QTest::currentTestFailed())
            return;
        const QStringList errors = errorsOf(broken);
        QVERIFY2(!errors.isEmpty(), "the broken document passed");
        bool found = false;
        for (const QString &e : errors) {
            const QString pointer = e.section(u'\t', 0, 0);
            const bool here = where.startsWith(u'/') ? pointer == where : pointer.endsWith(u'/' + where);
            found = found || (here && e.section(u'\t', 1).contains(message));
        }
        QVERIFY2(found, qPrintable(errors.mid(0, 10).join(u'\n')));
    }

    /// Where the contract is open, a change the code can make stays valid.
    void anOpenContractAccepts_data()
    {
        editRows();
        const auto row = [](const char *name, const char *path, Edit edit, const QJsonValue &value) {
            QTest::newRow(name) << QString::fromLatin1(path) << int(edit) << value;
        };
        row("an order status the schema does not name", "business/orders/byStatus/returned", Edit::Set,
            json("3"));
        row("a currency of its own", "business/orders/minutes/0/revenue/CHF", Edit::Set, json("12.5"));
        row("rejections of a new kind", "business/events/rejectedByKind/schema-change", Edit::Set, json("1"));
        row("Connect offsets as the plugin writes them", "connect/0/connectors/0/offsets", Edit::Set,
            json(R"([{"partition": {"server": "shop"}, "offset": {"lsn": 1, "txId": 7}}])"));
        row("unknown as null", "kafka/clusterId", Edit::Set, json("null"));
        row("no business part", "business", Edit::Remove, {});
        row("no Flink part", "flink", Edit::Remove, {});
        row("no Connect part", "connect", Edit::Remove, {});
    }
    void anOpenContractAccepts()
    {
        const QJsonObject changed = applyRow();
        if (QTest::currentTestFailed())
            return;
        const QStringList errors = errorsOf(changed);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.mid(0, 10).join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotSchema)
#include "tst_snapshot_schema.moc"
