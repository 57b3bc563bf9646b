#pragma once

#include "DashboardPage.h"

#include <optional>

class QLabel;
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

/// The jobs of a Flink cluster; for the selected job its state, restarts and last exception, the
/// lag of its Kafka input (from the latest Kafka snapshot), its vertices with back pressure, its
/// checkpoint history, and charts of watermark lag, state size and checkpoint duration.
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
    const TimeSeriesChart *watermarkChart() const { return m_watermarkChart; }
    const TimeSeriesChart *stateSizeChart() const { return m_stateChart; }
    const TimeSeriesChart *checkpointDurationChart() const { return m_durationChart; }
    QLineEdit *filter() const { return m_filter; }

private:
    void showDetail();
    void updateCharts(const QString &jobId);
    QString kafkaInputsText(const FlinkJobDetails &details) const;

    StatusLine *m_status;
    QLabel *m_headline;
    QLineEdit *m_filter;
    FlinkJobTableModel *m_jobs;
    RawValueSortProxy *m_proxy;
    QTableView *m_jobView;
    QLabel *m_detailTitle;
    QLabel *m_jobSummary;
    QLabel *m_exception;
    QLabel *m_kafkaInputs;
    FlinkVertexTableModel *m_vertices;
    FlinkCheckpointTableModel *m_checkpoints;
    FlinkSubtaskTableModel *m_subtasks;
    TimeSeriesChart *m_watermarkChart;
    TimeSeriesChart *m_stateChart;
    TimeSeriesChart *m_durationChart;
    FlinkSnapshot m_snapshot;
    std::optional<KafkaSnapshot> m_kafka;
    QString m_chartedJob;
};

} // namespace Tidewatch
