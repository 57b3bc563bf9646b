#include "WallLook.h"

#include "ColumnFitter.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace Tidewatch {

namespace {

/// Without a scroll bar a column past the right edge is out of reach: the widest columns are
/// narrowed so that all fit (elideWidestColumns).
void fitColumnsToWidth(QTableView *table)
{
    elideWidestColumns(table, table->viewport()->width());
}

/// Fits the columns again whenever the table's width or its columns change (the page is laid out
/// late; a model fits its columns to its first rows): once per event-loop pass, after the change.
class WallColumnNarrower : public QObject
{
public:
    explicit WallColumnNarrower(QTableView *table)
        : QObject(table)
        , m_table(table)
    {
        table->viewport()->installEventFilter(this);
        QHeaderView *header = table->horizontalHeader();
        connect(header, &QHeaderView::sectionResized, this, &WallColumnNarrower::schedule);
        connect(header, &QHeaderView::geometriesChanged, this, &WallColumnNarrower::schedule);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            schedule();
        return QObject::eventFilter(watched, event);
    }

private:
    void schedule()
    {
        if (m_pending)
            return;
        m_pending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pending = false;
                fitColumnsToWidth(m_table);
            },
            Qt::QueuedConnection);
    }

    QTableView *m_table;
    bool m_pending = false;
};

} // namespace

WallLook::~WallLook()
{
    restore();
}

bool WallLook::isControl(const QWidget *widget)
{
    if (widget->property(kHiddenProperty).toBool())
        return true;
    if (qobject_cast<const QScrollBar *>(widget))
        return false; // the views' own: turned off by policy, not hidden
    // Header sections and the table's corner button are buttons of a view, not page controls.
    if (widget->inherits("QTableCornerButton"))
        return true;
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QAbstractSlider *>(widget);
}

void WallLook::apply(QWidget *root, int tableTextPx)
{
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    const auto known = [this](const QWidget *w) {
        const qsizetype i = m_widgetIndex.value(w, -1);
        return i >= 0 && m_widgets.at(i).widget == w; // a new widget may reuse a deleted one's address
    };
    QList<QWidget *> hiddenNow;
    for (QWidget *w : all) {
        // A combo box's line edit or a spin box's arrows go with their owner.
        if (w->parentWidget() && isControl(w->parentWidget()) && !qobject_cast<QAbstractItemView *>(w))
            continue;
        if (!known(w)) {
            Widget k{w, w->focusPolicy(), false, -1};
            if (auto *label = qobject_cast<QLabel *>(w))
                k.textFlags = int(label->textInteractionFlags());
            m_widgetIndex.insert(w, m_widgets.size());
            m_widgets.append(k);
        }
        // Nothing on the wall is clicked or typed into; a label with links would take the focus.
        if (auto *label = qobject_cast<QLabel *>(w))
            label->setTextInteractionFlags(Qt::NoTextInteraction);
        w->setFocusPolicy(Qt::NoFocus);
        // isHidden(): hidden by its page on purpose; that stays as it is, and is not shown on leaving.
        if (isControl(w) && !w->isHidden()) {
            w->hide();
            hiddenNow.append(w);
        }
        // A header goes with its table (its font and sections).
        if (qobject_cast<QAbstractScrollArea *>(w) && !qobject_cast<QHeaderView *>(w))
            applyToView(w, tableTextPx);
    }
    // A label that names a hidden control ("Filter:") goes with it.
    for (QWidget *w : all) {
        auto *label = qobject_cast<QLabel *>(w);
        if (label && label->buddy() && label->buddy()->isHidden() && !label->isHidden()) {
            label->hide();
            hiddenNow.append(label);
        }
    }
    for (QWidget *w : std::as_const(hiddenNow)) {
        if (const qsizetype i = m_widgetIndex.value(w, -1); i >= 0)
            m_widgets[i].hidden = true;
    }
}

void WallLook::applyToView(QWidget *widget, int tableTextPx)
{
    auto *area = static_cast<QAbstractScrollArea *>(widget);
    const bool known =
        std::any_of(m_views.cbegin(), m_views.cend(), [widget](const View &v) { return v.view == widget; });
    auto *view = qobject_cast<QAbstractItemView *>(widget);
    auto *table = qobject_cast<QTableView *>(widget);
    if (!known) {
        View v;
        v.view = widget;
        v.horizontal = area->horizontalScrollBarPolicy();
        v.vertical = area->verticalScrollBarPolicy();
        v.palette = widget->palette();
        v.ownPalette = widget->testAttribute(Qt::WA_SetPalette);
        v.font = widget->font();
        v.ownFont = widget->testAttribute(Qt::WA_SetFont);
        if (view)
            v.selectionMode = int(view->selectionMode());
        if (table) {
            // A Kafka table fits its own columns to its width (TableViews' ColumnFitter): it is
            // told which columns the wall hides and does the rest; other tables are narrowed here.
            if (auto *fitter = ColumnFitter::of(table))
                v.neverShown = fitter->neverShown();
            else
                v.fitter = new WallColumnNarrower(table);
            v.rowHeight = table->verticalHeader()->defaultSectionSize();
            v.minimumSection = table->horizontalHeader()->minimumSectionSize();
            v.header = table->horizontalHeader()->saveState();
            v.headerFont = table->horizontalHeader()->font();
            v.ownHeaderFont = table->horizontalHeader()->testAttribute(Qt::WA_SetFont);
        }
        m_views.append(v);
    }
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    if (!view)
        return;
    view->setSelectionMode(QAbstractItemView::NoSelection);
    // A selection made before stays in the model (detail panes keep their content) but is not
    // painted as the brightest block on the wall.
    QPalette p = view->palette();
    p.setColor(QPalette::Highlight, p.color(QPalette::Base));
    p.setColor(QPalette::HighlightedText, p.color(QPalette::Text));
    view->setPalette(p);
    if (!table)
        return;
    QFont f = table->font();
    if (QFontInfo(f).pixelSize() < tableTextPx) {
        f.setPixelSize(tableTextPx);
        table->setFont(f);
        table->horizontalHeader()->setFont(f);
    }
    table->verticalHeader()->setDefaultSectionSize(QFontMetrics(f).height() + 6);
    // Many columns in a narrow table: an elided "…" column is better than one out of reach.
    table->horizontalHeader()->setMinimumSectionSize(QFontMetrics(f).horizontalAdvance(QStringLiteral("…")) +
                                                     6);
    const QList<int> hidden = table->property(kHiddenColumnsProperty).value<QList<int>>();
    if (auto *fitter = ColumnFitter::of(table)) {
        const auto known = std::find_if(m_views.cbegin(), m_views.cend(),
                                        [table](const View &v) { return v.view == table; });
        fitter->setNeverShown(known->neverShown + hidden);
        fitter->setElideToFit(true);
        return;
    }
    for (int column : hidden)
        table->setColumnHidden(column, true);
    // Sections in ResizeToContents mode ignore resizeSection(): the narrowing needs them resizable
    // (the header's saved state gives the modes back on leaving the wall).
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->resizeColumnsToContents();
    fitColumnsToWidth(table);
}

void WallLook::restore()
{
    for (const View &v : std::as_const(m_views)) {
        auto *area = qobject_cast<QAbstractScrollArea *>(v.view.data());
        if (!area)
            continue;
        area->setHorizontalScrollBarPolicy(v.horizontal);
        area->setVerticalScrollBarPolicy(v.vertical);
        area->setPalette(v.ownPalette ? v.palette : QPalette());
        area->setFont(v.ownFont ? v.font : QFont());
        if (auto *view = qobject_cast<QAbstractItemView *>(area))
            view->setSelectionMode(QAbstractItemView::SelectionMode(v.selectionMode));
        if (auto *table = qobject_cast<QTableView *>(area)) {
            delete v.fitter;
            table->horizontalHeader()->setFont(v.ownHeaderFont ? v.headerFont : QFont());
            table->verticalHeader()->setDefaultSectionSize(v.rowHeight);
            table->horizontalHeader()->setMinimumSectionSize(v.minimumSection);
            table->horizontalHeader()->restoreState(v.header);
            if (auto *fitter = ColumnFitter::of(table)) {
                fitter->setElideToFit(false);
                fitter->setNeverShown(v.neverShown); // and it fits the columns again
            }
        }
    }
    m_views.clear();
    // Children first: setting a focus policy also sets it on the focus proxy (a view's viewport
    // passes it to the view), so the parents' own policies must come last.
    for (auto it = m_widgets.crbegin(); it != m_widgets.crend(); ++it) {
        const Widget &k = *it;
        if (!k.widget)
            continue;
        k.widget->setFocusPolicy(k.focus);
        if (auto *label = qobject_cast<QLabel *>(k.widget.data()); label && k.textFlags >= 0)
            label->setTextInteractionFlags(Qt::TextInteractionFlags(k.textFlags));
        if (k.hidden)
            k.widget->show();
    }
    m_widgets.clear();
    m_widgetIndex.clear();
}

} // namespace Tidewatch
