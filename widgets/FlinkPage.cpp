#include "FlinkPage.h"

#include "ColumnFitter.h"
#include "FlinkJobDetailModels.h"
#include "FlinkJobTableModel.h"
#include "FlinkSubtaskTableModel.h"
#include "Format.h"
#include "GroupTableModel.h"
#include "RawValueSortProxy.h"
#include "Roles.h"
#include "SnapshotHistory.h"
#include "StatusColors.h"
#include "StatusLine.h"
#include "TableViews.h"
#include "TimeSeriesChart.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Tidewatch {

namespace {

/// Lines of the last exception shown on the page; the tooltip has the rest.
constexpr int kExceptionLines = 3;
/// Earlier failures listed on the page, one line each; the tooltip has all of them.
constexpr int kEarlierFailuresShown = 5;

QString clockText(qint64 epochMs)
{
    return epochMs >= 0
               ? QDateTime::fromMSecsSinceEpoch(epochMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
               : QCoreApplication::translate("Tidewatch::FlinkPage", "unknown time");
}

QLabel *makeDetailLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

const FlinkJobInfo *findJob(const FlinkSnapshot &snapshot, const QString &jobId)
{
    for (const FlinkJobInfo &job : snapshot.jobs) {
        if (job.id == jobId)
            return &job;
    }
    return nullptr;
}

} // namespace

FlinkPage::FlinkPage(QWidget *parent)
    : DashboardPage(parent)
    , m_status(new StatusLine(tr("Flink"), this))
    , m_headline(TableViews::makeHeadline(this))
    , m_filter(new QLineEdit(this))
    , m_jobs(new FlinkJobTableModel(this))
    , m_proxy(new RawValueSortProxy(this))
    , m_jobView(TableViews::makeFiltered(m_jobs, m_proxy, m_filter, this))
    , m_detailTitle(TableViews::makeHeadline(this))
    , m_jobSummary(makeDetailLabel(this))
    , m_exception(makeDetailLabel(this))
    , m_kafkaInputs(makeDetailLabel(this))
    , m_bottleneck(makeDetailLabel(this))
    , m_heldUp(makeDetailLabel(this))
    , m_taskManagers(makeDetailLabel(this))
    , m_vertices(new FlinkVertexTableModel(this))
    , m_checkpoints(new FlinkCheckpointTableModel(this))
    , m_subtasks(new FlinkSubtaskTableModel(this))
    , m_watermarkChart(new TimeSeriesChart(this))
    , m_stateChart(new TimeSeriesChart(this))
    , m_durationChart(new TimeSeriesChart(this))
    , m_backpressureChart(new TimeSeriesChart(this))
{
    m_filter->setPlaceholderText(tr("Filter jobs by name"));
    m_jobView->setProperty(
        "tidewatchWallHiddenColumns",
        QVariant::fromValue(QList<int>{FlinkJobTableModel::UptimeColumn, FlinkJobTableModel::TasksColumn,
                                       FlinkJobTableModel::FailedCheckpointsColumn,
                                       FlinkJobTableModel::RestartsColumn})); // on the wall
    m_jobSummary->setToolTip(
        tr("Up: time RUNNING since the last (re)start; submitted: time since the job was submitted. "
           "Restarts: Flink's numRestarts since submission; a growing count means the job keeps failing. "
           "Metrics: how old the vertex figures were when Flink sampled them (its REST metric cache)"));
    m_kafkaInputs->setToolTip(tr(
        "The Kafka topics the job reads and the lag of its consumer group in the "
        "latest Kafka snapshot: messages behind, time behind and Burrow's status. "
        "Flink does not report the group id: --flink-kafka-link or a profile's flink.kafka.link names it"));
    m_watermarkChart->setToolTip(
        tr("Watermark lag in seconds: how far the job's event time trails the clock, "
           "the largest over its vertices"));
    m_stateChart->setToolTip(tr("Full state size in bytes of the latest completed checkpoint"));
    m_durationChart->setToolTip(tr("Duration in milliseconds of the latest completed checkpoint, from the "
                                   "trigger to the last acknowledgement"));
    m_backpressureChart->setToolTip(tr("Back-pressure ratio of each vertex over time (0: never waits for "
                                       "downstream, 1: always; the highest of its subtasks)"));

    m_bottleneck->setToolTip(
        tr("The vertex that holds the job up: busy at least 50 % of the time and not back-pressured "
           "itself, while a vertex feeding it is back-pressured (as Flink's web UI judges it)"));
    m_taskManagers->setToolTip(tr("Heap used of the maximum and the JVM's CPU load per TaskManager, from "
                                  "Flink's metric cache (it adds up to its fetcher interval to the age)"));
    QFont bold = m_bottleneck->font();
    bold.setBold(true);
    m_bottleneck->setFont(bold);
    m_bottleneck->hide();
    m_heldUp->setToolTip(m_bottleneck->toolTip());
    m_heldUp->setFont(bold);
    m_heldUp->hide();
    // The job names take the room the figures leave (no sideways scrolling at 1280 px); a growing
    // figure ("high (100 %)") is never cut; the rarely read columns yield first.
    TableViews::fitColumns(m_jobView, {FlinkJobTableModel::NameColumn},
                           {FlinkJobTableModel::StateColumn, FlinkJobTableModel::BackpressureColumn,
                            FlinkJobTableModel::LastCheckpointColumn, FlinkJobTableModel::WatermarkLagColumn})
        ->setDroppable({FlinkJobTableModel::UptimeColumn, FlinkJobTableModel::TasksColumn,
                        FlinkJobTableModel::RestartsColumn});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_heldUp); // the culprit of every job, before anything is selected
    layout->addWidget(m_status);
    layout->addWidget(m_taskManagers);
    layout->addWidget(m_filter);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_splitter = splitter;
    splitter->addWidget(m_jobView);
    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_detailTitle);
    lowerLayout->addWidget(m_jobSummary);
    lowerLayout->addWidget(m_exception);
    lowerLayout->addWidget(m_kafkaInputs);
    lowerLayout->addWidget(m_bottleneck);
    auto *detail = new QSplitter(Qt::Horizontal, lower);
    auto *tables = new QSplitter(Qt::Vertical, detail);
    // The detail tables fit their width as the job table does (ColumnFitter): names take the room
    // the figures leave, a growing figure ("high (100 %)") is never cut, empty columns (no
    // bottleneck, no failure) are hidden, and the secondary figures give way before anything scrolls
    // sideways (at 1280 px the tables have about 600 px).
    m_vertexView = TableViews::make(m_vertices, tables);
    TableViews::fitColumns(m_vertexView, {FlinkVertexTableModel::NameColumn},
                           {FlinkVertexTableModel::BackpressureColumn, FlinkVertexTableModel::BusyColumn})
        ->setDroppable({FlinkVertexTableModel::ParallelismColumn, FlinkVertexTableModel::RecordsInColumn,
                        FlinkVertexTableModel::WatermarkLagColumn, FlinkVertexTableModel::RecordsOutColumn});
    tables->addWidget(m_vertexView);
    auto *subtaskProxy = new RawValueSortProxy(this);
    subtaskProxy->setSourceModel(m_subtasks);
    QTableView *subtaskView = TableViews::make(subtaskProxy, tables, true);
    TableViews::fitColumns(subtaskView,
                           {FlinkSubtaskTableModel::VertexColumn, FlinkSubtaskTableModel::SourceColumn},
                           {FlinkSubtaskTableModel::BackpressureColumn, FlinkSubtaskTableModel::BusyColumn})
        ->setDroppable({FlinkSubtaskTableModel::SourceColumn, FlinkSubtaskTableModel::IdleColumn});
    tables->addWidget(subtaskView);
    auto *checkpointProxy = new RawValueSortProxy(this);
    checkpointProxy->setSourceModel(m_checkpoints);
    m_checkpointView = TableViews::make(checkpointProxy, tables, true);
    TableViews::fitColumns(m_checkpointView, {FlinkCheckpointTableModel::FailureColumn},
                           {FlinkCheckpointTableModel::IdColumn, FlinkCheckpointTableModel::StatusColumn,
                            FlinkCheckpointTableModel::DurationColumn})
        ->setDroppable({FlinkCheckpointTableModel::CheckpointedSizeColumn,
                        FlinkCheckpointTableModel::EndToEndColumn, FlinkCheckpointTableModel::TriggeredColumn,
                        FlinkCheckpointTableModel::StateSizeColumn});
    m_checkpointView->sortByColumn(FlinkCheckpointTableModel::IdColumn, Qt::DescendingOrder);
    tables->addWidget(m_checkpointView);
    detail->addWidget(tables);
    auto *charts = new QWidget;                  // owned by the scroll area below
    auto *chartLayout = new QGridLayout(charts); // 2 x 2: four charts in one column are too flat
    chartLayout->setContentsMargins(0, 0, 0, 0);
    m_watermarkChart->setValueUnit(ChartUnit::Seconds, tr("Watermark lag"));
    m_stateChart->setValueUnit(ChartUnit::Bytes, tr("State size"));
    m_durationChart->setValueUnit(ChartUnit::Milliseconds, tr("Checkpoint duration"));
    m_backpressureChart->setValueUnit(ChartUnit::Plain, tr("Back pressure (0–1)"));
    for (int i = 0; i < 4; ++i)
        chartLayout->addWidget(this->charts().at(i), i / 2, i % 2);
    // On a short window (1280 x 720) the charts keep a readable height and scroll, rather than
    // taking the job table's rows or being crushed into overlapping labels.
    auto *chartScroll = new QScrollArea(detail);
    chartScroll->setWidgetResizable(true);
    chartScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    chartScroll->setFrameShape(QFrame::NoFrame);
    chartScroll->setWidget(charts);
    detail->addWidget(chartScroll);
    // The tables carry the diagnosis (which vertex, which subtask, which checkpoint): they get the
    // larger share; the charts keep enough for their axes.
    detail->setStretchFactor(0, 3);
    detail->setStretchFactor(1, 2);
    charts->setMinimumWidth(260);
    chartScroll->setMinimumWidth(260 + chartScroll->verticalScrollBar()->sizeHint().width());
    lowerLayout->addWidget(detail, 1);
    splitter->addWidget(lower);
    // A taller window goes to the detail; the job table keeps the height of its rows.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    connect(m_jobView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FlinkPage::showDetail);
    showDetail();
}

void FlinkPage::applyKafka(const KafkaSnapshot &snapshot, qint64 staleAfterMs)
{
    Q_UNUSED(staleAfterMs)
    m_kafka = snapshot;
    showDetail();
}

void FlinkPage::applyFlink(const FlinkSnapshot &snapshot, qint64 staleAfterMs)
{
    m_snapshot = snapshot;
    m_status->setStatus(snapshot.status, staleAfterMs);
    m_jobs->setSnapshot(snapshot);
    const QString version = snapshot.flinkVersion.isEmpty() ? tr("version unknown") : snapshot.flinkVersion;
    // Unknown (unreachable, or not answered yet) is said, never shown as 0.
    const QString taskManagers = snapshot.taskManagers >= 0
                                     ? tr("%n task manager(s)", nullptr, snapshot.taskManagers)
                                     : tr("task managers unknown");
    const QString slotText =
        snapshot.slotsTotal >= 0 && snapshot.slotsAvailable >= 0
            ? tr("%1 of %n slot(s) free", nullptr, snapshot.slotsTotal).arg(snapshot.slotsAvailable)
            : tr("slots unknown");
    m_headline->setText(tr("Flink %1 · %2 · %3 · %4 of %n job(s) running", nullptr, int(snapshot.jobs.size()))
                            .arg(version, taskManagers, slotText)
                            .arg(snapshot.runningJobs()));
    const QString heldUp = heldUpText(snapshot);
    if (m_heldUp->text() != heldUp) {
        m_heldUp->setText(heldUp);
        m_heldUp->setStyleSheet(
            QStringLiteral("color: %1").arg(statusColor(StatusSeverity::Critical, palette()).name()));
    }
    m_heldUp->setVisible(!heldUp.isEmpty());
    showTaskManagers();
    if (m_proxy->rowCount() != m_fittedJobs) {
        fitJobRows();
        // Again once laid out (a first snapshot may come before the first layout), with the rows'
        // final heights.
        QTimer::singleShot(0, this, &FlinkPage::fitJobRows);
    }
    // Open on a job rather than an empty pane: what a wall display needs.
    if (!m_jobView->selectionModel()->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_jobView->selectRow(0);
    showDetail();
}

QString FlinkPage::heldUpText(const FlinkSnapshot &snapshot)
{
    struct HeldUp
    {
        QString job;
        FlinkBottleneck vertex;
    };
    QList<HeldUp> found;
    for (qsizetype i = 0; i < snapshot.jobs.size() && i < snapshot.jobDetails.size(); ++i) {
        const FlinkJobInfo &job = snapshot.jobs.at(i);
        if (job.state != QLatin1String("RUNNING"))
            continue; // a stopped job's last figures hold nothing up
        const QList<FlinkBottleneck> bottlenecks = FlinkBottlenecks::find(snapshot.jobDetails.at(i).vertices);
        // The busiest culprit of each job speaks for it.
        const auto worst = std::max_element(bottlenecks.cbegin(), bottlenecks.cend(),
                                            [](const FlinkBottleneck &a, const FlinkBottleneck &b) {
                                                return a.busyMsPerSecond < b.busyMsPerSecond;
                                            });
        if (worst != bottlenecks.cend())
            found.append({job.name.isEmpty() ? job.id : job.name, *worst});
    }
    std::stable_sort(found.begin(), found.end(), [](const HeldUp &a, const HeldUp &b) {
        return a.vertex.busyMsPerSecond > b.vertex.busyMsPerSecond;
    });
    constexpr qsizetype kShown = 3;
    QStringList lines;
    for (qsizetype i = 0; i < found.size() && i < kShown; ++i) {
        const HeldUp &h = found.at(i);
        const long busy = std::lround(h.vertex.busyMsPerSecond / 10.0);
        lines << (h.vertex.backPressuredInputs.isEmpty()
                      ? tr("%1 is held up by %2 (busy %3 %)").arg(h.job, h.vertex.name).arg(busy)
                      : tr("%1 is held up by %2 (busy %3 %; %4 back-pressured)")
                            .arg(h.job, h.vertex.name)
                            .arg(busy)
                            .arg(h.vertex.backPressuredInputs.join(QStringLiteral(", "))));
    }
    if (found.size() > kShown)
        lines << tr("+%n more job(s) held up", nullptr, int(found.size() - kShown));
    return lines.join(QLatin1Char('\n'));
}

void FlinkPage::fitJobRows()
{
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (sizes.size() != 2 || total <= 0)
        return; // not laid out yet: fitted at the next snapshot
    m_fittedJobs = m_proxy->rowCount();
    // The rows' real heights (a delegate or the style may make them taller than the default).
    int rowsHeight = 0;
    for (int row = 0; row < std::max(3, m_fittedJobs); ++row) {
        const int height = row < m_fittedJobs ? m_jobView->rowHeight(row) : 0;
        rowsHeight += height > 0 ? height : m_jobView->verticalHeader()->defaultSectionSize();
    }
    // Around the rows: the header and frames, as laid out (the header's hint can be a little short).
    const int around =
        std::max(m_jobView->height() - m_jobView->viewport()->height(),
                 m_jobView->horizontalHeader()->sizeHint().height() + 2 * m_jobView->frameWidth());
    const int wanted = around + rowsHeight;
    const int jobs = std::min(wanted, total / 2);
    m_splitter->setSizes({jobs, total - jobs});
}

QString FlinkPage::kafkaInputsText(const FlinkJobDetails &details) const
{
    if (details.kafkaSources.isEmpty())
        return tr("Kafka input: none detected.");
    QStringList lines;
    for (const FlinkKafkaSource &source : details.kafkaSources) {
        const QString topics =
            source.topics.isEmpty() ? tr("unknown topics") : source.topics.join(QStringLiteral(", "));
        if (source.groupId.isEmpty()) {
            lines << tr("%1 → consumer group unknown (name it with --flink-kafka-link or flink.kafka.link in "
                        "the profile)")
                         .arg(topics);
            continue;
        }
        if (!m_kafka) {
            lines << tr("%1 → group %2: no Kafka data yet").arg(topics, source.groupId);
            continue;
        }
        const ConsumerGroupInfo *group = m_kafka->group(source.groupId);
        if (!group) {
            lines << tr("%1 → group %2: not found in Kafka cluster %3")
                         .arg(topics, source.groupId, m_kafka->clusterName);
            continue;
        }
        // One sentence each, so that a translation can order its parts.
        QString line =
            (m_kafka->status.reachable
                 ? tr("%1 → group %2: lag %3, time lag %4, %5")
                 : tr("%1 → group %2: lag %3, time lag %4, %5 (Kafka unreachable: last known values)"))
                .arg(topics, source.groupId,
                     group->totalLag >= 0 ? Format::count(double(group->totalLag)) : tr("unknown"),
                     GroupTableModel::timeLagText(group->maxTimeLagSeconds, group->maxTimeLagIsLowerBound),
                     lagStatusText(group->status));
        lines << line;
    }
    return tr("Kafka input:\n%1").arg(lines.join(QLatin1Char('\n')));
}

void FlinkPage::updateCharts(const QString &jobId)
{
    for (TimeSeriesChart *chart : charts()) {
        for (const QString &key : chart->seriesKeys())
            chart->removeSeries(key);
    }
    m_chartedVertices.clear();
    if (!jobId.isEmpty()) {
        const FlinkJobInfo *job = findJob(m_snapshot, jobId);
        const QString name = job ? job->name : jobId;
        const QString &cluster = m_snapshot.clusterName;
        m_watermarkChart->setSeries(SnapshotHistory::flinkWatermarkLagKey(cluster, jobId),
                                    tr("Watermark lag of %1").arg(name), QColor(0x1e, 0x88, 0xe5));
        m_stateChart->setSeries(SnapshotHistory::flinkStateSizeKey(cluster, jobId),
                                tr("State size of %1").arg(name), QColor(0x8e, 0x24, 0xaa));
        m_durationChart->setSeries(SnapshotHistory::flinkCheckpointDurationKey(cluster, jobId),
                                   tr("Checkpoint duration of %1").arg(name), QColor(0x00, 0x89, 0x7b));
        updateBackpressureSeries(m_snapshot.details(jobId));
    }
    m_chartedJob = jobId;
    if (m_history && !jobId.isEmpty()) {
        for (TimeSeriesChart *chart : charts())
            chart->updateFromStore(*m_history);
    }
}

void FlinkPage::updateBackpressureSeries(const FlinkJobDetails *details)
{
    // A job's vertices arrive with its details, possibly a cycle after the job: re-keyed on change.
    QString charted;
    if (details) {
        charted = m_snapshot.clusterName + QLatin1Char('/') + details->jobId;
        for (const FlinkVertexInfo &v : details->vertices)
            charted += QLatin1Char('/') + v.id;
    }
    if (charted == m_chartedVertices)
        return;
    for (const QString &key : m_backpressureChart->seriesKeys())
        m_backpressureChart->removeSeries(key);
    static const QList<QColor> palette{QColor(0x1e, 0x88, 0xe5), QColor(0x43, 0xa0, 0x47),
                                       QColor(0xfb, 0x8c, 0x00), QColor(0x8e, 0x24, 0xaa),
                                       QColor(0x00, 0x89, 0x7b), QColor(0xe5, 0x39, 0x35)};
    if (details) {
        for (qsizetype i = 0; i < details->vertices.size(); ++i) {
            const FlinkVertexInfo &v = details->vertices[i];
            m_backpressureChart->setSeries(
                SnapshotHistory::flinkBackpressureKey(m_snapshot.clusterName, details->jobId, v.id), v.name,
                palette[i % palette.size()]);
        }
    }
    m_chartedVertices = charted;
}

void FlinkPage::showDetail()
{
    const QModelIndex current = m_jobView->selectionModel()->currentIndex();
    const QString jobId = current.isValid() ? current.data(KeyRole).toString() : QString();
    const FlinkJobInfo *job = jobId.isEmpty() ? nullptr : findJob(m_snapshot, jobId);
    const QString charted = job ? job->id : QString();
    if (charted != m_chartedJob)
        updateCharts(charted);
    else if (job)
        updateBackpressureSeries(m_snapshot.details(job->id));
    // The rules' thresholds as lines (the rules may change between snapshots); none without a job.
    m_watermarkChart->setRuleThresholds(
        m_alertRules, job ? QStringLiteral("tidewatch_flink_job_max_watermark_lag_seconds") : QString(),
        m_snapshot.clusterName,
        {{QStringLiteral("job"), job ? job->name : QString()}, {QStringLiteral("job_id"), charted}});
    if (!job) {
        m_detailTitle->setText(tr("Select a job to see its vertices, checkpoints and Kafka input"));
        for (QLabel *label : {m_jobSummary, m_exception, m_kafkaInputs})
            label->clear();
        m_exception->setToolTip({});
        m_vertices->setRows({});
        m_subtasks->setRows({});
        m_checkpoints->setRows({});
        return;
    }
    const FlinkJobDetails *details = m_snapshot.details(job->id);
    m_detailTitle->setText(tr("%1 — %2").arg(job->name, job->state));

    QStringList summary;
    if (details && !details->jobType.isEmpty())
        summary << details->jobType;
    if (FlinkSnapshot::isTerminalState(job->state)) {
        summary << (job->endTimeMs > 0
                        ? tr("ended %1 (%2)")
                              .arg(Format::age(QDateTime::currentMSecsSinceEpoch() - job->endTimeMs),
                                   QDateTime::fromMSecsSinceEpoch(job->endTimeMs)
                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                        : tr("end time unknown"));
        if (job->durationMs >= 0)
            summary << tr("ran %1").arg(Format::duration(job->durationMs));
    } else {
        // Since the last restart and since submission differ for a job that keeps restarting.
        const qint64 uptimeMs = details ? details->uptimeMs : -1;
        summary << (uptimeMs >= 0 ? tr("up %1 since the last restart").arg(Format::duration(uptimeMs))
                                  : tr("uptime unknown"));
        if (job->durationMs >= 0)
            summary << tr("submitted %1 ago").arg(Format::duration(job->durationMs));
    }
    if (details && details->restarts >= 0)
        summary << tr("%n restart(s)", nullptr, int(details->restarts));
    else
        summary << tr("restarts unknown");
    summary << tr("%1 of %n task(s) running", nullptr, job->tasksTotal).arg(job->tasksRunning);
    if (details) {
        const FlinkCheckpointStats &c = details->checkpoints;
        if (c.checkpointing == FlinkCheckpointing::Disabled)
            summary << tr("checkpointing disabled");
        else if (c.completed >= 0)
            summary << tr("checkpoints: %1 completed, %2 failed")
                           .arg(c.completed)
                           .arg(std::max<qint64>(c.failed, 0));
        if (c.checkpointing == FlinkCheckpointing::Enabled && c.failedSinceLastCompleted > 0)
            summary << (c.completed > 0 ? tr("%n failed since the last completed", nullptr,
                                             int(c.failedSinceLastCompleted))
                                        : tr("none completed yet"));
        if (details->metricsAgeMs >= 0)
            summary << tr("metrics sampled %1 ago").arg(Format::duration(details->metricsAgeMs));
        if (c.stateGrowthBytesPerSecond)
            summary << tr("state growing %1/s").arg(Format::bytes(*c.stateGrowthBytesPerSecond));
    }
    m_jobSummary->setText(summary.join(QStringLiteral(" · ")));

    showExceptions(details);

    if (details) {
        m_kafkaInputs->setText(kafkaInputsText(*details));
        m_vertices->setVertices(details->vertices);
        m_subtasks->setVertices(details->vertices);
        const FlinkCheckpointStats &c = details->checkpoints;
        m_checkpoints->setIntervalMs(c.checkpointing == FlinkCheckpointing::Enabled ? c.intervalMs : -1);
        m_checkpoints->setRows(c.history);
    } else {
        m_kafkaInputs->clear();
        m_vertices->setVertices({});
        m_subtasks->setRows({});
        m_checkpoints->setRows({});
    }
    const QString bottleneck = FlinkVertexTableModel::bottleneckText(m_vertices->bottlenecks());
    m_bottleneck->setText(bottleneck);
    m_bottleneck->setStyleSheet(
        QStringLiteral("color: %1").arg(statusColor(StatusSeverity::Critical, palette()).name()));
    m_bottleneck->setVisible(!bottleneck.isEmpty());
}

void FlinkPage::showExceptions(const FlinkJobDetails *details)
{
    if (!details || !details->lastFailure) {
        m_exception->setText(details ? tr("No exception since the job was submitted.") : QString());
        m_exception->setToolTip({});
        m_exception->setStyleSheet({});
        return;
    }
    const FlinkFailureInfo &f = *details->lastFailure;
    const QString when = f.timestampMs >= 0 ? Format::age(QDateTime::currentMSecsSinceEpoch() - f.timestampMs)
                                            : tr("at an unknown time");
    QString text = f.exceptionName;
    if (!f.message.isEmpty() && !f.message.startsWith(f.exceptionName))
        text = text.isEmpty() ? f.message : tr("%1: %2").arg(f.exceptionName, f.message);
    else if (!f.message.isEmpty())
        text = f.message;
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString shown = lines.mid(0, kExceptionLines).join(QLatin1Char('\n'));
    if (lines.size() > kExceptionLines)
        shown += QStringLiteral("\n…");
    // The root cause says why; the top exception is often only the restart policy giving up.
    const QString cause = f.rootCause.isEmpty() ? QString() : tr("\nRoot cause: %1").arg(f.rootCause);
    QString label = f.taskName.isEmpty()
                        ? tr("Last exception (%1):\n%2%3").arg(when, shown, cause)
                        : tr("Last exception in %1 (%2):\n%3%4").arg(f.taskName, when, shown, cause);
    QString tip = f.endpoint.isEmpty() ? text + cause : tr("%1%2\non %3").arg(text, cause, f.endpoint);
    if (!f.concurrentTasks.isEmpty())
        tip += tr("\nAt the same time: %1").arg(f.concurrentTasks.join(QStringLiteral("; ")));
    // The failures before it, one line each: a job that keeps failing for different reasons shows it.
    const QList<FlinkFailureInfo> earlier = details->exceptionHistory.mid(1);
    QStringList earlierLines;
    for (const FlinkFailureInfo &e : earlier) {
        const QString what = e.rootCause.isEmpty()
                                 ? (e.message.isEmpty() ? e.exceptionName : e.message)
                                 : tr("%1 (root cause: %2)").arg(e.exceptionName, e.rootCause);
        earlierLines << (e.taskName.isEmpty()
                             ? tr("%1 · %2").arg(clockText(e.timestampMs), what)
                             : tr("%1 · %2 · %3").arg(clockText(e.timestampMs), e.taskName, what));
    }
    if (!earlierLines.isEmpty()) {
        label += tr("\nEarlier failures (%n):", nullptr, int(earlierLines.size()));
        for (const QString &line : earlierLines.mid(0, kEarlierFailuresShown))
            label += QStringLiteral("\n• ") + line;
        if (earlierLines.size() > kEarlierFailuresShown)
            label += QStringLiteral("\n…");
        tip += tr("\n\nEarlier failures:\n%1").arg(earlierLines.join(QLatin1Char('\n')));
    }
    m_exception->setText(label);
    m_exception->setToolTip(tip);
    m_exception->setStyleSheet(
        QStringLiteral("color: %1").arg(statusColor(StatusSeverity::Critical, palette()).name()));
}

void FlinkPage::showTaskManagers()
{
    const QList<FlinkTaskManagerInfo> &list = m_snapshot.taskManagerList;
    if (list.isEmpty()) {
        m_taskManagers->setText(m_snapshot.taskManagers == 0 ? tr("No TaskManager is registered.")
                                                             : QString());
        m_taskManagers->setVisible(m_snapshot.taskManagers == 0);
        return;
    }
    QStringList lines;
    for (const FlinkTaskManagerInfo &tm : list) {
        // Unknown stays unknown: Flink's metric cache answers nothing before its first fetch.
        QString heap = tr("heap unknown");
        if (tm.heapUsedBytes >= 0 && tm.heapMaxBytes > 0)
            heap = tr("heap %1 of %2 (%3 %)")
                       .arg(Format::bytes(double(tm.heapUsedBytes)), Format::bytes(double(tm.heapMaxBytes)))
                       .arg(std::lround(100.0 * double(tm.heapUsedBytes) / double(tm.heapMaxBytes)));
        else if (tm.heapUsedBytes >= 0)
            heap = tr("heap %1 (maximum unknown)").arg(Format::bytes(double(tm.heapUsedBytes)));
        const QString cpu =
            tm.cpuLoad >= 0 ? tr("CPU %1 %").arg(std::lround(tm.cpuLoad * 100)) : tr("CPU unknown");
        const QString slotText = tm.slotsTotal >= 0 && tm.freeSlots >= 0
                                     ? tr("%1 of %n slot(s) free", nullptr, tm.slotsTotal).arg(tm.freeSlots)
                                     : tr("slots unknown");
        const QString age = tm.metricsAgeMs >= 0 ? tr("asked %1 ago").arg(Format::duration(tm.metricsAgeMs))
                                                 : tr("age unknown");
        // Flink's TaskManager ids are long (UUIDs or resource ids): the first part tells them apart.
        lines << tr("TaskManager %1: %2 · %3 · %4 (%5)").arg(tm.id.left(8), heap, cpu, slotText, age);
    }
    m_taskManagers->setText(lines.join(QLatin1Char('\n')));
    m_taskManagers->setVisible(true);
}

bool FlinkPage::selectJob(const QString &jobId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(KeyRole).toString() == jobId) {
            m_jobView->selectRow(row);
            return true;
        }
    }
    return false;
}

void FlinkPage::refreshAges()
{
    m_status->refresh();
    if (m_history && !m_chartedJob.isEmpty()) {
        for (TimeSeriesChart *chart : charts())
            chart->updateFromStore(*m_history);
    }
}

QList<TimeSeriesChart *> FlinkPage::charts() const
{
    return {m_watermarkChart, m_stateChart, m_durationChart, m_backpressureChart};
}

} // namespace Tidewatch
