#include "JsonPositions.h"

#include <QTest>

using namespace Tidewatch;

class TestJsonPositions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lines_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line"); // 0: not in the document
        const QByteArray rules = "{\n  \"rules\": [\n    {\"alert\": \"A\",\n     \"op\": \">\"},\n"
                                 "    {\"a/b\": 1, \"~\": [\n      true]}\n  ]\n}\n";
        QTest::newRow("document") << rules << QString() << 1;
        QTest::newRow("member key") << rules << QStringLiteral("rules") << 2;
        QTest::newRow("array element") << rules << QStringLiteral("rules/0") << 3;
        QTest::newRow("member of an element") << rules << QStringLiteral("rules/0/op") << 4;
        QTest::newRow("key with a slash") << rules << QStringLiteral("rules/1/a~1b") << 5;
        QTest::newRow("element on its own line") << rules << QStringLiteral("rules/1/~0/0") << 6;
        QTest::newRow("absent") << rules << QStringLiteral("rules/2") << 0;
        // Invalid JSON gives a partial index and must end: a stray '}' or ':' inside an array once made
        // the scanner loop forever (found by fuzz_rules_json).
        QTest::newRow("stray brace in an array") << QByteArray("[1,\n}]") << QStringLiteral("0") << 1;
        QTest::newRow("stray brace, nested") << QByteArray("{\"a\": [}\n, 2]}") << QStringLiteral("a") << 1;
        QTest::newRow("stray colon in an array") << QByteArray("[:\n:, 1]") << QStringLiteral("0") << 1;
        QTest::newRow("unclosed") << QByteArray("{\"a\": [[\n") << QStringLiteral("a/0") << 1;
    }
    void lines()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(int, line);
        QCOMPARE(JsonPositions::index(json).line(path), line);
    }

    void duplicates()
    {
        const JsonPositions positions =
            JsonPositions::index("{\"a\": 1,\n \"b\": {\"c\": 1,\n \"c\": 2},\n \"a\": 3}");
        const QList<QPair<QString, int>> expected = {{QStringLiteral("b/c"), 3}, {QStringLiteral("a"), 4}};
        QCOMPARE(positions.duplicates(), expected);
    }
};

QTEST_GUILESS_MAIN(TestJsonPositions)
#include "tst_jsonpositions.moc"
