#include "SilenceTableModel.h"

#include "AlertHistoryFilter.h"
#include "AlertHistoryModel.h"

namespace Tidewatch {

SilenceTableModel::SilenceTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    using C = Column<Silence>;
    using S = Silence;
    setColumns({
        //: Column header: a silence's state (active, pending, expired)
        C{tr("State"),
          tr("Active: it silences matching alerts now; pending: it starts later; expired: it ended"),
          [this](const S &s) { return stateText(s, m_nowMs); },
          [this](const S &s) { return s.isExpired(m_nowMs)  ? 0
                                      : s.isActive(m_nowMs) ? 2
                                                            : 1; },
          [this](const S &s) { return s.isActive(m_nowMs) ? StatusColour::warn() : QColor(); },
          {},
          Cell::kLeft},
        C{tr("Matchers"),
          tr("Alerts whose labels match all of these are silenced"),
          [](const S &s) { return AlertHistoryFilter::matchersText(s.matchers); },
          {},
          {},
          [](const S &s) { return tr("Silence %1").arg(s.id); },
          Cell::kLeft},
        C{tr("Starts"),
          tr("When it starts"),
          [](const S &s) { return AlertHistoryModel::timeText(s.startsAtMs); },
          [](const S &s) { return s.startsAtMs; },
          {},
          {},
          Cell::kRight},
        C{tr("Ends"),
          tr("When it ends (expire now sets this to now)"),
          [](const S &s) { return AlertHistoryModel::timeText(s.endsAtMs); },
          [](const S &s) { return s.endsAtMs; },
          {},
          {},
          Cell::kRight},
        C{tr("Created by"),
          tr("Who created it"),
          [](const S &s) { return s.createdBy; },
          {},
          {},
          {},
          Cell::kLeft},
        C{tr("Comment"),
          tr("Why"),
          [](const S &s) { return s.comment; },
          {},
          {},
          [](const S &s) { return s.comment; },
          Cell::kLeft},
    });
}

void SilenceTableModel::setSilences(const QList<Silence> &silences, qint64 nowMs)
{
    m_nowMs = nowMs;
    setRows(silences);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, StateColumn), index(rowCount() - 1, StateColumn),
                           {Qt::DisplayRole, Qt::ForegroundRole, RawValueRole});
}

QString SilenceTableModel::stateText(const Silence &silence, qint64 nowMs)
{
    if (silence.isExpired(nowMs))
        return tr("expired");
    return silence.isActive(nowMs) ? tr("active") : tr("pending");
}

const Silence *SilenceTableModel::silenceAt(int row) const
{
    return row >= 0 && row < rows().size() ? &rows().at(row) : nullptr;
}

} // namespace Tidewatch
