#pragma once

#include "Format.h"
#include "KeyedRowMerge.h"
#include "Roles.h"
#include "StatusSeverity.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

namespace Tidewatch {

namespace StatusColour {
QColor of(StatusSeverity severity);
} // namespace StatusColour

/// One column of a ColumnTableModel: how a row shows, sorts and colours in it.
template<typename Row>
struct Column
{
    QString header;
    QString toolTip;                              ///< explains the metric (header tooltip)
    std::function<QVariant(const Row &)> display; ///< formatted text
    std::function<QVariant(const Row &)> raw; ///< the value sorting and filtering use; defaults to display
    std::function<QColor(const Row &)> foreground; ///< invalid: default colour
    std::function<QString(const Row &)> cellToolTip;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    /// The cell's status (SeverityRole), which views colour for their palette; empty: no status.
    /// Without a foreground function it also gives the ForegroundRole (StatusColour::of).
    std::function<std::optional<StatusSeverity>(const Row &)> severity = {};
};

/// A keyed table model described by a list of columns: subclasses give the key and the columns;
/// merging, roles and headers live here.
template<typename Row, typename Key>
class ColumnTableModel : public KeyedTableModel<Row, Key>
{
public:
    using KeyedTableModel<Row, Key>::KeyedTableModel;

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!this->checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid |
                                         QAbstractItemModel::CheckIndexOption::ParentIsInvalid))
            return {};
        const Row &row = this->rows().at(index.row());
        const Column<Row> &column = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
            return column.display(row);
        case RawValueRole:
            return column.raw ? column.raw(row) : column.display(row);
        case KeyRole:
            return QVariant::fromValue(this->keyOf(row));
        case Qt::ForegroundRole:
            if (column.foreground) {
                const QColor colour = column.foreground(row);
                if (colour.isValid())
                    return colour;
            } else if (column.severity) {
                if (const std::optional<StatusSeverity> severity = column.severity(row))
                    return StatusColour::of(*severity);
            }
            return {};
        case SeverityRole:
            if (column.severity) {
                if (const std::optional<StatusSeverity> severity = column.severity(row))
                    return int(*severity);
            }
            return {};
        case Qt::ToolTipRole:
            return column.cellToolTip ? QVariant(column.cellToolTip(row)) : QVariant();
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(column.alignment);
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_columns.at(section).header;
        if (role == Qt::ToolTipRole)
            return m_columns.at(section).toolTip;
        return {};
    }

protected:
    void setColumns(QList<Column<Row>> columns) { m_columns = std::move(columns); }

private:
    QList<Column<Row>> m_columns;
};

/// Cell texts shared by the models: unknown values (negative) show as a dash, never as -1 or 0.
namespace Cell {
inline constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;
inline constexpr Qt::Alignment kLeft = Qt::AlignLeft | Qt::AlignVCenter;
inline QString dash()
{
    return QStringLiteral("–");
}
inline QVariant orDash(double value, const QString &text)
{
    return value >= 0 ? QVariant(text) : QVariant(dash());
}
inline QVariant count(qint64 value)
{
    return orDash(double(value), Format::count(double(value)));
}
inline QVariant rate(double perSecond)
{
    return orDash(perSecond, Format::rate(perSecond));
}
inline QVariant bytesRate(double perSecond)
{
    return orDash(perSecond, Format::bytes(perSecond) + QStringLiteral("/s"));
}
} // namespace Cell

/// Colours shared by the views, chosen to read on light and dark backgrounds.
namespace StatusColour {
inline QColor bad()
{
    return QColor(0xe5, 0x39, 0x35);
}
inline QColor warn()
{
    return QColor(0xf5, 0x9e, 0x0b);
}
inline QColor good()
{
    return QColor(0x43, 0xa0, 0x47);
}
/// Palette-neutral colours for views without a status delegate (StatusColors.h has the themed ones).
inline QColor of(StatusSeverity severity)
{
    switch (severity) {
    case StatusSeverity::Critical:
        return bad();
    case StatusSeverity::Warning:
        return warn();
    case StatusSeverity::Ok:
        return good();
    case StatusSeverity::Unknown:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}
} // namespace StatusColour

} // namespace Tidewatch
