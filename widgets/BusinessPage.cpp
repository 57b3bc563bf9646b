#include "BusinessPage.h"

#include "BusinessStatusLine.h"
#include "TableViews.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Tidewatch {

BusinessPage::BusinessPage(QWidget *parent)
    : DashboardPage(parent)
    , m_status(new BusinessStatusLine(this))
    , m_headline(TableViews::makeHeadline(this))
    , m_layout(new QVBoxLayout(this))
{
    m_layout->addWidget(m_headline);
    m_layout->addWidget(m_status);
}

void BusinessPage::applyBusiness(const BusinessSnapshot &snapshot, qint64 staleAfterMs)
{
    m_snapshot = snapshot;
    m_staleAfterMs = staleAfterMs;
    m_status->setSnapshot(snapshot, staleAfterMs);
    showSnapshot(m_snapshot);
    m_lastStale = isStale();
    showStale(m_lastStale);
}

void BusinessPage::refreshAges()
{
    m_status->refresh();
    if (isStale() != m_lastStale) {
        m_lastStale = isStale();
        showStale(m_lastStale);
    }
}

bool BusinessPage::isStale() const
{
    // Without any data the figures are dashes already: "stale" would only add noise.
    return m_status->isStale() && m_snapshot.hasData();
}

QString BusinessPage::noDataText(const QString &what) const
{
    if (m_snapshot.hasData())
        return {};
    if (!m_snapshot.status.attemptedAt.isValid() && !m_snapshot.status.error.isEmpty())
        return tr("%1: no data — %2").arg(what, m_snapshot.status.error);
    if (!m_snapshot.status.reachable && !m_snapshot.status.error.isEmpty())
        return tr("%1: no data — unreachable: %2").arg(what, m_snapshot.status.error);
    return tr("%1: no event read yet").arg(what);
}

} // namespace Tidewatch
