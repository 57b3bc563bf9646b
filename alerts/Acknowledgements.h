#pragma once

#include "Acknowledgement.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Tidewatch {

/// Acknowledgements of the active alerts, by fingerprint. An acknowledgement lasts as long as the
/// alert's episode: retain() drops those whose alert is no longer active. Pure.
class Acknowledgements
{
public:
    /// Records @p ack (a later one replaces an earlier one of the same alert). False when the
    /// fingerprint or the name of who acknowledges is empty.
    bool acknowledge(const Acknowledgement &ack);
    std::optional<Acknowledgement> find(const QString &fingerprint) const;
    /// Keeps only the acknowledgements of @p activeFingerprints; returns the dropped ones.
    QList<Acknowledgement> retain(const QSet<QString> &activeFingerprints);
    QList<Acknowledgement> all() const;

private:
    QHash<QString, Acknowledgement> m_acks;
};

} // namespace Tidewatch
