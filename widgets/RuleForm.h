#pragma once

#include "AlertRule.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Tidewatch {

class LabelRowsEditor;

/// The fields of one alert rule: name, metric (from metricNames(), with its HELP text), label
/// matchers, comparison and threshold, an optional clear threshold (hysteresis), `for` and
/// `keep_firing_for` as Prometheus durations, severity, extra labels, the summary / description /
/// runbook URL templates and whether the rule is enabled. validationErrors() says what is wrong,
/// with the rules file's checks (AlertRules::validate and its duplicate check) plus the form's own.
class RuleForm : public QWidget
{
    Q_OBJECT
public:
    explicit RuleForm(QWidget *parent = nullptr);

    void setRule(const AlertRule &rule);
    /// The rule as the form shows it; fields that do not parse keep their last valid value.
    AlertRule rule() const;
    /// The other rules of the file, for the duplicate check (same name and matchers).
    void setOtherRules(const QList<AlertRule> &others) { m_others = others; }
    /// One line per problem, each naming its field; empty when the rule can be saved.
    QStringList validationErrors() const;
    /// Offers the label names and values of @p samples of the chosen metric in the matcher rows.
    void setSamples(const QList<MetricSample> &samples);
    /// Whether the clear-threshold fields can be used (not for == and !=).
    bool clearThresholdAvailable() const;

    /// The form's name of a field of the rules file ("clear_threshold" -> "Clear threshold").
    static QString fieldTitle(const QString &field);

Q_SIGNALS:
    /// Any field changed.
    void changed();

private:
    void metricChanged();
    void updateHints();
    void updateSuggestions();

    QList<AlertRule> m_others;
    QList<MetricSample> m_samples;
    bool m_filling = false;
    QLineEdit *m_name;
    QComboBox *m_metric;
    QLabel *m_metricHelp;
    LabelRowsEditor *m_matchers;
    QComboBox *m_comparison;
    QLineEdit *m_threshold;
    QLabel *m_thresholdHint;
    QCheckBox *m_clearEnabled;
    QLineEdit *m_clear;
    QLineEdit *m_for;
    QLineEdit *m_keepFiring;
    QComboBox *m_severity;
    LabelRowsEditor *m_labels;
    QLineEdit *m_summary;
    QPlainTextEdit *m_description;
    QLineEdit *m_runbook;
    QCheckBox *m_enabled;
    QLabel *m_errors;
};

} // namespace Tidewatch
