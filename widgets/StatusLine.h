#pragma once

#include "DataAgeColours.h"
#include "SourceStatus.h"

#include <QLabel>

namespace Tidewatch {

/// One line that says how fresh a source's data is: "Kafka demo: live, updated 1.2 s ago", or
/// "unreachable: <reason> — last data 2 m 10 s ago". Body-size text in the palette's normal text
/// colour while the data is fresh, getting louder as it ages: amber once older than half the stale
/// threshold, red and bold when stale or unreachable — in a shade that keeps a WCAG contrast of
/// 4.5:1 on the palette's window colour (light theme, dark theme, the wall).
class StatusLine : public QLabel
{
    Q_OBJECT
public:
    explicit StatusLine(QString sourceName, QWidget *parent = nullptr);

    /// @p staleAfterMs: data older than this is shown as stale (two poll intervals, by convention).
    void setStatus(const SourceStatus &status, qint64 staleAfterMs);
    /// Re-renders the age text against the current clock.
    void refresh();

    bool isStale() const { return m_stale; }
    DataAge ageState() const { return m_age; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QString m_sourceName;
    SourceStatus m_status;
    qint64 m_staleAfterMs = 0;
    bool m_stale = true;
    bool m_hasStatus = false;
    DataAge m_age = DataAge::Live;
};

} // namespace Tidewatch
