#include "RuleEditorDialog.h"

#include "RuleForm.h"
#include "RulePreview.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace Tidewatch {

RuleEditorDialog::RuleEditorDialog(const AlertRule &rule, const QList<AlertRule> &others, QWidget *parent)
    : QDialog(parent)
    , m_form(new RuleForm(this))
    , m_preview(new RulePreview(this))
{
    setObjectName(QStringLiteral("ruleEditor"));
    setWindowTitle(rule.name.isEmpty() ? tr("New alert rule") : tr("Alert rule %1").arg(rule.name));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *formBox = new QGroupBox(tr("Rule"), splitter);
    auto *formLayout = new QVBoxLayout(formBox);
    auto *scroll = new QScrollArea(formBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    formLayout->addWidget(scroll);
    auto *previewBox = new QGroupBox(tr("Preview on the current data"), splitter);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);
    splitter->addWidget(formBox);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({620, 740}); // the preview's series labels need the room more than the fields
    layout->addWidget(splitter, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("ok"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_form->setOtherRules(others);
    connect(m_form, &RuleForm::changed, this, &RuleEditorDialog::formChanged);
    m_form->setRule(rule);
    resize(1360, 820);
}

AlertRule RuleEditorDialog::rule() const
{
    return m_form->rule();
}

void RuleEditorDialog::setSamples(const QList<MetricSample> &samples, qint64 nowMs, bool known)
{
    m_form->setSamples(samples);
    m_preview->setSamples(samples, nowMs, known);
}

void RuleEditorDialog::formChanged()
{
    const QStringList errors = m_form->validationErrors();
    m_ok->setEnabled(errors.isEmpty());
    m_ok->setToolTip(errors.isEmpty() ? tr("Save the rule to the rules file; it takes effect at once")
                                      : tr("Fix the rule first:\n%1").arg(errors.join(QLatin1Char('\n'))));
    m_preview->setRule(m_form->rule());
}

} // namespace Tidewatch
