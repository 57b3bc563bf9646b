#include "AlertService.h"

#include "AlertHistoryStore.h"
#include "AlertHistoryWriter.h"

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QSet>
#include <QStandardPaths>

namespace Tidewatch {

namespace {

// A batch with nothing but the time of the evaluation is written at most this often: the time only
// decides at start-up whether the previous run's alerts are restored (outage under an hour).
constexpr qint64 kHeartbeatEveryMs = 10 * 1000;

constexpr const char *kStarting = "starting"; // SourceHealth::reason() before the first cycle

QString noDataKey(const RuleNoData &n)
{
    return n.ruleName + QChar(0x1f) + n.cluster;
}

AlertHistoryEvent transitionEvent(const AlertTransition &t)
{
    if (t.to == AlertState::Pending)
        return AlertHistoryEvent::Pending;
    if (t.to == AlertState::Firing)
        return AlertHistoryEvent::Firing;
    return t.from == AlertState::Firing ? AlertHistoryEvent::Resolved : AlertHistoryEvent::Dropped;
}

QList<QPair<QString, QString>> noDataLabels(const RuleNoData &n)
{
    QList<QPair<QString, QString>> labels{{QStringLiteral("alertname"), n.ruleName},
                                          {QStringLiteral("cluster"), n.cluster},
                                          {QStringLiteral("source"), n.source}};
    if (!n.severity.isEmpty())
        labels.append({QStringLiteral("severity"), n.severity});
    std::sort(labels.begin(), labels.end());
    return labels;
}

/// Whether the restart-relevant part of an alert's state differs (values change every evaluation
/// and are not worth a write each time).
bool stateDiffers(const ActiveAlert &a, const ActiveAlert &b)
{
    return a.state != b.state || a.activeSinceMs != b.activeSinceMs || a.firedAtMs != b.firedAtMs ||
           a.keepFiringSinceMs != b.keepFiringSinceMs || a.ruleName != b.ruleName;
}

QString matchersText(const QList<LabelMatcher> &matchers)
{
    QStringList parts;
    for (const LabelMatcher &m : matchers)
        parts << m.name + m.op() + QLatin1Char('"') + m.value + QLatin1Char('"');
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

} // namespace

struct AlertService::Book
{
    AlertHistoryBatch batch;                ///< the changes not yet handed to the writer
    QHash<QString, ActiveAlert> persisted;  ///< fingerprint -> state as last written to alert_state
    QHash<QString, QStringList> silencedBy; ///< fingerprint -> silences at the last refresh
    QSet<QString> frozen;                   ///< fingerprints of alerts recorded as without data
    QSet<QString> noDataRecorded; ///< noDataKey() of the rule x cluster pairs recorded as without data
    qint64 lastHeartbeatMs = -1;
};

AlertService::AlertService(QObject *parent)
    : QObject(parent)
    , m_book(std::make_unique<Book>())
{}

AlertService::~AlertService()
{
    m_writer.reset(); // writes what is queued
}

qint64 AlertService::now(qint64 nowMs)
{
    return nowMs >= 0 ? nowMs : QDateTime::currentMSecsSinceEpoch();
}

QString AlertService::defaultHistoryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("alert-history.sqlite"));
}

QString AlertService::historyPath() const
{
    return m_historyPath;
}

bool AlertService::openHistory(const QString &path, const AlertHistoryOptions &options, qint64 nowMs,
                               QString *error)
{
    const qint64 t = now(nowMs);
    m_options = options;
    auto reader = std::make_unique<AlertHistoryStore>();
    if (!reader->open(path)) {
        if (error)
            *error = reader->lastError();
        return false;
    }
    const AlertHistoryState state = reader->loadState();
    m_reader = std::move(reader);
    m_historyPath = path;
    m_silences.setAll(state.silences);

    // As Prometheus' ALERTS_FOR_STATE: after a short outage the alerts go on where they were (no
    // new pending/firing, no reset `for` timer); after a long one their episodes are closed.
    const bool restorable =
        state.lastEvaluationMs >= 0 && t - state.lastEvaluationMs < options.restoreWithinMs;
    const QList<ActiveAlert> closed = restorable ? m_evaluator.restore(state.alerts) : state.alerts;
    QSet<QString> closedFingerprints;
    for (const ActiveAlert &a : closed) {
        const QString fingerprint = alertFingerprint(a.labels);
        closedFingerprints.insert(fingerprint);
        record(AlertHistoryEntry{-1,
                                 t,
                                 a.ruleName,
                                 fingerprint,
                                 a.labels,
                                 AlertHistoryEvent::Closed,
                                 a.value,
                                 {},
                                 restorable
                                     ? QStringLiteral("rule no longer defined")
                                     : QStringLiteral("not restored: Tidewatch was stopped too long")});
        m_book->batch.deleteAlerts.append(fingerprint);
    }
    QSet<QString> restored;
    for (const ActiveAlert &a : state.alerts) {
        const QString fingerprint = alertFingerprint(a.labels);
        if (closedFingerprints.contains(fingerprint))
            continue;
        restored.insert(fingerprint);
        m_book->persisted.insert(fingerprint, a);
        record(AlertHistoryEntry{-1,
                                 t,
                                 a.ruleName,
                                 fingerprint,
                                 a.labels,
                                 AlertHistoryEvent::Restored,
                                 a.value,
                                 {},
                                 a.state == AlertState::Firing ? QStringLiteral("firing")
                                                               : QStringLiteral("pending")});
    }
    for (const Acknowledgement &ack : state.acks) {
        if (restored.contains(ack.fingerprint))
            m_acks.acknowledge(ack);
        else
            m_book->batch.deleteAcks.append(ack.fingerprint);
    }
    // Silences that already matched before the restart are not "silenced" again.
    for (const AlertView &v : buildViews(t))
        m_book->silencedBy.insert(v.fingerprint, v.silencedBy);

    m_writer =
        std::make_unique<AlertHistoryWriter>(path, options.maxAgeMs, options.maxRows, options.pruneEveryMs);
    connect(m_writer.get(), &AlertHistoryWriter::failed, this, &AlertService::historyError);
    refresh(t);
    commit(t, true);
    if (!state.silences.isEmpty())
        Q_EMIT silencesChanged();
    return true;
}

void AlertService::setRules(const QList<AlertRule> &rules)
{
    m_evaluator.setRules(rules);
}

QList<AlertRule> AlertService::rules() const
{
    return m_evaluator.rules();
}

void AlertService::evaluate(const QList<MetricSample> &samples, const QList<SourceHealth> &health,
                            qint64 nowMs)
{
    const qint64 t = now(nowMs);
    const AlertEvaluation result = m_evaluator.evaluate(samples, health, t);
    // Data back first, then what the data says, then what has no data from now on.
    for (const RuleNoData &n : result.noDataEnded) {
        if (m_book->noDataRecorded.remove(noDataKey(n)))
            recordNoData(n, AlertHistoryEvent::DataBack, t);
    }
    for (const AlertTransition &tr : result.transitions) {
        record(AlertHistoryEntry{-1,
                                 t,
                                 tr.alert.ruleName,
                                 alertFingerprint(tr.alert.labels),
                                 tr.alert.labels,
                                 transitionEvent(tr),
                                 tr.alert.value,
                                 {},
                                 {}});
    }
    // A source that has not finished its first cycle is not news (every start-up would record a row
    // per rule and cluster); it is recorded once it turns out unreachable or stale.
    for (const RuleNoData &n : m_evaluator.noData()) {
        if (n.reason != QLatin1String(kStarting) && !m_book->noDataRecorded.contains(noDataKey(n))) {
            m_book->noDataRecorded.insert(noDataKey(n));
            recordNoData(n, AlertHistoryEvent::NoData, t);
        }
    }
    refresh(t);
    commit(t, true);
    Q_EMIT evaluated(m_views, result.transitions, t);
}

QList<AlertView> AlertService::alerts() const
{
    return m_views;
}

QList<AlertView> AlertService::buildViews(qint64 nowMs) const
{
    QHash<QPair<QString, QString>, RuleNoData> noData; // (rule, cluster)
    for (const RuleNoData &n : m_evaluator.noData())
        noData.insert({n.ruleName, n.cluster}, n);
    QList<AlertView> views;
    for (const ActiveAlert &a : m_evaluator.activeAlerts()) {
        AlertView v;
        v.alert = a;
        v.fingerprint = alertFingerprint(a.labels);
        v.state = a.state == AlertState::Firing ? AlertViewState::Firing : AlertViewState::Pending;
        v.noData = a.noData;
        if (a.noData) {
            const RuleNoData n = noData.value({a.ruleName, a.label(QStringLiteral("cluster"))});
            v.noDataReason = n.reason;
            v.noDataSinceMs = n.sinceMs;
        }
        v.ack = m_acks.find(v.fingerprint);
        v.silencedBy = m_silences.silencing(a.labels, nowMs);
        views.append(v);
    }
    for (const RuleNoData &n : m_evaluator.noData()) {
        AlertView v;
        v.alert.ruleName = n.ruleName;
        v.alert.severity = n.severity;
        v.alert.labels = noDataLabels(n);
        v.alert.noData = true;
        v.fingerprint = alertFingerprint(v.alert.labels);
        v.state = AlertViewState::NoData;
        v.noData = true;
        v.noDataReason = n.reason;
        v.noDataSinceMs = n.sinceMs;
        v.alert.activeSinceMs = n.sinceMs;
        v.ack = m_acks.find(v.fingerprint);
        v.silencedBy = m_silences.silencing(v.alert.labels, nowMs);
        views.append(v);
    }
    return views;
}

void AlertService::refresh(qint64 nowMs)
{
    Book &book = *m_book;
    const QList<AlertView> views = buildViews(nowMs);
    QSet<QString> active;
    QSet<QString> frozen;
    QHash<QString, QStringList> silencedBy;
    for (const AlertView &v : views) {
        active.insert(v.fingerprint);
        silencedBy.insert(v.fingerprint, v.silencedBy);
        const QStringList before = book.silencedBy.value(v.fingerprint);
        if (before.isEmpty() && v.isSilenced())
            record(AlertHistoryEntry{-1,
                                     nowMs,
                                     v.alert.ruleName,
                                     v.fingerprint,
                                     v.alert.labels,
                                     AlertHistoryEvent::Silenced,
                                     v.alert.value,
                                     {},
                                     v.silencedBy.join(u',')});
        else if (!before.isEmpty() && !v.isSilenced())
            record(AlertHistoryEntry{-1,
                                     nowMs,
                                     v.alert.ruleName,
                                     v.fingerprint,
                                     v.alert.labels,
                                     AlertHistoryEvent::Unsilenced,
                                     v.alert.value,
                                     {},
                                     before.join(u',')});
        if (v.state == AlertViewState::NoData)
            continue;
        // A pending/firing alert frozen for want of data, and thawed when its source is back.
        if (v.noData && v.noDataReason != QLatin1String(kStarting)) {
            frozen.insert(v.fingerprint);
            if (!book.frozen.contains(v.fingerprint))
                record(AlertHistoryEntry{-1,
                                         nowMs,
                                         v.alert.ruleName,
                                         v.fingerprint,
                                         v.alert.labels,
                                         AlertHistoryEvent::NoData,
                                         v.alert.value,
                                         {},
                                         v.noDataReason});
        } else if (v.noData && book.frozen.contains(v.fingerprint)) {
            frozen.insert(v.fingerprint); // still without data (its cluster restarted meanwhile)
        } else if (!v.noData && book.frozen.contains(v.fingerprint)) {
            record(AlertHistoryEntry{-1,
                                     nowMs,
                                     v.alert.ruleName,
                                     v.fingerprint,
                                     v.alert.labels,
                                     AlertHistoryEvent::DataBack,
                                     v.alert.value,
                                     {},
                                     {}});
        }
        const auto persisted = book.persisted.constFind(v.fingerprint);
        if (persisted == book.persisted.cend() || stateDiffers(*persisted, v.alert)) {
            book.persisted.insert(v.fingerprint, v.alert);
            book.batch.upsertAlerts.append(v.alert);
        }
    }
    for (auto it = book.persisted.begin(); it != book.persisted.end();) {
        if (active.contains(it.key())) {
            ++it;
        } else {
            book.batch.deleteAlerts.append(it.key());
            it = book.persisted.erase(it);
        }
    }
    book.frozen = frozen;
    book.silencedBy = silencedBy;
    for (const Acknowledgement &gone : m_acks.retain(active))
        book.batch.deleteAcks.append(gone.fingerprint);
    const QStringList forgotten = m_silences.prune(nowMs, m_options.silenceRetentionMs);
    book.batch.deleteSilences += forgotten;
    if (!forgotten.isEmpty())
        Q_EMIT silencesChanged();

    QList<AlertView> withAcks = buildViews(nowMs); // acks of alerts gone are dropped now
    if (withAcks != m_views) {
        m_views = std::move(withAcks);
        Q_EMIT alertsChanged();
    }
}

void AlertService::recordNoData(const RuleNoData &n, AlertHistoryEvent event, qint64 nowMs)
{
    const auto labels = noDataLabels(n);
    record(AlertHistoryEntry{-1,
                             nowMs,
                             n.ruleName,
                             alertFingerprint(labels),
                             labels,
                             event,
                             std::numeric_limits<double>::quiet_NaN(),
                             {},
                             event == AlertHistoryEvent::NoData ? n.reason : QString()});
}

void AlertService::record(AlertHistoryEntry entry)
{
    m_book->batch.entries.append(std::move(entry));
}

void AlertService::commit(qint64 nowMs, bool heartbeat)
{
    AlertHistoryBatch &batch = m_book->batch;
    if (!m_writer) {
        batch = {};
        return;
    }
    if (heartbeat && (!batch.isEmpty() || m_book->lastHeartbeatMs < 0 ||
                      nowMs - m_book->lastHeartbeatMs >= kHeartbeatEveryMs)) {
        batch.evaluatedAtMs = nowMs;
        m_book->lastHeartbeatMs = nowMs;
    }
    if (batch.isEmpty() && batch.evaluatedAtMs < 0)
        return;
    m_writer->write(batch);
    batch = {};
}

bool AlertService::acknowledge(const QString &fingerprint, const QString &by, const QString &comment,
                               qint64 nowMs)
{
    const qint64 t = now(nowMs);
    const auto view = std::find_if(m_views.cbegin(), m_views.cend(),
                                   [&](const AlertView &v) { return v.fingerprint == fingerprint; });
    const Acknowledgement ack{fingerprint, by.trimmed(), t, comment};
    if (view == m_views.cend() || !m_acks.acknowledge(ack))
        return false;
    record(AlertHistoryEntry{-1, t, view->alert.ruleName, fingerprint, view->alert.labels,
                             AlertHistoryEvent::Acknowledged, view->alert.value, ack.by, comment});
    m_book->batch.upsertAcks.append(ack);
    refresh(t);
    commit(t, false);
    return true;
}

std::optional<Acknowledgement> AlertService::acknowledgement(const QString &fingerprint) const
{
    return m_acks.find(fingerprint);
}

QString AlertService::addSilence(const Silence &silence, QString *error, qint64 nowMs)
{
    const qint64 t = now(nowMs);
    const QString id = m_silences.add(silence, error);
    if (id.isEmpty())
        return id;
    const Silence *added = m_silences.find(id);
    record(AlertHistoryEntry{-1,
                             t,
                             {},
                             id,
                             {},
                             AlertHistoryEvent::SilenceCreated,
                             std::numeric_limits<double>::quiet_NaN(),
                             added->createdBy,
                             matchersText(added->matchers) + QLatin1Char(' ') + added->comment});
    m_book->batch.upsertSilences.append(*added);
    Q_EMIT silencesChanged();
    refresh(t);
    commit(t, false);
    return id;
}

bool AlertService::expireSilence(const QString &id, qint64 nowMs)
{
    const qint64 t = now(nowMs);
    if (!m_silences.expire(id, t))
        return false;
    const Silence *expired = m_silences.find(id);
    record(AlertHistoryEntry{-1,
                             t,
                             {},
                             id,
                             {},
                             AlertHistoryEvent::SilenceExpired,
                             std::numeric_limits<double>::quiet_NaN(),
                             {},
                             matchersText(expired->matchers)});
    m_book->batch.upsertSilences.append(*expired);
    Q_EMIT silencesChanged();
    refresh(t);
    commit(t, false);
    return true;
}

QList<AlertHistoryEntry> AlertService::history(const HistoryQuery &query) const
{
    if (!m_reader)
        return {};
    return m_reader->query(query);
}

void AlertService::flushHistory()
{
    if (m_writer)
        m_writer->flush();
}

} // namespace Tidewatch
