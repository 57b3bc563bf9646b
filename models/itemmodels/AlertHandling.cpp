#include "AlertHandling.h"

#include "AlertHistoryModel.h"

#include <QCoreApplication>

namespace Tidewatch {

QString AlertHandling::text() const
{
    if (silenced && silencedUntilMs < 0) {
        const QString acked = AlertHistoryModel::handlingText(acknowledgedBy, -1);
        const QString marker = QCoreApplication::translate("AlertHandling", "silenced");
        return acked.isEmpty() ? marker : acked + QStringLiteral(" · ") + marker;
    }
    return AlertHistoryModel::handlingText(acknowledgedBy, silenced ? silencedUntilMs : -1);
}

QHash<QString, AlertHandling> AlertHandling::fromViews(const QList<AlertView> &views,
                                                       const QList<Silence> &silences)
{
    QHash<QString, AlertHandling> out;
    for (const AlertView &v : views) {
        AlertHandling h;
        if (v.ack)
            h.acknowledgedBy = v.ack->by;
        h.silenced = v.isSilenced();
        for (const QString &id : v.silencedBy) {
            for (const Silence &s : silences) {
                if (s.id == id)
                    h.silencedUntilMs = std::max(h.silencedUntilMs, s.endsAtMs);
            }
        }
        if (!h.acknowledgedBy.isEmpty() || h.isSilenced())
            out.insert(v.fingerprint, h);
    }
    return out;
}

} // namespace Tidewatch
