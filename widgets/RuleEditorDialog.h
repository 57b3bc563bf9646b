#pragma once

#include "AlertRule.h"

#include <QDialog>

class QPushButton;

namespace Tidewatch {

class RuleForm;
class RulePreview;

/// Edits one rule: the form on the left, the live preview on the right. OK stays disabled while the
/// form has validation errors.
class RuleEditorDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p others: the file's other rules (duplicate check).
    RuleEditorDialog(const AlertRule &rule, const QList<AlertRule> &others, QWidget *parent = nullptr);

    AlertRule rule() const;
    RuleForm *form() const { return m_form; }
    RulePreview *preview() const { return m_preview; }
    QPushButton *okButton() const { return m_ok; }

public Q_SLOTS:
    /// The latest samples of every source at @p nowMs (label suggestions and the preview).
    void setSamples(const QList<Tidewatch::MetricSample> &samples, qint64 nowMs, bool known);

private:
    void formChanged();

    RuleForm *m_form;
    RulePreview *m_preview;
    QPushButton *m_ok;
};

} // namespace Tidewatch
