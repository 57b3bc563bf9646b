#pragma once

#include <QByteArray>
#include <QFont>
#include <QHash>
#include <QList>
#include <QPalette>
#include <QPointer>
#include <QWidget>

namespace Tidewatch {

/// The wall display's look for a tree of widgets, and the way back: nothing to click or focus
/// (line edits, buttons, drop-downs, spin boxes and sliders hidden, every widget NoFocus, labels
/// without text interaction), views without selection, highlight or scroll bars, tables in large
/// type with tall rows, and the secondary widgets and columns pages mark hidden. Generic: a page
/// opts in by properties, never by code of its own.
///
/// - `tidewatchWallHidden` (bool) on a widget: hidden on the wall.
/// - `tidewatchWallHiddenColumns` (QList<int>, model columns) on an item view: columns hidden on
///   the wall.
///
/// apply() may run again (a page that appeared or re-showed a control): it only adds what changed.
class WallLook
{
public:
    static constexpr const char *kHiddenProperty = "tidewatchWallHidden";
    static constexpr const char *kHiddenColumnsProperty = "tidewatchWallHiddenColumns";
    /// Set on the window while it is in wall mode; widgets that render links read it.
    static constexpr const char *kWallModeProperty = "tidewatchWall";

    WallLook() = default;
    ~WallLook();
    WallLook(const WallLook &) = delete;
    WallLook &operator=(const WallLook &) = delete;

    /// Applies the look to @p root's descendants; table text gets at least @p tableTextPx pixels.
    void apply(QWidget *root, int tableTextPx);
    /// Puts back everything apply() changed, on the widgets that still exist.
    void restore();

    /// Whether the wall look hides @p widget (a control, or marked by a page).
    static bool isControl(const QWidget *widget);

private:
    struct Widget
    {
        QPointer<QWidget> widget;
        Qt::FocusPolicy focus = Qt::NoFocus;
        bool hidden = false; ///< apply() hid it
        int textFlags = -1;  ///< a label's text interaction flags; -1: not a label
    };
    struct View
    {
        QPointer<QWidget> view;
        int selectionMode = 0;
        Qt::ScrollBarPolicy horizontal = Qt::ScrollBarAsNeeded;
        Qt::ScrollBarPolicy vertical = Qt::ScrollBarAsNeeded;
        QPalette palette;
        bool ownPalette = false;
        QFont font;
        bool ownFont = false;
        int rowHeight = -1;
        QPointer<QObject> fitter; ///< narrows a table's columns to its width while on the wall
        QList<int> neverShown;
        int minimumSection = -1; ///< the header's minimum section size before the wall    ///< a
                                 ///< ColumnFitter's own never-shown columns, given back on restore
        QByteArray header;       ///< the horizontal header's state: widths and hidden columns
        QFont headerFont;
        bool ownHeaderFont = false;
    };
    void applyToView(QWidget *widget, int tableTextPx);

    QList<Widget> m_widgets;
    QHash<const QWidget *, qsizetype> m_widgetIndex; ///< into m_widgets; checked against its QPointer
    QList<View> m_views;
};

} // namespace Tidewatch
