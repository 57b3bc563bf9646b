#pragma once

#include "BusinessConfig.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace Tidewatch {

/// Edits the event topics of a profile (the business views' sources): the topics with their kind,
/// format and time format, the JSON-pointer mapping of the selected topic onto the order and shipment
/// model, and where reading starts and how late an event may be. The keys it edits are the profiles
/// file's `events.*` keys (BusinessProfileKeys.h); what it does not show is kept as loaded.
class EventTopicsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit EventTopicsEditor(QWidget *parent = nullptr);

    void setConfig(const BusinessConfig &config);
    /// The loaded configuration with the form's changes.
    BusinessConfig config() const;
    /// False with @p error naming the topic and field for a pointer that does not start with '/' or a
    /// topic without a name.
    bool validate(QString &error) const;

    /// Adds a topic (also the "Add" buttons); selects it.
    void addTopic(const EventTopicConfig &topic);
    /// Replaces the topics with the local stack's generator topics.
    void useStackDefaults();
    int topicCount() const;
    /// Selects topic row @p row: its mapping fills the field table.
    void selectTopic(int row);

private:
    void fillTopicRow(int row);
    void fillMapping();
    void topicEdited(int row);
    void mappingEdited(int row);
    void removeSelected();
    void resetMapping();

    BusinessConfig m_loaded;
    QList<EventTopicConfig> m_topics;
    int m_selected = -1;
    bool m_filling = false;
    QTableWidget *m_topicTable = nullptr;
    QTableWidget *m_mapping = nullptr;
    QLabel *m_mappingTitle = nullptr;
    QSpinBox *m_startMinutes = nullptr;
    QSpinBox *m_latenessSeconds = nullptr;
    QSpinBox *m_retentionMinutes = nullptr;
};

} // namespace Tidewatch
