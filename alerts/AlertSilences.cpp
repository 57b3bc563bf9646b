#include "AlertSilences.h"

#include <QUuid>

#include <algorithm>

namespace Tidewatch {

namespace {

void sortSilences(QList<Silence> &silences)
{
    std::sort(silences.begin(), silences.end(), [](const Silence &a, const Silence &b) {
        return std::tie(a.startsAtMs, a.id) < std::tie(b.startsAtMs, b.id);
    });
}

} // namespace

QString AlertSilences::add(Silence silence, QString *error)
{
    const QString problem = silence.validationError();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    if (silence.id.isEmpty())
        silence.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto it = std::find_if(m_silences.begin(), m_silences.end(),
                                 [&](const Silence &s) { return s.id == silence.id; });
    if (it != m_silences.end())
        *it = silence;
    else
        m_silences.append(silence);
    sortSilences(m_silences);
    return silence.id;
}

bool AlertSilences::expire(const QString &id, qint64 nowMs)
{
    const auto it =
        std::find_if(m_silences.begin(), m_silences.end(), [&](const Silence &s) { return s.id == id; });
    if (it == m_silences.end() || it->isExpired(nowMs))
        return false;
    // A silence that has not started yet ends before it starts, as in Alertmanager.
    it->endsAtMs = nowMs;
    if (it->startsAtMs > nowMs)
        it->startsAtMs = nowMs;
    return true;
}

QStringList AlertSilences::prune(qint64 nowMs, qint64 retentionMs)
{
    QStringList gone;
    m_silences.removeIf([&](const Silence &s) {
        const bool forget = nowMs - s.endsAtMs > retentionMs;
        if (forget)
            gone.append(s.id);
        return forget;
    });
    return gone;
}

const Silence *AlertSilences::find(const QString &id) const
{
    const auto it =
        std::find_if(m_silences.cbegin(), m_silences.cend(), [&](const Silence &s) { return s.id == id; });
    return it == m_silences.cend() ? nullptr : &*it;
}

QStringList AlertSilences::silencing(const QList<QPair<QString, QString>> &labels, qint64 nowMs) const
{
    QStringList ids;
    for (const Silence &s : m_silences) {
        if (s.isActive(nowMs) && s.matches(labels))
            ids.append(s.id);
    }
    ids.sort();
    return ids;
}

void AlertSilences::setAll(const QList<Silence> &silences)
{
    m_silences.clear();
    for (const Silence &s : silences) {
        if (!s.id.isEmpty() && s.validationError().isEmpty())
            m_silences.append(s);
    }
    sortSilences(m_silences);
}

} // namespace Tidewatch
