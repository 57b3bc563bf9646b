#include "RulesPage.h"

#include "AlertRules.h"
#include "PrometheusRuleFile.h"
#include "RuleEditorDialog.h"
#include "RuleTableModel.h"
#include "TableViews.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace Tidewatch {

namespace {

using namespace Qt::StringLiterals;

/// What reading a rules file found.
struct ReadResult
{
    bool exists = false;
    QList<AlertRule> rules;
    QStringList errors; ///< "FILE:LINE: message"
};

int lineAt(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(std::clamp<qsizetype>(offset, 0, bytes.size())).count('\n')) + 1;
}

/// The line where each rule object of the "rules" array starts (JSON rules file).
QList<int> ruleLines(const QByteArray &bytes)
{
    QList<int> lines;
    int depth = 0;
    int line = 1;
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '\n')
            ++line;
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (c == '{' && depth == 2)
                lines.append(line);
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return lines;
}

/// Every error of @p bytes with the file name and the line it is on.
QStringList locate(const QString &path, const QByteArray &bytes, const QStringList &errors)
{
    static const QRegularExpression offsetPattern(u" at offset (\\d+)$"_s);
    static const QRegularExpression rulePattern(u"^rule (\\d+)\\b"_s);
    const QList<int> lines = ruleLines(bytes);
    QStringList located;
    for (const QString &e : errors) {
        int line = 1;
        if (const auto m = offsetPattern.match(e); m.hasMatch())
            line = lineAt(bytes, m.captured(1).toLongLong());
        else if (const auto r = rulePattern.match(e); r.hasMatch())
            line = lines.value(r.captured(1).toInt() - 1, 1);
        located << u"%1:%2: %3"_s.arg(QFileInfo(path).fileName()).arg(line).arg(e);
    }
    return located;
}

ReadResult readRules(const QString &path)
{
    ReadResult result;
    QFile file(path);
    result.exists = file.exists();
    if (!result.exists)
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors << RulesPage::tr("%1: cannot read: %2").arg(path, file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("yml") || suffix == QLatin1String("yaml")) {
        result.errors << RulesPage::tr("%1: reading Prometheus rule files is not available in this build")
                             .arg(QFileInfo(path).fileName());
        return result;
    }
    const AlertRulesParseResult parsed = AlertRules::parse(bytes);
    result.rules = parsed.rules;
    result.errors = locate(path, bytes, parsed.errors);
    return result;
}

bool sameIdentity(const AlertRule &a, const AlertRule &b)
{
    return a.name == b.name && a.matchers == b.matchers;
}

QPushButton *button(const QString &text, const QString &tip, const char *name, QWidget *parent)
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
    , m_file(new QLabel(this))
    , m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_file->setObjectName(u"rulesFile"_s);
    m_file->setWordWrap(true);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_file);
    m_table->setObjectName(u"rules"_s);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(RuleTableModel::ConditionColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *add = button(tr("Add…"), tr("Write a new rule"), "add", this);
    m_edit = button(tr("Edit…"), tr("Edit the selected rule (or double-click it)"), "edit", this);
    m_duplicate =
        button(tr("Duplicate…"), tr("A copy of the selected rule, under a new name"), "duplicate", this);
    m_toggle =
        button(tr("Disable"), tr("A disabled rule stays in the file but is not evaluated"), "toggle", this);
    m_delete = button(tr("Delete"), tr("Delete the selected rule (Undo brings it back)"), "delete", this);
    m_undoButton =
        button(tr("Undo"), tr("Restore the rules as they were before the last change"), "undo", this);
    auto *import =
        button(tr("Import…"), tr("Read a Tidewatch rules file or a Prometheus rule file"), "import", this);
    auto *exportButton = button(
        tr("Export…"), tr("Write the rules as Tidewatch JSON or as a Prometheus rule file"), "export", this);
    auto *reloadButton = button(tr("Reload"), tr("Read the rules file again"), "reload", this);
    m_saveAs = button(tr("Save as…"), tr("Save the rules to another file and use that one"), "saveAs", this);
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
    setRulesFile(QString(), {});
}

void RulesPage::setRulesFile(const QString &path, const QList<AlertRule> &inEffect)
{
    m_path = path;
    m_inEffect = inEffect;
    m_undo.clear();
    reload();
}

bool RulesPage::reload()
{
    m_brokenFileError.clear();
    bool ok = true;
    if (m_path.isEmpty()) {
        m_rules = m_inEffect;
        m_file->setText(tr("No rules file: changes cannot be saved."));
    } else {
        const ReadResult read = readRules(m_path);
        if (!read.errors.isEmpty()) {
            m_brokenFileError = read.errors.join(QLatin1Char('\n'));
            m_rules = m_inEffect;
            ok = false;
        } else if (read.exists) {
            m_rules = read.rules;
            if (m_rules != m_inEffect) { // fixed or changed outside the app: it takes effect now
                m_inEffect = m_rules;
                Q_EMIT rulesChanged(m_rules);
            }
        } else {
            m_rules = m_inEffect;
        }
        m_file->setText(
            read.exists ? tr("Rules file: %1").arg(m_path)
                        : tr("Rules file: %1 (not written yet: the first change creates it)").arg(m_path));
    }
    setStatus(m_brokenFileError.isEmpty()
                  ? QString()
                  : tr("The rules file does not parse, so it is not overwritten; the app evaluates the last "
                       "good rules (%n rule(s), listed here). Fix the file and Reload, or Save as… another "
                       "file.\n%1",
                       nullptr, int(m_inEffect.size()))
                        .arg(m_brokenFileError),
              !m_brokenFileError.isEmpty());
    refreshRows();
    return ok;
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
    m_edit->setEnabled(selected);
    m_duplicate->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_toggle->setEnabled(selected);
    m_toggle->setText(selected && !m_rules.at(row).enabled ? tr("Enable") : tr("Disable"));
    m_undoButton->setEnabled(!m_undo.isEmpty());
    m_saveAs->setVisible(!m_brokenFileError.isEmpty() || m_path.isEmpty());
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
    if (m_editor)
        return nullptr;
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
    m_rules = rules;
    refreshRows();
    if (m_path.isEmpty()) {
        setStatus(tr("%1, but not saved: there is no rules file. Use Save as….").arg(what), true);
        return false;
    }
    // Checked at every save: the file may have been broken (or fixed) outside the app meanwhile.
    const ReadResult current = readRules(m_path);
    if (!current.errors.isEmpty()) {
        m_brokenFileError = current.errors.join(QLatin1Char('\n'));
        updateButtons();
        setStatus(
            tr("%1, but not saved: the rules file does not parse and is never overwritten. The app keeps "
               "evaluating the last good rules. Fix the file and Reload, or Save as… another file.\n%2")
                .arg(what, m_brokenFileError),
            true);
        return false;
    }
    m_brokenFileError.clear();
    QString error;
    if (!writeRules(m_path, m_rules, error)) {
        setStatus(tr("%1, but not saved: %2").arg(what, error), true);
        return false;
    }
    m_inEffect = m_rules;
    m_file->setText(tr("Rules file: %1").arg(m_path));
    updateButtons();
    setStatus(tr("%1 — saved to %2, in effect now").arg(what, QFileInfo(m_path).fileName()));
    Q_EMIT rulesChanged(m_rules);
    return true;
}

bool RulesPage::writeRules(const QString &path, const QList<AlertRule> &rules, QString &error) const
{
    // QSaveFile writes a temporary file and renames it: a crash never leaves half a rules file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(AlertRules::toJson(rules)) < 0 || !file.commit()) {
        error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool RulesPage::saveAs(const QString &path)
{
    const QString previous = m_path;
    m_path = path;
    m_brokenFileError.clear();
    if (QFile::exists(path) && !readRules(path).errors.isEmpty()) {
        m_path = previous;
        setStatus(tr("%1 exists and does not parse: choose another file").arg(path), true);
        return false;
    }
    QString error;
    if (!writeRules(path, m_rules, error)) {
        m_path = previous;
        setStatus(error, true);
        return false;
    }
    m_inEffect = m_rules;
    m_file->setText(tr("Rules file: %1").arg(m_path));
    updateButtons();
    setStatus(tr("Saved %n rule(s) to %1, in effect now", nullptr, int(m_rules.size())).arg(path));
    Q_EMIT rulesChanged(m_rules);
    return true;
}

bool RulesPage::importFile(const QString &path, ImportMode mode)
{
    const ReadResult read = readRules(path);
    if (!read.exists || !read.errors.isEmpty()) {
        setStatus(read.exists ? tr("Nothing imported, %1 has errors:\n%2").arg(path, read.errors.join(u'\n'))
                              : tr("Nothing imported: %1 does not exist").arg(path),
                  true);
        return false;
    }
    QList<AlertRule> next = mode == ImportMode::Replace ? QList<AlertRule>() : m_rules;
    for (const AlertRule &rule : read.rules) {
        const auto same =
            std::find_if(next.begin(), next.end(), [&](const AlertRule &r) { return sameIdentity(r, rule); });
        if (same != next.end())
            *same = rule;
        else
            next.append(rule);
    }
    return commit(
        next, mode == ImportMode::Replace
                  ? tr("Replaced the rules with %n rule(s) of %1", nullptr, int(read.rules.size())).arg(path)
                  : tr("Merged %n rule(s) of %1", nullptr, int(read.rules.size())).arg(path));
}

bool RulesPage::exportFile(const QString &path, ExportFormat format)
{
    QSaveFile file(path);
    const QByteArray bytes =
        format == ExportFormat::Json ? AlertRules::toJson(m_rules) : AlertRules::toPrometheusYaml(m_rules);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        setStatus(tr("Not exported: cannot write %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    setStatus(format == ExportFormat::Json
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
        importFile(path, ImportMode::Merge);
    else if (ask.clickedButton() == replace)
        importFile(path, ImportMode::Replace);
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
    exportFile(path, prometheus ? ExportFormat::PrometheusYaml : ExportFormat::Json);
}

void RulesPage::chooseSaveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save alert rules as"), QString(),
                                                      tr("Tidewatch rules (*.json)"));
    if (!path.isEmpty())
        saveAs(path);
}

} // namespace Tidewatch
