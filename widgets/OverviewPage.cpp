#include "OverviewPage.h"

#include "BrokerTableModel.h"
#include "FlinkJobTableModel.h"
#include "StatusLine.h"
#include "TableViews.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Tidewatch {

OverviewPage::OverviewPage(QWidget *parent)
    : DashboardPage(parent)
    , m_kafkaStatus(new StatusLine(tr("Kafka"), this))
    , m_flinkStatus(new StatusLine(tr("Flink"), this))
    , m_kafkaHealth(TableViews::makeHeadline(this))
    , m_flinkHealth(TableViews::makeHeadline(this))
    , m_brokers(new BrokerTableModel(this))
    , m_jobs(new FlinkJobTableModel(this))
    , m_brokerView(TableViews::make(m_brokers, this))
    , m_jobView(TableViews::make(m_jobs, this))
{
    auto *layout = new QVBoxLayout(this);

    auto *kafkaBox = new QGroupBox(tr("Kafka cluster"), this);
    auto *kafkaLayout = new QVBoxLayout(kafkaBox);
    kafkaLayout->addWidget(m_kafkaHealth);
    kafkaLayout->addWidget(m_kafkaStatus);
    kafkaLayout->addWidget(m_brokerView);
    layout->addWidget(kafkaBox);

    auto *flinkBox = new QGroupBox(tr("Flink"), this);
    auto *flinkLayout = new QVBoxLayout(flinkBox);
    flinkLayout->addWidget(m_flinkHealth);
    flinkLayout->addWidget(m_flinkStatus);
    flinkLayout->addWidget(m_jobView);
    layout->addWidget(flinkBox);

    m_kafkaHealth->setText(tr("No Kafka cluster configured"));
    m_flinkHealth->setText(tr("No Flink cluster configured"));
}

void OverviewPage::applyKafka(const KafkaSnapshot &snapshot, qint64 staleAfterMs)
{
    m_kafkaStatus->setStatus(snapshot.status, staleAfterMs);
    m_brokers->setRows(snapshot.brokers);
    int topics = 0;
    int partitions = 0;
    for (const auto &t : snapshot.topics) {
        if (t.internal)
            continue;
        ++topics;
        partitions += int(t.partitions.size());
    }
    m_kafkaHealth->setText(
        tr("%1 — brokers: %2 · controller: %3 · topics: %4 · partitions: %5 · "
           "under-replicated: %6 · offline: %7")
            .arg(snapshot.clusterName)
            .arg(snapshot.brokers.size())
            .arg(snapshot.controllerId >= 0 ? QString::number(snapshot.controllerId) : tr("unknown"))
            .arg(topics)
            .arg(partitions)
            .arg(snapshot.underReplicatedCount())
            .arg(snapshot.offlineCount()));
    m_brokerView->setEnabled(!m_kafkaStatus->isStale());
}

void OverviewPage::applyFlink(const FlinkSnapshot &snapshot, qint64 staleAfterMs)
{
    m_flinkStatus->setStatus(snapshot.status, staleAfterMs);
    m_jobs->setRows(snapshot.jobs);
    m_flinkHealth->setText(
        tr("%1 — Flink %2 · task managers: %3 · slots: %4 free of %5 · jobs running: %6 of %7")
            .arg(snapshot.restUrl,
                 snapshot.flinkVersion.isEmpty() ? tr("(version unknown)") : snapshot.flinkVersion)
            .arg(snapshot.taskManagers)
            .arg(snapshot.slotsAvailable)
            .arg(snapshot.slotsTotal)
            .arg(snapshot.runningJobs())
            .arg(snapshot.jobs.size()));
    m_jobView->setEnabled(!m_flinkStatus->isStale());
}

void OverviewPage::refreshAges()
{
    m_kafkaStatus->refresh();
    m_flinkStatus->refresh();
    m_brokerView->setEnabled(!m_kafkaStatus->isStale());
    m_jobView->setEnabled(!m_flinkStatus->isStale());
}

} // namespace Tidewatch
