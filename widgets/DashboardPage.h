#pragma once

#include "AlertRule.h"
#include "BusinessSnapshot.h"
#include "FlinkSnapshot.h"
#include "KafkaSnapshot.h"
#include "PipelineSnapshot.h"

#include <QWidget>

class QColor;

namespace Tidewatch {

class MetricStore;

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
    /// The cluster's business snapshot (event topics); an empty one when it has none configured.
    virtual void applyBusiness(const BusinessSnapshot &snapshot, qint64 staleAfterMs)
    {
        Q_UNUSED(snapshot)
        Q_UNUSED(staleAfterMs)
    }
    /// The cluster's pipelines; an empty one when none are known.
    virtual void applyPipelines(const PipelineSnapshot &snapshot, qint64 staleAfterMs)
    {
        Q_UNUSED(snapshot)
        Q_UNUSED(staleAfterMs)
    }
    /// Re-renders data ages against the clock, and charts; called on every frame while visible.
    virtual void refreshAges() {}
    /// The history the page's charts read; owned by the window.
    void setHistory(const MetricStore *history) { m_history = history; }
    /// The alert rules in force: charts draw the thresholds of those on their series.
    void setAlertRules(const QList<AlertRule> &rules) { m_alertRules = rules; }

protected:
    const MetricStore *m_history = nullptr;
    QList<AlertRule> m_alertRules;
};

} // namespace Tidewatch
