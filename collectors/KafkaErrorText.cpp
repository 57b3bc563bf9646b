#include "KafkaErrorText.h"

#include <QCoreApplication>

namespace Tidewatch::KafkaErrorText {

namespace {

enum class Kind
{
    None,
    Unresolved,
    ProtocolMismatch,
    OtherTls,
    Handshake,
    Untrusted,
    Authentication,
};

bool has(const QString &message, const char *text)
{
    return message.contains(QLatin1String(text), Qt::CaseInsensitive);
}

Kind kindOf(rd_kafka_resp_err_t code, const QString &message)
{
    if (code == RD_KAFKA_RESP_ERR__AUTHENTICATION || code == RD_KAFKA_RESP_ERR_SASL_AUTHENTICATION_FAILED)
        return Kind::Authentication;
    if (code == RD_KAFKA_RESP_ERR__RESOLVE || has(message, "Failed to resolve"))
        return Kind::Unresolved;
    if (code != RD_KAFKA_RESP_ERR__SSL && code != RD_KAFKA_RESP_ERR__TRANSPORT)
        return Kind::None;
    if (has(message, "certificate verify failed") || has(message, "unable to get local issuer") ||
        has(message, "self-signed certificate") || has(message, "self signed certificate"))
        return Kind::Untrusted;
    // The broker refused the handshake: TLS 1.2 says "handshake failure", TLS 1.3 "certificate
    // required" (alert 116) when the listener wants a client certificate and got none.
    if (has(message, "handshake failure") || has(message, "certificate required") ||
        has(message, "alert bad certificate") || has(message, "unknown ca"))
        return Kind::Handshake;
    // A TLS client on a PLAINTEXT listener: the broker closes the socket on the ClientHello.
    if (has(message, "security.protocol") || has(message, "wrong version number") ||
        has(message, "packet length too long") || has(message, "record layer failure") ||
        (has(message, "unexpected eof") && has(message, "SSL_HANDSHAKE")))
        return Kind::ProtocolMismatch;
    if (code == RD_KAFKA_RESP_ERR__SSL || has(message, "SSL"))
        return Kind::OtherTls;
    return Kind::None;
}

QString text(Kind kind, const QString &message)
{
    switch (kind) {
    case Kind::Authentication:
        return QCoreApplication::translate(
                   "KafkaErrorText",
                   "authentication failed: the broker rejected the SASL user or password (check "
                   "sasl.mechanisms, sasl.username, sasl.password): %1")
            .arg(message);
    case Kind::Untrusted:
        return QCoreApplication::translate(
                   "KafkaErrorText",
                   "certificate verify failed: the broker's TLS certificate is not trusted or does not name "
                   "the host (check ssl.ca.location): %1")
            .arg(message);
    case Kind::Handshake:
        return QCoreApplication::translate(
                   "KafkaErrorText",
                   "TLS handshake failure: the broker refused the connection, it may require a client "
                   "certificate it trusts (check ssl.certificate.location, ssl.key.location): %1")
            .arg(message);
    case Kind::ProtocolMismatch:
        return QCoreApplication::translate(
                   "KafkaErrorText",
                   "the connection broke during its set-up: the listener may expect another "
                   "security.protocol (PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL): %1")
            .arg(message);
    case Kind::Unresolved:
        return QCoreApplication::translate(
                   "KafkaErrorText",
                   "the broker's host name cannot be resolved: no such host, or DNS does not answer (check "
                   "bootstrap.servers, and the advertised listeners the brokers name): %1")
            .arg(message);
    case Kind::OtherTls:
        return QCoreApplication::translate("KafkaErrorText", "TLS error: %1").arg(message);
    case Kind::None:
        break;
    }
    return {};
}

} // namespace

QString securityCause(rd_kafka_resp_err_t code, const QString &message)
{
    return text(kindOf(code, message), message);
}

QString securityCause(const QList<KafkaHandle::ClientError> &errors)
{
    Kind best = Kind::None;
    QString message;
    for (const KafkaHandle::ClientError &e : errors) {
        const Kind kind = kindOf(e.code, e.message);
        if (kind > best) { // the newest of the most telling kind
            best = kind;
            message = e.message;
        } else if (kind == best && kind != Kind::None) {
            message = e.message;
        }
    }
    return text(best, message);
}

QString withCause(const QString &requestError, const QList<KafkaHandle::ClientError> &errors)
{
    const QString cause = securityCause(errors);
    return cause.isEmpty() ? requestError : requestError + QStringLiteral(" - ") + cause;
}

} // namespace Tidewatch::KafkaErrorText
