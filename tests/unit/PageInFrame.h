#pragma once
// A page laid out as MainWindow lays it out (the page list's 170 px, then the page), for the widget
// tests that check what fits at a window size; header-only, shared by tst_flinkpage and
// tst_groupspage.

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QWidget>

namespace Tidewatch::PageInFrame {

/// Puts @p page beside a 170 px stand-in for the page list in @p frame, sized @p size less the menu
/// and status bars (50 px), and shows it.
inline void show(QWidget &frame, QWidget *page, const QSize &size)
{
    auto *layout = new QHBoxLayout(&frame);
    auto *list = new QWidget(&frame);
    list->setFixedWidth(170);
    layout->addWidget(list);
    layout->addWidget(page, 1);
    frame.resize(size.width(), size.height() - 50);
    frame.show();
}

/// A few turns of the event loop: layouts, deferred column fits.
inline void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(10);
    }
}

/// Saves @p frame as $TIDEWATCH_SHOTS/<name>-<width>.png when that variable is set (to look at).
inline void saveShot(QWidget &frame, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("TIDEWATCH_SHOTS"); !dir.isEmpty())
        frame.grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, name).arg(frame.width()));
}

struct Tables
{
    int visible = 0;
    QStringList scrolling; ///< the first header of each visible table that scrolls sideways
};

/// The visible tables of @p page, and which of them scroll sideways.
inline Tables sidewaysScrolling(QWidget *page)
{
    Tables out;
    for (const QTableView *view : page->findChildren<QTableView *>()) {
        if (!view->isVisibleTo(page))
            continue;
        ++out.visible;
        if (view->horizontalScrollBar()->isVisible())
            out.scrolling << view->model()->headerData(0, Qt::Horizontal).toString();
    }
    return out;
}

} // namespace Tidewatch::PageInFrame
