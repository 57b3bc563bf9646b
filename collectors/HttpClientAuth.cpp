#include "HttpClientAuth.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslKey>

namespace Tidewatch {

namespace {

bool readFile(const QString &path, QByteArray &out, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error =
            QCoreApplication::translate("HttpClientAuth", "Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    out = file.readAll();
    return true;
}

/// The first private key of a PEM text, whatever its algorithm.
QSslKey privateKey(const QByteArray &pem, const QString &passphrase)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase.toUtf8());
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

HttpClientAuth::HttpClientAuth()
    : m_ssl(QSslConfiguration::defaultConfiguration())
{}

HttpClientAuth::HttpClientAuth(const HttpAuth &auth)
    : HttpClientAuth()
{
    if (auth.hasBasicAuth())
        m_authorization = "Basic " + (auth.user + QLatin1Char(':') + auth.password).toUtf8().toBase64();
    QByteArray pem;
    if (!auth.caFile.isEmpty()) {
        if (!readFile(auth.caFile, pem, m_error))
            return;
        const QList<QSslCertificate> cas = QSslCertificate::fromData(pem, QSsl::Pem);
        if (cas.isEmpty()) {
            m_error =
                QCoreApplication::translate(
                    "HttpClientAuth", "No CA certificate could be read from %1 (a PEM file is expected)")
                    .arg(auth.caFile);
            return;
        }
        m_ssl.addCaCertificates(cas);
    }
    if (auth.certFile.isEmpty()) {
        if (!auth.keyFile.isEmpty())
            m_error =
                QCoreApplication::translate("HttpClientAuth", "A client key (%1) needs a client certificate")
                    .arg(auth.keyFile);
        return;
    }
    if (!readFile(auth.certFile, pem, m_error))
        return;
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty()) {
        m_error =
            QCoreApplication::translate(
                "HttpClientAuth", "No client certificate could be read from %1 (a PEM file is expected)")
                .arg(auth.certFile);
        return;
    }
    const QString keyPath = auth.keyFile.isEmpty() ? auth.certFile : auth.keyFile;
    if (!auth.keyFile.isEmpty() && !readFile(auth.keyFile, pem, m_error))
        return;
    const QSslKey key = privateKey(pem, auth.keyPassphrase);
    if (key.isNull()) {
        m_error = auth.keyPassphrase.isEmpty()
                      ? QCoreApplication::translate(
                            "HttpClientAuth",
                            "No private key could be read from %1 (missing, or encrypted and no passphrase "
                            "given)")
                            .arg(keyPath)
                      : QCoreApplication::translate(
                            "HttpClientAuth", "No private key could be read from %1 (wrong passphrase?)")
                            .arg(keyPath);
        return;
    }
    m_ssl.setLocalCertificate(certificates.first());
    if (certificates.size() > 1)
        m_ssl.setLocalCertificateChain(certificates);
    m_ssl.setPrivateKey(key);
}

void HttpClientAuth::apply(QNetworkRequest &request) const
{
    request.setSslConfiguration(m_ssl);
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
}

} // namespace Tidewatch
