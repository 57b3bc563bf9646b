#include "BrokersPage.h"

#include "BrokerTableModel.h"
#include "ReplicaDiagnosis.h"
#include "SnapshotHistory.h"
#include "StatusLine.h"
#include "TableViews.h"
#include "TimeSeriesChart.h"

#include <QSplitter>

#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Tidewatch {

BrokersPage::BrokersPage(QWidget *parent)
    : DashboardPage(parent)
    , m_status(new StatusLine(tr("Kafka"), this))
    , m_headline(TableViews::makeHeadline(this))
    , m_cause(TableViews::makeCauseLabel(this))
    , m_balance(new QLabel(this))
    , m_model(new BrokerTableModel(this))
    , m_bytesIn(new TimeSeriesChart(this))
    , m_bytesOut(new TimeSeriesChart(this))
    , m_latency(new TimeSeriesChart(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_status);
    layout->addWidget(m_cause);
    layout->addWidget(m_balance);
    m_balance->setTextFormat(Qt::PlainText);
    m_balance->setWordWrap(true);
    m_balance->setToolTip(tr("Skew: the busiest broker's count over the mean per broker (1× is even). "
                             "A partition led by another replica than its first (preferred) one puts its "
                             "load on that broker; kafka-leader-election --election-type preferred moves "
                             "leadership back"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    QTableView *view = TableViews::make(m_model, splitter);
    // Rack, metrics columns without a metrics endpoint, and Missing replicas while all is in sync hide.
    TableViews::fitColumns(
        view, {BrokerTableModel::HostColumn},
        {BrokerTableModel::IdColumn, BrokerTableModel::StateColumn, BrokerTableModel::LeadsColumn});
    splitter->addWidget(view);
    auto *charts = new QSplitter(Qt::Horizontal, splitter);
    charts->addWidget(m_bytesIn);
    charts->addWidget(m_bytesOut);
    charts->addWidget(m_latency);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    m_bytesIn->setValueUnit(ChartUnit::BytesPerSecond, tr("Bytes in"));
    m_bytesOut->setValueUnit(ChartUnit::BytesPerSecond, tr("Bytes out"));
    m_latency->setValueUnit(ChartUnit::Milliseconds, tr("Request latency"));
    m_latency->setToolTip(tr("Average round trip of the collector's requests to each broker"));
    // Throughput has a daily rhythm: the same time yesterday tells a quiet night from an outage.
    m_bytesIn->setYesterdayAvailable(true);
    m_bytesOut->setYesterdayAvailable(true);
    m_headline->setText(tr("No Kafka cluster configured"));
}

void BrokersPage::applyKafka(const KafkaSnapshot &snapshot, qint64 staleAfterMs)
{
    m_status->setStatus(snapshot.status, staleAfterMs);
    m_model->setSnapshot(snapshot);
    TableViews::setCause(m_cause, ReplicaDiagnosis::causeStatement(snapshot),
                         snapshot.reachableBrokerCount() < snapshot.brokers.size());
    const int up = snapshot.reachableBrokerCount();
    QStringList ids;
    for (const BrokerInfo &b : snapshot.brokers)
        ids << QString::number(b.id);
    const QString charted = snapshot.clusterName + QLatin1Char('/') + ids.join(QLatin1Char(','));
    if (charted != m_chartedBrokers) {
        // One line per broker; the palette repeats after six brokers.
        static const QList<QColor> palette{QColor(0x1e, 0x88, 0xe5), QColor(0x43, 0xa0, 0x47),
                                           QColor(0xfb, 0x8c, 0x00), QColor(0x8e, 0x24, 0xaa),
                                           QColor(0x00, 0x89, 0x7b), QColor(0xe5, 0x39, 0x35)};
        for (TimeSeriesChart *chart : {m_bytesIn, m_bytesOut, m_latency}) {
            for (const QString &key : chart->seriesKeys())
                chart->removeSeries(key);
        }
        for (int i = 0; i < snapshot.brokers.size(); ++i) {
            const int id = snapshot.brokers[i].id;
            const QColor colour = palette[i % palette.size()];
            m_bytesIn->setSeries(SnapshotHistory::brokerBytesInKey(snapshot.clusterName, id),
                                 tr("Broker %1 bytes in/s").arg(id), colour);
            m_bytesOut->setSeries(SnapshotHistory::brokerBytesOutKey(snapshot.clusterName, id),
                                  tr("Broker %1 bytes out/s").arg(id), colour);
            m_latency->setSeries(SnapshotHistory::brokerRttKey(snapshot.clusterName, id),
                                 tr("Broker %1 round trip").arg(id), colour);
        }
        m_chartedBrokers = charted;
    }
    showBalance(snapshot);
    m_headline->setText(
        tr("%1: %2 of %n broker(s) up, controller %3", nullptr, int(snapshot.brokers.size()))
            .arg(snapshot.clusterName)
            .arg(up)
            .arg(snapshot.controllerId >= 0 ? QString::number(snapshot.controllerId) : tr("unknown")));
}

void BrokersPage::showBalance(const KafkaSnapshot &snapshot)
{
    if (snapshot.leaderSkew < 0) {
        m_balance->setText(tr("Leader balance: unknown (no partition has a leader)"));
        m_balance->setPalette(QWidget::palette());
        return;
    }
    int busiest = -1;
    int busiestLeads = -1;
    int led = 0;
    for (const BrokerInfo &b : snapshot.brokers) {
        led += b.partitionsLed;
        if (b.reachable && b.partitionsLed > busiestLeads) {
            busiest = b.id;
            busiestLeads = b.partitionsLed;
        }
    }
    const int off = ReplicaDiagnosis::notOnPreferredLeaderCount(snapshot);
    QStringList parts;
    parts << tr("Leader skew %1× (broker %2 leads %3 of %4 partitions)")
                 .arg(snapshot.leaderSkew, 0, 'f', 2)
                 .arg(busiest)
                 .arg(busiestLeads)
                 .arg(led);
    if (snapshot.replicaSkew >= 0)
        parts << tr("replica skew %1×").arg(snapshot.replicaSkew, 0, 'f', 2);
    parts << (off > 0 ? tr("%n partition(s) off their preferred leader", nullptr, off)
                      : tr("every partition on its preferred leader"));
    m_balance->setText(parts.join(QStringLiteral(" · ")));
    // Amber where Kafka's own rebalance would act (a tenth of the partitions moved) or one broker
    // leads half again its share.
    const bool uneven = (led > 0 && off * 10 > led) || snapshot.leaderSkew >= kLeaderSkewWarn;
    QPalette palette = m_balance->palette();
    palette.setColor(QPalette::WindowText,
                     uneven ? TableViews::readableStatusColour(StatusColour::warn(), palette)
                            : QWidget::palette().color(QPalette::WindowText));
    m_balance->setPalette(palette);
}

QString BrokersPage::balanceText() const
{
    return m_balance->text();
}

QString BrokersPage::causeText() const
{
    return m_cause->isVisibleTo(this) ? m_cause->text() : QString();
}

void BrokersPage::refreshAges()
{
    m_status->refresh();
    if (m_history) {
        for (TimeSeriesChart *chart : {m_bytesIn, m_bytesOut, m_latency})
            chart->updateFromStore(*m_history);
    }
}

} // namespace Tidewatch
