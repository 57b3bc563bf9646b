#pragma once

#include "AlertRule.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace Tidewatch {

class RulePreviewModel;

/// The live preview of the rule being edited: how many series it matches now, each with its value,
/// whether the condition holds and what a scratch evaluation started with the preview says (pending
/// with the time left of `for`, or firing), and the annotations expanded for the first series.
class RulePreview : public QWidget
{
    Q_OBJECT
public:
    explicit RulePreview(QWidget *parent = nullptr);

    void setRule(const AlertRule &rule);
    /// The latest samples of every source at @p nowMs; @p known false: no source delivered yet.
    void setSamples(const QList<MetricSample> &samples, qint64 nowMs, bool known);
    RulePreviewModel *model() const { return m_model; }
    /// The one-line summary ("3 series match, the condition holds for 1" or "No series match").
    QString headline() const;

private:
    void refresh();

    RulePreviewModel *m_model;
    QList<MetricSample> m_samples;
    qint64 m_nowMs = 0;
    bool m_known = false;
    QLabel *m_headline;
    QTableView *m_table;
    QLabel *m_annotations;
    QLabel *m_note;
};

} // namespace Tidewatch
