#include "RuleForm.h"

#include "AlertRules.h"
#include "ExamplePlaceholder.h"
#include "LabelRowsEditor.h"
#include "PromDuration.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QVBoxLayout>

namespace Tidewatch {

namespace {

using namespace Qt::StringLiterals;

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

template<typename W>
W *named(W *widget, const char *name, const QString &tip)
{
    widget->setObjectName(QLatin1String(name));
    widget->setToolTip(tip);
    return widget;
}

} // namespace

RuleForm::RuleForm(QWidget *parent)
    : QWidget(parent)
    , m_name(named(new QLineEdit(this), "name", tr("The alert's name (alertname), e.g. OrdersLagHigh")))
    , m_metric(named(new QComboBox(this), "metric", tr("The metric to compare; type to search")))
    , m_metricHelp(named(new QLabel(this), "metricHelp", tr("The metric's HELP text (docs/METRICS.md)")))
    , m_matchers(new LabelRowsEditor(LabelRowsEditor::Kind::Matchers, this))
    , m_comparison(named(new QComboBox(this), "comparison", tr("The comparison, as in PromQL")))
    , m_threshold(named(new QLineEdit(this), "threshold",
                        tr("A number in the metric's base unit: seconds, bytes, ratios 0..1")))
    , m_thresholdHint(named(new QLabel(this), "thresholdHint", tr("The threshold in the metric's unit")))
    , m_clearEnabled(named(new QCheckBox(tr("Clear at"), this), "clearEnabled",
                           tr("Hysteresis: once firing, keep firing until the value has crossed this "
                              "threshold back (not for == and !=)")))
    , m_clear(named(new QLineEdit(this), "clearThreshold", tr("Where a firing alert clears")))
    , m_for(named(new QLineEdit(this), "for",
                  tr("How long the condition must hold before the alert fires: 30s, 5m, 1h30m; 0s: at once")))
    , m_keepFiring(named(new QLineEdit(this), "keepFiringFor",
                         tr("How long a firing alert keeps firing after the condition stopped holding")))
    , m_severity(named(new QComboBox(this), "severity", tr("critical, warning or info")))
    , m_labels(new LabelRowsEditor(LabelRowsEditor::Kind::Labels, this))
    , m_summary(named(new QLineEdit(this), "summary",
                      tr("One line; {{ $labels.NAME }} and {{ $value }} are filled in")))
    , m_description(named(new QPlainTextEdit(this), "description",
                          tr("Details; {{ $labels.NAME }} and {{ $value }} are filled in")))
    , m_runbook(named(new QLineEdit(this), "runbookUrl",
                      tr("A link to what to do (annotation runbook_url); a template too")))
    , m_enabled(named(new QCheckBox(tr("Enabled"), this), "enabled",
                      tr("A disabled rule stays in the file but is not evaluated")))
    , m_errors(named(new QLabel(this), "errors", QString()))
{
    m_matchers->setObjectName(u"matchers"_s);
    m_labels->setObjectName(u"labels"_s);
    m_metric->setEditable(true);
    m_metric->setInsertPolicy(QComboBox::NoInsert);
    for (const QString &name : metricNames())
        m_metric->addItem(name);
    for (int i = 0; i < m_metric->count(); ++i)
        m_metric->setItemData(i, metricHelp(m_metric->itemText(i)), Qt::ToolTipRole);
    m_metric->completer()->setFilterMode(Qt::MatchContains);
    m_metric->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_metricHelp->setWordWrap(true);
    m_metricHelp->setStyleSheet(u"QLabel { color: palette(mid); }"_s);
    for (const auto c : {AlertComparison::Greater, AlertComparison::GreaterOrEqual, AlertComparison::Less,
                         AlertComparison::LessOrEqual, AlertComparison::Equal, AlertComparison::NotEqual})
        m_comparison->addItem(comparisonToken(c), int(c));
    m_severity->addItem(tr("critical"), u"critical"_s);
    m_severity->addItem(tr("warning"), u"warning"_s);
    m_severity->addItem(tr("info"), u"info"_s);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    ExamplePlaceholder::set(m_runbook, u"https://wiki.example/runbooks/{{ $labels.consumergroup }}"_s);
    ExamplePlaceholder::set(m_summary, tr("{{ $labels.consumergroup }} is {{ $value }} s behind"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(u"QLabel { color: #c62828; }"_s);

    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    column->addLayout(form);
    column->addStretch(1); // the rows keep their height; what is left stays below them
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Metric:"), m_metric);
    form->addRow(QString(), m_metricHelp);
    form->addRow(tr("Label matchers:"), m_matchers);
    auto *condition = new QHBoxLayout;
    condition->addWidget(m_comparison);
    condition->addWidget(m_threshold, 1);
    condition->addWidget(m_thresholdHint);
    condition->addSpacing(12);
    condition->addWidget(m_clearEnabled);
    condition->addWidget(m_clear, 1);
    form->addRow(tr("Condition:"), condition);
    auto *durations = new QHBoxLayout;
    durations->addWidget(m_for, 1);
    durations->addWidget(new QLabel(tr("keep_firing_for:"), this));
    durations->addWidget(m_keepFiring, 1);
    durations->addWidget(new QLabel(tr("Severity:"), this));
    durations->addWidget(m_severity);
    form->addRow(tr("For:"), durations);
    form->addRow(tr("Extra labels:"), m_labels);
    form->addRow(tr("Summary:"), m_summary);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Runbook URL:"), m_runbook);
    form->addRow(QString(), m_enabled);
    form->addRow(m_errors);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    const auto edited = [this] {
        if (m_filling)
            return;
        updateHints();
        Q_EMIT changed();
    };
    for (QLineEdit *line : {m_name, m_threshold, m_clear, m_for, m_keepFiring, m_summary, m_runbook})
        connect(line, &QLineEdit::textChanged, this, edited);
    connect(m_description, &QPlainTextEdit::textChanged, this, edited);
    connect(m_metric, &QComboBox::currentTextChanged, this, [this, edited] {
        metricChanged();
        edited();
    });
    for (QComboBox *box : {m_comparison, m_severity})
        connect(box, &QComboBox::currentIndexChanged, this, edited);
    for (QCheckBox *box : {m_clearEnabled, m_enabled})
        connect(box, &QCheckBox::toggled, this, edited);
    for (LabelRowsEditor *rows : {m_matchers, m_labels})
        connect(rows, &LabelRowsEditor::changed, this, edited);
    setRule(AlertRule{});
}

void RuleForm::setRule(const AlertRule &rule)
{
    m_filling = true;
    m_name->setText(rule.name);
    m_metric->setCurrentIndex(m_metric->findText(rule.metric));
    m_metric->setEditText(rule.metric);
    metricChanged();
    m_matchers->setMatchers(rule.matchers);
    m_comparison->setCurrentIndex(std::max(0, m_comparison->findData(int(rule.comparison))));
    m_threshold->setText(formatPromValue(rule.threshold));
    m_clearEnabled->setChecked(rule.clearThreshold.has_value());
    m_clear->setText(rule.clearThreshold ? formatPromValue(*rule.clearThreshold) : QString());
    m_for->setText(PromDuration::format(rule.forMs));
    m_keepFiring->setText(PromDuration::format(rule.keepFiringForMs));
    m_severity->setCurrentIndex(
        std::max(0, m_severity->findData(rule.severity.isEmpty() ? u"warning"_s : rule.severity)));
    m_labels->setLabels(rule.labels);
    m_summary->setText(rule.summary);
    m_description->setPlainText(rule.description);
    m_runbook->setText(rule.runbookUrl);
    m_enabled->setChecked(rule.enabled);
    m_filling = false;
    updateHints();
    Q_EMIT changed();
}

AlertRule RuleForm::rule() const
{
    AlertRule r;
    r.name = m_name->text().trimmed();
    r.metric = m_metric->currentText().trimmed();
    r.matchers = m_matchers->matchers();
    r.comparison = AlertComparison(m_comparison->currentData().toInt());
    r.threshold = number(m_threshold->text()).value_or(0);
    if (clearThresholdAvailable() && m_clearEnabled->isChecked())
        r.clearThreshold = number(m_clear->text());
    r.forMs = PromDuration::parse(m_for->text().trimmed()).value_or(0);
    r.keepFiringForMs = PromDuration::parse(m_keepFiring->text().trimmed()).value_or(0);
    r.severity = m_severity->currentData().toString();
    r.labels = m_labels->labels();
    std::sort(r.labels.begin(), r.labels.end());
    r.summary = m_summary->text();
    r.description = m_description->toPlainText();
    r.runbookUrl = m_runbook->text().trimmed();
    r.enabled = m_enabled->isChecked();
    return r;
}

bool RuleForm::clearThresholdAvailable() const
{
    const auto c = AlertComparison(m_comparison->currentData().toInt());
    return c != AlertComparison::Equal && c != AlertComparison::NotEqual;
}

QString RuleForm::fieldTitle(const QString &field)
{
    if (field.startsWith(QLatin1String("labels.")))
        return tr("Extra label %1").arg(field.mid(7));
    static const QList<std::pair<QLatin1String, const char *>> titles{
        {QLatin1String("alert"), QT_TR_NOOP("Name")},
        {QLatin1String("metric"), QT_TR_NOOP("Metric")},
        {QLatin1String("matchers"), QT_TR_NOOP("Label matchers")},
        {QLatin1String("threshold"), QT_TR_NOOP("Threshold")},
        {QLatin1String("clear_threshold"), QT_TR_NOOP("Clear threshold")},
        {QLatin1String("severity"), QT_TR_NOOP("Severity")},
        {QLatin1String("labels"), QT_TR_NOOP("Extra labels")},
        {QLatin1String("summary"), QT_TR_NOOP("Summary")},
        {QLatin1String("description"), QT_TR_NOOP("Description")},
        {QLatin1String("runbook_url"), QT_TR_NOOP("Runbook URL")}};
    for (const auto &[name, title] : titles) {
        if (field == name)
            return tr(title);
    }
    return field;
}

QStringList RuleForm::validationErrors() const
{
    // What only the form can get wrong (text that is no number or duration, half-filled rows) …
    QStringList errors;
    const AlertRule r = rule();
    if (r.name.isEmpty())
        errors << tr("Name: the rule needs a name");
    for (const int row : m_matchers->incompleteRows())
        errors << tr("Label matchers: row %1 has a value but no label name").arg(row);
    if (!number(m_threshold->text()))
        errors << tr("Threshold: '%1' is not a number").arg(m_threshold->text());
    if (clearThresholdAvailable() && m_clearEnabled->isChecked() && !r.clearThreshold)
        errors << tr("Clear threshold: '%1' is not a number").arg(m_clear->text());
    for (const auto &[field, line] :
         {std::pair{tr("For"), m_for}, std::pair{tr("keep_firing_for"), m_keepFiring}}) {
        if (!PromDuration::parse(line->text().trimmed()))
            errors
                << tr("%1: '%2' is not a Prometheus duration (e.g. 30s, 5m, 1h30m)").arg(field, line->text());
    }
    for (const int row : m_labels->incompleteRows())
        errors << tr("Extra labels: row %1 has a value but no label name").arg(row);
    // … then the rules file's own checks, and its duplicate check against the other rules.
    for (const auto &[field, message] : AlertRules::validate(r)) {
        if (field == QLatin1String("alert") && r.name.isEmpty())
            continue; // said above
        errors << tr("%1: %2").arg(fieldTitle(field), message);
    }
    for (const AlertRule &other : m_others) {
        if (other.name == r.name && other.matchers == r.matchers) {
            errors << tr("Name: another rule has the name %1 and the same label matchers").arg(r.name);
            break;
        }
    }
    return errors;
}

void RuleForm::setSamples(const QList<MetricSample> &samples)
{
    m_samples = samples;
    updateSuggestions();
}

void RuleForm::metricChanged()
{
    const QString help = metricHelp(m_metric->currentText().trimmed());
    m_metricHelp->setText(help.isEmpty() ? tr("Not a Tidewatch metric: choose one of the list") : help);
    updateSuggestions();
}

void RuleForm::updateSuggestions()
{
    const QString metric = m_metric->currentText().trimmed();
    QMap<QString, QSet<QString>> values;
    for (const MetricSample &s : std::as_const(m_samples)) {
        if (s.name != metric)
            continue;
        for (const auto &[name, value] : s.labels)
            values[name].insert(value);
    }
    QMap<QString, QStringList> suggestions;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QStringList list(it.value().cbegin(), it.value().cend());
        std::sort(list.begin(), list.end());
        suggestions.insert(it.key(), list);
    }
    m_matchers->setSuggestions(suggestions);
}

void RuleForm::updateHints()
{
    const bool available = clearThresholdAvailable();
    m_clearEnabled->setEnabled(available);
    m_clear->setEnabled(available && m_clearEnabled->isChecked());
    const QString metric = m_metric->currentText().trimmed();
    const auto threshold = number(m_threshold->text());
    m_thresholdHint->setText(threshold && metricNames().contains(metric)
                                 ? tr("= %1").arg(formatMetricValue(metric, *threshold))
                                 : QString());
    const QStringList errors = validationErrors();
    m_errors->setText(errors.join(QLatin1Char('\n')));
    m_errors->setVisible(!errors.isEmpty());
}

} // namespace Tidewatch
