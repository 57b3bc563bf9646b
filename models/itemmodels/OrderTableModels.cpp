#include "OrderTableModels.h"

#include "BusinessCells.h"

namespace Tidewatch {

CountTableModel::CountTableModel(const QString &nameHeader, const QString &nameToolTip, QObject *parent)
    : ColumnTableModel(parent)
{
    using C = Column<QPair<QString, qint64>>;
    using R = QPair<QString, qint64>;
    setColumns({
        C{nameHeader,
          nameToolTip,
          [this](const R &r) {
              if (r.first.isEmpty())
                  return tr("(none)");
              return m_words ? m_words(r.first) : r.first;
          },
          [](const R &r) { return r.first; },
          {},
          [this](const R &r) {
              return m_words && !r.first.isEmpty() ? BusinessCells::codeToolTip(r.first) : QString();
          },
          Cell::kLeft},
        C{tr("Count"),
          tr("Exact count"),
          [](const R &r) { return BusinessCells::exact(r.second); },
          [](const R &r) { return r.second; },
          {},
          {},
          Cell::kRight},
        C{tr("Share"),
          tr("Share of the table's total"),
          [this](const R &r) {
              return m_total > 0
                         ? QVariant(tr("%1 %").arg(100.0 * double(r.second) / double(m_total), 0, 'f', 1))
                         : QVariant(Cell::dash());
          },
          [](const R &r) { return r.second; },
          {},
          {},
          Cell::kRight},
    });
}

void CountTableModel::setCounts(const QList<QPair<QString, qint64>> &counts)
{
    qint64 total = 0;
    for (const auto &c : counts)
        total += c.second;
    const bool totalChanged = total != m_total;
    m_total = total;
    setRows(counts);
    // Every share depends on the total: a changed total touches rows whose own count did not move.
    if (totalChanged && rowCount() > 0)
        Q_EMIT dataChanged(index(0, ShareColumn), index(rowCount() - 1, ShareColumn), {Qt::DisplayRole});
}

OverdueOrderTableModel::OverdueOrderTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    using C = Column<OverdueOrder>;
    using O = OverdueOrder;
    setColumns({
        C{tr("Order"), {}, [](const O &o) { return o.orderId; }, {}, {}, {}, Cell::kLeft},
        C{tr("Status"),
          tr("The order's latest status"),
          [](const O &o) { return BusinessCells::statusWords(o.status); },
          [](const O &o) { return o.status; },
          {},
          [](const O &o) { return BusinessCells::codeToolTip(o.status); },
          Cell::kLeft},
        C{tr("Customer"), {}, [](const O &o) { return o.customer; }, {}, {}, {}, Cell::kLeft},
        C{tr("Amount"),
          tr("Order amount in its currency"),
          [](const O &o) { return BusinessCells::amount(o.amount, o.currency); },
          [](const O &o) { return o.amount; },
          {},
          {},
          Cell::kRight},
        C{tr("Ship by"),
          tr("When the order had to ship (event time, local)"),
          [](const O &o) { return BusinessCells::time(o.shipByMs); },
          [](const O &o) { return o.shipByMs; },
          {},
          {},
          Cell::kLeft},
        C{tr("Overdue by"),
          tr("The newest event time seen (the watermark) minus the ship-by time"),
          [](const O &o) { return Format::duration(o.overdueMs); },
          [](const O &o) { return o.overdueMs; },
          [](const O &) { return StatusColour::bad(); },
          {},
          Cell::kRight},
    });
}

} // namespace Tidewatch
