#pragma once

#include "BusinessSnapshot.h"
#include "ColumnTableModel.h"

namespace Tidewatch {

/// One carrier's or hub's SLA shares, one per window in the model's window order.
struct SlaRow
{
    QString key;
    QList<SlaShare> perWindow; ///< index i: window i of the model; total 0 where not reported

    friend bool operator==(const SlaRow &, const SlaRow &) = default;
};

/// On-time shares per carrier or per hub: a row per key, and on time / total / share columns per
/// SLA window. Sort ascending by a share column (RawValueSortProxy) for the worst first: unknown
/// shares (nothing due) sort last in either direction.
class SlaShareTableModel : public ColumnTableModel<SlaRow, QString>
{
    Q_OBJECT
public:
    /// @p keyHeader: "Carrier" or "Hub".
    explicit SlaShareTableModel(const QString &keyHeader, QObject *parent = nullptr);

    /// Groups @p shares by key over @p windowsMs (their order gives the column order). A change of
    /// windows resets the model (the columns change); otherwise rows merge by key.
    void setShares(const QList<SlaShare> &shares, const QList<qint64> &windowsMs);
    const QList<qint64> &windows() const { return m_windows; }
    /// The column of window @p windowIndex's share.
    static int shareColumn(int windowIndex) { return 1 + 3 * windowIndex + 2; }

protected:
    QString keyOf(const SlaRow &row) const override { return row.key; }

private:
    QList<Column<SlaRow>> columns() const;

    QString m_keyHeader;
    QList<qint64> m_windows;
};

/// Broken promises, one row per (kind, order, shipment).
class SlaBreachTableModel : public ColumnTableModel<SlaBreach, QString>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        KindColumn,
        OrderColumn,
        ShipmentColumn,
        CarrierColumn,
        HubColumn,
        DueColumn,
        DoneColumn,
        LateByColumn
    };
    explicit SlaBreachTableModel(QObject *parent = nullptr);

    static QString kindText(SlaBreach::Kind kind);

protected:
    QString keyOf(const SlaBreach &row) const override
    {
        return QString::number(int(row.kind)) + QLatin1Char('/') + row.orderId + QLatin1Char('/') +
               row.shipmentId;
    }
};

} // namespace Tidewatch
