#include "EventTopicsEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tidewatch {

namespace {

using namespace Qt::StringLiterals;

enum TopicColumn
{
    TopicName,
    TopicKind,
    TopicFormat,
    TopicTime
};
enum MappingColumn
{
    FieldName,
    FieldPointer
};

QPushButton *button(const QString &text, const QString &tip, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setToolTip(tip);
    b->setObjectName(QLatin1String(name));
    return b;
}

QComboBox *combo(const QList<QPair<QString, int>> &items, int current, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (const auto &[text, value] : items)
        box->addItem(text, value);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    return box;
}

} // namespace

EventTopicsEditor::EventTopicsEditor(QWidget *parent)
    : QWidget(parent)
    , m_topicTable(new QTableWidget(0, 4, this))
    , m_mapping(new QTableWidget(0, 2, this))
    , m_mappingTitle(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_topicTable->setObjectName(u"eventTopics"_s);
    m_topicTable->setHorizontalHeaderLabels({tr("Topic"), tr("Carries"), tr("Format"), tr("Time format")});
    m_topicTable->horizontalHeader()->setSectionResizeMode(TopicName, QHeaderView::Stretch);
    m_topicTable->verticalHeader()->hide();
    m_topicTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_topicTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_topicTable->setToolTip(
        tr("Kafka topics whose events feed the Orders, Shipments and SLA pages. Tidewatch "
           "reads them without a consumer group and never commits offsets."));
    layout->addWidget(m_topicTable, 1);

    auto *addOrders =
        button(tr("Add orders topic"), tr("A topic of order events (plain JSON)"), "addOrdersTopic", this);
    auto *addShipments = button(tr("Add shipments topic"), tr("A topic of shipment events (plain JSON)"),
                                "addShipmentsTopic", this);
    auto *addCdc =
        button(tr("Add Debezium topic"), tr("A topic of Debezium change events of an orders table"),
               "addDebeziumTopic", this);
    auto *remove = button(tr("Remove topic"), tr("Stop reading the selected topic"), "removeTopic", this);
    auto *stack = button(tr("Stack defaults"), tr("The local stack's topics: orders, shipments, orders-cdc"),
                         "stackDefaults", this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {addOrders, addShipments, addCdc, remove, stack})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_mappingTitle->setObjectName(u"mappingTitle"_s);
    layout->addWidget(m_mappingTitle);
    m_mapping->setObjectName(u"fieldMapping"_s);
    m_mapping->setHorizontalHeaderLabels({tr("Field"), tr("JSON pointer")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_mapping->setToolTip(
        tr("Where each field is in a message, as a JSON pointer (/hub/code). Empty: the topic "
           "does not carry it. For Debezium topics the pointers address the row image."));
    layout->addWidget(m_mapping, 2);
    auto *reset = button(tr("Default mapping"),
                         tr("The mapping of the local stack's generator for this kind and "
                            "format"),
                         "resetMapping", this);
    auto *resetRow = new QHBoxLayout;
    resetRow->addWidget(reset);
    resetRow->addStretch();
    layout->addLayout(resetRow);

    auto *form = new QFormLayout;
    const auto spin = [this, form](const QString &label, const QString &tip, int max, const QString &suffix,
                                   const char *name) {
        auto *box = new QSpinBox(this);
        box->setObjectName(QLatin1String(name));
        box->setRange(0, max);
        box->setSuffix(suffix);
        box->setToolTip(tip);
        form->addRow(label, box);
        return box;
    };
    m_startMinutes = spin(tr("Start reading:"),
                          tr("How far back reading starts when monitoring begins; 0: only "
                             "new events"),
                          7 * 24 * 60, tr(" min back"), "startMinutes");
    m_latenessSeconds = spin(tr("Allowed lateness:"),
                             tr("Events further behind the watermark are counted and "
                                "listed as late"),
                             24 * 3600, tr(" s"), "allowedLateness");
    m_retentionMinutes = spin(tr("Keep finished orders:"),
                              tr("Delivered and cancelled orders and shipments "
                                 "leave the state after this long"),
                              7 * 24 * 60, tr(" min"), "retention");
    m_retentionMinutes->setMinimum(1);
    layout->addLayout(form);

    connect(addOrders, &QPushButton::clicked, this, [this]() {
        addTopic(EventTopicConfig::withDefaults(QString(), EventKind::Order, EventFormat::Json));
    });
    connect(addShipments, &QPushButton::clicked, this, [this]() {
        addTopic(EventTopicConfig::withDefaults(QString(), EventKind::Shipment, EventFormat::Json));
    });
    connect(addCdc, &QPushButton::clicked, this, [this]() {
        addTopic(EventTopicConfig::withDefaults(QString(), EventKind::Order, EventFormat::Debezium));
    });
    connect(remove, &QPushButton::clicked, this, &EventTopicsEditor::removeSelected);
    connect(stack, &QPushButton::clicked, this, &EventTopicsEditor::useStackDefaults);
    connect(reset, &QPushButton::clicked, this, &EventTopicsEditor::resetMapping);
    connect(m_topicTable, &QTableWidget::currentCellChanged, this, [this](int row) { selectTopic(row); });
    connect(m_topicTable, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (column == TopicName)
            topicEdited(row);
    });
    connect(m_mapping, &QTableWidget::cellChanged, this, [this](int row, int) { mappingEdited(row); });
    setConfig({});
}

void EventTopicsEditor::setConfig(const BusinessConfig &config)
{
    m_loaded = config;
    m_topics = config.topics;
    m_filling = true;
    m_topicTable->setRowCount(int(m_topics.size()));
    for (int row = 0; row < m_topics.size(); ++row)
        fillTopicRow(row);
    m_startMinutes->setValue(config.startMinutes);
    m_latenessSeconds->setValue(int(config.allowedLatenessMs / 1000));
    m_retentionMinutes->setValue(int(config.retentionMs / 60000));
    m_filling = false;
    m_selected = -1;
    selectTopic(m_topics.isEmpty() ? -1 : 0);
}

BusinessConfig EventTopicsEditor::config() const
{
    BusinessConfig c = m_loaded;
    c.topics = m_topics;
    c.startMinutes = m_startMinutes->value();
    c.allowedLatenessMs = qint64(m_latenessSeconds->value()) * 1000;
    c.retentionMs = qint64(m_retentionMinutes->value()) * 60000;
    return c;
}

bool EventTopicsEditor::validate(QString &error) const
{
    for (const EventTopicConfig &t : m_topics) {
        if (t.topic.trimmed().isEmpty()) {
            error = tr("An event topic has no name");
            return false;
        }
        for (const auto &[field, pointer] : t.fields.entries()) {
            if (!pointer.isEmpty() && !pointer.startsWith(u'/')) {
                error = tr("Event topic %1: the pointer of %2 must start with / (\"%3\")")
                            .arg(t.topic, field, pointer);
                return false;
            }
        }
    }
    return true;
}

void EventTopicsEditor::addTopic(const EventTopicConfig &topic)
{
    m_topics.append(topic);
    const int row = int(m_topics.size() - 1);
    m_filling = true;
    m_topicTable->setRowCount(row + 1);
    fillTopicRow(row);
    m_filling = false;
    m_topicTable->setCurrentCell(row, TopicName);
    selectTopic(row);
    if (topic.topic.isEmpty())
        m_topicTable->editItem(m_topicTable->item(row, TopicName));
}

void EventTopicsEditor::useStackDefaults()
{
    BusinessConfig c = config();
    c.topics = BusinessConfig::stackDefaults().topics;
    m_loaded = c;
    setConfig(c);
}

int EventTopicsEditor::topicCount() const
{
    return int(m_topics.size());
}

void EventTopicsEditor::fillTopicRow(int row)
{
    const EventTopicConfig &t = m_topics.at(row);
    m_topicTable->setItem(row, TopicName, new QTableWidgetItem(t.topic));
    auto *kind = combo({{tr("orders"), int(EventKind::Order)}, {tr("shipments"), int(EventKind::Shipment)}},
                       int(t.kind), m_topicTable);
    auto *format = combo({{tr("JSON"), int(EventFormat::Json)}, {tr("Debezium"), int(EventFormat::Debezium)}},
                         int(t.format), m_topicTable);
    auto *time = combo({{tr("auto"), int(TimeFormat::Auto)},
                        {tr("epoch ms"), int(TimeFormat::EpochMillis)},
                        {tr("epoch s"), int(TimeFormat::EpochSeconds)},
                        {tr("ISO-8601"), int(TimeFormat::Iso8601)}},
                       int(t.timeFormat), m_topicTable);
    kind->setObjectName(u"kind%1"_s.arg(row));
    format->setObjectName(u"format%1"_s.arg(row));
    m_topicTable->setCellWidget(row, TopicKind, kind);
    m_topicTable->setCellWidget(row, TopicFormat, format);
    m_topicTable->setCellWidget(row, TopicTime, time);
    // A combo knows its row when it changes, not when it was made: rows move when one is removed.
    const auto rowOf = [this](QWidget *w) {
        for (int r = 0; r < m_topicTable->rowCount(); ++r) {
            for (int c = TopicKind; c <= TopicTime; ++c) {
                if (m_topicTable->cellWidget(r, c) == w)
                    return r;
            }
        }
        return -1;
    };
    for (QComboBox *box : {kind, format, time}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, rowOf]() {
            const int r = rowOf(box);
            if (r >= 0 && !m_filling)
                topicEdited(r);
        });
    }
}

void EventTopicsEditor::topicEdited(int row)
{
    if (m_filling || row < 0 || row >= m_topics.size())
        return;
    EventTopicConfig &t = m_topics[row];
    if (const QTableWidgetItem *name = m_topicTable->item(row, TopicName))
        t.topic = name->text().trimmed();
    const auto value = [this, row](int column) {
        return qobject_cast<QComboBox *>(m_topicTable->cellWidget(row, column))->currentData().toInt();
    };
    const auto kind = EventKind(value(TopicKind));
    const auto format = EventFormat(value(TopicFormat));
    t.timeFormat = TimeFormat(value(TopicTime));
    if (kind != t.kind || format != t.format) {
        // Another kind of message: the old pointers describe something else.
        t.kind = kind;
        t.format = format;
        t.fields = EventFieldMap::defaultsFor(kind, format);
    }
    if (row == m_selected)
        fillMapping();
}

void EventTopicsEditor::selectTopic(int row)
{
    m_selected = row >= 0 && row < m_topics.size() ? row : -1;
    fillMapping();
}

void EventTopicsEditor::fillMapping()
{
    m_filling = true;
    if (m_selected < 0) {
        m_mapping->setRowCount(0);
        m_mappingTitle->setText(tr("Field mapping: select a topic"));
        m_filling = false;
        return;
    }
    const EventTopicConfig &t = m_topics.at(m_selected);
    m_mappingTitle->setText(t.topic.isEmpty() ? tr("Field mapping of the new topic:")
                                              : tr("Field mapping of %1:").arg(t.topic));
    const auto entries = t.fields.entries();
    m_mapping->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        auto *name = new QTableWidgetItem(entries.at(row).first);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_mapping->setItem(row, FieldName, name);
        m_mapping->setItem(row, FieldPointer, new QTableWidgetItem(entries.at(row).second));
    }
    m_filling = false;
}

void EventTopicsEditor::mappingEdited(int row)
{
    if (m_filling || m_selected < 0)
        return;
    const QTableWidgetItem *name = m_mapping->item(row, FieldName);
    const QTableWidgetItem *pointer = m_mapping->item(row, FieldPointer);
    if (name && pointer)
        m_topics[m_selected].fields.set(name->text(), pointer->text().trimmed());
}

void EventTopicsEditor::removeSelected()
{
    const int row = m_topicTable->currentRow();
    if (row < 0 || row >= m_topics.size())
        return;
    m_topics.removeAt(row);
    m_topicTable->removeRow(row);
    selectTopic(std::min(row, int(m_topics.size()) - 1));
}

void EventTopicsEditor::resetMapping()
{
    if (m_selected < 0)
        return;
    EventTopicConfig &t = m_topics[m_selected];
    t.fields = EventFieldMap::defaultsFor(t.kind, t.format);
    fillMapping();
}

} // namespace Tidewatch
