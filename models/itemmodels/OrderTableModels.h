#pragma once

#include "BusinessSnapshot.h"
#include "ColumnTableModel.h"

#include <functional>

namespace Tidewatch {

/// A name and a count (orders by status, shipments by carrier, rejected events by reason), one row
/// per name; the first column's header is the caller's ("Status", "Carrier", "Reason").
class CountTableModel : public ColumnTableModel<QPair<QString, qint64>, QString>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        NameColumn,
        CountColumn,
        ShareColumn
    };
    explicit CountTableModel(const QString &nameHeader, const QString &nameToolTip,
                             QObject *parent = nullptr);

    /// Sets the rows; the share column divides by their sum.
    void setCounts(const QList<QPair<QString, qint64>> &counts);
    /// Shows the names through @p words (a status or rejection code in plain words,
    /// BusinessCells::statusWords) with the code in the tooltip; sorting stays by the code.
    void setNameWords(std::function<QString(const QString &)> words) { m_words = std::move(words); }

protected:
    QString keyOf(const QPair<QString, qint64> &row) const override { return row.first; }

private:
    qint64 m_total = 0;
    std::function<QString(const QString &)> m_words;
};

/// Orders past their ship-by time that have not shipped, one row per order id.
class OverdueOrderTableModel : public ColumnTableModel<OverdueOrder, QString>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        OrderColumn,
        StatusColumn,
        CustomerColumn,
        AmountColumn,
        ShipByColumn,
        OverdueByColumn
    };
    explicit OverdueOrderTableModel(QObject *parent = nullptr);

protected:
    QString keyOf(const OverdueOrder &row) const override { return row.orderId; }
};

} // namespace Tidewatch
