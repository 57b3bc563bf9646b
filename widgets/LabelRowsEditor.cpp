#include "LabelRowsEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tidewatch {

namespace {

using namespace Qt::StringLiterals;

QComboBox *editableBox(QWidget *parent, const QStringList &items, const QString &text)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->addItems(items);
    box->setCurrentIndex(-1);
    box->setEditText(text);
    return box;
}

/// Refills @p box with @p items and keeps what it shows.
void refill(QComboBox *box, const QStringList &items)
{
    const QString text = box->currentText();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItems(items);
    box->setCurrentIndex(-1);
    box->setEditText(text);
}

} // namespace

LabelRowsEditor::LabelRowsEditor(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_table(new QTableWidget(0, kind == Kind::Matchers ? 3 : 2, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setObjectName(u"rows"_s);
    m_table->setHorizontalHeaderLabels(kind == Kind::Matchers
                                           ? QStringList{tr("Label"), tr("Op"), tr("Value or regex")}
                                           : QStringList{tr("Label"), tr("Value (template)")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Room for three rows, scrolling beyond: a rule rarely has more, and the form stays compact.
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            3 * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(m_table, 1);
    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(u"add"_s);
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(u"remove"_s);
    add->setToolTip(kind == Kind::Matchers ? tr("Add a label matcher") : tr("Add a label"));
    remove->setToolTip(tr("Remove the selected row"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] { addRow(); });
    connect(remove, &QPushButton::clicked, this, [this] { removeRow(m_table->currentRow()); });
}

int LabelRowsEditor::addRow(const QString &name, const QString &op, const QString &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *nameBox = editableBox(m_table, m_suggestions.keys(), name);
    nameBox->setObjectName(u"name%1"_s.arg(row));
    m_table->setCellWidget(row, 0, nameBox);
    const int valueColumn = m_kind == Kind::Matchers ? 2 : 1;
    auto *valueBox = editableBox(m_table, m_suggestions.value(name), value);
    valueBox->setObjectName(u"value%1"_s.arg(row));
    m_table->setCellWidget(row, valueColumn, valueBox);
    if (m_kind == Kind::Matchers) {
        auto *opBox = new QComboBox(m_table);
        opBox->setObjectName(u"op%1"_s.arg(row));
        opBox->addItems({u"="_s, u"!="_s, u"=~"_s, u"!~"_s});
        opBox->setToolTip(tr("= equals, != differs, =~ matches the regex (whole value), !~ does not match"));
        opBox->setCurrentText(op);
        m_table->setCellWidget(row, 1, opBox);
        connect(opBox, &QComboBox::currentIndexChanged, this, &LabelRowsEditor::changed);
    }
    connect(nameBox, &QComboBox::currentTextChanged, this, [this, nameBox] {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->cellWidget(r, 0) == nameBox)
                offerValues(r);
        }
        Q_EMIT changed();
    });
    connect(valueBox, &QComboBox::currentTextChanged, this, &LabelRowsEditor::changed);
    Q_EMIT changed();
    return row;
}

void LabelRowsEditor::removeRow(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_table->removeRow(row);
    Q_EMIT changed();
}

int LabelRowsEditor::rowCount() const
{
    return m_table->rowCount();
}

QString LabelRowsEditor::cellText(int row, int column) const
{
    const auto *box = qobject_cast<const QComboBox *>(m_table->cellWidget(row, column));
    return box ? box->currentText() : QString();
}

void LabelRowsEditor::setMatchers(const QList<LabelMatcher> &matchers)
{
    {
        const QSignalBlocker blocker(this);
        m_table->setRowCount(0);
        for (const LabelMatcher &m : matchers)
            addRow(m.name, m.op(), m.value);
    }
    Q_EMIT changed();
}

QList<LabelMatcher> LabelRowsEditor::matchers() const
{
    QList<LabelMatcher> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = cellText(row, 0).trimmed();
        if (name.isEmpty())
            continue;
        const QString op = m_kind == Kind::Matchers ? cellText(row, 1) : u"="_s;
        result.append(LabelMatcher{name, cellText(row, m_kind == Kind::Matchers ? 2 : 1), op.endsWith(u'~'),
                                   op.startsWith(u'!')});
    }
    return result;
}

void LabelRowsEditor::setLabels(const QList<QPair<QString, QString>> &labels)
{
    {
        const QSignalBlocker blocker(this);
        m_table->setRowCount(0);
        for (const auto &[name, value] : labels)
            addRow(name, u"="_s, value);
    }
    Q_EMIT changed();
}

QList<QPair<QString, QString>> LabelRowsEditor::labels() const
{
    QList<QPair<QString, QString>> result;
    for (const LabelMatcher &m : matchers())
        result.append({m.name, m.value});
    return result;
}

QList<int> LabelRowsEditor::incompleteRows() const
{
    QList<int> rows;
    const int valueColumn = m_kind == Kind::Matchers ? 2 : 1;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (cellText(row, 0).trimmed().isEmpty() && !cellText(row, valueColumn).isEmpty())
            rows.append(row + 1);
    }
    return rows;
}

void LabelRowsEditor::setSuggestions(const QMap<QString, QStringList> &valuesByName)
{
    if (valuesByName == m_suggestions)
        return;
    m_suggestions = valuesByName;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(row, 0)))
            refill(box, m_suggestions.keys());
        offerValues(row);
    }
}

void LabelRowsEditor::offerValues(int row)
{
    const int valueColumn = m_kind == Kind::Matchers ? 2 : 1;
    if (auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(row, valueColumn)))
        refill(box, m_suggestions.value(cellText(row, 0).trimmed()));
}

} // namespace Tidewatch
