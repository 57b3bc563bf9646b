#include "PipelineDiagram.h"

#include "Format.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace Tidewatch {

namespace {

constexpr int kDiagramMargin = 12;
constexpr int kHopLines = 6; // kind, id, state, throughput, lag, age

int arrowWidth(const QFontMetrics &fm)
{
    return fm.height() * 2;
}

} // namespace

PipelineDiagram::PipelineDiagram(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void PipelineDiagram::setPipelines(const QList<Pipeline> &pipelines)
{
    if (pipelines == m_pipelines)
        return;
    m_pipelines = pipelines;
    updateGeometry();
    update();
}

int PipelineDiagram::rowHeight() const
{
    const QFontMetrics fm(font());
    // A header line in a larger font, the boxes, and a gap.
    return int(fm.height() * 1.6) + fm.height() * kHopLines + 2 * kDiagramMargin + fm.height();
}

QSize PipelineDiagram::sizeHint() const
{
    return {900, std::max<int>(1, int(m_pipelines.size())) * rowHeight() + kDiagramMargin};
}

QSize PipelineDiagram::minimumSizeHint() const
{
    return {400, sizeHint().height()};
}

QColor PipelineDiagram::stateColor(PipelineHopState state)
{
    switch (state) {
    case PipelineHopState::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case PipelineHopState::Unknown:
        return QColor(0x61, 0x61, 0x61);
    case PipelineHopState::Warning:
        return QColor(0xc7, 0x7c, 0x02);
    case PipelineHopState::Paused:
        return QColor(0x15, 0x65, 0xc0);
    case PipelineHopState::Failed:
        return QColor(0xc6, 0x28, 0x28);
    }
    return Qt::gray;
}

QString PipelineDiagram::kindText(const PipelineHop &hop)
{
    switch (hop.kind) {
    case PipelineHopRef::Kind::Database:
        return tr("DATABASE SLOT");
    case PipelineHopRef::Kind::Connector:
        return hop.role == QLatin1String("sink")     ? tr("SINK CONNECTOR")
               : hop.role == QLatin1String("source") ? tr("SOURCE CONNECTOR")
                                                     : tr("CONNECTOR");
    case PipelineHopRef::Kind::Topic:
        return tr("TOPIC");
    case PipelineHopRef::Kind::Group:
        return tr("CONSUMER GROUP");
    case PipelineHopRef::Kind::FlinkJob:
        return tr("FLINK JOB");
    }
    return {};
}

QStringList PipelineDiagram::hopLines(const PipelineHop &hop)
{
    QStringList lines{kindText(hop), hop.id};
    if (!hop.found)
        lines << tr("MISSING");
    else
        lines << (hop.stateText.isEmpty() ? pipelineHopStateName(hop.state).toUpper() : hop.stateText);
    if (hop.throughput >= 0) {
        const QString value = hop.throughputUnit == QLatin1String("B/s")
                                  ? tr("%1/s WAL").arg(Format::bytes(hop.throughput))
                                  : tr("%1 %2").arg(Format::count(hop.throughput), hop.throughputUnit);
        lines << value;
    } else {
        lines << tr("rate unknown");
    }
    if (!hop.lagApplies) {
        lines << tr("no lag of its own");
    } else {
        QStringList parts;
        if (hop.lagBytes >= 0)
            parts << Format::bytes(double(hop.lagBytes));
        if (hop.lagMessages >= 0)
            parts << tr("%1 msgs").arg(Format::count(double(hop.lagMessages)));
        parts << Format::timeLag(hop.lagSeconds, hop.lagSecondsIsLowerBound);
        lines << tr("lag %1").arg(parts.join(QStringLiteral(" · ")));
    }
    lines << (hop.ageMs < 0 ? tr("no data") : tr("data %1").arg(Format::age(hop.ageMs)));
    return lines;
}

int PipelineDiagram::highlightedHop(const Pipeline &p)
{
    if (p.state == PipelineHopState::Ok || p.hops.size() < 2)
        return -1;
    return p.worstHop;
}

QString PipelineDiagram::endToEndText(const Pipeline &p)
{
    if (p.endToEndLagSeconds < 0)
        return tr("end to end: unknown");
    if (p.endToEndIsLowerBound)
        return tr("end to end: at least %1").arg(Format::duration(qint64(p.endToEndLagSeconds * 1000)));
    return tr("end to end: %1").arg(Format::duration(qint64(p.endToEndLagSeconds * 1000)));
}

QRect PipelineDiagram::hopRect(int pipeline, int hop) const
{
    const QFontMetrics fm(font());
    const Pipeline &p = m_pipelines.at(pipeline);
    const int n = std::max<int>(1, int(p.hops.size()));
    const int arrow = arrowWidth(fm);
    const int width = std::max(40, (this->width() - 2 * kDiagramMargin - (n - 1) * arrow) / n);
    const int top = pipeline * rowHeight() + kDiagramMargin + int(fm.height() * 1.6);
    const int height = fm.height() * kHopLines + 2 * kDiagramMargin;
    return {kDiagramMargin + hop * (width + arrow), top, width, height};
}

void PipelineDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    if (m_pipelines.isEmpty()) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(
            rect().adjusted(kDiagramMargin, kDiagramMargin, -kDiagramMargin, -kDiagramMargin),
            Qt::AlignLeft | Qt::AlignTop,
            tr("No pipelines: no connector, Flink job or sink reads or writes a known topic yet, and "
               "the profile defines none."));
        return;
    }
    QFont header = font();
    header.setBold(true);
    header.setPointSizeF(header.pointSizeF() * 1.25);
    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < m_pipelines.size(); ++i) {
        const Pipeline &p = m_pipelines.at(i);
        const int top = i * rowHeight() + kDiagramMargin;
        // Header: a state dot, the name, the end-to-end lag.
        const int dot = fm.height();
        painter.setPen(Qt::NoPen);
        painter.setBrush(stateColor(p.state));
        painter.drawEllipse(QRect(kDiagramMargin, top + dot / 4, dot, dot));
        painter.setFont(header);
        painter.setPen(palette().color(QPalette::WindowText));
        const QString title = p.automatic ? p.name : tr("%1 (defined in the profile)").arg(p.name);
        const QRect titleRect(kDiagramMargin + dot + kDiagramMargin / 2, top,
                              width() - 2 * kDiagramMargin - dot, int(fm.height() * 1.6));
        painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignTop, title);
        painter.drawText(titleRect.adjusted(0, 0, -kDiagramMargin, 0), Qt::AlignRight | Qt::AlignTop,
                         endToEndText(p));
        for (int h = 0; h < p.hops.size(); ++h) {
            const PipelineHop &hop = p.hops.at(h);
            const QRect box = hopRect(i, h);
            const bool worst = h == highlightedHop(p);
            painter.setPen(worst ? QPen(Qt::white, 5) : QPen(stateColor(hop.state).darker(130), 1));
            painter.setBrush(stateColor(hop.state));
            painter.drawRoundedRect(box.adjusted(2, 2, -2, -2), 8, 8);
            const QStringList lines = hopLines(hop);
            const QRect inner =
                box.adjusted(kDiagramMargin, kDiagramMargin / 2 + 2, -kDiagramMargin, -kDiagramMargin / 2);
            painter.setPen(Qt::white);
            for (int l = 0; l < lines.size(); ++l) {
                painter.setFont(l == 1 || l == 2 ? bold : font());
                const QRect line(inner.left(), inner.top() + l * fm.height(), inner.width(), fm.height());
                const int tagWidth = worst && l == 0 ? fm.horizontalAdvance(tr("WORST")) + kDiagramMargin : 0;
                painter.drawText(line.adjusted(0, 0, -tagWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                                 QFontMetrics(painter.font())
                                     .elidedText(lines.at(l), Qt::ElideMiddle, line.width() - tagWidth));
                if (tagWidth > 0) {
                    painter.setFont(bold);
                    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, tr("WORST"));
                }
            }
            if (h + 1 < p.hops.size()) {
                // The arrow to the next hop.
                const int y = box.center().y();
                const int x0 = box.right() + 4;
                const int x1 = box.right() + arrowWidth(fm) - 4;
                painter.setPen(QPen(palette().color(QPalette::WindowText), 3));
                painter.drawLine(x0, y, x1, y);
                QPainterPath head;
                head.moveTo(x1, y);
                head.lineTo(x1 - fm.height() / 2, y - fm.height() / 3);
                head.lineTo(x1 - fm.height() / 2, y + fm.height() / 3);
                head.closeSubpath();
                painter.fillPath(head, palette().color(QPalette::WindowText));
            }
        }
    }
}

bool PipelineDiagram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (int i = 0; i < m_pipelines.size(); ++i) {
            for (int h = 0; h < m_pipelines.at(i).hops.size(); ++h) {
                if (hopRect(i, h).contains(help->pos())) {
                    const PipelineHop &hop = m_pipelines.at(i).hops.at(h);
                    QStringList lines = hopLines(hop);
                    if (!hop.reason.isEmpty())
                        lines << hop.reason;
                    if (hop.debeziumBehindSeconds >= 0)
                        lines << tr("Debezium: %1 behind the source")
                                     .arg(Format::duration(qint64(hop.debeziumBehindSeconds * 1000)));
                    QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
                    return true;
                }
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace Tidewatch
