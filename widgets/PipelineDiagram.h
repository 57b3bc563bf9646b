#pragma once

#include "PipelineSnapshot.h"

#include <QWidget>

namespace Tidewatch {

/// Draws every pipeline of a cluster as a row of hop boxes joined by arrows: each box filled with
/// its state's colour (green ok, amber warning, blue paused, red failed, grey unknown), naming the
/// hop and showing its throughput, its lag (bytes, messages, seconds; "unknown" stays unknown) and
/// the age of its data. The worst hop of each pipeline has a thick white frame and a WORST tag.
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
