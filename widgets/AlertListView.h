#pragma once

#include <QTableView>

namespace Tidewatch {

/// The list of active alerts as a pane that grows with it: its height fits every row up to
/// maxVisibleRows() (no fourth alert behind a scroll bar), with a vertical scroll bar only beyond.
/// Summaries wrap instead of being cut; cells show their severity colour (StatusItemDelegate), also
/// on the selected row.
class AlertListView : public QTableView
{
    Q_OBJECT
public:
    /// The most rows shown without scrolling; more scroll.
    static constexpr int kDefaultMaxVisibleRows = 10;

    explicit AlertListView(QWidget *parent = nullptr);

    /// Shows @p model (the alert table, possibly through a sorting proxy) with the summary column
    /// @p summaryColumn taking the room left, wrapped.
    void setAlertModel(QAbstractItemModel *model, int summaryColumn);
    void setMaxVisibleRows(int rows);
    int maxVisibleRows() const { return m_maxVisibleRows; }
    /// The height that shows min(rows, maxVisibleRows()) rows whole, header and frame included.
    int fittedHeight() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();

    int m_maxVisibleRows = kDefaultMaxVisibleRows;
    int m_summaryColumn = -1;
    bool m_fitting = false;
};

} // namespace Tidewatch
