#pragma once

#include "AlertEpisode.h"
#include "DashboardPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;

namespace Tidewatch {

class AlertHistoryFilter;
class AlertHistoryModel;
class AlertService;
class SilencesView;

/// The Alerts page: firing, pending, no-data and resolved alerts with their history (when each
/// went pending, firing, resolved, with values; who acknowledged; which silence silences it) from
/// AlertService's history, filterable by cluster, severity, state, label matchers and time range,
/// exportable as CSV; acknowledge and silence the selected alert; the silences with expire-now;
/// the selected alert's timeline. Re-reads the history when the service reports a change, at most
/// every 500 ms, and only while the page is visible.
class AlertsPage : public DashboardPage
{
    Q_OBJECT
public:
    explicit AlertsPage(QWidget *parent = nullptr);

    /// The service the page shows and acts on (not owned); null: an empty page.
    void setService(AlertService *service);
    /// Re-reads alerts, history and silences now (@p nowMs -1: the clock).
    void refresh(qint64 nowMs = -1);
    void refreshAges() override;
    /// Selects the newest episode of alert @p fingerprint (showing every state and cluster if the
    /// filters hide it); false when there is none.
    bool selectAlert(const QString &fingerprint);
    /// The selected episode, or nullptr.
    const AlertEpisode *selectedEpisode() const;

    /// What the filters show, as CSV (RFC 4180, times ISO 8601 UTC).
    QByteArray csv() const;
    /// Writes csv() to @p path; false with @p error.
    bool exportCsv(const QString &path, QString *error = nullptr);

    const AlertHistoryModel *model() const { return m_model; }
    const AlertHistoryFilter *filter() const { return m_filter; }
    QComboBox *clusterBox() const { return m_cluster; }
    QComboBox *severityBox() const { return m_severity; }
    QComboBox *stateBox() const { return m_state; }
    QComboBox *rangeBox() const { return m_range; }
    QLineEdit *labelField() const { return m_labels; }
    SilencesView *silencesView() const { return m_silences; }
    QTableView *table() const { return m_view; }
    QString headline() const;
    /// The selected alert's history, one line per event, oldest first.
    QStringList timeline() const;

public Q_SLOTS:
    /// Opens the acknowledge dialog for the selected firing alert.
    void acknowledgeSelected();
    /// Opens the silence dialog, matchers prefilled from the selected alert.
    void silenceSelected();
    /// Asks for a file name and writes the CSV there.
    void exportWithDialog();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilters();
    void scheduleRefresh();
    void updateSelection();
    void updateClusters(const QList<AlertEpisode> &episodes);
    qint64 rangeStartMs(qint64 nowMs) const;

    AlertService *m_service = nullptr;
    AlertHistoryModel *m_model;
    AlertHistoryFilter *m_filter;
    QLabel *m_headline;
    QComboBox *m_cluster;
    QComboBox *m_severity;
    QComboBox *m_state;
    QComboBox *m_range;
    QLineEdit *m_labels;
    QLabel *m_labelError;
    QPushButton *m_ack;
    QPushButton *m_silence;
    QTableView *m_view;
    QListWidget *m_timeline;
    SilencesView *m_silences;
    QTimer *m_refresh;
    qint64 m_lastRefreshMs = -1;
};

} // namespace Tidewatch
