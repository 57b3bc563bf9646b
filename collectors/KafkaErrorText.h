#pragma once

#include "KafkaHandle.h"

#include <QList>
#include <QString>

#include <librdkafka/rdkafka.h>

namespace Tidewatch::KafkaErrorText {

/// What a client-level error says about the connection's security, in words that name the cause
/// ("authentication failed", "certificate verify failed", "handshake failure") and the properties to
/// check; empty when the error is not about authentication, TLS or a security.protocol mismatch.
/// librdkafka reports these only through its error callback, while the request that failed because
/// of them just says "Broker transport failure" or "timed out".
QString securityCause(rd_kafka_resp_err_t code, const QString &message);

/// The security cause of the most telling of @p errors (authentication before TLS before a protocol
/// mismatch), or empty when none of them has one.
QString securityCause(const QList<KafkaHandle::ClientError> &errors);

/// @p requestError followed by the security cause of @p errors, if there is one.
QString withCause(const QString &requestError, const QList<KafkaHandle::ClientError> &errors);

} // namespace Tidewatch::KafkaErrorText
