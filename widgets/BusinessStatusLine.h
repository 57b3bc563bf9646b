#pragma once

#include "BusinessSnapshot.h"
#include "DataAgeColours.h"

#include <QLabel>

namespace Tidewatch {

/// How fresh a cluster's business figures are, judged on the age of the newest event read AND on
/// the consumer's status: a silent producer goes stale while the consumer is fine, and an
/// unreachable consumer is never live whatever its last events were.
struct BusinessFreshness
{
    enum class State
    {
        NotAttempted, ///< no event topics configured, or the consumer has not run yet
        Unreachable,  ///< the consumer cannot reach Kafka
        NoEvents,     ///< the consumer runs, no event was read yet
        Stale,        ///< the newest event was read longer than staleAfterMs ago
        Live
    };
    State state = State::NotAttempted;
    qint64 eventAgeMs = -1;
    QString text; ///< one line for the page
    bool stale() const { return state != State::Live; }
    /// Whether the line should alarm (red): failures and aged data, not an unconfigured source.
    bool alarming() const { return state == State::Unreachable || state == State::Stale; }

    static BusinessFreshness of(const BusinessSnapshot &snapshot, qint64 staleAfterMs, const QDateTime &now);
};

/// The business pages' freshness line: "Events: live, newest event read 2 s ago · watermark 10:02:13",
/// or in red "Events: stale, newest event read 5 m ago" / "Events: unreachable (...)".
class BusinessStatusLine : public QLabel
{
    Q_OBJECT
public:
    explicit BusinessStatusLine(QWidget *parent = nullptr);

    void setSnapshot(const BusinessSnapshot &snapshot, qint64 staleAfterMs);
    /// Re-renders the age against the clock.
    void refresh();
    const BusinessFreshness &freshness() const { return m_freshness; }
    bool isStale() const { return m_freshness.stale(); }
    /// Red when alarming, amber while no event was read yet, else the normal colour.
    DataAge ageState() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    BusinessSnapshot m_snapshot;
    qint64 m_staleAfterMs = 0;
    bool m_hasSnapshot = false;
    BusinessFreshness m_freshness;
};

} // namespace Tidewatch
