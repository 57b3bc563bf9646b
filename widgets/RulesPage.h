#pragma once

#include "AlertEvaluator.h"
#include "DashboardPage.h"
#include "RuleEditorDialog.h"
#include "RuleFiles.h"

#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace Tidewatch {

class RuleTableModel;
class RulesFile;

/// The Rules page: the alert rules of the user's rules file (RulesFile) with their state now, and add,
/// edit, duplicate, enable / disable, delete (undoable), import and export. Every change is saved to
/// the rules file atomically at once; the RulesFile announces the new rules, so they take effect
/// without a restart. A rules file that does not parse is never overwritten: the page shows its errors
/// with file and line, keeps the change unsaved, and offers Save as…; the app keeps the last good rules
/// and the page says so.
class RulesPage : public DashboardPage
{
    Q_OBJECT
public:
    explicit RulesPage(QWidget *parent = nullptr);

    /// The rules file the page edits (not owned; nullptr: none). Its rules in force are listed; when
    /// it is broken, the page shows its errors. A file that does not exist yet is created by the first
    /// change.
    void setRulesFile(RulesFile *file);
    RulesFile *rulesFile() const { return m_file; }
    /// The rules as listed: those in force, or changes that could not be saved.
    QList<AlertRule> rules() const { return m_rules; }
    /// The page's status line: what was saved, or why not.
    QString statusText() const;
    /// The line under the table: the selected rule's whole condition, wrapped.
    QString detailText() const;
    RuleTableModel *model() const { return m_model; }
    /// The open rule editor, or nullptr.
    RuleEditorDialog *editor() const { return m_editor; }

public Q_SLOTS:
    /// The latest samples of every source and the alerts now, as the app evaluated them at @p nowMs.
    void setLiveData(const QList<Tidewatch::MetricSample> &samples,
                     const QList<Tidewatch::ActiveAlert> &alerts, qint64 nowMs);
    /// Opens the editor for rule @p row (-1: a new rule). On OK the rule is saved.
    RuleEditorDialog *editRule(int row);
    /// Opens the editor with a copy of rule @p row under a new name.
    RuleEditorDialog *duplicateRule(int row);
    bool setRuleEnabled(int row, bool enabled);
    bool deleteRule(int row);
    /// Restores the rules as they were before the last change (delete, import …) and saves them.
    bool undo();
    /// Reads @p path (Tidewatch JSON, or a Prometheus rule file) and replaces or merges its rules.
    /// Nothing changes when it has errors: they are shown with the file and line.
    bool importFile(const QString &path, RuleFiles::ImportMode mode);
    /// Writes the rules to @p path as Tidewatch JSON or as a Prometheus rule file.
    bool exportFile(const QString &path, RuleFiles::Format format);
    /// Writes the listed rules to @p path (after a broken rules file, say) and asks the app to use
    /// that file from now on (rulesFileSavedAs()).
    bool saveAs(const QString &path);
    /// Reads the rules file again (after it was fixed outside the app).
    bool reload();

Q_SIGNALS:
    /// The listed rules were written to @p path: the app should make it its rules file.
    void rulesFileSavedAs(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    RuleEditorDialog *openEditor(const AlertRule &rule, const QList<AlertRule> &others,
                                 const std::function<void(const AlertRule &)> &accepted);
    bool commit(const QList<AlertRule> &rules, const QString &what);
    void fileRulesChanged();
    void updateFileLine();
    void setStatus(const QString &text, bool error = false);
    void refreshRows();
    void updateButtons();
    void updateDetail(const AlertRule *rule);
    int selectedRow() const;
    void chooseImport();
    void chooseExport();
    void chooseSaveAs();

    RulesFile *m_file = nullptr;
    QList<AlertRule> m_rules;
    bool m_unsaved = false;         ///< m_rules differ from the rules in force: the save was refused
    QList<QList<AlertRule>> m_undo; ///< earlier lists, newest last
    QList<MetricSample> m_samples;
    QList<ActiveAlert> m_alerts;
    qint64 m_nowMs = 0;
    bool m_samplesKnown = false;
    bool m_rowsDirty = false; ///< live data arrived while the page was hidden
    RuleTableModel *m_model;
    QTableView *m_table;
    QLabel *m_fileLine;
    QLabel *m_status;
    QLabel *m_detail; ///< the selected rule's whole condition, wrapped
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_toggle;
    QPushButton *m_delete;
    QPushButton *m_undoButton;
    QPushButton *m_saveAs;
    QPointer<RuleEditorDialog> m_editor;
};

} // namespace Tidewatch
