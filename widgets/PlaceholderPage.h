#pragma once

#include <QWidget>

namespace Tidewatch {

/// A page whose view is not built yet: says so plainly instead of showing an empty frame.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &description, QWidget *parent = nullptr);
};

} // namespace Tidewatch
