#include "TimeText.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace Tidewatch;

// The decoder's own date arithmetic checked against Qt's (the rows of tst_eventdecoder give the
// accepted and refused forms; this covers the calendar).
class TestTimeText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void daysFromCivilMatchesQDate()
    {
        const qint64 epochJulianDay = QDate(1970, 1, 1).toJulianDay();
        for (QDate d(1, 1, 1); d.year() < 10000; d = d.addDays(d.year() < 1500 || d.year() > 2500 ? 13 : 1)) {
            if (TimeText::daysFromCivil(d.year(), d.month(), d.day()) != d.toJulianDay() - epochJulianDay)
                QFAIL(qPrintable(d.toString(Qt::ISODate)));
        }
        QCOMPARE(TimeText::daysFromCivil(0, 1, 1), -719528); // year 0 (1 BC) is a leap year
        QCOMPARE(TimeText::daysFromCivil(0, 3, 1), -719468);
    }

    void isoMatchesQDateTime()
    {
        QRandomGenerator rng(7);
        const qint64 from = QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2200, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        for (int i = 0; i < 20000; ++i) {
            const qint64 ms = from + qint64(rng.bounded(double(to - from)));
            const int offsetMinutes = (int(rng.bounded(24 * 4 + 1)) - 48) * 15; // -12:00 .. +12:00
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offsetMinutes * 60);
            const QByteArray text = t.toString(Qt::ISODateWithMs).toLatin1(); // Z for a zero offset
            const auto parsed =
                TimeText::parseIso8601Ms(std::string_view(text.constData(), std::size_t(text.size())));
            if (!parsed || *parsed != ms)
                QFAIL(text.constData());
        }
    }

    void epochNumbers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("seconds");
        QTest::addColumn<qint64>("expected"); // -1 for refused (no row expects the time -1 itself)
        QTest::newRow("ms") << QByteArray("1796547121887") << false << qint64(1796547121887);
        QTest::newRow("s exact decimals") << QByteArray("1796547121.887") << true << qint64(1796547121887);
        QTest::newRow("s negative") << QByteArray("-1.5") << true << qint64(-1500);
        QTest::newRow("s negative below ms") << QByteArray("-0.0001") << true << qint64(-1);
        QTest::newRow("zero") << QByteArray("0") << false << qint64(0);
        QTest::newRow("leading zero") << QByteArray("01") << false << qint64(-1);
        QTest::newRow("plus") << QByteArray("+1") << false << qint64(-1);
        QTest::newRow("empty") << QByteArray("") << false << qint64(-1);
        QTest::newRow("dot only") << QByteArray("1.") << false << qint64(-1);
        QTest::newRow("exponent") << QByteArray("1.5e3") << true << qint64(1500000);
        QTest::newRow("16 digits") << QByteArray("1234567890123456") << false << qint64(-1);
        QTest::newRow("last ms of 9999") << QByteArray("253402300799999") << false << qint64(253402300799999);
        QTest::newRow("first ms of 10000") << QByteArray("253402300800000") << false << qint64(-1);
        QTest::newRow("first ms of year 0")
            << QByteArray("-62167219200000") << false << qint64(-62167219200000);
    }
    void epochNumbers()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, seconds);
        QFETCH(qint64, expected);
        const auto ms =
            TimeText::parseEpochMs(std::string_view(text.constData(), std::size_t(text.size())),
                                   seconds ? TimeText::EpochUnit::Seconds : TimeText::EpochUnit::Millis);
        QCOMPARE(ms.value_or(-1), expected);
    }
};

QTEST_GUILESS_MAIN(TestTimeText)
#include "tst_timetext.moc"
