#pragma once

#include "DashboardPage.h"

#include <optional>

class QLabel;
class QSplitter;
class QLineEdit;
class QTableView;

namespace Tidewatch {

class FlinkCheckpointTableModel;
class FlinkJobTableModel;
class FlinkSubtaskTableModel;
class FlinkVertexTableModel;
class RawValueSortProxy;
class StatusLine;
class TimeSeriesChart;

/// The jobs of a Flink cluster and its TaskManagers' heap and CPU; for the selected job its state,
/// restarts and recent exceptions, the lag of its Kafka input (from the latest Kafka snapshot), its
/// vertices with back pressure and the bottleneck named, its checkpoint history, and charts of
/// watermark lag, state size and checkpoint duration.
class FlinkPage : public DashboardPage
{
    Q_OBJECT
public:
    explicit FlinkPage(QWidget *parent = nullptr);

    void applyKafka(const KafkaSnapshot &snapshot, qint64 staleAfterMs) override;
    void applyFlink(const FlinkSnapshot &snapshot, qint64 staleAfterMs) override;
    void refreshAges() override;
    /// Selects the job with id @p jobId in the job table; false when it is not listed (or filtered out).
    bool selectJob(const QString &jobId);
    /// The id of the job the detail pane shows; empty when none is selected.
    QString selectedJobId() const { return m_chartedJob; }

    const FlinkJobTableModel *jobModel() const { return m_jobs; }
    const FlinkVertexTableModel *vertexModel() const { return m_vertices; }
    const FlinkCheckpointTableModel *checkpointModel() const { return m_checkpoints; }
    const FlinkSubtaskTableModel *subtaskModel() const { return m_subtasks; }
    const QLabel *headline() const { return m_headline; }
    const QLabel *jobSummary() const { return m_jobSummary; }
    const QLabel *exceptionLabel() const { return m_exception; }
    const QLabel *kafkaInputsLabel() const { return m_kafkaInputs; }
    /// "Bottleneck: <vertex> (busy N %)" above the vertex table; hidden when the job has none.
    const QLabel *bottleneckLabel() const { return m_bottleneck; }
    /// Under the headline, for every job (selected or not): "<job> is held up by <vertex> (busy N %;
    /// <inputs> back-pressured)", worst first; hidden when no job has a bottleneck.
    const QLabel *heldUpLabel() const { return m_heldUp; }
    /// The text of heldUpLabel() for @p snapshot: at most three jobs, then "+N more".
    static QString heldUpText(const FlinkSnapshot &snapshot);
    /// One line per TaskManager: heap used of max, CPU load, free slots, and how old the figures are.
    const QLabel *taskManagersLabel() const { return m_taskManagers; }
    const QTableView *vertexView() const { return m_vertexView; }
    const QTableView *checkpointView() const { return m_checkpointView; }
    QTableView *jobView() const { return m_jobView; }
    const TimeSeriesChart *watermarkChart() const { return m_watermarkChart; }
    const TimeSeriesChart *stateSizeChart() const { return m_stateChart; }
    const TimeSeriesChart *checkpointDurationChart() const { return m_durationChart; }
    /// Back pressure over time, one line per vertex of the selected job.
    const TimeSeriesChart *backpressureChart() const { return m_backpressureChart; }
    QLineEdit *filter() const { return m_filter; }

private:
    /// Gives the job table the height of its rows (at most 40 % of the page), so a small cluster's
    /// jobs all show; the detail keeps the rest.
    void fitJobRows();
    void showDetail();
    void updateCharts(const QString &jobId);
    void updateBackpressureSeries(const FlinkJobDetails *details);
    QList<TimeSeriesChart *> charts() const;
    QString kafkaInputsText(const FlinkJobDetails &details) const;
    void showExceptions(const FlinkJobDetails *details);
    void showTaskManagers();

    StatusLine *m_status;
    QLabel *m_headline;
    QLineEdit *m_filter;
    FlinkJobTableModel *m_jobs;
    RawValueSortProxy *m_proxy;
    QTableView *m_jobView;
    QSplitter *m_splitter = nullptr; ///< the jobs above the selected job's detail
    int m_fittedJobs = -1;           ///< the job count the splitter was last sized for
    QLabel *m_detailTitle;
    QLabel *m_jobSummary;
    QLabel *m_exception;
    QLabel *m_kafkaInputs;
    QLabel *m_bottleneck;
    QLabel *m_heldUp;
    QLabel *m_taskManagers;
    QTableView *m_vertexView = nullptr;
    QTableView *m_checkpointView = nullptr;
    FlinkVertexTableModel *m_vertices;
    FlinkCheckpointTableModel *m_checkpoints;
    FlinkSubtaskTableModel *m_subtasks;
    TimeSeriesChart *m_watermarkChart;
    TimeSeriesChart *m_stateChart;
    TimeSeriesChart *m_durationChart;
    TimeSeriesChart *m_backpressureChart;
    QString m_chartedVertices; ///< cluster, job and vertex ids the back-pressure chart shows
    FlinkSnapshot m_snapshot;
    std::optional<KafkaSnapshot> m_kafka;
    QString m_chartedJob;
};

} // namespace Tidewatch
