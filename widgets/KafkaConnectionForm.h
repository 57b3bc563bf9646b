#pragma once

#include <QList>
#include <QPair>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace Tidewatch {

class ConnectionFileField;

/// The Kafka connection security of a profile as a form: security protocol, SASL mechanism with
/// user and password or OAUTHBEARER/OIDC client credentials, the CA file and the client
/// certificate, key and key passphrase. It maps to the standard librdkafka properties
/// (formKeys()); only the fields that apply to the chosen protocol and mechanism are shown and
/// written. Secret values (sasl.password, sasl.oauthbearer.client.secret, ssl.key.password) are
/// ordinary properties here: the settings page sends them to the keychain.
class KafkaConnectionForm : public QWidget
{
    Q_OBJECT
public:
    explicit KafkaConnectionForm(QWidget *parent = nullptr);

    /// The librdkafka properties the form owns; the raw property table never holds them.
    static const QStringList &formKeys();
    static bool isFormKey(const QString &key);

    /// Empties the form (PLAINTEXT) and then moves every form key out of @p properties into it;
    /// the other properties stay.
    void takeProperties(QList<QPair<QString, QString>> &properties);
    /// Sets one form key (false for a key the form does not own). An unknown protocol or
    /// mechanism is kept as typed, and validate() names it.
    bool setFormValue(const QString &key, const QString &value);
    /// Fills a secret (sasl.password, ...) read from the keychain unless one was typed meanwhile.
    void fillSecret(const QString &key, const QString &value);
    /// The properties of the shown fields that are not empty, in formKeys() order; nothing for
    /// PLAINTEXT without SASL or TLS fields (librdkafka's default).
    QList<QPair<QString, QString>> properties() const;
    /// What is wrong, in plain words (a missing or unreadable file, a SASL mechanism without a SASL
    /// protocol, a missing user, ...); empty when nothing is.
    QStringList problems() const;

    /// This librdkafka build cannot do OIDC (sasl.oauthbearer.method=oidc): @p reason says why.
    void setOidcUnsupported(const QString &reason);

Q_SIGNALS:
    void changed();

private:
    QString protocol() const;
    QString mechanism() const;
    bool usesSasl() const;
    bool usesTls() const;
    bool usesPassword() const;
    bool usesOidc() const;
    void updateVisibility();

    QFormLayout *m_form;
    QComboBox *m_protocol;
    QComboBox *m_mechanism;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_oauthMethod;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_tokenEndpoint;
    QLineEdit *m_scope;
    ConnectionFileField *m_ca;
    ConnectionFileField *m_cert;
    ConnectionFileField *m_key;
    QLineEdit *m_keyPassword;
    QString m_oidcUnsupported;
};

} // namespace Tidewatch
