#include "SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

namespace Tidewatch {

namespace {

const QString ProbeKey = QStringLiteral("tidewatch-keychain-probe");

template<typename Job>
Job *makeJob(const QString &key)
{
    // No parent: a backend may call back into a running job, so the job deletes itself when done
    // (autoDelete), never with the store.
    auto *job = new Job(SecretStore::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a clear-text file
    job->setKey(key);
    return job;
}

} // namespace

SecretStore::SecretStore(QObject *parent, int probeTimeoutMs)
    : QObject(parent)
    , m_probeTimeoutMs(probeTimeoutMs)
{}

QString SecretStore::keyOf(const QString &profile, const QString &field)
{
    return profile + QLatin1Char('/') + field;
}

QString SecretStore::serviceName()
{
    return QStringLiteral("Tidewatch");
}

void SecretStore::probe()
{
    if (m_availability != Availability::Unknown)
        return;
    m_availability = Availability::Probing;
    auto *job = makeJob<QKeychain::ReadPasswordJob>(ProbeKey);
    QPointer<QKeychain::ReadPasswordJob> guard(job);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        // A missing entry is a keychain that answers; anything else (no backend, no D-Bus) is not.
        const auto error = finished->error();
        finishProbe(error == QKeychain::NoError || error == QKeychain::EntryNotFound,
                    unavailableExplanation(error, finished->errorString(),
                                           qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS")));
    });
    QTimer::singleShot(m_probeTimeoutMs, this, [this, guard]() {
        if (m_availability != Availability::Probing)
            return;
        if (guard)
            guard->disconnect(this);
        finishProbe(false, tr("the keychain did not answer within %1 ms").arg(m_probeTimeoutMs));
    });
    job->start();
}

QString SecretStore::unavailableExplanation(int keychainError, const QString &backendText,
                                            const QString &sessionBusAddress)
{
    QString why;
    if (keychainError == QKeychain::AccessDenied || keychainError == QKeychain::AccessDeniedByUser)
        why = tr("the keychain refused access (it is locked, or the request was denied)");
    else if (sessionBusAddress.isEmpty())
        why = tr("there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set), so no Secret Service "
                 "or KWallet can be reached");
    else
        why = tr("no Secret Service (GNOME Keyring, KeePassXC, ...) or KWallet answered on the D-Bus "
                 "session bus at %1")
                  .arg(sessionBusAddress);
    // QtKeychain says "Unknown error" when it knows nothing more; anything else is worth quoting.
    const QString detail = backendText.trimmed();
    if (!detail.isEmpty() && detail != QLatin1String("Unknown error"))
        why += tr(" (the keychain said: %1)").arg(detail);
    return why;
}

void SecretStore::finishProbe(bool available, const QString &reason)
{
    if (m_availability != Availability::Probing)
        return;
    m_availability = available ? Availability::Available : Availability::Unavailable;
    m_reason = available ? QString() : reason;
    Q_EMIT availabilityKnown(available);
}

void SecretStore::store(const QString &profile, const QString &field, const QString &secret)
{
    const QString key = keyOf(profile, field);
    if (useMemory()) {
        m_session.insert(key, secret);
        QTimer::singleShot(0, this, [this, profile, field]() { Q_EMIT stored(profile, field); });
        return;
    }
    if (m_availability != Availability::Available) {
        QTimer::singleShot(0, this, [this, profile, field]() {
            Q_EMIT failed(
                profile, field,
                tr("No system keychain: the secret %1 of profile \"%2\" was not stored").arg(field, profile));
        });
        return;
    }
    auto *job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, profile, field](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError)
            Q_EMIT stored(profile, field);
        else
            Q_EMIT failed(profile, field,
                          tr("Cannot store the secret %1 of profile \"%2\": %3")
                              .arg(field, profile, finished->errorString()));
    });
    job->start();
}

void SecretStore::read(const QString &profile, const QString &field)
{
    const QString key = keyOf(profile, field);
    if (m_availability != Availability::Available) {
        const QString secret = m_session.value(key);
        QTimer::singleShot(0, this,
                           [this, profile, field, secret]() { Q_EMIT secretRead(profile, field, secret); });
        return;
    }
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this, [this, profile, field](QKeychain::Job *finished) {
        const auto error = finished->error();
        if (error == QKeychain::NoError)
            Q_EMIT secretRead(profile, field,
                              static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
        else if (error == QKeychain::EntryNotFound)
            Q_EMIT secretRead(profile, field, QString());
        else
            Q_EMIT failed(profile, field,
                          tr("Cannot read the secret %1 of profile \"%2\": %3")
                              .arg(field, profile, finished->errorString()));
    });
    job->start();
}

void SecretStore::remove(const QString &profile, const QString &field)
{
    const QString key = keyOf(profile, field);
    m_session.remove(key);
    if (m_availability != Availability::Available) {
        QTimer::singleShot(0, this, [this, profile, field]() { Q_EMIT removed(profile, field); });
        return;
    }
    auto *job = makeJob<QKeychain::DeletePasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this, [this, profile, field](QKeychain::Job *finished) {
        const auto error = finished->error();
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound)
            Q_EMIT removed(profile, field);
        else
            Q_EMIT failed(profile, field,
                          tr("Cannot remove the secret %1 of profile \"%2\": %3")
                              .arg(field, profile, finished->errorString()));
    });
    job->start();
}

} // namespace Tidewatch
