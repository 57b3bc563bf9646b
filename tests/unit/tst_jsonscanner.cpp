#include "JsonScanner.h"

#include <QRandomGenerator>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Tidewatch;
using namespace Qt::StringLiterals;

namespace {

/// JSON written with ' for " (moc does not understand raw strings, and escaped quotes are unreadable).
QByteArray j(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), std::size_t(bytes.size())};
}

/// "error@offset" or "ok".
QString outcome(JsonScanner &scanner, const QByteArray &doc)
{
    if (scanner.scan(view(doc)))
        return u"ok"_s;
    return QString::fromLatin1(scanner.error()) + u'@' + QString::number(scanner.errorOffset());
}

/// "<type>" or "<type>:<text>" for the value at @p slot.
QString valueOf(JsonScanner &scanner, int slot)
{
    static const char *names[] = {"absent", "null", "false", "true", "number", "string", "object", "array"};
    const JsonScanner::Type type = scanner.type(slot);
    QString text = QString::fromLatin1(names[int(type)]);
    if (type == JsonScanner::Type::String || type == JsonScanner::Type::Number) {
        const std::string_view t = scanner.text(slot);
        text += u':' + QString::fromUtf8(t.data(), qsizetype(t.size()));
    }
    return text;
}

/// The same lookup through nlohmann's DOM, in valueOf's notation.
QString nlohmannValueOf(const nlohmann::json &doc, const std::string &pointer)
{
    const nlohmann::json::json_pointer ptr(pointer);
    const nlohmann::json *found = nullptr;
    try {
        found = &doc.at(ptr);
    } catch (const nlohmann::json::exception &) {
        return u"absent"_s; // not there, or a token that does not fit the container
    }
    const nlohmann::json &v = *found;
    switch (v.type()) {
    case nlohmann::json::value_t::null:
        return u"null"_s;
    case nlohmann::json::value_t::boolean:
        return v.get<bool>() ? u"true"_s : u"false"_s;
    case nlohmann::json::value_t::string:
        return u"string:"_s + QString::fromStdString(v.get<std::string>());
    case nlohmann::json::value_t::object:
        return u"object"_s;
    case nlohmann::json::value_t::array:
        return u"array"_s;
    default:
        return u"number"_s;
    }
}

/// Whether nlohmann refuses @p doc only for a number beyond the range of a double.
bool overflows(const QByteArray &doc)
{
    try {
        const auto parsed = nlohmann::json::parse(doc.constData(), doc.constData() + doc.size());
        Q_UNUSED(parsed);
    } catch (const nlohmann::json::out_of_range &e) {
        return e.id == 406;
    } catch (const nlohmann::json::exception &) {
    }
    return false;
}

} // namespace

class TestJsonScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void grammar_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const QByteArray &doc, const QString &expected) {
            QTest::newRow(name) << doc << expected;
        };
        row("object", j("{'a':1,'b':[true,false,null],'c':{'d':'e'}}"), u"ok"_s);
        row("whitespace everywhere", j(" \t\n{ 'a' : [ 1 , 2 ] , 'b' : { } } \r\n"), u"ok"_s);
        row("scalar top level", j("'x'"), u"ok"_s);
        row("numbers", j("[0,-0,1.5,-12.25e10,3E+2,4e-2,123456789012345678901234567890]"), u"ok"_s);
        row("empty", "", u"unexpected end@0"_s);
        row("only whitespace", "  ", u"unexpected end@2"_s);
        row("open object", "{", u"unexpected end@1"_s);
        row("truncated after value", j("{'a':1"), u"unexpected end@6"_s);
        row("truncated in key", j("{'ab"), u"unexpected end@4"_s);
        row("truncated in string", j("{'a':'xyz"), u"unexpected end@9"_s);
        row("trailing comma", j("{'a':1,}"), u"expected a member name@7"_s);
        row("missing colon", j("{'a' 1}"), u"expected ':'@5"_s);
        row("missing comma", "[1 2]", u"expected ',' or ']'@3"_s);
        row("unquoted key", "{a:1}", u"expected a member name@1"_s);
        row("leading zero", j("{'a':01}"), u"expected ',' or '}'@6"_s);
        row("lone minus", "-", u"unexpected end@1"_s);
        row("plus sign", "+1", u"unexpected character@0"_s);
        row("dot without digits", "1.e5", u"invalid number@2"_s);
        row("exponent without digits", "1e", u"unexpected end@2"_s);
        row("truncated literal", "tru", u"unexpected end@3"_s);
        row("wrong literal", "trux", u"unexpected character@3"_s);
        row("invalid escape", j("'\\x'"), u"invalid escape@2"_s);
        row("bad hex", j("'\\u12g4'"), u"invalid \\u escape@3"_s);
        row("lone low surrogate", j("'\\udc00'"), u"lone low surrogate@3"_s);
        row("lone high surrogate", j("'\\ud800'"), u"lone high surrogate@7"_s);
        row("high surrogate then letter", j("'\\ud800\\n'"), u"lone high surrogate@7"_s);
        row("control character", "\"a\tb\"", u"control character in a string@2"_s);
        row("bad continuation", "\"\xC3\x28\"", u"invalid UTF-8@1"_s);
        row("overlong slash", "\"\xC0\xAF\"", u"invalid UTF-8@1"_s);
        row("UTF-8 surrogate", "\"\xED\xA0\x80\"", u"invalid UTF-8@1"_s);
        row("beyond U+10FFFF", "\"\xF4\x90\x80\x80\"", u"invalid UTF-8@1"_s);
        row("truncated UTF-8", "\"\xE2\x82", u"unexpected end@3"_s);
        row("valid UTF-8", "\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\"", u"ok"_s);
        row("data after the document", "{} x", u"unexpected data after the document@3"_s);
        row("two documents", "{}{}", u"unexpected data after the document@2"_s);
        row("byte order mark", "\xEF\xBB\xBF{}", u"unexpected character@0"_s);
        row("64 levels", QByteArray(64, '[') + QByteArray(64, ']'), u"ok"_s);
        row("65 levels", QByteArray(65, '[') + QByteArray(65, ']'), u"nested too deeply@64"_s);
        row("not json", "order_id=ord-1;<unparsable payload>", u"unexpected character@0"_s);
    }
    void grammar()
    {
        QFETCH(QByteArray, doc);
        QFETCH(QString, expected);
        JsonScanner scanner;
        QCOMPARE(outcome(scanner, doc), expected);
    }

    void pointers_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("expected");
        const QByteArray nested = j("{'a':{'b':'x','n':null,'t':true,'f':false},'n':-1.5e3}");
        QTest::newRow("nested string") << nested << u"/a/b"_s << u"string:x"_s;
        QTest::newRow("object") << nested << u"/a"_s << u"object"_s;
        QTest::newRow("whole document") << nested << u""_s << u"object"_s;
        QTest::newRow("null") << nested << u"/a/n"_s << u"null"_s;
        QTest::newRow("true") << nested << u"/a/t"_s << u"true"_s;
        QTest::newRow("false") << nested << u"/a/f"_s << u"false"_s;
        QTest::newRow("number text as written") << nested << u"/n"_s << u"number:-1.5e3"_s;
        QTest::newRow("absent member") << nested << u"/a/c"_s << u"absent"_s;
        QTest::newRow("below a scalar") << nested << u"/a/b/c"_s << u"absent"_s;
        const QByteArray escapedKeys = j("{'a/b':1,'m~n':2,'':3,'k\\u0065y':4}");
        QTest::newRow("~1 is a slash") << escapedKeys << u"/a~1b"_s << u"number:1"_s;
        QTest::newRow("~0 is a tilde") << escapedKeys << u"/m~0n"_s << u"number:2"_s;
        QTest::newRow("empty key") << escapedKeys << u"/"_s << u"number:3"_s;
        QTest::newRow("escaped key") << escapedKeys << u"/key"_s << u"number:4"_s;
        const QByteArray arrays = j("{'arr':[10,{'k':'v'},30],'0':'key'}");
        QTest::newRow("array element") << arrays << u"/arr/2"_s << u"number:30"_s;
        QTest::newRow("inside an element") << arrays << u"/arr/1/k"_s << u"string:v"_s;
        QTest::newRow("past the end") << arrays << u"/arr/3"_s << u"absent"_s;
        QTest::newRow("dash") << arrays << u"/arr/-"_s << u"absent"_s;
        QTest::newRow("leading zero index") << arrays << u"/arr/01"_s << u"absent"_s;
        QTest::newRow("digit key of an object") << arrays << u"/0"_s << u"string:key"_s;
        QTest::newRow("string escapes")
            << j("{'s':'q\\'b\\\\s\\/e\\u00e9\\ud83d\\ude00\\n\\t'}") << u"/s"_s
            << (u"string:q\"b\\s/e\u00e9"_s + QString::fromUtf8("\xF0\x9F\x98\x80") + u"\n\t"_s);
        // A wanted member twice makes the document invalid (its parts could mix into an invented
        // value); unwanted members may repeat.
        QTest::newRow("wanted member twice") << j("{'a':1,'a':2}") << u"/a"_s << u"absent"_s;
        QTest::newRow("other member twice") << j("{'b':1,'b':2,'a':3}") << u"/a"_s << u"number:3"_s;
        QTest::newRow("same name deeper") << j("{'x':{'a':1},'a':2}") << u"/a"_s << u"number:2"_s;
        QTest::newRow("invalid document: nothing") << j("{'a':1,") << u"/a"_s << u"absent"_s;
    }
    void pointers()
    {
        QFETCH(QByteArray, doc);
        QFETCH(QString, pointer);
        QFETCH(QString, expected);
        JsonScanner scanner;
        const int slot = scanner.addPointer(pointer.toStdString());
        QVERIFY(slot >= 0);
        scanner.scan(view(doc));
        QCOMPARE(valueOf(scanner, slot), expected);
    }

    void invalidPointers()
    {
        JsonScanner scanner;
        QCOMPARE(scanner.addPointer("a"), -1);
        QCOMPARE(scanner.addPointer("/a~2"), -1);
        QCOMPARE(scanner.addPointer("/a~"), -1);
        const int a = scanner.addPointer("/a");
        QCOMPARE(scanner.addPointer("/a"), a);
        QVERIFY(scanner.addPointer("/b") != a);
        QCOMPARE(scanner.type(-1), JsonScanner::Type::Absent);
    }

    void valuesDoNotLeakIntoTheNextScan()
    {
        JsonScanner scanner;
        const int a = scanner.addPointer("/a");
        const int b = scanner.addPointer("/b");
        const QByteArray first = j("{'a':'\\u00e9','b':2}");
        QVERIFY(scanner.scan(view(first)));
        QCOMPARE(valueOf(scanner, a), u"string:\u00e9"_s);
        const QByteArray second = j("{'b':'x'}");
        QVERIFY(scanner.scan(view(second)));
        QCOMPARE(valueOf(scanner, a), u"absent"_s);
        QCOMPARE(valueOf(scanner, b), u"string:x"_s);
    }

    void unescapedViewsStayValidTogether()
    {
        // Several escaped strings unescape into one scratch buffer; earlier views must survive.
        JsonScanner scanner;
        const int a = scanner.addPointer("/a");
        const int b = scanner.addPointer("/b");
        const int c = scanner.addPointer("/c");
        const QByteArray doc = j("{'a':'\\u0041\\u0042','b':'\\ud83d\\ude00','c':'x\\ty'}");
        QVERIFY(scanner.scan(view(doc)));
        const std::string_view va = scanner.text(a);
        const std::string_view vb = scanner.text(b);
        const std::string_view vc = scanner.text(c);
        QCOMPARE(std::string(va), std::string("AB"));
        QCOMPARE(std::string(vb), std::string("\xF0\x9F\x98\x80"));
        QCOMPARE(std::string(vc), std::string("x\ty"));
        QCOMPARE(std::string(scanner.text(a)), std::string("AB")); // cached, not appended again
        QCOMPARE(std::string(scanner.rawText(a)), std::string("\\u0041\\u0042"));
    }

    /// Random mutations of realistic documents: the scanner accepts exactly what nlohmann::json
    /// accepts, and finds the same values at the pointers.
    void agreesWithNlohmann()
    {
        const QList<QByteArray> seeds = {
            j("{'event_id':'evt-1','order_id':'ord-1','amount':430.49,'items':[1,2,{'x':null}],"
              "'event_time':'2026-12-06T08:52:01.887Z','flag':true,'neg':-0.5e-3}"),
            j("{'shipment_id':'shp-1','hub':{'name':'Li\\u00e8ge \\ud83d\\ude00','code':'LGG','lat':50.6374,"
              "'lon':-5.4432},'status':'in_transit','esc':'a\\\\b\\'c\\/'}"),
            j("{'before':null,'after':{'order_id':'o\\u00e9','ship_by':1796547213518},'op':'c',"
              "'source':{'ts_ms':1796547123518},'arr':[[],{},[0]]}"),
        };
        const std::vector<std::string> pointers = {"/order_id", "/amount", "/items/2/x",      "/hub/name",
                                                   "/hub/lat",  "/esc",    "/after/order_id", "/op",
                                                   "/arr/2/0",  "/flag"};
        static const char alphabetBytes[] = "{}[],:\"\\0123456789eE+-.tfnulr ux\x80\xC3\xA9\xED\xF0\x01";
        const QByteArray alphabet(alphabetBytes, sizeof(alphabetBytes) - 1);
        JsonScanner scanner;
        std::vector<int> slotIds;
        for (const std::string &p : pointers)
            slotIds.push_back(scanner.addPointer(p));
        QRandomGenerator rng(20261206);
        int valid = 0;
        for (int i = 0; i < 20000; ++i) {
            QByteArray doc = seeds.at(i % seeds.size());
            const int edits = 1 + int(rng.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const int pos = int(rng.bounded(doc.size() + 1));
                const char c = alphabet.at(int(rng.bounded(alphabet.size())));
                switch (rng.bounded(3)) {
                case 0:
                    if (pos < doc.size())
                        doc[pos] = c;
                    break;
                case 1:
                    doc.insert(pos, c);
                    break;
                default:
                    doc.remove(pos, 1);
                }
            }
            const bool ours = scanner.scan(view(doc));
            const bool theirs = nlohmann::json::accept(doc.constData(), doc.constData() + doc.size());
            if (ours && !theirs && overflows(doc))
                continue; // grammatical, but beyond a double: nlohmann refuses, the decoder says "out of
                          // range"
            QVERIFY2(ours == theirs, doc.constData());
            if (!ours)
                continue;
            ++valid;
            const auto dom = nlohmann::json::parse(doc.constData(), doc.constData() + doc.size());
            for (std::size_t p = 0; p < pointers.size(); ++p) {
                QString mine = valueOf(scanner, slotIds[p]);
                if (mine.startsWith(u"number"))
                    mine = u"number"_s;
                QCOMPARE(mine, nlohmannValueOf(dom, pointers[p]));
            }
        }
        QVERIFY2(valid > 1000, qPrintable(QString::number(valid))); // the comparison saw enough valid ones
    }
};

QTEST_GUILESS_MAIN(TestJsonScanner)
#include "tst_jsonscanner.moc"
