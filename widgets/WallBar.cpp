#include "WallBar.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Tidewatch {

WallBar::WallBar(QWidget *parent)
    : QWidget(parent)
    , m_clock(new QLabel(this))
    , m_page(new QLabel(this))
    , m_banner(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_page->setFont(big);
    m_clock->setFont(big);
    top->addWidget(m_page, 1);
    top->addWidget(m_clock);
    layout->addLayout(top);
    m_banner->setWordWrap(true);
    m_banner->setFont(big);
    m_banner->setAutoFillBackground(true);
    m_banner->setMargin(8);
    layout->addWidget(m_banner);
    setProblems({});
    tick();
}

void WallBar::setPageTitle(const QString &title)
{
    m_page->setText(title);
}

void WallBar::setProblems(const QStringList &problems, const QStringList &quiet)
{
    m_alarming = !problems.isEmpty();
    const QStringList lines = m_alarming ? problems + quiet : QStringList{tr("All sources live")} + quiet;
    m_banner->setText(lines.join(QLatin1Char('\n')));
    m_banner->setStyleSheet(m_alarming         ? QStringLiteral("background: #b71c1c; color: white;")
                            : !quiet.isEmpty() ? QStringLiteral("background: #37474f; color: white;")
                                               : QStringLiteral("background: #1b5e20; color: white;"));
}

void WallBar::tick()
{
    m_clock->setText(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")));
}

QString WallBar::bannerText() const
{
    return m_banner->text();
}

} // namespace Tidewatch
