#pragma once

#include "AlertEvaluator.h"
#include "ColumnTableModel.h"

namespace Tidewatch {

/// One series a rule being edited matches now, and what a scratch evaluation of the rule says of it.
struct PreviewRow
{
    QString key;         ///< the series labels as text: the row's key
    MetricSample sample; ///< the latest sample; for a series kept firing after it vanished, its last
    bool present = true; ///< false: the series is gone, the alert is only kept by keep_firing_for
    bool holds = false;  ///< the condition holds for the latest value
    AlertState state = AlertState::Inactive; ///< in the scratch evaluation
    qint64 heldForMs = -1;   ///< pending or firing: how long the scratch evaluation has seen it hold
    qint64 remainingMs = -1; ///< pending: how much longer it must hold to fire

    friend bool operator==(const PreviewRow &, const PreviewRow &) = default;
};

/// The live preview of a rule in the editor: the series it matches in the latest samples, their
/// values, whether the condition holds now, and the state of a scratch AlertEvaluator that runs the
/// rule (even a disabled one) over the samples as they arrive. The scratch evaluation starts when the
/// rule is set, so `for` is counted from then, not from when the condition really started to hold:
/// "pending" in the preview means "held at every evaluation since the preview started".
class RulePreviewModel : public ColumnTableModel<PreviewRow, QString>
{
    Q_OBJECT
public:
    enum ColumnId
    {
        SeriesColumn,
        ValueColumn,
        HoldsColumn,
        StateColumn
    };
    explicit RulePreviewModel(QObject *parent = nullptr);

    /// Starts the preview of @p rule afresh (nothing pending yet); rows follow with the next update().
    /// A rule that differs only in name, severity, labels, texts or enabled keeps the evaluation going.
    void setRule(const AlertRule &rule);
    const AlertRule &rule() const { return m_rule; }
    /// Evaluates the rule on @p samples (all sources' latest) at @p nowMs and updates the rows.
    void update(const QList<MetricSample> &samples, qint64 nowMs);
    /// When the scratch evaluation started (first update() after setRule()); -1 before.
    qint64 startedAtMs() const { return m_startedAtMs; }
    /// Series present in the latest samples that the rule matches.
    int matchCount() const;
    /// Of those, the ones for which the condition holds now.
    int holdingCount() const;
    /// The first matching series (by labels), for expanding the annotations; nullptr when none.
    const MetricSample *firstMatch() const;
    /// "firing", "pending, fires in 1 m 48 s" (if it keeps holding), "no" … of @p row under @p rule.
    static QString stateText(const PreviewRow &row, const AlertRule &rule);
    /// The series labels as "cluster=local, consumergroup=orders".
    static QString seriesText(const MetricSample &sample);

protected:
    QString keyOf(const PreviewRow &row) const override { return row.key; }

private:
    AlertRule m_rule;
    AlertEvaluator m_evaluator;
    qint64 m_startedAtMs = -1;
};

} // namespace Tidewatch
