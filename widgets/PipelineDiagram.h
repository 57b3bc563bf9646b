#pragma once

#include "PipelineSnapshot.h"

#include <QWidget>

namespace Tidewatch {

/// Draws every pipeline of a cluster as a row of hop boxes joined by arrows: each box filled with
/// its state's colour (green ok, amber warning, blue paused, red failed, grey unknown), naming the
/// hop and showing its throughput, its lag (bytes, messages, seconds; "unknown" stays unknown) and
/// the age of its data. When some hop of a pipeline is not ok, its worst hop has a thick white frame
/// and a WORST tag; an all-ok pipeline has no WORST hop.
/// Sized from the font, so the wall's large type makes it readable across a room.
class PipelineDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit PipelineDiagram(QWidget *parent = nullptr);

    void setPipelines(const QList<Pipeline> &pipelines);
    const QList<Pipeline> &pipelines() const { return m_pipelines; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// The fill colour of @p state.
    static QColor stateColor(PipelineHopState state);
    /// "DATABASE", "SOURCE CONNECTOR", ... (translated).
    static QString kindText(const PipelineHop &hop);
    /// The text lines of one hop box, as drawn (for tests and the tooltips).
    static QStringList hopLines(const PipelineHop &hop);
    /// The hop drawn as WORST: the worst hop when the pipeline is not ok and has more than one hop,
    /// otherwise -1 (an all-ok pipeline has nothing to point at).
    static int highlightedHop(const Pipeline &pipeline);
    /// "end to end: 8 s", "end to end: at least 3 s", "end to end: unknown" (translated).
    static QString endToEndText(const Pipeline &pipeline);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int rowHeight() const;
    QRect hopRect(int pipeline, int hop) const;

    QList<Pipeline> m_pipelines;
};

} // namespace Tidewatch
