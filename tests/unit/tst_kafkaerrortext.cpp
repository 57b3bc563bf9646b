#include "KafkaErrorText.h"

#include <QTest>

using namespace Tidewatch;

Q_DECLARE_METATYPE(rd_kafka_resp_err_t)

/// The client errors librdkafka 2.0.2 reported against the stack's secured listeners
/// (tst_kafka_secure), and what the status makes of them.
class TestKafkaErrorText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cause_data()
    {
        QTest::addColumn<rd_kafka_resp_err_t>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("starts");
        QTest::newRow("SCRAM refused") << RD_KAFKA_RESP_ERR__AUTHENTICATION
                                       << "sasl_ssl://127.0.0.1:19094/bootstrap: SASL authentication error: "
                                          "Authentication failed during authentication due to invalid "
                                          "credentials with SASL mechanism SCRAM-SHA-512 (after 1041ms in "
                                          "state AUTH_REQ)"
                                       << "authentication failed: ";
        QTest::newRow("broker says SASL failed") << RD_KAFKA_RESP_ERR_SASL_AUTHENTICATION_FAILED
                                                 << "Authentication failed: Invalid username or password"
                                                 << "authentication failed: ";
        QTest::newRow("unknown CA")
            << RD_KAFKA_RESP_ERR__SSL
            << "ssl://127.0.0.1:19095/bootstrap: error:0A000086:SSL "
               "routines::certificate verify failed (after 32ms in state SSL_HANDSHAKE)"
            << "certificate verify failed: ";
        QTest::newRow("unknown CA, as a transport error")
            << RD_KAFKA_RESP_ERR__TRANSPORT
            << "SSL handshake failed: error:0A000086:SSL routines::certificate verify failed: broker "
               "certificate could not be verified"
            << "certificate verify failed: ";
        QTest::newRow("no client certificate, TLS 1.3")
            << RD_KAFKA_RESP_ERR__TRANSPORT
            << "Receive failed: error:0A000412:SSL routines::sslv3 alert bad certificate: SSL alert number "
               "42 "
               "(after 18ms in state APIVERSION_QUERY)"
            << "TLS handshake failure: ";
        QTest::newRow("no client certificate, TLS 1.2")
            << RD_KAFKA_RESP_ERR__SSL << "SSL handshake failed: sslv3 alert handshake failure"
            << "TLS handshake failure: ";
        QTest::newRow("TLS on a plaintext listener") << RD_KAFKA_RESP_ERR__SSL
                                                     << "ssl://127.0.0.1:19092/bootstrap: SSL handshake "
                                                        "failed: error:0A000126:SSL routines::unexpected "
                                                        "eof while reading (after 3ms in state SSL_HANDSHAKE)"
                                                     << "the connection broke during its set-up: ";
        QTest::newRow("other TLS error") << RD_KAFKA_RESP_ERR__SSL << "ssl.ca.location failed: No such file"
                                         << "TLS error: ";
        QTest::newRow("unresolvable host") << RD_KAFKA_RESP_ERR__RESOLVE
                                           << "no-such-host.invalid:9092/bootstrap: Failed to resolve "
                                              "'no-such-host.invalid:9092': Name or service not known "
                                              "(after 12ms in state CONNECT)"
                                           << "the broker's host name cannot be resolved: ";
        QTest::newRow("unresolvable host, as a transport error")
            << RD_KAFKA_RESP_ERR__TRANSPORT
            << "no-such-host.invalid:9092/bootstrap: Failed to resolve 'no-such-host.invalid:9092': Name or "
               "service not known"
            << "the broker's host name cannot be resolved: ";
        QTest::newRow("broker down: no cause")
            << RD_KAFKA_RESP_ERR__TRANSPORT << "Connect to ipv4#127.0.0.1:19092 failed: Connection refused"
            << QString();
        QTest::newRow("all brokers down: no cause")
            << RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN << "3/3 brokers are down" << QString();
        QTest::newRow("timeout: no cause")
            << RD_KAFKA_RESP_ERR__TIMED_OUT << "SSL handshake timed out" << QString();
    }

    void cause()
    {
        QFETCH(rd_kafka_resp_err_t, code);
        QFETCH(QString, message);
        QFETCH(QString, starts);
        const QString text = KafkaErrorText::securityCause(code, message);
        if (starts.isEmpty()) {
            QVERIFY2(text.isEmpty(), qPrintable(text));
            return;
        }
        QVERIFY2(text.startsWith(starts), qPrintable(text));
        QVERIFY(text.endsWith(message)); // librdkafka's own words stay, for the details
    }

    /// Of several errors in one cycle the most telling names the cause: a broker that refused the
    /// login explains the disconnects that follow it.
    void mostTellingWins()
    {
        const QList<KafkaHandle::ClientError> errors{
            {RD_KAFKA_RESP_ERR__TRANSPORT,
             QStringLiteral("Connect to ipv4#127.0.0.1:29094 failed: Connection refused")},
            {RD_KAFKA_RESP_ERR__AUTHENTICATION, QStringLiteral("SASL authentication error: first")},
            {RD_KAFKA_RESP_ERR__SSL,
             QStringLiteral("error:0A000086:SSL routines::certificate verify failed")},
            {RD_KAFKA_RESP_ERR__AUTHENTICATION, QStringLiteral("SASL authentication error: newest")},
            {RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN, QStringLiteral("3/3 brokers are down")}};
        const QString text = KafkaErrorText::withCause(QStringLiteral("Metadata request failed: x"), errors);
        QVERIFY2(text.startsWith(QLatin1String("Metadata request failed: x - authentication failed: ")),
                 qPrintable(text));
        QVERIFY(text.endsWith(QLatin1String("newest")));
        QCOMPARE(KafkaErrorText::withCause(
                     QStringLiteral("Metadata request failed: x"),
                     {{RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN, QStringLiteral("3/3 brokers are down")}}),
                 QStringLiteral("Metadata request failed: x"));
    }
};

QTEST_GUILESS_MAIN(TestKafkaErrorText)
#include "tst_kafkaerrortext.moc"
