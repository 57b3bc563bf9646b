#include "RetryQueue.h"

#include <QTest>

using namespace Tidewatch;

namespace {

QStringList lines(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

} // namespace

/// Timelines of one delivery queue. Events: "<ms> enqueue N" (a batch of N alerts), "<ms> send"
/// (asks next(); prints "<ms> send #id" or "<ms> wait" with when it may send), "<ms> ok",
/// "<ms> fail" (transient), "<ms> refuse" (permanent). The printed log is compared, then the
/// counters "queued dropped(batches/alerts) retries refused delivered".
class TestRetryQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeline_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<QStringList>("events");
        QTest::addColumn<QStringList>("log");
        QTest::addColumn<QString>("counters");

        QTest::newRow("delivered at once")
            << 8 << lines({"0 enqueue 3", "0 send", "5 ok", "5 send"}) << lines({"0 send #1", "5 idle"})
            << QString::fromLatin1("0 0/0 0 0 1");
        QTest::newRow("one request at a time, in order")
            << 8 << lines({"0 enqueue 1", "0 enqueue 1", "0 send", "0 send", "3 ok", "3 send", "4 ok"})
            << lines({"0 send #1", "0 wait -1", "3 send #2"}) << QString::fromLatin1("0 0/0 0 0 2");
        QTest::newRow("transient failures back off 0.5, 1, 2, 4 s")
            << 8
            << lines({"0 enqueue 1", "0 send", "100 fail", "599 send", "600 send", "700 fail", "1700 send",
                      "1800 fail", "3800 send", "3900 fail", "7900 send", "8000 ok"})
            << lines({"0 send #1", "599 wait 600", "600 send #1", "1700 send #1", "3800 send #1",
                      "7900 send #1"})
            << QString::fromLatin1("0 0/0 4 0 1");
        QTest::newRow("backoff is capped at 30 s")
            << 8
            << lines({"0 enqueue 1", "0 send", "0 fail", "500 send", "500 fail", "1500 send", "1500 fail",
                      "3500 send", "3500 fail", "7500 send", "7500 fail", "15500 send", "15500 fail",
                      "31500 send", "31500 fail", "61500 send", "61500 fail", "91499 send", "91500 send"})
            << lines({"0 send #1", "500 send #1", "1500 send #1", "3500 send #1", "7500 send #1",
                      "15500 send #1", "31500 send #1", "61500 send #1", "91499 wait 91500", "91500 send #1"})
            << QString::fromLatin1("1 0/0 8 0 0");
        QTest::newRow("a later batch waits behind the failing one, and goes right after it")
            << 8
            << lines({"0 enqueue 1", "0 send", "0 fail", "100 enqueue 2", "100 send", "500 send", "600 ok",
                      "600 send"})
            << lines({"0 send #1", "100 wait 500", "500 send #1", "600 send #2"})
            << QString::fromLatin1("1 0/0 1 0 1");
        QTest::newRow("a success resets the backoff")
            << 8
            << lines({"0 enqueue 1", "0 enqueue 1", "0 send", "0 fail", "500 send", "500 fail", "1500 send",
                      "1500 ok", "1500 send", "1500 fail", "2000 send"})
            << lines({"0 send #1", "500 send #1", "1500 send #1", "1500 send #2", "2000 send #2"})
            << QString::fromLatin1("1 0/0 3 0 1");
        QTest::newRow("refused (400/422) is dropped without retry, the next goes at once")
            << 8 << lines({"0 enqueue 2", "0 enqueue 1", "0 send", "10 refuse", "10 send", "20 ok"})
            << lines({"0 send #1", "10 send #2"}) << QString::fromLatin1("0 0/0 0 1 1");
        QTest::newRow("full: the oldest waiting batch is dropped and counted")
            << 3
            << lines({"0 enqueue 1", "0 enqueue 2", "0 enqueue 3", "0 enqueue 4", "0 enqueue 5", "0 send"})
            << lines({"0 send #3"}) << QString::fromLatin1("3 2/3 0 0 0");
        QTest::newRow("full while sending: the batch in flight is kept, the next oldest goes")
            << 3
            << lines({"0 enqueue 1", "0 send", "0 enqueue 2", "0 enqueue 3", "0 enqueue 4", "5 ok", "5 send"})
            << lines({"0 send #1", "5 send #3"}) << QString::fromLatin1("2 1/2 0 0 1");
    }
    void timeline()
    {
        QFETCH(int, capacity);
        QFETCH(QStringList, events);
        QFETCH(QStringList, log);
        QFETCH(QString, counters);

        RetryPolicy policy;
        policy.capacity = capacity;
        RetryQueue queue(policy);
        QStringList actual;
        for (const QString &event : std::as_const(events)) {
            const QStringList parts = event.split(QLatin1Char(' '));
            const qint64 t = parts.at(0).toLongLong();
            const QString &op = parts.at(1);
            if (op == QLatin1String("enqueue")) {
                queue.enqueue(QByteArray("body"), parts.at(2).toInt(), t);
            } else if (op == QLatin1String("send")) {
                const auto batch = queue.next(t);
                if (batch)
                    actual << QStringLiteral("%1 send #%2").arg(t).arg(batch->id);
                else if (queue.size() == 0)
                    actual << QStringLiteral("%1 idle").arg(t);
                else
                    actual << QStringLiteral("%1 wait %2").arg(t).arg(queue.nextAttemptMs());
            } else if (op == QLatin1String("ok")) {
                queue.succeeded();
            } else if (op == QLatin1String("fail")) {
                queue.failedTransient(t);
            } else if (op == QLatin1String("refuse")) {
                queue.failedPermanent();
            } else {
                QFAIL(qPrintable(event));
            }
        }
        QCOMPARE(actual, log);
        QCOMPARE(QStringLiteral("%1 %2/%3 %4 %5 %6")
                     .arg(queue.size())
                     .arg(queue.droppedBatches())
                     .arg(queue.droppedAlerts())
                     .arg(queue.retries())
                     .arg(queue.permanentFailures())
                     .arg(queue.delivered()),
                 counters);
    }

    void backoffSchedule_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("wait");
        QTest::newRow("none") << 0 << qint64(0);
        QTest::newRow("1") << 1 << qint64(500);
        QTest::newRow("2") << 2 << qint64(1000);
        QTest::newRow("3") << 3 << qint64(2000);
        QTest::newRow("7") << 7 << qint64(30000);
        QTest::newRow("1000 (no overflow)") << 1000 << qint64(30000);
    }
    void backoffSchedule()
    {
        QFETCH(int, failures);
        QFETCH(qint64, wait);
        QCOMPARE(RetryQueue().backoffMs(failures), wait);
    }
};

QTEST_GUILESS_MAIN(TestRetryQueue)
#include "tst_retryqueue.moc"
