#include "ConnectionPropertiesTable.h"

#include "ProfileStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Tidewatch {

namespace {

constexpr int KeyColumn = 0;
constexpr int kPropertyValueColumn = 1;

/// Shows and edits the values of secret properties (ProfileStore::isSecretProperty) masked.
class PropertyValueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (isSecret(index) && !option->text.isEmpty())
            option->text = QString(option->text.size(), QChar(0x25CF));
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && isSecret(index))
            line->setEchoMode(QLineEdit::Password);
        return editor;
    }

private:
    static bool isSecret(const QModelIndex &index)
    {
        return ProfileStore::isSecretProperty(index.siblingAtColumn(KeyColumn).data().toString());
    }
};

QPushButton *makeButton(const QString &text, const QString &tip, QWidget *parent, const char *name)
{
    auto *button = new QPushButton(text, parent);
    button->setToolTip(tip);
    button->setObjectName(QLatin1String(name));
    return button;
}

} // namespace

ConnectionPropertiesTable::ConnectionPropertiesTable(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
{
    m_table->setObjectName(QStringLiteral("properties"));
    m_table->setHorizontalHeaderLabels({tr("Property"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(kPropertyValueColumn, new PropertyValueDelegate(m_table));
    m_table->setToolTip(
        tr("Other librdkafka properties. Secret ones (passwords, secrets, keys) go to the system "
           "keychain. Properties of the Security tab are set there, not here."));
    auto *add = makeButton(tr("Add property"), tr("Add a librdkafka property"), this, "addProperty");
    auto *remove = makeButton(tr("Remove property"), tr("Remove the selected librdkafka property"), this,
                              "removeProperty");
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Other librdkafka properties:"), this));
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        addRow(QString(), QString());
        m_table->setCurrentCell(m_table->rowCount() - 1, KeyColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, KeyColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        // Handed over once the edit ends, not inside the item's own change notification.
        const int row = item->row();
        QTimer::singleShot(0, this, [this, row] { handOver(row); });
    });
}

void ConnectionPropertiesTable::handOver(int row)
{
    const QTableWidgetItem *key = m_table->item(row, KeyColumn);
    const QTableWidgetItem *value = m_table->item(row, kPropertyValueColumn);
    if (!key || !m_isFormKey || !m_isFormKey(key->text().trimmed()))
        return;
    const QString k = key->text().trimmed();
    const QString v = value ? value->text().trimmed() : QString();
    m_table->removeRow(row);
    Q_EMIT formKeyEntered(k, v);
}

void ConnectionPropertiesTable::setProperties(const QList<QPair<QString, QString>> &properties)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const auto &[key, value] : properties)
        addRow(key, value);
}

QList<QPair<QString, QString>> ConnectionPropertiesTable::properties() const
{
    QList<QPair<QString, QString>> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *key = m_table->item(row, KeyColumn);
        const QTableWidgetItem *value = m_table->item(row, kPropertyValueColumn);
        if (key && !key->text().trimmed().isEmpty())
            out.append({key->text().trimmed(), value ? value->text().trimmed() : QString()});
    }
    return out;
}

void ConnectionPropertiesTable::addPendingSecret(const QString &key)
{
    if (m_table->findItems(key, Qt::MatchExactly).isEmpty()) {
        const QSignalBlocker blocker(m_table);
        addRow(key, QString());
    }
}

void ConnectionPropertiesTable::fillSecret(const QString &key, const QString &value)
{
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *keyItem = m_table->item(row, KeyColumn);
        QTableWidgetItem *valueItem = m_table->item(row, kPropertyValueColumn);
        if (keyItem && valueItem && keyItem->text() == key && valueItem->text().isEmpty())
            valueItem->setText(value);
    }
}

void ConnectionPropertiesTable::addRow(const QString &key, const QString &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, KeyColumn, new QTableWidgetItem(key));
    m_table->setItem(row, kPropertyValueColumn, new QTableWidgetItem(value));
}

} // namespace Tidewatch
