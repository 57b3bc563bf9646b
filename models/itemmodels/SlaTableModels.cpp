#include "SlaTableModels.h"

#include "BusinessCells.h"

#include <QMap>

#include <cmath>

namespace Tidewatch {

SlaShareTableModel::SlaShareTableModel(const QString &keyHeader, QObject *parent)
    : ColumnTableModel(parent)
    , m_keyHeader(keyHeader)
{
    setColumns(columns());
}

QList<Column<SlaRow>> SlaShareTableModel::columns() const
{
    using C = Column<SlaRow>;
    QList<C> out{C{m_keyHeader, {}, [](const SlaRow &r) { return r.key; }, {}, {}, {}, Cell::kLeft}};
    for (int i = 0; i < m_windows.size(); ++i) {
        const QString window = BusinessCells::window(m_windows.at(i));
        auto at = [i](const SlaRow &r) {
            return i < r.perWindow.size() ? r.perWindow.at(i) : SlaShare{};
        };
        out << C{tr("On time (%1)").arg(window),
                 tr("Delivered at or before the promise, delivery within the last %1").arg(window),
                 [at](const SlaRow &r) { return BusinessCells::exact(at(r).onTime); },
                 [at](const SlaRow &r) { return at(r).onTime; },
                 {},
                 {},
                 Cell::kRight}
            << C{tr("Total (%1)").arg(window),
                 tr("Delivered within the last %1, plus open shipments whose promise passed in it")
                     .arg(window),
                 [at](const SlaRow &r) { return BusinessCells::exact(at(r).total); },
                 [at](const SlaRow &r) { return at(r).total; },
                 {},
                 {},
                 Cell::kRight}
            << C{tr("Share (%1)").arg(window),
                 tr("On time / total; a dash when nothing was due"),
                 [at](const SlaRow &r) { return BusinessCells::share(at(r)); },
                 [at](const SlaRow &r) {
                     const double ratio = at(r).ratio();
                     return std::isfinite(ratio) ? ratio : -1.0;
                 },
                 [at](const SlaRow &r) {
                     // Only trouble is coloured in a table: a column of green hides the red.
                     const QColor c = BusinessCells::Threshold::sla(at(r).ratio());
                     return c == StatusColour::good() ? QColor() : c;
                 },
                 {},
                 Cell::kRight};
    }
    return out;
}

void SlaShareTableModel::setShares(const QList<SlaShare> &shares, const QList<qint64> &windowsMs)
{
    if (windowsMs != m_windows) {
        setRows({}); // the old rows go first (merged away), then the columns change
        beginResetModel();
        m_windows = windowsMs;
        setColumns(columns());
        endResetModel();
    }
    QMap<QString, SlaRow> byKey;
    for (const SlaShare &s : shares) {
        const qsizetype w = m_windows.indexOf(s.windowMs);
        if (w < 0)
            continue;
        SlaRow &row = byKey[s.key];
        row.key = s.key;
        if (row.perWindow.size() < m_windows.size()) {
            row.perWindow.resize(m_windows.size());
            for (int i = 0; i < m_windows.size(); ++i)
                row.perWindow[i].windowMs = m_windows.at(i);
        }
        row.perWindow[w] = s;
    }
    setRows(byKey.values());
}

QString SlaBreachTableModel::kindText(SlaBreach::Kind kind)
{
    return kind == SlaBreach::Kind::ShipBy ? tr("ship-by") : tr("delivery");
}

SlaBreachTableModel::SlaBreachTableModel(QObject *parent)
    : ColumnTableModel(parent)
{
    using C = Column<SlaBreach>;
    using B = SlaBreach;
    auto orDash = [](const QString &s) {
        return s.isEmpty() ? Cell::dash() : s;
    };
    setColumns({
        C{tr("Kind"),
          tr("ship-by: an order not shipped by its ship-by time; delivery: a shipment not delivered by its "
             "promised delivery"),
          [](const B &b) { return kindText(b.kind); },
          [](const B &b) { return int(b.kind); },
          {},
          {},
          Cell::kLeft},
        C{tr("Order"), {}, [orDash](const B &b) { return orDash(b.orderId); }, {}, {}, {}, Cell::kLeft},
        C{tr("Shipment"), {}, [orDash](const B &b) { return orDash(b.shipmentId); }, {}, {}, {}, Cell::kLeft},
        C{tr("Carrier"), {}, [orDash](const B &b) { return orDash(b.carrier); }, {}, {}, {}, Cell::kLeft},
        C{tr("Hub"), {}, [orDash](const B &b) { return orDash(b.hubCode); }, {}, {}, {}, Cell::kLeft},
        //: Column header: the promised delivery time of a shipment
        C{tr("Due"),
          {},
          [](const B &b) { return BusinessCells::time(b.dueMs); },
          [](const B &b) { return b.dueMs; },
          {},
          {},
          Cell::kLeft},
        C{tr("Done"),
          tr("When it shipped or was delivered; \"not yet\": still open"),
          [](const B &b) { return b.doneMs >= 0 ? BusinessCells::time(b.doneMs) : tr("not yet"); },
          [](const B &b) { return b.doneMs; },
          [](const B &b) { return b.doneMs < 0 ? StatusColour::bad() : QColor(); },
          {},
          Cell::kLeft},
        C{tr("Late by"),
          tr("Done (or the watermark, while open) minus due"),
          [](const B &b) { return Format::duration(b.lateByMs); },
          [](const B &b) { return b.lateByMs; },
          {},
          {},
          Cell::kRight},
    });
}

} // namespace Tidewatch
