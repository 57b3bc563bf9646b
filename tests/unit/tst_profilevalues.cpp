// Values in the profiles file round-trip exactly, whether the app or a person wrote them: QSettings' INI
// syntax (';' and '#' comments, '@Variant(...)', comma lists, escapes) no longer reinterprets them
// (docs/PROFILES.md, "Values"; docs/RELIABILITY.md, "Input from users" 7).
#include "ProfileIni.h"
#include "ProfileStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidewatch;

namespace {

QString propertyValue(const ClusterProfile &profile, const QString &key)
{
    for (const auto &[k, v] : profile.kafkaProperties) {
        if (k == key)
            return v;
    }
    return QStringLiteral("<missing>");
}

} // namespace

class TestProfileValues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writtenByTheApp_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("semicolon") << QStringLiteral("a;b");
        QTest::newRow("hash") << QStringLiteral("a#b");
        QTest::newRow("starts with ;") << QStringLiteral(";a");
        QTest::newRow("starts with #") << QStringLiteral("#a");
        QTest::newRow("@Variant") << QStringLiteral("@Variant(\\0\\0\\0\\x7f)");
        QTest::newRow("@ByteArray") << QStringLiteral("@ByteArray(x)");
        QTest::newRow("commas and spaces") << QStringLiteral("a, b ,c");
        QTest::newRow("leading and trailing spaces") << QStringLiteral("  padded  ");
        QTest::newRow("equals") << QStringLiteral("a=b==");
        QTest::newRow("quotes") << QStringLiteral("\"quoted\" and \"");
        QTest::newRow("backslashes") << QStringLiteral("C:\\new\\table\\x41\\");
        QTest::newRow("escape-looking") << QStringLiteral("\\n\\t\\\"%41%U0041");
        QTest::newRow("control characters") << QStringLiteral("a\tb\nc\x01"
                                                              "d");
        QTest::newRow("non-ASCII") << QStringLiteral("ünïcødé € 🙂");
        QTest::newRow("JAAS line") << QStringLiteral(
            "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"u\";");
    }
    void writtenByTheApp()
    {
        QFETCH(QString, value);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.ini"));
        ClusterProfile profile;
        profile.name = QStringLiteral("prod");
        profile.bootstrapServers = QStringLiteral("b:9092");
        profile.flinkUser = value;
        profile.kafkaProperties = {{QStringLiteral("client.id"), value}};
        QString error;
        QVERIFY2(ProfileStore::save(path, profile, error), qPrintable(error));
        const auto loaded = ProfileStore::load(path, QStringLiteral("prod"), error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->flinkUser, value);
        QCOMPARE(propertyValue(*loaded, QStringLiteral("client.id")), value);
    }

    void writtenByHand_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("semicolon") << QByteArray("a;b") << QStringLiteral("a;b");
        QTest::newRow("hash") << QByteArray("secret#1") << QStringLiteral("secret#1");
        QTest::newRow("@Variant") << QByteArray("@Variant(QSize 1 2)")
                                  << QStringLiteral("@Variant(QSize 1 2)");
        QTest::newRow("commas and spaces") << QByteArray("a:1, b:2") << QStringLiteral("a:1, b:2");
        QTest::newRow("inner spaces, outer trimmed") << QByteArray("   x  y   ") << QStringLiteral("x  y");
        QTest::newRow("backslashes are plain")
            << QByteArray("C:\\new\\x41") << QStringLiteral("C:\\new\\x41");
        QTest::newRow("percent is plain") << QByteArray("100%41") << QStringLiteral("100%41");
        QTest::newRow("one quote is plain") << QByteArray("\"abc") << QStringLiteral("\"abc");
        QTest::newRow("quoted keeps spaces") << QByteArray("\"  padded  \"") << QStringLiteral("  padded  ");
        QTest::newRow("quoted escapes") << QByteArray("\"a\\\"b\\\\c\\td\"") << QStringLiteral("a\"b\\c\td");
        QTest::newRow("JAAS line") << QByteArray("PlainLoginModule required username=\"u\" password=\"p;#\";")
                                   << QStringLiteral(
                                          "PlainLoginModule required username=\"u\" password=\"p;#\";");
        QTest::newRow("UTF-8") << QByteArray("ünï€") << QStringLiteral("ünï€");
    }
    void writtenByHand()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("; a comment\n# another\n[other]\nbootstrap=o:1\nkafka.client.id=" + line +
                   "\n\n[prod]\nbootstrap=b:9092\nflink.user=" + line + "\nkafka.client.id=" + line + "\n");
        file.close();
        QString error;
        auto loaded = ProfileStore::load(path, QStringLiteral("prod"), error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->flinkUser, expected);
        QCOMPARE(propertyValue(*loaded, QStringLiteral("client.id")), expected);
        // Saving one profile keeps the other's hand-written value as it was meant.
        loaded->bootstrapServers = QStringLiteral("b:9093");
        QVERIFY2(ProfileStore::save(path, *loaded, error), qPrintable(error));
        const auto other = ProfileStore::load(path, QStringLiteral("other"), error);
        QVERIFY2(other, qPrintable(error));
        QCOMPARE(propertyValue(*other, QStringLiteral("client.id")), expected);
        const auto again = ProfileStore::load(path, QStringLiteral("prod"), error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->flinkUser, expected);
        QCOMPARE(again->bootstrapServers, QStringLiteral("b:9093"));
    }

    void quotedValuesStayReadableByQSettingsIni()
    {
        // Keys other modules read with QSettings::IniFormat see the same values.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.ini"));
        const QString value = QStringLiteral("a;b,c \"d\" \\e");
        {
            QSettings settings(path, ProfileIni::format());
            settings.setValue(QStringLiteral("exporter.user"), value);
        }
        const QSettings ini(path, QSettings::IniFormat);
        QCOMPARE(ini.value(QStringLiteral("exporter.user")).toString(), value);
    }
};

QTEST_GUILESS_MAIN(TestProfileValues)
#include "tst_profilevalues.moc"
