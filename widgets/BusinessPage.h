#pragma once

#include "DashboardPage.h"

class QLabel;
class QVBoxLayout;

namespace Tidewatch {

class BusinessStatusLine;

/// What the business pages share: the latest snapshot, a headline and the freshness line (event
/// age and consumer status), re-judged against the clock on every frame.
class BusinessPage : public DashboardPage
{
    Q_OBJECT
public:
    explicit BusinessPage(QWidget *parent = nullptr);

    void applyBusiness(const BusinessSnapshot &snapshot, qint64 staleAfterMs) override;
    void refreshAges() override;

    const BusinessStatusLine *statusLine() const { return m_status; }
    const QLabel *headline() const { return m_headline; }
    const BusinessSnapshot &snapshot() const { return m_snapshot; }
    /// The figures shown are not live (stale events, consumer unreachable): they are dimmed and say
    /// so. False without data: then the figures are dashes, not numbers.
    bool isStale() const;

protected:
    /// Shows @p snapshot (already stored in m_snapshot).
    virtual void showSnapshot(const BusinessSnapshot &snapshot) = 0;
    /// The freshness changed (also called after every showSnapshot()).
    virtual void showStale(bool stale) { Q_UNUSED(stale) }
    /// A column with the headline and the status line on top, for the page's own widgets.
    QVBoxLayout *pageLayout() const { return m_layout; }
    /// "Orders: no data — demo has no event topics configured" when there are no events yet;
    /// empty when there are.
    QString noDataText(const QString &what) const;
    QLabel *headlineLabel() const { return m_headline; }

    BusinessSnapshot m_snapshot;
    qint64 m_staleAfterMs = 0;

private:
    BusinessStatusLine *m_status;
    QLabel *m_headline;
    QVBoxLayout *m_layout;
    bool m_lastStale = true;
};

} // namespace Tidewatch
