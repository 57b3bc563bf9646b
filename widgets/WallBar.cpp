#include "WallBar.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Tidewatch {

namespace {

constexpr int kMaxAlertLines = 5;

QFont scaled(QFont font, qreal factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

WallBar::WallBar(QWidget *parent)
    : QWidget(parent)
    , m_clock(new QLabel(this))
    , m_page(new QLabel(this))
    , m_banner(new QFrame(this))
    , m_cause(new QLabel(m_banner))
    , m_freshness(new QLabel(m_banner))
    , m_alerts(new QLabel(m_banner))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    const QFont title = scaled(font(), 1.3, true);
    m_page->setFont(title);
    m_clock->setFont(title);
    top->addWidget(m_page, 1);
    top->addWidget(m_clock);
    layout->addLayout(top);

    // The banner paints its own background from its palette: a style sheet would cut the labels off
    // the window's font (the wall's large type).
    m_banner->setObjectName(QStringLiteral("wallBanner"));
    m_banner->setAutoFillBackground(true);
    auto *banner = new QVBoxLayout(m_banner);
    banner->setContentsMargins(16, 10, 16, 10);
    banner->setSpacing(4);
    m_cause->setFont(scaled(font(), 1.8, true));
    m_alerts->setFont(scaled(font(), 1.1, false));
    for (QLabel *label : {m_cause, m_freshness, m_alerts}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        banner->addWidget(label);
    }
    layout->addWidget(m_banner);
    setCondition(WorstCondition{});
    tick();
}

void WallBar::setPageTitle(const QString &title)
{
    m_page->setText(title);
}

QColor WallBar::backgroundFor(ConditionSeverity severity)
{
    switch (severity) {
    case ConditionSeverity::Critical:
        return QColor(0xb7, 0x1c, 0x1c);
    case ConditionSeverity::Warning:
        return QColor(0xf5, 0x9e, 0x0b);
    case ConditionSeverity::Ok:
        return QColor(0x1b, 0x5e, 0x20);
    case ConditionSeverity::Muted:
    case ConditionSeverity::Unknown:
        break;
    }
    return QColor(0x45, 0x5a, 0x64);
}

QColor WallBar::textFor(ConditionSeverity severity)
{
    // White on amber is hard to read (2:1); near-black on it is over 9:1.
    return severity == ConditionSeverity::Warning ? QColor(0x14, 0x14, 0x14) : QColor(Qt::white);
}

void WallBar::setCondition(const WorstCondition &condition)
{
    m_severity = condition.severity;
    m_cause->setText(condition.causeText());
    m_freshness->setText(condition.freshnessText());
    // At most five alert lines, the most severe first: the banner must not push the page off the wall.
    QStringList alerts = condition.alertLines.mid(0, kMaxAlertLines);
    if (condition.alertLines.size() > kMaxAlertLines)
        alerts << tr("… and %n more firing alert(s)", nullptr,
                     int(condition.alertLines.size()) - kMaxAlertLines);
    m_alerts->setText(alerts.join(QLatin1Char('\n')));
    m_alerts->setVisible(!condition.alertLines.isEmpty());
    QPalette p = m_banner->palette();
    p.setColor(QPalette::Window, backgroundFor(m_severity));
    p.setColor(QPalette::WindowText, textFor(m_severity));
    if (p != m_banner->palette())
        m_banner->setPalette(p);
    const QString severity = [this] {
        switch (m_severity) {
        case ConditionSeverity::Ok:
            return tr("all clear");
        case ConditionSeverity::Muted:
            return tr("only silenced alerts");
        case ConditionSeverity::Unknown:
            return tr("unknown");
        case ConditionSeverity::Warning:
            return tr("warning");
        case ConditionSeverity::Critical:
            break;
        }
        return tr("critical");
    }();
    m_banner->setAccessibleName(tr("Condition: %1").arg(severity));
}

void WallBar::tick()
{
    m_clock->setText(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")));
}

QString WallBar::bannerText() const
{
    QStringList lines{m_cause->text(), m_freshness->text()};
    if (!m_alerts->text().isEmpty())
        lines << m_alerts->text();
    return lines.join(QLatin1Char('\n'));
}

QString WallBar::causeText() const
{
    return m_cause->text();
}

QString WallBar::freshnessText() const
{
    return m_freshness->text();
}

QColor WallBar::bannerColour() const
{
    return m_banner->palette().color(QPalette::Window);
}

} // namespace Tidewatch
