#include "SilenceDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Tidewatch {

namespace {

constexpr qint64 kHour = 3600 * 1000;
enum MatcherColumn
{
    NameColumn,
    OpColumn,
    ValueColumn
};

QString labelsText(const QList<QPair<QString, QString>> &labels)
{
    QStringList parts;
    for (const auto &[name, value] : labels) {
        if (name != QLatin1String("alertname"))
            parts << name + QStringLiteral("=\"") + value + QLatin1Char('"');
    }
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

} // namespace

SilenceDialog::SilenceDialog(const QList<QPair<QString, QString>> &labels, const QList<ActiveAlert> &current,
                             const QString &defaultUser, qint64 nowMs, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
    , m_nowMs(nowMs)
    , m_matchers(new QTableWidget(0, 3, this))
    , m_duration(new QComboBox(this))
    , m_end(new QDateTimeEdit(this))
    , m_createdBy(new QLineEdit(defaultUser, this))
    , m_comment(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_previewTitle(new QLabel(this))
    , m_preview(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New silence"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Alerts whose labels match every matcher are silenced: no desktop "
                                    "notification, no red banner. Regexes are anchored."),
                                 this));
    m_matchers->setHorizontalHeaderLabels({tr("Label"), tr("Operator"), tr("Value")});
    m_matchers->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_matchers->verticalHeader()->hide();
    m_matchers->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_matchers, 1);
    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add &matcher"), this);
    auto *remove = new QPushButton(tr("&Remove matcher"), this);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);
    connect(add, &QPushButton::clicked, this, [this] { addMatcherRow(); });
    connect(remove, &QPushButton::clicked, this, [this] { removeMatcherRow(m_matchers->currentRow()); });

    auto *form = new QFormLayout;
    m_duration->addItems({tr("1 hour"), tr("2 hours"), tr("4 hours"), tr("8 hours"), tr("1 day"),
                          tr("1 week"), tr("Custom end")});
    m_duration->setCurrentIndex(1);
    form->addRow(tr("&Duration:"), m_duration);
    m_end->setCalendarPopup(true);
    m_end->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_end->setMinimumDateTime(QDateTime::fromMSecsSinceEpoch(nowMs));
    form->addRow(tr("&Ends:"), m_end);
    form->addRow(tr("Created &by:"), m_createdBy);
    m_comment->setPlaceholderText(tr("Why (maintenance, known issue, ticket)"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(m_comment->fontMetrics().height() * 4);
    form->addRow(tr("&Comment:"), m_comment);
    layout->addLayout(form);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #e53935;"));
    layout->addWidget(m_error);
    layout->addWidget(m_previewTitle);
    m_preview->setMaximumHeight(m_preview->fontMetrics().height() * 6);
    layout->addWidget(m_preview);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Silence"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (const auto &[name, value] : labels)
        addMatcherRow(name, QStringLiteral("="), value);
    if (labels.isEmpty())
        addMatcherRow();
    connect(m_matchers, &QTableWidget::itemChanged, this, &SilenceDialog::updateState);
    connect(m_duration, &QComboBox::currentIndexChanged, this, &SilenceDialog::updateState);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &SilenceDialog::updateState);
    connect(m_createdBy, &QLineEdit::textChanged, this, &SilenceDialog::updateState);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &SilenceDialog::updateState);
    updateState();
    resize(620, 560);
}

QList<qint64> SilenceDialog::presetDurationsMs()
{
    return {kHour, 2 * kHour, 4 * kHour, 8 * kHour, 24 * kHour, 7 * 24 * kHour};
}

void SilenceDialog::addMatcherRow(const QString &name, const QString &op, const QString &value)
{
    const int row = m_matchers->rowCount();
    m_matchers->blockSignals(true);
    m_matchers->insertRow(row);
    m_matchers->setItem(row, NameColumn, new QTableWidgetItem(name));
    m_matchers->setItem(row, ValueColumn, new QTableWidgetItem(value));
    m_matchers->blockSignals(false);
    auto *ops = new QComboBox(m_matchers);
    ops->addItems({QStringLiteral("="), QStringLiteral("!="), QStringLiteral("=~"), QStringLiteral("!~")});
    ops->setCurrentText(op);
    m_matchers->setCellWidget(row, OpColumn, ops);
    connect(ops, &QComboBox::currentIndexChanged, this, &SilenceDialog::updateState);
    updateState();
}

void SilenceDialog::setMatcherRow(int row, const QString &name, const QString &op, const QString &value)
{
    if (row < 0 || row >= m_matchers->rowCount())
        return;
    m_matchers->item(row, NameColumn)->setText(name);
    m_matchers->item(row, ValueColumn)->setText(value);
    static_cast<QComboBox *>(m_matchers->cellWidget(row, OpColumn))->setCurrentText(op);
    updateState();
}

void SilenceDialog::removeMatcherRow(int row)
{
    if (row < 0 || row >= m_matchers->rowCount())
        return;
    m_matchers->removeRow(row);
    updateState();
}

int SilenceDialog::matcherRowCount() const
{
    return m_matchers->rowCount();
}

void SilenceDialog::setDurationIndex(int index)
{
    m_duration->setCurrentIndex(index);
}

void SilenceDialog::setCustomEnd(qint64 endMs)
{
    m_duration->setCurrentIndex(m_duration->count() - 1);
    m_end->setDateTime(QDateTime::fromMSecsSinceEpoch(endMs));
}

QList<LabelMatcher> SilenceDialog::matchers(QString *error) const
{
    static const QRegularExpression labelName(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    QList<LabelMatcher> out;
    for (int row = 0; row < m_matchers->rowCount(); ++row) {
        LabelMatcher m;
        m.name = m_matchers->item(row, NameColumn)->text().trimmed();
        m.value = m_matchers->item(row, ValueColumn)->text();
        const QString op = static_cast<QComboBox *>(m_matchers->cellWidget(row, OpColumn))->currentText();
        m.regex = op.endsWith(QLatin1Char('~'));
        m.negate = op.startsWith(QLatin1Char('!'));
        if (error && error->isEmpty() && !labelName.match(m.name).hasMatch())
            *error = tr("Matcher %1: '%2' is not a label name").arg(row + 1).arg(m.name);
        out << m;
    }
    return out;
}

Silence SilenceDialog::silence() const
{
    Silence s;
    s.matchers = matchers(nullptr);
    s.startsAtMs = m_nowMs;
    const int preset = m_duration->currentIndex();
    const QList<qint64> presets = presetDurationsMs();
    s.endsAtMs =
        preset < presets.size() ? m_nowMs + presets.at(preset) : m_end->dateTime().toMSecsSinceEpoch();
    s.createdBy = m_createdBy->text().trimmed();
    s.comment = m_comment->toPlainText().trimmed();
    return s;
}

QString SilenceDialog::validationError() const
{
    QString error;
    matchers(&error);
    if (!error.isEmpty())
        return error;
    const Silence s = silence();
    error = s.validationError();
    if (!error.isEmpty())
        return error;
    if (s.createdBy.isEmpty())
        return tr("Say who creates the silence");
    if (s.comment.isEmpty())
        return tr("Say why (a comment), as Alertmanager requires");
    return {};
}

bool SilenceDialog::canAccept() const
{
    return validationError().isEmpty();
}

QStringList SilenceDialog::preview() const
{
    // Only a valid set of matchers previews anything: an invalid regex matches nothing yet.
    QString error;
    Silence s;
    s.matchers = matchers(&error);
    s.startsAtMs = m_nowMs;
    s.endsAtMs = m_nowMs + 1;
    if (!error.isEmpty() || !s.validationError().isEmpty())
        return {};
    QStringList out;
    for (const ActiveAlert &a : m_current) {
        if (s.matches(a.labels))
            out << a.ruleName + QLatin1Char(' ') + labelsText(a.labels);
    }
    return out;
}

void SilenceDialog::updateState()
{
    const bool custom = m_duration->currentIndex() == m_duration->count() - 1;
    m_end->setEnabled(custom);
    if (!custom) {
        const QSignalBlocker block(m_end);
        m_end->setDateTime(QDateTime::fromMSecsSinceEpoch(silence().endsAtMs));
    }
    const QString error = validationError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
    const QStringList matched = preview();
    m_preview->clear();
    m_preview->addItems(matched);
    m_previewTitle->setText(tr("Silences %n current alert(s):", nullptr, int(matched.size())));
}

} // namespace Tidewatch
