#pragma once

#include "AlertEvaluator.h"
#include "DashboardPage.h"

#include "RuleEditorDialog.h"

#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace Tidewatch {

class RuleTableModel;

/// The Rules page: the alert rules of the user's rules file with their state now, and add, edit,
/// duplicate, enable / disable, delete (undoable), import and export. Every change is saved to the
/// rules file atomically at once and announced with rulesChanged(), so it takes effect without a
/// restart. A rules file that does not parse is never overwritten: the page shows its error and the
/// app keeps the last good rules until the file is fixed or the rules are saved elsewhere.
class RulesPage : public DashboardPage
{
    Q_OBJECT
public:
    enum class ImportMode
    {
        Replace, ///< the imported rules replace all rules
        Merge    ///< imported rules are added; one with the name and matchers of an existing rule replaces it
    };
    enum class ExportFormat
    {
        Json,          ///< Tidewatch's rules file
        PrometheusYaml ///< a Prometheus 2.42 rule file
    };

    explicit RulesPage(QWidget *parent = nullptr);

    /// The rules file the page edits and the rules the app evaluates now (its last good ones). The
    /// file is read: when it parses, its rules are listed; when not, the page says why and lists
    /// @p inEffect. A file that does not exist yet is created by the first change.
    void setRulesFile(const QString &path, const QList<AlertRule> &inEffect);
    QString rulesFile() const { return m_path; }
    /// The rules as listed (and, unless the file is broken, as saved).
    QList<AlertRule> rules() const { return m_rules; }
    /// The page's status line: what was saved, or why not.
    QString statusText() const;
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
    /// Reads @p path (Tidewatch JSON; a .yml / .yaml Prometheus rule file) and replaces or merges its
    /// rules. Nothing changes when it has errors: they are shown with the file and line.
    bool importFile(const QString &path, ImportMode mode);
    /// Writes the rules to @p path as Tidewatch JSON or as a Prometheus rule file.
    bool exportFile(const QString &path, ExportFormat format);
    /// Saves the rules to @p path and makes it the page's rules file (after a broken file, say).
    bool saveAs(const QString &path);
    /// Reads the rules file again (after it was fixed outside the app).
    bool reload();

Q_SIGNALS:
    /// The rules were saved: the app evaluates these from now on.
    void rulesChanged(const QList<Tidewatch::AlertRule> &rules);

protected:
    void showEvent(QShowEvent *event) override;

private:
    RuleEditorDialog *openEditor(const AlertRule &rule, const QList<AlertRule> &others,
                                 const std::function<void(const AlertRule &)> &accepted);
    bool commit(const QList<AlertRule> &rules, const QString &what);
    bool writeRules(const QString &path, const QList<AlertRule> &rules, QString &error) const;
    void setStatus(const QString &text, bool error = false);
    void refreshRows();
    void updateButtons();
    int selectedRow() const;
    void chooseImport();
    void chooseExport();
    void chooseSaveAs();

    QString m_path;
    QList<AlertRule> m_rules;
    QList<AlertRule> m_inEffect;    ///< what the app evaluates: the last rules that were saved
    QList<QList<AlertRule>> m_undo; ///< earlier lists, newest last
    QString m_brokenFileError;      ///< non-empty: the rules file does not parse
    QList<MetricSample> m_samples;
    QList<ActiveAlert> m_alerts;
    qint64 m_nowMs = 0;
    bool m_samplesKnown = false;
    bool m_rowsDirty = false; ///< live data arrived while the page was hidden
    RuleTableModel *m_model;
    QTableView *m_table;
    QLabel *m_file;
    QLabel *m_status;
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_toggle;
    QPushButton *m_delete;
    QPushButton *m_undoButton;
    QPushButton *m_saveAs;
    QPointer<RuleEditorDialog> m_editor;
};

} // namespace Tidewatch
