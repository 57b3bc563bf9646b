#pragma once

#include "AlertEvaluator.h"
#include "Silence.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace Tidewatch {

/// Creates a silence as in Alertmanager: label matchers (=, !=, =~, !~; prefilled from the selected
/// alert, editable), a duration preset or a custom end, who creates it and why, and a live preview
/// of which current alerts it would silence. OK only for a silence Silence::validationError() and
/// the matcher checks accept.
class SilenceDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p labels: the alert to prefill the matchers from (empty: one blank matcher); @p current: the
    /// alerts the preview matches against; @p nowMs: the silence's start.
    SilenceDialog(const QList<QPair<QString, QString>> &labels, const QList<ActiveAlert> &current,
                  const QString &defaultUser, qint64 nowMs, QWidget *parent = nullptr);

    /// The silence as the form shows it (id empty: the service assigns it).
    Silence silence() const;
    /// Why the form is not a valid silence, or an empty string.
    QString validationError() const;
    /// The current alerts the form's matchers select, as "alertname {labels}" lines.
    QStringList preview() const;

    /// Duration presets, in the order of the duration box; the last entry is "custom".
    static QList<qint64> presetDurationsMs();

    // For tests and scripted use.
    void setMatcherRow(int row, const QString &name, const QString &op, const QString &value);
    void addMatcherRow(const QString &name = {}, const QString &op = QStringLiteral("="),
                       const QString &value = {});
    void removeMatcherRow(int row);
    int matcherRowCount() const;
    /// Picks preset @p index of presetDurationsMs(), or the custom end (index == presets size).
    void setDurationIndex(int index);
    void setCustomEnd(qint64 endMs);
    QLineEdit *createdByField() const { return m_createdBy; }
    QPlainTextEdit *commentField() const { return m_comment; }
    bool canAccept() const;

private:
    void updateState();
    QList<LabelMatcher> matchers(QString *error) const;

    QList<ActiveAlert> m_current;
    qint64 m_nowMs;
    QTableWidget *m_matchers;
    QComboBox *m_duration;
    QDateTimeEdit *m_end;
    QLineEdit *m_createdBy;
    QPlainTextEdit *m_comment;
    QLabel *m_error;
    QLabel *m_previewTitle;
    QListWidget *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace Tidewatch
