#include "BrokersPage.h"

#include "BrokerTableModel.h"
#include "StatusLine.h"
#include "TableViews.h"

#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Tidewatch {

BrokersPage::BrokersPage(QWidget *parent)
    : DashboardPage(parent)
    , m_status(new StatusLine(tr("Kafka"), this))
    , m_headline(TableViews::makeHeadline(this))
    , m_model(new BrokerTableModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_status);
    layout->addWidget(TableViews::make(m_model, this), 1);
    m_headline->setText(tr("No Kafka cluster configured"));
}

void BrokersPage::applyKafka(const KafkaSnapshot &snapshot, qint64 staleAfterMs)
{
    m_status->setStatus(snapshot.status, staleAfterMs);
    m_model->setRows(snapshot.brokers);
    int up = 0;
    for (const BrokerInfo &b : snapshot.brokers)
        up += b.reachable ? 1 : 0;
    m_headline->setText(
        tr("%1: %2 of %3 brokers up, controller %4")
            .arg(snapshot.clusterName)
            .arg(up)
            .arg(snapshot.brokers.size())
            .arg(snapshot.controllerId >= 0 ? QString::number(snapshot.controllerId) : tr("unknown")));
}

void BrokersPage::refreshAges()
{
    m_status->refresh();
}

} // namespace Tidewatch
