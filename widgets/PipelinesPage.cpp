#include "PipelinesPage.h"

#include "Format.h"
#include "PipelineDiagram.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Tidewatch {

PipelinesPage::PipelinesPage(QWidget *parent)
    : DashboardPage(parent)
    , m_headline(new QLabel(this))
    , m_diagram(new PipelineDiagram)
{
    auto *layout = new QVBoxLayout(this);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_headline->setText(tr("Pipelines: waiting for data"));
    layout->addWidget(m_headline);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_diagram);
    layout->addWidget(scroll, 1);
}

QString PipelinesPage::stateWord(PipelineHopState state)
{
    switch (state) {
    case PipelineHopState::Ok:
        return tr("ok");
    case PipelineHopState::Unknown:
        return tr("unknown");
    case PipelineHopState::Warning:
        return tr("warning");
    case PipelineHopState::Paused:
        return tr("paused");
    case PipelineHopState::Failed:
        return tr("failed");
    }
    return {};
}

QString PipelinesPage::headline() const
{
    return m_headline->text();
}

void PipelinesPage::applyPipelines(const PipelineSnapshot &snapshot, qint64)
{
    m_diagram->setPipelines(snapshot.pipelines);
    if (snapshot.pipelines.isEmpty()) {
        m_headline->setText(tr("Pipelines: none known"));
        return;
    }
    // The worst pipeline first in words: its state, its worst hop and its end-to-end lag.
    const Pipeline *worst = &snapshot.pipelines.first();
    for (const Pipeline &p : snapshot.pipelines) {
        if (p.state > worst->state ||
            (p.state == worst->state && p.endToEndLagSeconds > worst->endToEndLagSeconds))
            worst = &p;
    }
    int notOk = 0;
    for (const Pipeline &p : snapshot.pipelines)
        notOk += p.state != PipelineHopState::Ok ? 1 : 0;
    if (notOk == 0) {
        m_headline->setText(tr("%n pipeline(s), all ok", nullptr, int(snapshot.pipelines.size())));
        return;
    }
    const PipelineHop *hop = worst->worstHop >= 0 ? &worst->hops.at(worst->worstHop) : nullptr;
    // Why, in words ("back-pressured, bottleneck: Sink: …"), else the state's name.
    const QString why = !hop ? QString() : !hop->reason.isEmpty() ? hop->reason : stateWord(hop->state);
    m_headline->setText(
        tr("%n of %1 pipeline(s) not ok · worst: %2 at %3 (%4) · %5", nullptr, notOk)
            .arg(snapshot.pipelines.size())
            .arg(worst->name, hop ? hop->id : QString(), why, PipelineDiagram::endToEndText(*worst)));
}

} // namespace Tidewatch
