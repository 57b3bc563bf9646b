#include "ProfileStore.h"
#include "StackTools.h"
#include "TidewatchRun.h"

#include <QDirIterator>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Tidewatch;

namespace {

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

/// Every file under @p root (recursively, hidden ones too) that contains one of @p needles.
QStringList filesContaining(const QString &root, const QList<QByteArray> &needles, int &scanned)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ++scanned;
        const QByteArray bytes = f.readAll();
        for (const QByteArray &n : needles) {
            if (bytes.contains(n))
                hits << path;
        }
    }
    return hits;
}

} // namespace

/// Secrets are never written: a session with a SASL password, a secret librdkafka property and a Flink
/// basic-auth password (snapshot, render of every page, rules export, the dashboard, a profile
/// save) leaves none of them in any file under HOME and the XDG folders, in the outputs, or in the
/// screenshots' text chunks.
class TestSecretsSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingWritesASecret()
    {
        const StackTools::SecureEndpoints endpoints = StackTools::secureEndpoints();
        if (!endpoints.valid()) {
            if (qEnvironmentVariable("CI") == QLatin1String("1"))
                QFAIL("the stack has no secured listeners: restart it (down, up)");
            QSKIP("the stack has no secured listeners (started before they existed): restart it (down, up)");
        }
        const QByteArray flinkSecret = "tw-flink-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QByteArray keySecret = "tw-keypass-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QByteArray saslPassword = endpoints.scramPassword.toUtf8(); // random for every stack start
        const QList<QByteArray> needles{flinkSecret, keySecret, saslPassword,
                                        QByteArray("ops:" + flinkSecret).toBase64(), flinkSecret.toBase64()};

        QTemporaryDir inputs;  // what the user gives (a properties file): not scanned
        QTemporaryDir session; // HOME, XDG folders and outputs: scanned
        QVERIFY(inputs.isValid() && session.isValid());
        QProcessEnvironment env = TidewatchRun::isolatedHome(session.path());
        env.insert(QStringLiteral("TIDEWATCH_FLINK_PASSWORD"), QString::fromUtf8(flinkSecret));
        const QString properties = inputs.filePath(QStringLiteral("client.properties"));
        // ssl.key.password is accepted (and unused without a key file): a secret the app must treat as one.
        QVERIFY(writeFile(properties, "security.protocol=SASL_SSL\nsasl.mechanisms=PLAIN\nsasl.username=" +
                                          endpoints.scramUser.toUtf8() + "\nsasl.password=" + saslPassword +
                                          "\nssl.ca.location=" + endpoints.caFile.toUtf8() +
                                          "\nssl.key.password=" + keySecret + '\n'));

        // The profile save the settings page does, with every secret in the profile.
        const QString profiles = session.filePath(QStringLiteral("home/.config/tidewatch-test/profiles.ini"));
        ClusterProfile profile;
        profile.name = QStringLiteral("secure");
        profile.bootstrapServers = endpoints.saslSsl;
        profile.flinkRestUrl = QStringLiteral("http://127.0.0.1:18081");
        profile.flinkUser = QStringLiteral("ops");
        profile.flinkPassword = QString::fromUtf8(flinkSecret);
        profile.kafkaProperties = {{QStringLiteral("security.protocol"), QStringLiteral("SASL_SSL")},
                                   {QStringLiteral("sasl.mechanisms"), QStringLiteral("PLAIN")},
                                   {QStringLiteral("sasl.username"), endpoints.scramUser},
                                   {QStringLiteral("sasl.password"), QString::fromUtf8(saslPassword)},
                                   {QStringLiteral("ssl.ca.location"), endpoints.caFile},
                                   {QStringLiteral("ssl.key.password"), QString::fromUtf8(keySecret)}};
        QString error;
        QVERIFY2(ProfileStore::save(profiles, profile, error), qPrintable(error));

        const QStringList connection{QStringLiteral("--profiles-file"),
                                     profiles,
                                     QStringLiteral("--profile"),
                                     QStringLiteral("secure"),
                                     QStringLiteral("--kafka-config"),
                                     properties,
                                     QStringLiteral("--flink-user"),
                                     QStringLiteral("ops"),
                                     QStringLiteral("--event-topic"),
                                     QStringLiteral("stack"),
                                     QStringLiteral("--events-from-minutes"),
                                     QStringLiteral("2")};
        const QString out = session.filePath(QStringLiteral("outputs"));
        QVERIFY(QDir().mkpath(out));

        const auto snapshot =
            TidewatchRun::run(QStringList{QStringLiteral("snapshot")} + connection, env, 120000);
        QVERIFY2(snapshot.finished && snapshot.exitCode == 0, snapshot.err.constData());
        QVERIFY(snapshot.out.contains("\"orders\""));
        QVERIFY(writeFile(out + QStringLiteral("/snapshot.json"), snapshot.out));
        QVERIFY(writeFile(out + QStringLiteral("/snapshot.err"), snapshot.err));

        const QStringList pages{
            QStringLiteral("overview"), QStringLiteral("alerts"),        QStringLiteral("brokers"),
            QStringLiteral("topics"),   QStringLiteral("groups"),        QStringLiteral("flink"),
            QStringLiteral("orders"),   QStringLiteral("shipments"),     QStringLiteral("sla"),
            QStringLiteral("rejected"), QStringLiteral("business-wall"), QStringLiteral("hub-map"),
            QStringLiteral("rules"),    QStringLiteral("settings")};
        for (const QString &page : pages) {
            const QString png = out + QStringLiteral("/") + page + QStringLiteral(".png");
            const auto render = TidewatchRun::run(
                QStringList{QStringLiteral("render"), QStringLiteral("--page"), page, QStringLiteral("--out"),
                            png, QStringLiteral("--wait"), QStringLiteral("8")} +
                    connection,
                env, 120000);
            // A page whose data came late is still rendered (and says so): what matters here is the file.
            QVERIFY2(render.finished && (render.exitCode == 0 || render.err.contains("rendered the page")),
                     qPrintable(page + QLatin1Char(' ') + QString::fromUtf8(render.err)));
            QVERIFY(writeFile(png + QStringLiteral(".err"), render.err));
            QImageReader reader(png);
            QVERIFY2(reader.canRead(), qPrintable(png));
            for (const QString &key : reader.textKeys()) {
                const QByteArray value = reader.text(key).toUtf8();
                for (const QByteArray &n : needles)
                    QVERIFY2(!value.contains(n), qPrintable(png + QStringLiteral(": text ") + key));
            }
        }

        for (const QString &format : {QStringLiteral("prometheus"), QStringLiteral("json")}) {
            const auto rules = TidewatchRun::run({QStringLiteral("rules"), QStringLiteral("export"),
                                                  QStringLiteral("--format"), format, QStringLiteral("--out"),
                                                  out + QStringLiteral("/rules.") + format},
                                                 env, 60000);
            QVERIFY2(rules.finished && rules.exitCode == 0, rules.err.constData());
        }

        const auto dashboard = TidewatchRun::dashboardFor(
            connection + QStringList{QStringLiteral("--page"), QStringLiteral("settings")}, env, 15);
        QVERIFY2(dashboard.finished, dashboard.err.constData());
        QVERIFY(writeFile(out + QStringLiteral("/dashboard.err"), dashboard.err + dashboard.out));

        // The saved profile kept the secrets' names for a keychain, never their values.
        const QStringList secretKeys = ProfileStore::secretKeys(profiles, QStringLiteral("secure"));
        QVERIFY2(secretKeys.contains(QStringLiteral("kafka.sasl.password")) &&
                     secretKeys.contains(QStringLiteral("flink.password")) &&
                     secretKeys.contains(QStringLiteral("kafka.ssl.key.password")),
                 qPrintable(secretKeys.join(QLatin1Char(','))));

        // The scan finds a secret where there is one.
        QTemporaryDir control;
        QVERIFY(writeFile(control.filePath(QStringLiteral("leak.ini")), "x=" + keySecret + '\n'));
        int controlScanned = 0;
        QCOMPARE(filesContaining(control.path(), needles, controlScanned).size(), 1);

        int scanned = 0;
        const QStringList hits = filesContaining(session.path(), needles, scanned);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        QVERIFY(scanned >= int(pages.size()) + 5); // the screenshots, outputs and the profiles file at least
        qInfo("%d files scanned, none holds a secret", scanned);
    }
};

QTEST_GUILESS_MAIN(TestSecretsSession)
#include "tst_secrets_session.moc"
