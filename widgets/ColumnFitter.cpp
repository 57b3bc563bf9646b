#include "ColumnFitter.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHash>
#include <QHeaderView>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

namespace Tidewatch {

namespace {

/// Rows measured beyond the visible ones: enough for the widest figure of a live table, bounded so
/// that a 5,000-partition table is not measured row by row on every snapshot.
constexpr int MeasuredRows = 200;

/// Fits and clipping checks scheduled but not run yet, over every fitter (GUI thread only).
int s_pending = 0;

bool isEmptyCell(const QModelIndex &index)
{
    if (index.data(Qt::DecorationRole).isValid())
        return false;
    const QVariant display = index.data(Qt::DisplayRole);
    if (!display.isValid())
        return true;
    if (display.typeId() != QMetaType::QString)
        return false;
    const QString text = display.toString();
    return text.isEmpty() || text == QStringLiteral("–");
}

} // namespace

ColumnFitter::ColumnFitter(QTableView *view, QList<int> stretch)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_stretch(std::move(stretch))
{
    setObjectName(QStringLiteral("tidewatchColumnFitter"));
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setResizeContentsPrecision(MeasuredRows);
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::columnsInserted, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::columnsRemoved, this, &ColumnFitter::schedule);
    // One check per batch of changes (a snapshot merges row by row), not one per changed row; and
    // one when other rows scroll into view (the check reads the visible rows only).
    connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::scheduleCheck);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &ColumnFitter::scheduleCheck);
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        // Only the user's drag (a mouse button held) pins a width; the code's own resizes (a
        // delegate, a first layout) must not freeze a name column at a width of the moment.
        if (!m_fitting && size > 0 && QGuiApplication::mouseButtons() != Qt::NoButton)
            m_pinned.insert(column, size);
    });
    view->installEventFilter(this);
    m_viewport->installEventFilter(this);
    schedule();
}

ColumnFitter *ColumnFitter::of(const QTableView *view)
{
    return view ? view->findChild<ColumnFitter *>(QStringLiteral("tidewatchColumnFitter"),
                                                  Qt::FindDirectChildrenOnly)
                : nullptr;
}

void ColumnFitter::setAlwaysShown(const QList<int> &columns)
{
    m_alwaysShown = QSet<int>(columns.cbegin(), columns.cend());
    schedule();
}

void ColumnFitter::setNeverShown(const QList<int> &columns)
{
    m_neverShown = QSet<int>(columns.cbegin(), columns.cend());
    schedule();
}

QList<int> ColumnFitter::neverShown() const
{
    QList<int> columns(m_neverShown.cbegin(), m_neverShown.cend());
    std::sort(columns.begin(), columns.end());
    return columns;
}

bool ColumnFitter::isStretch(int column) const
{
    return m_stretch.contains(column);
}

QList<int> ColumnFitter::dropped() const
{
    QList<int> dropped(m_dropped.cbegin(), m_dropped.cend());
    std::sort(dropped.begin(), dropped.end());
    return dropped;
}

QList<int> ColumnFitter::hiddenAsEmpty() const
{
    QList<int> hidden(m_hidden.cbegin(), m_hidden.cend());
    std::sort(hidden.begin(), hidden.end());
    return hidden;
}

void ColumnFitter::setDroppable(const QList<int> &columns)
{
    m_droppable = columns;
    schedule();
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    // Fonts and styles are final once the view is shown: measure again then; and again when the
    // width changes (the window, a splitter, a vertical scroll bar that came or went).
    if (watched == m_view && event->type() == QEvent::Show)
        schedule();
    // The viewport by its pointer alone: this also runs while the view is being destroyed.
    if (watched == m_viewport && event->type() == QEvent::Resize &&
        static_cast<QResizeEvent *>(event)->size().width() != m_fittedWidth)
        schedule();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::scheduleCheck()
{
    if (m_checkScheduled || m_scheduled)
        return;
    m_checkScheduled = true;
    ++s_pending;
    QTimer::singleShot(0, this, &ColumnFitter::growIfClipped);
}

void ColumnFitter::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    ++s_pending;
    QTimer::singleShot(0, this, [this] {
        if (m_scheduled)
            fit();
    });
}

bool ColumnFitter::isEmptyColumn(int column) const
{
    const QAbstractItemModel *model = m_view->model();
    const int rows = model->rowCount();
    for (int row = 0; row < rows; ++row) {
        if (!isEmptyCell(model->index(row, column)))
            return false; // usually the first row: only empty columns are read to the end
    }
    return true; // no rows: only the columns that are always shown
}

int ColumnFitter::headerWidth(int column) const
{
    // One line: a header that wraps (Qt::TextWordWrap in the default alignment) would make
    // QHeaderView::restoreState refuse the saved layout.
    return m_view->horizontalHeader()->sectionSizeHint(column);
}

int ColumnFitter::contentWidth(int column, Rows rows) const
{
    // A precision of 0 makes the view measure the rows in view only: the per-frame check reads
    // what a user can see clipped (a few dozen rows), not MeasuredRows of every column.
    QHeaderView *header = m_view->horizontalHeader();
    if (rows == Rows::Visible)
        header->setResizeContentsPrecision(0);
    // QTableView hides the measurement; QAbstractItemView offers it.
    const int width = std::max(static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(column),
                               headerWidth(column));
    if (rows == Rows::Visible)
        header->setResizeContentsPrecision(MeasuredRows);
    return width;
}

ColumnFitter::~ColumnFitter()
{
    s_pending -= (m_scheduled ? 1 : 0) + (m_checkScheduled ? 1 : 0);
}

bool ColumnFitter::anyPending()
{
    return s_pending > 0;
}

void ColumnFitter::fit()
{
    if (m_scheduled) {
        m_scheduled = false;
        --s_pending;
    }
    QHeaderView *header = m_view->horizontalHeader();
    const int columns = m_view->model()->columnCount();
    // The window restored the user's widths (MainWindow::restoreLayout): they count as chosen.
    if (!m_restoredSeen && m_view->property("tidewatchLayoutRestored").toBool()) {
        m_restoredSeen = true;
        for (int column = 0; column < columns; ++column) {
            if (!header->isSectionHidden(column) && header->sectionSize(column) > 0)
                m_pinned.insert(column, header->sectionSize(column));
        }
    }
    m_fitting = true;
    header->setStretchLastSection(false); // a restored layout may bring it back
    // A hidden section has no size hint (QHeaderView::sectionSizeHint() is 0): a column hidden by
    // the last fit (empty, or dropped for room) would be measured without its header and come back
    // narrower than its title ("Max lag" cut to "Max la", "Trend" to "ren"), and the room given to
    // the names would no longer add up. Every column is measured shown; the fit hides again below.
    for (int column = 0; column < columns; ++column) {
        if (!m_neverShown.contains(column) && header->isSectionHidden(column))
            header->setSectionHidden(column, false);
    }
    m_hidden.clear();
    m_dropped.clear();
    QHash<int, int> width; // the content width of every shown column
    int fixed = 0;
    int names = 0;
    for (int column = 0; column < columns; ++column) {
        const bool keep = m_stretch.contains(column) || m_alwaysShown.contains(column);
        if (m_neverShown.contains(column))
            continue;
        if (!keep && isEmptyColumn(column)) {
            m_hidden.insert(column);
            continue;
        }
        width[column] = contentWidth(column, Rows::Measured);
        const auto pin = m_pinned.constFind(column);
        if (pin != m_pinned.cend() && (m_stretch.contains(column) || *pin >= width[column])) {
            width[column] = *pin; // the user's width, taken as it is
            fixed += *pin;
            continue;
        }
        m_pinned.remove(column); // narrower than its figures: fitted again
        (m_stretch.contains(column) ? names : fixed) += width[column];
    }
    // The room the columns have; before the first layout the view has none worth fitting to.
    const int available = m_view->viewport()->width();
    m_fittedWidth = available;
    for (int column : m_droppable) {
        if (available <= 0 || fixed + names <= available)
            break;
        if (!width.contains(column))
            continue;
        (m_stretch.contains(column) && !m_pinned.contains(column) ? names : fixed) -= width.take(column);
        m_dropped.insert(column);
    }
    int left = std::max(0, available - fixed);
    int namesLeft = names;
    const int minimum = header->minimumSectionSize();
    for (int column = 0; column < columns; ++column) {
        const bool shown = width.contains(column);
        header->setSectionHidden(column, !shown);
        if (!shown)
            continue;
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        int size = width.value(column);
        if (m_stretch.contains(column) && !m_pinned.contains(column) && available > 0) {
            // Names share the room left in proportion to their length: cut alike, or widened alike.
            size = namesLeft > 0 ? int(qint64(left) * width.value(column) / namesLeft) : left;
            namesLeft -= width.value(column);
            left -= size;
            size = std::max(size, minimum);
        }
        header->resizeSection(column, size);
    }
    if (m_elideToFit && available > 0)
        elideWidestColumns(m_view, available);
    m_fitting = false;
}

void elideWidestColumns(QTableView *view, int available)
{
    // Without a scroll bar (the wall) a column past the right edge is out of reach: the widest
    // columns are narrowed to a common cap, their text elided, so that all fit; narrower ones keep
    // their width, so short states and figures stay whole.
    QHeaderView *header = view->horizontalHeader();
    QList<int> widths;
    int total = 0;
    for (int i = 0; i < header->count(); ++i) {
        if (!header->isSectionHidden(i)) {
            widths.append(header->sectionSize(i));
            total += header->sectionSize(i);
        }
    }
    if (available <= 0 || total <= available)
        return;
    // The cap: the widest width w for which sum(min(width, w)) fits, found over the sorted widths.
    std::sort(widths.begin(), widths.end());
    int cap = header->minimumSectionSize();
    int narrower = 0; // the sum of the widths below the current one
    for (qsizetype k = 0; k < widths.size(); ++k) {
        const int fair = (available - narrower) / int(widths.size() - k);
        if (fair <= widths.at(k)) {
            cap = std::max(cap, fair);
            break;
        }
        narrower += widths.at(k);
    }
    for (int i = 0; i < header->count(); ++i) {
        if (!header->isSectionHidden(i) && header->sectionSize(i) > cap)
            header->resizeSection(i, cap);
    }
}

void ColumnFitter::setElideToFit(bool elide)
{
    m_elideToFit = elide;
    schedule();
}

void ColumnFitter::growIfClipped()
{
    if (m_checkScheduled) {
        m_checkScheduled = false;
        --s_pending;
    }
    // A hidden view would be measured row by row (it has no visible rows): it is fitted when shown.
    if (m_scheduled || !m_view->isVisible())
        return;
    const QHeaderView *header = m_view->horizontalHeader();
    const int columns = m_view->model()->columnCount();
    for (int column = 0; column < columns; ++column) {
        if (m_neverShown.contains(column))
            continue;
        const bool keep = m_stretch.contains(column) || m_alwaysShown.contains(column);
        // A value appeared in a hidden column, or a shown one became empty in every row.
        if (!keep && m_hidden.contains(column) != isEmptyColumn(column)) {
            schedule();
            return;
        }
        if (!m_elideToFit && !m_hidden.contains(column) && !m_dropped.contains(column) &&
            !m_stretch.contains(column) && !m_neverShown.contains(column) &&
            contentWidth(column, Rows::Visible) > header->sectionSize(column)) {
            schedule();
            return;
        }
    }
}

} // namespace Tidewatch
