#pragma once

#include "AlertView.h"
#include "Silence.h"

#include <QHash>
#include <QString>

namespace Tidewatch {

/// What operators did about an active alert, as the overview and the wall banner mark it.
struct AlertHandling
{
    QString acknowledgedBy;      ///< empty: not acknowledged
    bool silenced = false;       ///< an active silence matches it
    qint64 silencedUntilMs = -1; ///< the latest end of those silences; -1: unknown

    bool isSilenced() const { return silenced; }
    /// "acked by anna", "silenced until 14:00", or both; empty when neither.
    QString text() const;

    /// The handling of every acknowledged or silenced alert of @p views, by fingerprint.
    static QHash<QString, AlertHandling> fromViews(const QList<AlertView> &views,
                                                   const QList<Silence> &silences);

    friend bool operator==(const AlertHandling &, const AlertHandling &) = default;
};

} // namespace Tidewatch
