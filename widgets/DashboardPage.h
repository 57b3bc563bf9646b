#pragma once

#include "FlinkSnapshot.h"
#include "KafkaSnapshot.h"

#include <QWidget>

namespace Tidewatch {

/// A page of the main window. The window applies snapshots to the visible page only (hidden pages
/// cost nothing) and the latest ones again when a page becomes visible.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void applyKafka(const KafkaSnapshot &snapshot, qint64 staleAfterMs)
    {
        Q_UNUSED(snapshot)
        Q_UNUSED(staleAfterMs)
    }
    virtual void applyFlink(const FlinkSnapshot &snapshot, qint64 staleAfterMs)
    {
        Q_UNUSED(snapshot)
        Q_UNUSED(staleAfterMs)
    }
    /// Re-renders data ages against the clock; called on every frame.
    virtual void refreshAges() {}
};

} // namespace Tidewatch
