#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

class QTableView;

namespace Tidewatch {

/// Fits a live table's columns to the view's width, so that no figure is clipped and no horizontal
/// scroll bar appears while space is left: every column gets the width of its content (its header
/// included), the stretch columns (names) share what is left in proportion
/// to their content, and columns that are empty in every row ("–" or nothing) are hidden until a
/// value appears. When the names would be cut, the droppable columns are hidden, in their order,
/// until they fit. Refits when rows come or go, when the view's width changes, and when a value
/// outgrows its column (checked on the rows in view, and again when others scroll into view). A width the
/// user gives a column (by dragging, or restored with the window's layout) stays, unless it would clip a
/// figure column's content: names may be cut, figures not.
class ColumnFitter : public QObject
{
    Q_OBJECT
public:
    /// Attaches to @p view (and is owned by it). @p stretch: the logical columns that take the room
    /// left (names); they are never hidden.
    ColumnFitter(QTableView *view, QList<int> stretch);
    ~ColumnFitter() override;

    /// Columns shown even when every row is empty (key figures whose dash means "unknown").
    void setAlwaysShown(const QList<int> &columns);
    /// Columns hidden, first to last, while the stretch columns would be narrower than their content.
    void setDroppable(const QList<int> &columns);
    /// Columns this view never shows (a summary table showing fewer columns than the page's own).
    void setNeverShown(const QList<int> &columns);
    QList<int> neverShown() const;
    /// While true (the wall: no scroll bars), columns still too wide for the view after the
    /// droppable ones went are narrowed, widest first, their text elided.
    void setElideToFit(bool elide);
    /// Logical columns hidden because they are empty in every row.
    QList<int> hiddenAsEmpty() const;
    /// Whether @p column is a stretch (name) column.
    bool isStretch(int column) const;
    /// Droppable columns hidden by the last fit for want of room.
    QList<int> dropped() const;
    /// Fits now (otherwise it happens on the next event loop pass after a change).
    void fit();

    /// Whether a fit or a clipping check of any fitter waits for the event loop: a fit can change
    /// the layout (columns hidden, a scroll bar gone), which schedules the next; `render` runs the
    /// event loop until none waits, so that its picture is not an intermediate width.
    static bool anyPending();

    /// The ColumnFitter attached to @p view, if any.
    static ColumnFitter *of(const QTableView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Which rows a measurement reads: those in view, or those plus MeasuredRows more.
    enum class Rows
    {
        Visible,
        Measured
    };
    void schedule();
    void scheduleCheck();
    /// Grows a figure column whose visible content outgrew it (after a change or a scroll).
    void growIfClipped();
    bool isEmptyColumn(int column) const;
    int contentWidth(int column, Rows rows) const;
    int headerWidth(int column) const;

    QTableView *m_view;
    QObject *m_viewport;
    QList<int> m_stretch;
    QSet<int> m_alwaysShown;
    QSet<int> m_neverShown;
    bool m_elideToFit = false;
    QList<int> m_droppable;
    QSet<int> m_dropped;
    QHash<int, int> m_pinned; ///< widths the user chose, by column
    bool m_fitting = false;
    bool m_restoredSeen = false;
    QSet<int> m_hidden;
    bool m_scheduled = false;
    bool m_checkScheduled = false;
    int m_fittedWidth = -1; ///< the viewport width of the last fit
};

/// Narrows the widest visible columns of @p view to a common cap so that together they fit in
/// @p available pixels (their text elided); columns below the cap keep their width.
void elideWidestColumns(QTableView *view, int available);

} // namespace Tidewatch
