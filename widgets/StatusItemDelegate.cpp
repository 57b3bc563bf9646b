#include "StatusItemDelegate.h"

#include "Roles.h"
#include "StatusColors.h"
#include "TableViews.h"

namespace Tidewatch {

void StatusItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    QColor text = option->palette.color(QPalette::Text);
    const QVariant severity = index.data(SeverityRole);
    if (severity.isValid()) {
        text = statusColor(StatusSeverity(severity.toInt()), option->palette);
        option->palette.setColor(QPalette::Text, text);
    } else if (const QVariant foreground = index.data(Qt::ForegroundRole); foreground.canConvert<QColor>()) {
        // The models' fixed status colours in the shade that reads on this palette.
        text = TableViews::readableStatusColour(foreground.value<QColor>(), option->palette);
        option->palette.setColor(QPalette::Text, text);
    }
    if (option->state & QStyle::State_Selected) {
        option->palette.setColor(QPalette::Highlight, statusSelectionBackground(option->palette));
        option->palette.setColor(QPalette::HighlightedText, text);
    }
}

} // namespace Tidewatch
