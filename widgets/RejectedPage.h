#pragma once

#include "BusinessPage.h"

class QLabel;

namespace Tidewatch {

class CountTableModel;
class EventTopicTableModel;
class LateEventTableModel;
class RejectedEventTableModel;

/// The quality of the event topics: rejected messages by reason and one by one, late events, and
/// per topic what the consumer read.
class RejectedPage : public BusinessPage
{
    Q_OBJECT
public:
    explicit RejectedPage(QWidget *parent = nullptr);

    const CountTableModel *kindModel() const { return m_kinds; }
    const RejectedEventTableModel *rejectedModel() const { return m_rejected; }
    const LateEventTableModel *lateModel() const { return m_late; }
    const EventTopicTableModel *topicModel() const { return m_topics; }
    const QLabel *rejectedLabel() const { return m_rejectedLabel; }
    const QLabel *lateLabel() const { return m_lateLabel; }

protected:
    void showSnapshot(const BusinessSnapshot &snapshot) override;

private:
    CountTableModel *m_kinds;
    QLabel *m_rejectedLabel;
    RejectedEventTableModel *m_rejected;
    QLabel *m_lateLabel;
    LateEventTableModel *m_late;
    EventTopicTableModel *m_topics;
};

} // namespace Tidewatch
