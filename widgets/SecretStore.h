#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace Tidewatch {

/// Secrets of connection profiles (Flink password, secret librdkafka properties) in the system
/// keychain through QtKeychain: service "Tidewatch", key "<profile>/<field>". Never writes a
/// secret in clear: QtKeychain's insecure fallback is off. Where no keychain answers (a bare
/// server, CI), secrets can be kept in memory for this session only, and only when the caller asks
/// for it with setSessionOnly(true). All results come by signals.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Availability
    {
        Unknown,
        Probing,
        Available,
        Unavailable
    };
    Q_ENUM(Availability)

    /// @p probeTimeoutMs bounds probe(): a keychain that does not answer within it is unavailable.
    explicit SecretStore(QObject *parent = nullptr, int probeTimeoutMs = 2000);

    /// Asks the keychain for a probe entry; availabilityKnown() follows (also when it times out).
    /// Does nothing while a probe is running or once the answer is known.
    void probe();
    /// True once a probe found a keychain backend that answers.
    bool available() const { return m_availability == Availability::Available; }
    Availability availability() const { return m_availability; }
    /// Why the keychain is unavailable (unavailableExplanation()), empty otherwise.
    QString unavailableReason() const { return m_reason; }

    /// With no keychain: keep secrets in memory for this session (true) or refuse them (false).
    void setSessionOnly(bool sessionOnly) { m_sessionOnly = sessionOnly; }
    bool sessionOnly() const { return m_sessionOnly; }

    /// Stores @p secret under "<profile>/<field>"; stored() or failed() follows.
    void store(const QString &profile, const QString &field, const QString &secret);
    /// Reads "<profile>/<field>"; secretRead() (empty when there is none) or failed() follows.
    void read(const QString &profile, const QString &field);
    /// Removes "<profile>/<field>"; removed() (also when there was none) or failed() follows.
    void remove(const QString &profile, const QString &field);

    /// The keychain key of a field: "<profile>/<field>".
    static QString keyOf(const QString &profile, const QString &field);
    /// The keychain service name: "Tidewatch".
    static QString serviceName();
    /// Why no keychain answered, in words an operator can act on, from the QKeychain::Error
    /// @p keychainError, the backend's @p backendText (left out when it says nothing, as its
    /// "Unknown error") and the session's D-Bus address @p sessionBusAddress
    /// (DBUS_SESSION_BUS_ADDRESS; empty: no D-Bus session).
    static QString unavailableExplanation(int keychainError, const QString &backendText,
                                          const QString &sessionBusAddress);

Q_SIGNALS:
    void availabilityKnown(bool available);
    void stored(const QString &profile, const QString &field);
    void secretRead(const QString &profile, const QString &field, const QString &secret);
    void removed(const QString &profile, const QString &field);
    /// @p message is translated and names the profile and field.
    void failed(const QString &profile, const QString &field, const QString &message);

private:
    bool useMemory() const { return m_availability != Availability::Available && m_sessionOnly; }
    void finishProbe(bool available, const QString &reason);

    int m_probeTimeoutMs;
    Availability m_availability = Availability::Unknown;
    QString m_reason;
    bool m_sessionOnly = false;
    QHash<QString, QString> m_session; ///< session-only secrets, by key
};

} // namespace Tidewatch
