#include "RulesPage.h"

#include "AlertTableModel.h"
#include "ColumnFitter.h"
#include "PromDuration.h"
#include "RuleTableModel.h"
#include "RulesFile.h"
#include "TableViews.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Tidewatch {

namespace {

using namespace Qt::StringLiterals;

QPushButton *rulesButton(const QString &text, const QString &tip, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setToolTip(tip);
    b->setObjectName(QLatin1String(name));
    return b;
}

} // namespace

RulesPage::RulesPage(QWidget *parent)
    : DashboardPage(parent)
    , m_model(new RuleTableModel(this))
    , m_table(TableViews::make(m_model, this))
    , m_fileLine(new QLabel(this))
    , m_status(new QLabel(this))
    , m_detail(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_fileLine->setObjectName(u"rulesFile"_s);
    m_fileLine->setWordWrap(true);
    m_fileLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_fileLine);
    m_table->setObjectName(u"rules"_s);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The condition names its metric: when the width is short, the Metric column gives way first
    // and the condition keeps the room to show itself whole. A condition still too long is cut in
    // the middle (its threshold stays in sight); the tooltip and the line under the table show it
    // in full.
    TableViews::fitColumns(
        m_table, {RuleTableModel::NameColumn, RuleTableModel::MetricColumn, RuleTableModel::ConditionColumn})
        ->setDroppable({RuleTableModel::MetricColumn});
    layout->addWidget(m_table, 1);
    m_detail->setObjectName(u"ruleDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);

    auto *add = rulesButton(tr("Add…"), tr("Write a new rule"), "add", this);
    m_edit = rulesButton(tr("Edit…"), tr("Edit the selected rule (or double-click it)"), "edit", this);
    m_duplicate =
        rulesButton(tr("Duplicate…"), tr("A copy of the selected rule, under a new name"), "duplicate", this);
    m_toggle = rulesButton(tr("Disable"), tr("A disabled rule stays in the file but is not evaluated"),
                           "toggle", this);
    m_delete =
        rulesButton(tr("Delete"), tr("Delete the selected rule (Undo brings it back)"), "delete", this);
    m_undoButton =
        rulesButton(tr("Undo"), tr("Restore the rules as they were before the last change"), "undo", this);
    auto *import = rulesButton(tr("Import…"), tr("Read a Tidewatch rules file or a Prometheus rule file"),
                               "import", this);
    auto *exportButton = rulesButton(
        tr("Export…"), tr("Write the rules as Tidewatch JSON or as a Prometheus rule file"), "export", this);
    auto *reloadButton = rulesButton(tr("Reload"), tr("Read the rules file again"), "reload", this);
    m_saveAs =
        rulesButton(tr("Save as…"), tr("Save the rules to another file and use that one"), "saveAs", this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, m_edit, m_duplicate, m_toggle, m_delete, m_undoButton})
        buttons->addWidget(b);
    buttons->addStretch();
    for (QPushButton *b : {import, exportButton, reloadButton, m_saveAs})
        buttons->addWidget(b);
    layout->addLayout(buttons);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(add, &QPushButton::clicked, this, [this] { editRule(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editRule(selectedRow()); });
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { editRule(index.row()); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { duplicateRule(selectedRow()); });
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row >= 0)
            setRuleEnabled(row, !m_rules.at(row).enabled);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteRule(selectedRow()); });
    connect(m_undoButton, &QPushButton::clicked, this, &RulesPage::undo);
    connect(import, &QPushButton::clicked, this, &RulesPage::chooseImport);
    connect(exportButton, &QPushButton::clicked, this, &RulesPage::chooseExport);
    connect(reloadButton, &QPushButton::clicked, this, &RulesPage::reload);
    connect(m_saveAs, &QPushButton::clicked, this, &RulesPage::chooseSaveAs);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RulesPage::updateButtons);
    setRulesFile(nullptr);
}

void RulesPage::setRulesFile(RulesFile *file)
{
    if (m_file)
        disconnect(m_file, nullptr, this, nullptr);
    m_file = file;
    m_undo.clear();
    if (m_file) {
        connect(m_file, &RulesFile::rulesChanged, this, &RulesPage::fileRulesChanged);
        connect(m_file, &RulesFile::statusChanged, this, &RulesPage::updateFileLine);
        connect(m_file, &QObject::destroyed, this, [this] { setRulesFile(nullptr); });
    }
    setStatus(QString());
    fileRulesChanged();
}

bool RulesPage::reload()
{
    if (!m_file)
        return false;
    const bool ok = m_file->reload();
    fileRulesChanged(); // also when the rules stayed: the listed, unsaved changes are dropped
    if (!ok)
        setStatus(tr("The rules file still has errors."), true);
    return ok;
}

void RulesPage::fileRulesChanged()
{
    m_rules = m_file ? m_file->rules() : QList<AlertRule>();
    m_unsaved = false;
    updateFileLine();
    refreshRows();
}

void RulesPage::updateFileLine()
{
    if (!m_file) {
        m_fileLine->setText(tr("No rules file: changes cannot be saved."));
        m_fileLine->setStyleSheet(QString());
        updateButtons();
        return;
    }
    QString text = m_file->statusText();
    const bool broken = m_file->status() == RulesFile::Status::Broken;
    if (broken) {
        text += u'\n' + ruleFileErrorStrings(m_file->errors()).join(u'\n') + u'\n' +
                tr("The file is never overwritten while it has errors. Fix it (it is read again when it "
                   "changes) or Save as… another file.");
    }
    if (m_unsaved)
        text += u'\n' + tr("The list shows changes that are not saved and not in force.");
    m_fileLine->setText(text);
    m_fileLine->setStyleSheet(broken || m_unsaved ? u"QLabel { color: #c62828; }"_s : QString());
    updateButtons();
}

QString RulesPage::statusText() const
{
    return m_status->text();
}

void RulesPage::setLiveData(const QList<MetricSample> &samples, const QList<ActiveAlert> &alerts,
                            qint64 nowMs)
{
    m_samples = samples;
    m_alerts = alerts;
    m_nowMs = nowMs;
    m_samplesKnown = true;
    // A hidden page costs nothing: its rows are brought up to date when it is shown.
    if (isVisible())
        refreshRows();
    else
        m_rowsDirty = true;
    if (m_editor)
        m_editor->setSamples(m_samples, m_nowMs, true);
}

void RulesPage::showEvent(QShowEvent *event)
{
    DashboardPage::showEvent(event);
    if (m_rowsDirty)
        refreshRows();
}

void RulesPage::refreshRows()
{
    m_rowsDirty = false;
    m_model->setRows(RuleTableModel::rowsFor(m_rules, m_samples, m_samplesKnown, m_alerts));
    updateButtons();
}

int RulesPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void RulesPage::updateButtons()
{
    const int row = selectedRow();
    const bool selected = row >= 0 && row < m_rules.size();
    updateDetail(selected ? &m_rules.at(row) : nullptr);
    m_edit->setEnabled(selected);
    m_duplicate->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_toggle->setEnabled(selected);
    m_toggle->setText(selected && !m_rules.at(row).enabled ? tr("Enable") : tr("Disable"));
    m_undoButton->setEnabled(!m_undo.isEmpty());
    m_saveAs->setVisible(m_unsaved || (m_file && m_file->status() == RulesFile::Status::Broken));
}

QString RulesPage::detailText() const
{
    return m_detail->text();
}

void RulesPage::updateDetail(const AlertRule *rule)
{
    if (!rule) {
        m_detail->setText(tr("Select a rule to see its whole condition."));
        return;
    }
    QString text = tr("%1: %2 for %3, %4")
                       .arg(rule->name, rule->promql(), PromDuration::format(rule->forMs),
                            AlertTableModel::severityText(rule->severity));
    if (rule->clearThreshold)
        text += QStringLiteral(" · ") +
                tr("clears at %1 (hysteresis)").arg(formatPromValue(*rule->clearThreshold));
    m_detail->setText(text);
}

RuleEditorDialog *RulesPage::editRule(int row)
{
    if (row >= m_rules.size())
        return nullptr;
    AlertRule rule;
    if (row >= 0) {
        rule = m_rules.at(row);
    } else {
        rule.metric = QStringLiteral("tidewatch_kafka_consumergroup_max_time_lag_seconds");
        rule.threshold = 300;
        rule.forMs = 2 * 60 * 1000;
        rule.severity = QStringLiteral("warning");
    }
    QList<AlertRule> others = m_rules;
    if (row >= 0)
        others.removeAt(row);
    return openEditor(rule, others, [this, row](const AlertRule &edited) {
        QList<AlertRule> next = m_rules;
        if (row >= 0 && row < next.size())
            next[row] = edited;
        else
            next.append(edited);
        commit(next, row >= 0 ? tr("Saved rule %1").arg(edited.name) : tr("Added rule %1").arg(edited.name));
    });
}

RuleEditorDialog *RulesPage::duplicateRule(int row)
{
    if (row < 0 || row >= m_rules.size())
        return nullptr;
    AlertRule copy = m_rules.at(row);
    const auto taken = [this](const QString &name) {
        return std::any_of(m_rules.cbegin(), m_rules.cend(),
                           [&](const AlertRule &r) { return r.name == name; });
    };
    QString name = copy.name + u"Copy"_s;
    for (int n = 2; taken(name); ++n)
        name = copy.name + u"Copy%1"_s.arg(n);
    copy.name = name;
    // The copy is edited as a new rule and lands after its original.
    RuleEditorDialog *editor = openEditor(copy, m_rules, [this, row](const AlertRule &copied) {
        QList<AlertRule> next = m_rules;
        next.insert(std::min<qsizetype>(row + 1, next.size()), copied);
        commit(next, tr("Added rule %1").arg(copied.name));
    });
    if (editor)
        editor->setWindowTitle(tr("Copy of alert rule %1").arg(m_rules.at(row).name));
    return editor;
}

RuleEditorDialog *RulesPage::openEditor(const AlertRule &rule, const QList<AlertRule> &others,
                                        const std::function<void(const AlertRule &)> &accepted)
{
    if (m_editor && m_editor->isVisible())
        return nullptr; // one editor at a time (a closed one may still wait for its deletion)
    m_editor = new RuleEditorDialog(rule, others, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->setSamples(m_samples, m_nowMs, m_samplesKnown);
    connect(m_editor, &QDialog::accepted, this,
            [editor = m_editor.data(), accepted] { accepted(editor->rule()); });
    m_editor->open();
    return m_editor;
}

bool RulesPage::setRuleEnabled(int row, bool enabled)
{
    if (row < 0 || row >= m_rules.size())
        return false;
    QList<AlertRule> next = m_rules;
    next[row].enabled = enabled;
    return commit(next, enabled ? tr("Enabled rule %1").arg(next[row].name)
                                : tr("Disabled rule %1").arg(next[row].name));
}

bool RulesPage::deleteRule(int row)
{
    if (row < 0 || row >= m_rules.size())
        return false;
    QList<AlertRule> next = m_rules;
    const AlertRule removed = next.takeAt(row);
    return commit(next, tr("Deleted rule %1 (Undo brings it back)").arg(removed.name));
}

bool RulesPage::undo()
{
    if (m_undo.isEmpty())
        return false;
    const QList<AlertRule> previous = m_undo.takeLast();
    const QList<QList<AlertRule>> keep = m_undo;
    const bool ok = commit(previous, tr("Undone"));
    m_undo = keep; // an undo is not itself undone by the next one
    updateButtons();
    return ok;
}

bool RulesPage::commit(const QList<AlertRule> &rules, const QString &what)
{
    m_undo.append(m_rules);
    if (!m_file) {
        m_rules = rules;
        m_unsaved = true;
        refreshRows();
        setStatus(tr("%1, but not saved: there is no rules file. Use Save as….").arg(what), true);
        return false;
    }
    QString error;
    if (!m_file->save(rules, &error)) {
        // Kept in the list, so that Save as… can write it elsewhere; the app keeps the rules in force.
        m_rules = rules;
        m_unsaved = true;
        refreshRows();
        updateFileLine();
        setStatus(tr("%1, but not saved: %2").arg(what, error), true);
        return false;
    }
    fileRulesChanged();
    setStatus(tr("%1 — saved to %2, in force now").arg(what, QFileInfo(m_file->path()).fileName()));
    return true;
}

bool RulesPage::saveAs(const QString &path)
{
    QString error;
    if (!RuleFiles::exportRules(m_rules, path, RuleFiles::Format::Json, &error)) {
        setStatus(tr("Not saved: %1").arg(error), true);
        return false;
    }
    setStatus(tr("Saved %n rule(s) to %1", nullptr, int(m_rules.size())).arg(path));
    Q_EMIT rulesFileSavedAs(path);
    return true;
}

bool RulesPage::importFile(const QString &path, RuleFiles::ImportMode mode)
{
    const AlertRulesParseResult read = RuleFiles::readAny(path);
    if (!read.ok()) {
        setStatus(tr("Nothing imported: %1 has errors:\n%2").arg(path, read.errors.join(u'\n')), true);
        return false;
    }
    const int count = int(read.rules.size());
    return commit(RuleFiles::merge(m_rules, read.rules, mode),
                  mode == RuleFiles::ImportMode::Replace
                      ? tr("Replaced the rules with %n rule(s) of %1", nullptr, count).arg(path)
                      : tr("Merged %n rule(s) of %1", nullptr, count).arg(path));
}

bool RulesPage::exportFile(const QString &path, RuleFiles::Format format)
{
    QString error;
    if (!RuleFiles::exportRules(m_rules, path, format, &error)) {
        setStatus(tr("Not exported: %1").arg(error), true);
        return false;
    }
    setStatus(format == RuleFiles::Format::Json
                  ? tr("Exported %n rule(s) to %1", nullptr, int(m_rules.size())).arg(path)
                  : tr("Exported the enabled rules to %1 as a Prometheus rule file").arg(path));
    return true;
}

void RulesPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"QLabel { color: #c62828; }"_s : QString());
}

void RulesPage::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import alert rules"), QString(),
                                                      tr("Rules files (*.json *.yml *.yaml);;All files (*)"));
    if (path.isEmpty())
        return;
    QMessageBox ask(
        QMessageBox::Question, tr("Import alert rules"),
        tr("Replace all rules with those of %1, or merge them (a rule with the same name and matchers "
           "is replaced, the others are added)?")
            .arg(QFileInfo(path).fileName()),
        QMessageBox::Cancel, this);
    QPushButton *merge = ask.addButton(tr("Merge"), QMessageBox::AcceptRole);
    QPushButton *replace = ask.addButton(tr("Replace"), QMessageBox::DestructiveRole);
    ask.exec();
    if (ask.clickedButton() == merge)
        importFile(path, RuleFiles::ImportMode::Merge);
    else if (ask.clickedButton() == replace)
        importFile(path, RuleFiles::ImportMode::Replace);
}

void RulesPage::chooseExport()
{
    const QString json = tr("Tidewatch rules (*.json)");
    const QString yaml = tr("Prometheus rule file (*.yml)");
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export alert rules"), QString(),
                                                json + u";;"_s + yaml, &filter);
    if (path.isEmpty())
        return;
    const bool prometheus = filter == yaml || path.endsWith(u".yml"_s) || path.endsWith(u".yaml"_s);
    if (QFileInfo(path).suffix().isEmpty())
        path += prometheus ? u".yml"_s : u".json"_s;
    exportFile(path, prometheus ? RuleFiles::Format::PrometheusYaml : RuleFiles::Format::Json);
}

void RulesPage::chooseSaveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save alert rules as"), QString(),
                                                      tr("Tidewatch rules (*.json)"));
    if (!path.isEmpty())
        saveAs(path);
}

} // namespace Tidewatch
