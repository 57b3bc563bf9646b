#pragma once

#include "DashboardPage.h"

class QLabel;

namespace Tidewatch {

class PipelineDiagram;

/// The Pipelines page: every pipeline of the cluster (database > connector > topic > consumer or
/// Flink job > sink) drawn hop by hop, with a headline naming the worst pipeline. Also a wall page.
class PipelinesPage : public DashboardPage
{
    Q_OBJECT
public:
    explicit PipelinesPage(QWidget *parent = nullptr);

    void applyPipelines(const PipelineSnapshot &snapshot, qint64 staleAfterMs) override;

    const PipelineDiagram *diagram() const { return m_diagram; }
    QString headline() const;
    /// The state of a hop in plain (translated) words.
    static QString stateWord(PipelineHopState state);

private:
    QLabel *m_headline;
    PipelineDiagram *m_diagram;
};

} // namespace Tidewatch
