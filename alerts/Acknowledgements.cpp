#include "Acknowledgements.h"

#include <algorithm>

namespace Tidewatch {

bool Acknowledgements::acknowledge(const Acknowledgement &ack)
{
    if (ack.fingerprint.isEmpty() || ack.by.trimmed().isEmpty())
        return false;
    m_acks.insert(ack.fingerprint, ack);
    return true;
}

std::optional<Acknowledgement> Acknowledgements::find(const QString &fingerprint) const
{
    const auto it = m_acks.constFind(fingerprint);
    if (it == m_acks.cend())
        return std::nullopt;
    return *it;
}

QList<Acknowledgement> Acknowledgements::retain(const QSet<QString> &activeFingerprints)
{
    QList<Acknowledgement> dropped;
    for (auto it = m_acks.begin(); it != m_acks.end();) {
        if (activeFingerprints.contains(it.key())) {
            ++it;
        } else {
            dropped.append(*it);
            it = m_acks.erase(it);
        }
    }
    return dropped;
}

QList<Acknowledgement> Acknowledgements::all() const
{
    QList<Acknowledgement> result = m_acks.values();
    std::sort(result.begin(), result.end(), [](const Acknowledgement &a, const Acknowledgement &b) {
        return a.fingerprint < b.fingerprint;
    });
    return result;
}

} // namespace Tidewatch
