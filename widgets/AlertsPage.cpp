#include "AlertsPage.h"

#include "RuleFiles.h"

#include "AcknowledgeDialog.h"
#include "AlertEpisodes.h"
#include "AlertHistoryFilter.h"
#include "AlertHistoryModel.h"
#include "AlertService.h"
#include "AlertTableModel.h"
#include "ColumnFitter.h"
#include "CsvExport.h"
#include "Roles.h"
#include "SilenceDialog.h"
#include "SilencesView.h"
#include "TableViews.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Tidewatch {

namespace {

using State = AlertEpisode::State;
constexpr qint64 kHourMs = 3600 * 1000;
constexpr int kHistoryRows = 20000;
constexpr int kRefreshGapMs = 500;

/// The state box's entries: the states each one shows (empty: all).
QList<QSet<State>> stateChoices()
{
    return {{State::Firing, State::Pending, State::NoData},
            {State::Firing},
            {State::Pending},
            {State::NoData},
            {State::Resolved},
            {}};
}

qint64 now(qint64 nowMs)
{
    return nowMs >= 0 ? nowMs : QDateTime::currentMSecsSinceEpoch();
}

} // namespace

AlertsPage::AlertsPage(QWidget *parent)
    : DashboardPage(parent)
    , m_model(new AlertHistoryModel(this))
    , m_filter(new AlertHistoryFilter(this))
    , m_headline(TableViews::makeHeadline(this))
    , m_cluster(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_labels(new QLineEdit(this))
    , m_labelError(new QLabel(this))
    , m_ack(new QPushButton(tr("&Acknowledge…"), this))
    , m_silence(new QPushButton(tr("&Silence…"), this))
    , m_view(nullptr)
    , m_timeline(new QListWidget(this))
    , m_silences(new SilencesView(this))
    , m_refresh(new QTimer(this))
{
    m_filter->setSourceModel(m_model);
    m_view = TableViews::make(m_filter, this, true);
    // Severity colours in the theme, kept on the selected row (fitColumns' delegate); the full
    // summary in its tooltip.
    m_view->sortByColumn(AlertHistoryModel::StateColumn, Qt::DescendingOrder);
    // Fitted like the Kafka tables (ColumnFitter): every time and value whole, the names (alert,
    // subject, summary) share what is left, columns empty in every row ("–": nothing resolved,
    // acknowledged or silenced) hidden; when the page is narrow the columns the selected alert's
    // history below repeats give way, first to last, before anything scrolls sideways.
    TableViews::fitColumns(
        m_view,
        {AlertHistoryModel::AlertColumn, AlertHistoryModel::SubjectColumn, AlertHistoryModel::SummaryColumn},
        {AlertHistoryModel::StateColumn, AlertHistoryModel::SeverityColumn, AlertHistoryModel::ValueColumn})
        ->setDroppable({AlertHistoryModel::SummaryColumn, AlertHistoryModel::PendingColumn,
                        AlertHistoryModel::ClusterColumn, AlertHistoryModel::SilencedColumn,
                        AlertHistoryModel::AcknowledgedColumn});

    m_cluster->addItem(tr("All clusters"), QString());
    m_severity->addItem(tr("All severities"), QString());
    for (const char *s : {"critical", "warning", "info"})
        m_severity->addItem(AlertTableModel::severityText(QLatin1String(s)), QLatin1String(s));
    m_state->addItems({tr("Active (firing, pending, no data)"), tr("Firing"), tr("Pending"), tr("No data"),
                       tr("Resolved"), tr("All states")});
    m_state->setCurrentIndex(int(stateChoices().size()) - 1);
    m_range->addItem(tr("Last hour"), kHourMs);
    m_range->addItem(tr("Last 6 hours"), 6 * kHourMs);
    m_range->addItem(tr("Last 24 hours"), 24 * kHourMs);
    m_range->addItem(tr("Last 7 days"), 7 * 24 * kHourMs);
    m_range->addItem(tr("Last 30 days"), 30 * 24 * kHourMs);
    m_range->setCurrentIndex(2);
    m_labels->setPlaceholderText(tr("Labels, e.g. consumergroup=~\"orders.*\", broker!=2"));
    m_labels->setClearButtonEnabled(true);
    m_labelError->setStyleSheet(QStringLiteral("color: #e53935;"));
    m_labelError->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_cluster);
    filters->addWidget(m_severity);
    filters->addWidget(m_state);
    filters->addWidget(m_range);
    filters->addWidget(m_labels, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_headline, 1);
    actions->addWidget(m_ack);
    actions->addWidget(m_silence);
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    exportButton->setToolTip(tr("The rows the filters show, times in ISO 8601 UTC"));
    actions->addWidget(exportButton);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    auto *timelineBox = new QWidget(bottom);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(new QLabel(tr("History of the selected alert"), timelineBox));
    timelineLayout->addWidget(m_timeline, 1);
    bottom->addWidget(timelineBox);
    bottom->addWidget(m_silences);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(m_view);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addLayout(filters);
    layout->addWidget(m_labelError);
    layout->addWidget(vertical, 1);

    for (QComboBox *box : {m_cluster, m_severity, m_state})
        connect(box, &QComboBox::currentIndexChanged, this, &AlertsPage::applyFilters);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_labels, &QLineEdit::textChanged, this, &AlertsPage::applyFilters);
    connect(m_ack, &QPushButton::clicked, this, &AlertsPage::acknowledgeSelected);
    connect(m_silence, &QPushButton::clicked, this, &AlertsPage::silenceSelected);
    connect(exportButton, &QPushButton::clicked, this, &AlertsPage::exportWithDialog);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPage::updateSelection);
    connect(m_silences, &SilencesView::newSilenceRequested, this, &AlertsPage::silenceSelected);
    connect(m_silences, &SilencesView::expireRequested, this, [this](const QString &id) {
        if (m_service)
            m_service->expireSilence(id);
        refresh();
    });
    m_refresh->setSingleShot(true);
    connect(m_refresh, &QTimer::timeout, this, [this] { refresh(); });
    applyFilters();
    updateSelection();
}

void AlertsPage::setService(AlertService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (m_service) {
        connect(m_service, &AlertService::alertsChanged, this, &AlertsPage::scheduleRefresh);
        connect(m_service, &AlertService::silencesChanged, this, &AlertsPage::scheduleRefresh);
    }
    refresh();
}

void AlertsPage::scheduleRefresh()
{
    // Only a visible page reads the history; a hidden one catches up when it is shown.
    if (isVisible() && !m_refresh->isActive())
        m_refresh->start(kRefreshGapMs);
}

void AlertsPage::showEvent(QShowEvent *event)
{
    DashboardPage::showEvent(event);
    refresh();
}

void AlertsPage::refreshAges()
{
    // Silences end with time and alerts change with every evaluation; both are cheap to re-read
    // at the frame rate only when something asked for it, so here only time-driven state.
    if (m_service)
        m_silences->setSilences(m_service->silences(), QDateTime::currentMSecsSinceEpoch());
}

qint64 AlertsPage::rangeStartMs(qint64 nowMs) const
{
    return nowMs - m_range->currentData().toLongLong();
}

void AlertsPage::refresh(qint64 nowMs)
{
    const qint64 t = now(nowMs);
    m_lastRefreshMs = t;
    if (!m_service) {
        m_model->setRows({});
        m_silences->setSilences({}, t);
        m_headline->setText(tr("Alert handling is not running"));
        return;
    }
    HistoryQuery query;
    query.fromMs = rangeStartMs(t);
    query.limit = kHistoryRows;
    const QList<AlertView> current = m_service->alerts();
    QList<AlertEpisode> episodes =
        AlertEpisodes::build(m_service->history(query), current, m_service->silences());
    // The history does not keep the metric: past episodes take it from their rule, for the value's unit.
    QHash<QString, QString> metricOf;
    for (const AlertRule &rule : m_service->rules())
        metricOf.insert(rule.name, rule.metric);
    for (AlertEpisode &e : episodes) {
        if (e.metric.isEmpty())
            e.metric = metricOf.value(e.ruleName);
    }
    updateClusters(episodes);
    m_filter->setTimeRange(query.fromMs, -1);
    m_model->setRows(episodes);
    m_silences->setSilences(m_service->silences(), t);

    int firing = 0;
    int silenced = 0;
    int pending = 0;
    int noData = 0;
    for (const AlertView &v : current) {
        firing += v.isFiring() && !v.noData ? 1 : 0;
        silenced += v.isFiring() && v.isSilenced() ? 1 : 0;
        pending += v.state == AlertViewState::Pending && !v.noData ? 1 : 0;
        noData += v.noData ? 1 : 0;
    }
    m_headline->setText(tr("%1 firing (%2 silenced) · %3 pending · %4 no data · %5 rows shown of %6")
                            .arg(firing)
                            .arg(silenced)
                            .arg(pending)
                            .arg(noData)
                            .arg(m_filter->rowCount())
                            .arg(m_model->rowCount()));
    updateSelection();
}

void AlertsPage::updateClusters(const QList<AlertEpisode> &episodes)
{
    QStringList clusters;
    for (const AlertEpisode &e : episodes) {
        const QString cluster = e.label(QStringLiteral("cluster"));
        if (!cluster.isEmpty() && !clusters.contains(cluster))
            clusters << cluster;
    }
    clusters.sort();
    for (const QString &c : std::as_const(clusters)) {
        if (m_cluster->findData(c) < 0)
            m_cluster->addItem(c, c);
    }
}

void AlertsPage::applyFilters()
{
    m_filter->setCluster(m_cluster->currentData().toString());
    m_filter->setSeverity(m_severity->currentData().toString());
    m_filter->setStates(stateChoices().value(m_state->currentIndex()));
    QList<LabelMatcher> matchers;
    QString error;
    if (AlertHistoryFilter::parseMatchers(m_labels->text(), matchers, error)) {
        m_filter->setMatchers(matchers);
        m_labels->setStyleSheet({});
        m_labelError->hide();
    } else {
        // An unfinished matcher keeps the last valid filter rather than showing everything.
        m_labels->setStyleSheet(QStringLiteral("border: 1px solid #e53935;"));
        m_labelError->setText(error);
        m_labelError->show();
    }
}

const AlertEpisode *AlertsPage::selectedEpisode() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->episodeAt(m_filter->mapToSource(rows.first()).row());
}

bool AlertsPage::selectAlert(const QString &fingerprint)
{
    const auto find = [&] {
        int best = -1;
        qint64 newest = -1;
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const AlertEpisode *e = m_model->episodeAt(m_filter->mapToSource(m_filter->index(row, 0)).row());
            if (e && e->id.section(QLatin1Char('@'), 0, 0) == fingerprint && e->lastChangeMs >= newest) {
                best = row;
                newest = e->lastChangeMs;
            }
        }
        return best;
    };
    int row = find();
    if (row < 0) { // hidden by a filter: show every state and cluster
        m_cluster->setCurrentIndex(0);
        m_severity->setCurrentIndex(0);
        m_state->setCurrentIndex(int(stateChoices().size()) - 1);
        m_labels->clear();
        row = find();
    }
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_filter->index(row, 0));
    return true;
}

void AlertsPage::updateSelection()
{
    const AlertEpisode *e = selectedEpisode();
    m_ack->setEnabled(m_service && e && e->state == State::Firing && !e->isAcknowledged());
    m_silence->setEnabled(m_service != nullptr);
    m_timeline->clear();
    if (!e || !m_service)
        return;
    HistoryQuery query;
    query.fingerprint = e->id.section(QLatin1Char('@'), 0, 0);
    query.limit = 200;
    QList<AlertHistoryEntry> rows = m_service->history(query);
    std::reverse(rows.begin(), rows.end()); // oldest first
    for (const AlertHistoryEntry &r : std::as_const(rows)) {
        QString line = AlertHistoryModel::timeText(r.atMs) + QStringLiteral("  ") + historyEventName(r.event);
        if (!std::isnan(r.value))
            line += QStringLiteral("  ") + formatPromValue(r.value);
        if (!r.by.isEmpty())
            line += QStringLiteral("  ") + tr("by %1").arg(r.by);
        if (!r.comment.isEmpty())
            line += QStringLiteral("  — ") + r.comment;
        m_timeline->addItem(line);
    }
}

QStringList AlertsPage::timeline() const
{
    QStringList out;
    for (int i = 0; i < m_timeline->count(); ++i)
        out << m_timeline->item(i)->text();
    return out;
}

QString AlertsPage::headline() const
{
    return m_headline->text();
}

void AlertsPage::acknowledgeSelected()
{
    const AlertEpisode *e = selectedEpisode();
    if (!m_service || !e)
        return;
    const QString fingerprint = e->id.section(QLatin1Char('@'), 0, 0);
    AcknowledgeDialog dialog(fingerprint, tr("%1 — %2").arg(e->ruleName, e->summary),
                             AcknowledgeDialog::osUserName(), QDateTime::currentMSecsSinceEpoch(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Acknowledgement ack = dialog.acknowledgement();
    if (!m_service->acknowledge(ack.fingerprint, ack.by, ack.comment, ack.atMs))
        QMessageBox::warning(this, tr("Acknowledge"), tr("The alert is no longer active."));
    refresh();
    selectAlert(fingerprint);
}

void AlertsPage::silenceSelected()
{
    if (!m_service)
        return;
    const AlertEpisode *e = selectedEpisode();
    SilenceDialog dialog(e ? e->labels : QList<QPair<QString, QString>>{}, m_service->activeAlerts(),
                         AcknowledgeDialog::osUserName(), QDateTime::currentMSecsSinceEpoch(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const QString id = m_service->addSilence(dialog.silence(), &error);
    if (id.isEmpty())
        QMessageBox::warning(this, tr("Silence"), error);
    refresh();
    m_silences->selectSilence(id);
}

QByteArray AlertsPage::csv() const
{
    return CsvExport::fromModel(*m_filter);
}

bool AlertsPage::exportCsv(const QString &path, QString *error)
{
    // Not QSaveFile: in Qt 6.4 its commit() succeeds after a failed write (a full disk) and replaces
    // an earlier export with a truncated file.
    return RuleFiles::writeAtomically(path, csv(), error);
}

void AlertsPage::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export alerts"),
        QStringLiteral("tidewatch-alerts-%1.csv")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export alerts"), tr("Could not write %1: %2").arg(path, error));
}

} // namespace Tidewatch
