#include "KafkaConnectionForm.h"

#include "ConnectionFileField.h"
#include "ExamplePlaceholder.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QUrl>

namespace Tidewatch {

namespace {

const QString Protocol = QStringLiteral("security.protocol");
const QString Mechanism = QStringLiteral("sasl.mechanism");
const QString MechanismAlias = QStringLiteral("sasl.mechanisms");
const QString User = QStringLiteral("sasl.username");
const QString Password = QStringLiteral("sasl.password");
const QString OAuthMethod = QStringLiteral("sasl.oauthbearer.method");
const QString ClientId = QStringLiteral("sasl.oauthbearer.client.id");
const QString ClientSecret = QStringLiteral("sasl.oauthbearer.client.secret");
const QString TokenEndpoint = QStringLiteral("sasl.oauthbearer.token.endpoint.url");
const QString Scope = QStringLiteral("sasl.oauthbearer.scope");
const QString CaLocation = QStringLiteral("ssl.ca.location");
const QString CertLocation = QStringLiteral("ssl.certificate.location");
const QString KeyLocation = QStringLiteral("ssl.key.location");
const QString KeyPassword = QStringLiteral("ssl.key.password");

/// Selects @p value (case-insensitive), adding it as typed when the combo lacks it.
void selectValue(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value.trimmed().toUpper(), Qt::UserRole, Qt::MatchFixedString);
    if (index < 0)
        index = combo->findData(value.trimmed(), Qt::UserRole, Qt::MatchFixedString);
    if (index < 0) {
        combo->addItem(value.trimmed(), value.trimmed());
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace

KafkaConnectionForm::KafkaConnectionForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(QStringLiteral("securityProtocol"));
    m_protocol->setToolTip(tr("security.protocol: how the client talks to the brokers"));
    m_protocol->addItem(tr("PLAINTEXT (no TLS, no authentication)"), QStringLiteral("PLAINTEXT"));
    m_protocol->addItem(tr("SSL (TLS, optionally with a client certificate)"), QStringLiteral("SSL"));
    m_protocol->addItem(tr("SASL_PLAINTEXT (authentication without TLS)"), QStringLiteral("SASL_PLAINTEXT"));
    m_protocol->addItem(tr("SASL_SSL (authentication over TLS)"), QStringLiteral("SASL_SSL"));
    m_form->addRow(tr("Security protocol:"), m_protocol);

    m_mechanism = new QComboBox(this);
    m_mechanism->setObjectName(QStringLiteral("saslMechanism"));
    m_mechanism->setToolTip(tr("sasl.mechanism: how the client authenticates"));
    m_mechanism->addItem(tr("(not set: librdkafka's default, GSSAPI)"), QString());
    for (const char *name : {"PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512", "OAUTHBEARER", "GSSAPI"})
        m_mechanism->addItem(QLatin1String(name), QLatin1String(name));
    m_form->addRow(tr("SASL mechanism:"), m_mechanism);

    const auto line = [this](const QString &label, const QString &tip, const char *name, bool secret) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setToolTip(tip);
        if (secret) {
            edit->setEchoMode(QLineEdit::Password);
            edit->setPlaceholderText(tr("kept in the keychain, never in the profiles file"));
        }
        m_form->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, this, &KafkaConnectionForm::changed);
        return edit;
    };
    const auto file = [this](const QString &label, const QString &tip, const char *name) {
        auto *field = new ConnectionFileField(QLatin1String(name), label, this);
        field->setToolTip(tip);
        m_form->addRow(label, field);
        connect(field, &ConnectionFileField::textChanged, this, &KafkaConnectionForm::changed);
        return field;
    };
    m_user = line(tr("User:"), tr("sasl.username"), "saslUsername", false);
    m_password = line(tr("Password:"), tr("sasl.password: a secret"), "saslPassword", true);

    m_oauthMethod = new QComboBox(this);
    m_oauthMethod->setObjectName(QStringLiteral("oauthMethod"));
    m_oauthMethod->setToolTip(tr("sasl.oauthbearer.method"));
    m_oauthMethod->addItem(tr("OIDC client credentials"), QStringLiteral("oidc"));
    m_oauthMethod->addItem(tr("Default (sasl.oauthbearer.config in the property table)"),
                           QStringLiteral("default"));
    m_form->addRow(tr("OAUTHBEARER method:"), m_oauthMethod);
    m_clientId = line(tr("Client id:"), tr("sasl.oauthbearer.client.id"), "oauthClientId", false);
    m_clientSecret =
        line(tr("Client secret:"), tr("sasl.oauthbearer.client.secret: a secret"), "oauthClientSecret", true);
    m_tokenEndpoint = line(tr("Token endpoint:"),
                           tr("sasl.oauthbearer.token.endpoint.url: the identity provider's "
                              "token URL"),
                           "oauthTokenEndpoint", false);
    ExamplePlaceholder::set(m_tokenEndpoint, QStringLiteral("https://idp.example/oauth2/token"));
    m_scope = line(tr("Scope:"), tr("sasl.oauthbearer.scope (optional)"), "oauthScope", false);

    m_ca =
        file(tr("CA file:"),
             tr("ssl.ca.location: PEM file with the CA certificate(s) of the brokers; empty: the system's"),
             "sslCaLocation");
    m_cert =
        file(tr("Client certificate:"), tr("ssl.certificate.location: PEM client certificate (mutual TLS)"),
             "sslCertificateLocation");
    m_key = file(tr("Client key:"), tr("ssl.key.location: PEM private key of the client certificate"),
                 "sslKeyLocation");
    m_keyPassword =
        line(tr("Key passphrase:"), tr("ssl.key.password: passphrase of an encrypted key; a secret"),
             "sslKeyPassword", true);

    for (QComboBox *combo : {m_protocol, m_mechanism, m_oauthMethod}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateVisibility();
            Q_EMIT changed();
        });
    }
    updateVisibility();
}

const QStringList &KafkaConnectionForm::formKeys()
{
    static const QStringList keys{Protocol,    Mechanism,    MechanismAlias, User,          Password,
                                  OAuthMethod, ClientId,     ClientSecret,   TokenEndpoint, Scope,
                                  CaLocation,  CertLocation, KeyLocation,    KeyPassword};
    return keys;
}

bool KafkaConnectionForm::isFormKey(const QString &key)
{
    return formKeys().contains(key.trimmed());
}

QString KafkaConnectionForm::protocol() const
{
    return m_protocol->currentData().toString();
}

QString KafkaConnectionForm::mechanism() const
{
    return m_mechanism->currentData().toString();
}

bool KafkaConnectionForm::usesSasl() const
{
    return protocol().startsWith(QLatin1String("SASL_"));
}

bool KafkaConnectionForm::usesTls() const
{
    return protocol() == QLatin1String("SSL") || protocol() == QLatin1String("SASL_SSL");
}

bool KafkaConnectionForm::usesPassword() const
{
    return usesSasl() &&
           (mechanism() == QLatin1String("PLAIN") || mechanism().startsWith(QLatin1String("SCRAM")));
}

bool KafkaConnectionForm::usesOidc() const
{
    return usesSasl() && mechanism() == QLatin1String("OAUTHBEARER") &&
           m_oauthMethod->currentData().toString() == QLatin1String("oidc");
}

void KafkaConnectionForm::updateVisibility()
{
    const bool sasl = usesSasl();
    const bool password =
        sasl && (mechanism() == QLatin1String("PLAIN") || mechanism().startsWith(QLatin1String("SCRAM")));
    const bool oauth = sasl && mechanism() == QLatin1String("OAUTHBEARER");
    const bool oidc = usesOidc();
    const bool tls = usesTls();
    // A mechanism set without a SASL protocol stays visible, so that the user sees it and can clear it.
    m_form->setRowVisible(m_mechanism, sasl || !mechanism().isEmpty());
    for (QWidget *w : {static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password)})
        m_form->setRowVisible(w, password);
    m_form->setRowVisible(m_oauthMethod, oauth);
    for (QWidget *w : {m_clientId, m_clientSecret, m_tokenEndpoint, m_scope})
        m_form->setRowVisible(w, oidc);
    for (QWidget *w : {static_cast<QWidget *>(m_ca), static_cast<QWidget *>(m_cert),
                       static_cast<QWidget *>(m_key), static_cast<QWidget *>(m_keyPassword)})
        m_form->setRowVisible(w, tls);
}

void KafkaConnectionForm::takeProperties(QList<QPair<QString, QString>> &properties)
{
    m_protocol->setCurrentIndex(0);
    m_mechanism->setCurrentIndex(0);
    m_oauthMethod->setCurrentIndex(m_oauthMethod->findData(QStringLiteral("oidc"))); // for a new profile
    for (QLineEdit *edit :
         {m_user, m_password, m_clientId, m_clientSecret, m_tokenEndpoint, m_scope, m_keyPassword})
        edit->clear();
    for (ConnectionFileField *field : {m_ca, m_cert, m_key})
        field->setText(QString());
    bool methodGiven = false;
    properties.removeIf([this, &methodGiven](const QPair<QString, QString> &p) {
        methodGiven = methodGiven || p.first.trimmed() == OAuthMethod;
        return setFormValue(p.first, p.second);
    });
    if (!methodGiven) // librdkafka's default method: the token comes from sasl.oauthbearer.config
        m_oauthMethod->setCurrentIndex(m_oauthMethod->findData(QStringLiteral("default")));
}

bool KafkaConnectionForm::setFormValue(const QString &key, const QString &value)
{
    const QString k = key.trimmed();
    if (k == Protocol)
        selectValue(m_protocol, value);
    else if (k == Mechanism || k == MechanismAlias)
        selectValue(m_mechanism, value);
    else if (k == OAuthMethod)
        selectValue(m_oauthMethod, value.trimmed().toLower());
    else if (k == CaLocation)
        m_ca->setText(value);
    else if (k == CertLocation)
        m_cert->setText(value);
    else if (k == KeyLocation)
        m_key->setText(value);
    else {
        const QList<QPair<QString, QLineEdit *>> lines{{User, m_user},
                                                       {Password, m_password},
                                                       {ClientId, m_clientId},
                                                       {ClientSecret, m_clientSecret},
                                                       {TokenEndpoint, m_tokenEndpoint},
                                                       {Scope, m_scope},
                                                       {KeyPassword, m_keyPassword}};
        for (const auto &[name, edit] : lines) {
            if (name == k) {
                edit->setText(value);
                return true;
            }
        }
        return false;
    }
    return true;
}

void KafkaConnectionForm::fillSecret(const QString &key, const QString &value)
{
    for (const auto &[name, edit] : {std::pair{Password, m_password}, std::pair{ClientSecret, m_clientSecret},
                                     std::pair{KeyPassword, m_keyPassword}}) {
        if (name == key && edit->text().isEmpty())
            edit->setText(value);
    }
}

QList<QPair<QString, QString>> KafkaConnectionForm::properties() const
{
    QList<QPair<QString, QString>> out;
    const auto add = [&out](const QString &key, const QString &value) {
        if (!value.isEmpty())
            out.append({key, value});
    };
    if (protocol() != QLatin1String("PLAINTEXT"))
        add(Protocol, protocol());
    if (usesSasl() || !mechanism().isEmpty()) // a stray mechanism is kept (and reported by problems())
        add(Mechanism, mechanism());
    if (usesPassword()) {
        add(User, m_user->text().trimmed());
        add(Password, m_password->text());
    }
    if (usesOidc()) {
        add(OAuthMethod, QStringLiteral("oidc"));
        add(ClientId, m_clientId->text().trimmed());
        add(ClientSecret, m_clientSecret->text());
        add(TokenEndpoint, m_tokenEndpoint->text().trimmed());
        add(Scope, m_scope->text().trimmed());
    }
    if (usesTls()) {
        add(CaLocation, m_ca->text());
        add(CertLocation, m_cert->text());
        add(KeyLocation, m_key->text());
        add(KeyPassword, m_keyPassword->text());
    }
    return out;
}

QStringList KafkaConnectionForm::problems() const
{
    QStringList out;
    if (m_protocol->currentIndex() >= 4)
        out << tr("Unknown security protocol \"%1\": choose PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL")
                   .arg(protocol());
    if (!usesSasl() && !mechanism().isEmpty())
        out << tr("The SASL mechanism %1 needs a SASL security protocol (SASL_PLAINTEXT or SASL_SSL); with "
                  "%2 it "
                  "is not used. Choose a SASL protocol or set no mechanism.")
                   .arg(mechanism(), protocol());
    if (m_mechanism->currentIndex() >= 6)
        out << tr("Unknown SASL mechanism \"%1\"").arg(mechanism());
    if (usesPassword() && m_user->text().trimmed().isEmpty())
        out << tr("SASL %1 needs a user").arg(mechanism());
    if (usesOidc()) {
        if (!m_oidcUnsupported.isEmpty())
            out << tr("OIDC (sasl.oauthbearer.method=oidc) is not available: %1").arg(m_oidcUnsupported);
        if (m_clientId->text().trimmed().isEmpty() || m_clientSecret->text().isEmpty())
            out << tr("OIDC needs a client id and a client secret");
        const QUrl endpoint(m_tokenEndpoint->text().trimmed(), QUrl::StrictMode);
        if (!endpoint.isValid() ||
            (endpoint.scheme() != QLatin1String("https") && endpoint.scheme() != QLatin1String("http")))
            out << tr("OIDC needs the token endpoint's http(s) URL");
    }
    if (usesTls()) {
        for (const auto &[field, label] :
             {std::pair{m_ca, tr("Kafka CA file")}, std::pair{m_cert, tr("Kafka client certificate")},
              std::pair{m_key, tr("Kafka client key")}}) {
            if (const QString problem = field->problem(label); !problem.isEmpty())
                out << problem;
        }
        if (m_cert->text().isEmpty() != m_key->text().isEmpty())
            out << tr("A Kafka client certificate and its key go together: give both or neither");
    }
    return out;
}

void KafkaConnectionForm::setOidcUnsupported(const QString &reason)
{
    m_oidcUnsupported = reason;
    const int index = m_oauthMethod->findData(QStringLiteral("oidc"));
    m_oauthMethod->setItemData(index, reason.isEmpty() ? tr("sasl.oauthbearer.method=oidc") : reason,
                               Qt::ToolTipRole);
}

} // namespace Tidewatch
