#pragma once

#include <QStyledItemDelegate>

namespace Tidewatch {

/// Draws cells in their status colour for the view's theme (SeverityRole, via StatusColors) and keeps
/// every cell's colour on a selected row: the selection is a tint of Highlight over Base rather than
/// the full highlight, so red, amber and green text stay visible on the selected row.
class StatusItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Tidewatch
