#pragma once

#include "WorstCondition.h"

#include <QWidget>

class QFrame;
class QLabel;

namespace Tidewatch {

/// The wall display's top bar: a large clock, the page shown, and a banner with the worst current
/// condition, readable from several metres: red for critical, amber for warning, green when all is
/// well, grey when unknown or only silenced alerts fire. The cause is the largest text ("demo:
/// broker 2 down · 21 under-replicated"); the data age is a small line under it; the firing alerts
/// follow, critical first.
class WallBar : public QWidget
{
    Q_OBJECT
public:
    explicit WallBar(QWidget *parent = nullptr);

    void setPageTitle(const QString &title);
    void setCondition(const WorstCondition &condition);
    /// Re-reads the clock.
    void tick();
    /// Everything the banner says, line by line: cause, data age, alerts.
    QString bannerText() const;
    QString causeText() const;
    QString freshnessText() const;
    ConditionSeverity severity() const { return m_severity; }
    /// Red or amber.
    bool isAlarming() const { return m_severity >= ConditionSeverity::Warning; }
    /// The banner's background, as painted.
    QColor bannerColour() const;

    /// The banner's background and text colour for @p severity.
    static QColor backgroundFor(ConditionSeverity severity);
    static QColor textFor(ConditionSeverity severity);

private:
    QLabel *m_clock;
    QLabel *m_page;
    QFrame *m_banner;
    QLabel *m_cause;
    QLabel *m_freshness;
    QLabel *m_alerts;
    ConditionSeverity m_severity = ConditionSeverity::Unknown;
};

} // namespace Tidewatch
