#include "ClusterStrip.h"

#include "ColumnTableModel.h"
#include "DataAgeColours.h"
#include "Format.h"
#include "WallLook.h"

#include <QLabel>
#include <QPainter>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Tidewatch {

namespace {

/// How the strip writes its figures: links in the palette's link colour on the desktop, plain
/// text on the wall (nothing there is clicked); alarming ones bold in a red readable on the window.
struct Figures
{
    QColor linkColour;
    QColor alarmColour;
    bool plain = false;

    QString operator()(const QString &target, const QString &text, bool alarming) const
    {
        const QString style = alarming ? QStringLiteral("color:%1;font-weight:bold").arg(alarmColour.name())
                              : plain  ? QString()
                                       : QStringLiteral("color:%1").arg(linkColour.name());
        if (plain)
            return style.isEmpty()
                       ? text.toHtmlEscaped()
                       : QStringLiteral("<span style=\"%1\">%2</span>").arg(style, text.toHtmlEscaped());
        return QStringLiteral("<a href=\"%1\" style=\"%2\">%3</a>").arg(target, style, text.toHtmlEscaped());
    }
};

QString freshnessText(Freshness f, qint64 ageMs, const QString &error)
{
    switch (f) {
    case Freshness::NotConfigured:
        return ClusterStrip::tr("not configured");
    case Freshness::Waiting:
        return ClusterStrip::tr("waiting for the first data");
    case Freshness::Live:
        return ClusterStrip::tr("live, updated %1").arg(Format::age(ageMs));
    case Freshness::Stale:
        return ClusterStrip::tr("STALE, last updated %1").arg(Format::age(ageMs));
    case Freshness::Unreachable:
        return ClusterStrip::tr("UNREACHABLE (%1), last data %2").arg(error, Format::age(ageMs));
    }
    return {};
}

/// "Kafka: live, updated 2 s ago" in the normal colour, amber once older than half the stale
/// threshold, red and bold when stale or unreachable.
QString sourceLine(const QString &source, Freshness f, qint64 ageMs, qint64 staleAfterMs,
                   const QString &error, const QPalette &palette)
{
    const QString text = QStringLiteral("%1: %2").arg(source, freshnessText(f, ageMs, error)).toHtmlEscaped();
    if (f != Freshness::Live && f != Freshness::Stale && f != Freshness::Unreachable)
        return text;
    const DataAge age = f == Freshness::Live ? dataAgeOf(ageMs, staleAfterMs, true) : DataAge::Stale;
    if (age == DataAge::Live)
        return text;
    return QStringLiteral("<span style=\"color:%1;%2\">%3</span>")
        .arg(dataAgeColour(age, palette).name(),
             age == DataAge::Stale ? QStringLiteral("font-weight:bold") : QString(), text);
}

} // namespace

ClusterStrip::ClusterStrip(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_kafka(new QLabel(this))
    , m_flink(new QLabel(this))
{
    setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_title, m_kafka, m_flink}) {
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        connect(label, &QLabel::linkActivated, this,
                [this](const QString &target) { Q_EMIT activated(m_health.name, target); });
        layout->addWidget(label);
    }
    m_title->setToolTip(tr("Click a figure to open its details for this cluster"));
    m_kafka->setToolTip(
        tr("Brokers up of those in the metadata; the active controller; partitions whose in-sync replicas "
           "are fewer than their replicas (under-replicated), without a leader (offline), or below "
           "min.insync.replicas; consumer groups in Burrow's ERR (a partition stopped, stalled or rewound) "
           "and WARN (falling behind); the largest time lag of any group"));
    m_flink->setToolTip(tr("Jobs running of those listed; jobs with a vertex at high back pressure; jobs "
                           "whose latest checkpoint failed after the latest completed one"));
}

void ClusterStrip::setCurrent(bool current)
{
    m_current = current;
    update();
}

void ClusterStrip::paintEvent(QPaintEvent *event)
{
    // The border says the cluster's state; drawn here rather than by a style sheet, which would cut
    // the labels off the window's palette and font (the wall display's dark theme and large type).
    QFrame::paintEvent(event);
    const int severity = m_health.severity();
    const QColor edge = severity == 2   ? StatusColour::bad()
                        : severity == 1 ? StatusColour::warn()
                                        : StatusColour::good();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // Red is thick: on the wall it must read from across the room.
    const bool wall = window()->property(WallLook::kWallModeProperty).toBool();
    const qreal width = (severity == 2 ? (wall ? 6 : 4) : 2) + (m_current ? 1 : 0);
    painter.setPen(QPen(edge, width));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2), 4, 4);
}

void ClusterStrip::setHealth(const ClusterHealth &h)
{
    m_health = h;
    // Read the colours now: the wall display and the themes change the palette.
    const bool wall = window()->property(WallLook::kWallModeProperty).toBool();
    const Figures link{palette().color(QPalette::Link),
                       readableOn(StatusColour::bad(), palette().color(QPalette::Window)), wall};
    for (QLabel *label : {m_title, m_kafka, m_flink})
        label->setTextInteractionFlags(wall ? Qt::NoTextInteraction
                                            : Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    QString title = link(QStringLiteral("cluster"), h.name, false);
    if (h.alertsFiring > 0 || h.alertsPending > 0) {
        title += QStringLiteral(" · ") +
                 link(QStringLiteral("alerts"),
                      tr("alerts: %1 firing, %2 pending").arg(h.alertsFiring).arg(h.alertsPending),
                      h.alertsFiring > 0);
    }
    m_title->setText(title);

    if (h.kafka == Freshness::NotConfigured) {
        m_kafka->setText(tr("Kafka: not configured").toHtmlEscaped());
    } else {
        QStringList parts{
            sourceLine(tr("Kafka"), h.kafka, h.kafkaAgeMs, h.staleAfterMs, h.kafkaError, palette())};
        // Only the brokers' metrics can say there is none; without them it is merely unknown.
        const bool noController = h.controllerSource == QLatin1String("raft-no-leader");
        if (h.kafka == Freshness::Live || h.kafka == Freshness::Stale) {
            parts << link(QStringLiteral("brokers"),
                          tr("brokers up %1/%2").arg(h.brokersUp).arg(h.brokersTotal),
                          h.brokersUp < h.brokersTotal)
                  << link(QStringLiteral("brokers"),
                          h.controllerId >= 0 ? tr("controller %1").arg(h.controllerId)
                          : noController      ? tr("NO controller")
                                              : tr("controller unknown"),
                          noController)
                  << link(QStringLiteral("topics"), tr("under-replicated %1").arg(h.underReplicated),
                          h.underReplicated > 0)
                  << link(QStringLiteral("topics"), tr("offline %1").arg(h.offline), h.offline > 0)
                  << link(QStringLiteral("topics"), tr("under min ISR %1").arg(h.underMinIsr),
                          h.underMinIsr > 0)
                  << link(QStringLiteral("groups"),
                          //: The group counts in plain words: ERR groups are "stuck", WARN groups "falling
                          //: behind"
                          tr("groups %1 (%2 stuck, %3 falling behind)")
                              .arg(h.groups)
                              .arg(h.groupsErr)
                              .arg(h.groupsWarn),
                          h.groupsErr > 0);
            if (h.worstTimeLagSeconds >= 0)
                parts << link(QStringLiteral("groups"),
                              tr("worst time lag %1 (%2)")
                                  .arg(Format::timeLag(h.worstTimeLagSeconds, h.worstTimeLagIsLowerBound),
                                       h.worstTimeLagGroup),
                              false);
        }
        m_kafka->setText(parts.join(QStringLiteral(" · ")));
    }
    if (h.flink == Freshness::NotConfigured) {
        m_flink->setText(tr("Flink: not configured").toHtmlEscaped());
    } else {
        QStringList parts{
            sourceLine(tr("Flink"), h.flink, h.flinkAgeMs, h.staleAfterMs, h.flinkError, palette())};
        if (h.flink == Freshness::Live || h.flink == Freshness::Stale) {
            parts << link(QStringLiteral("flink"), tr("jobs running %1/%2").arg(h.jobsRunning).arg(h.jobs),
                          h.jobsRunning < h.jobs)
                  << link(QStringLiteral("flink"), tr("back-pressured %1").arg(h.jobsBackpressured),
                          h.jobsBackpressured > 0)
                  << link(QStringLiteral("flink"), tr("checkpoints failing %1").arg(h.jobsCheckpointFailing),
                          h.jobsCheckpointFailing > 0);
        }
        m_flink->setText(parts.join(QStringLiteral(" · ")));
    }
    update();
}

QString ClusterStrip::plainText() const
{
    QStringList lines;
    for (const QLabel *label : {m_title, m_kafka, m_flink}) {
        QTextDocument doc;
        doc.setHtml(label->text());
        lines << doc.toPlainText();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Tidewatch
