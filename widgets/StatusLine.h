#pragma once

#include "SourceStatus.h"

#include <QLabel>

namespace Tidewatch {

/// One line that says how fresh a source's data is: "Kafka demo: live, updated 1.2 s ago", or in
/// the warning colour "unreachable: <reason> — last data 2 m 10 s ago".
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

private:
    QString m_sourceName;
    SourceStatus m_status;
    qint64 m_staleAfterMs = 0;
    bool m_stale = true;
    bool m_hasStatus = false;
};

} // namespace Tidewatch
