#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace Tidewatch {

class DashboardPage;

/// The business pages as the main window lists them: orders, shipments, sla, rejected, and the two
/// wall pages, business-wall (four large figures with trends) and hub-map (the map alone). Every
/// page also has a wall look (`--wall`): large type on the dark theme; the two wall pages are the
/// ones designed for it.
namespace BusinessPages {

struct Entry
{
    QString name;  ///< for --page and render --page
    QString title; ///< translated, for the page list
    DashboardPage *page;
};

QStringList names();
bool isBusinessPage(const QString &name);
/// Creates the pages, in names() order, children of @p parent.
QList<Entry> create(QWidget *parent);

} // namespace BusinessPages
} // namespace Tidewatch
