#include "FlinkCollector.h"

#include "BoundedReply.h"
#include "Redact.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <limits>
#include <memory>

namespace Tidewatch {

namespace {

constexpr qint64 kPlanMaxAgeMs = 60000;              ///< refetch /jobs/:jid at least this often
constexpr qint64 kSourceIdsMaxAgeMs = 60000;         ///< re-list source metric ids (partition assignment)
constexpr qint64 kIncompleteSourceIdsRetryMs = 5000; ///< ... sooner while some subtask lacks its ids
constexpr int kMaxQueryLength = 3000;                ///< Flink's HTTP decoder limits the request line (4 KiB)

/// States in which a job has no running tasks and nothing left to measure.
bool isTerminal(const QString &state)
{
    return FlinkSnapshot::isTerminalState(state);
}

QString percentEncoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

/// A path segment made of outside data (a job or vertex id): percent-encoded, so '/', '?', '#' and
/// '%' in it stay inside the segment. Only for ids that usableInPath() accepts.
QString segment(const QString &id)
{
    return percentEncoded(id);
}

/// "." and ".." cannot be sent as a path segment: QUrl decodes %2E and resolves them, which would
/// ask another resource (/jobs/../metrics is /metrics). Flink's ids are hex: such an id is refused.
bool usableInPath(const QString &id)
{
    return !id.isEmpty() && id != QLatin1String(".") && id != QLatin1String("..");
}

} // namespace

namespace {

/// The profile's Flink TLS and basic-auth options; a user and password in the URL
/// (http://user:pw@host) count when the profile names no user.
HttpAuth flinkAuthOf(const ClusterProfile &profile)
{
    HttpAuth auth = profile.flinkAuth();
    const QUrl base(profile.flinkRestUrl);
    if (!auth.hasBasicAuth() && !base.userName().isEmpty()) {
        auth.user = base.userName();
        auth.password = base.password();
    }
    return auth;
}

} // namespace

FlinkCollector::FlinkCollector(ClusterProfile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_auth(flinkAuthOf(m_profile))
{
    m_last.clusterName = m_profile.name;
    // A password in the URL (http://user:pw@host) is used for the requests, never shown.
    m_last.restUrl = Format::redactCredentials(m_profile.flinkRestUrl);
}

void FlinkCollector::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_profile.flinkPollIntervalMs);
        connect(m_timer, &QTimer::timeout, this, &FlinkCollector::collect);
    }
    m_timer->start();
    collect();
}

void FlinkCollector::stop()
{
    if (m_timer)
        m_timer->stop();
}

void FlinkCollector::collect()
{
    if (m_pending > 0)
        return; // the previous cycle is still waiting for its (bounded) replies
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_next = m_last;
    m_next.partErrors.clear();
    m_next.status.attemptedAt = QDateTime::currentDateTimeUtc();
    m_next.status.requestCount = 0;
    m_errors.clear();
    m_cycleStartMs = QDateTime::currentMSecsSinceEpoch();
    if (!m_auth.error().isEmpty()) {
        m_errors.append(m_auth.error());
        finishCycle();
        return;
    }
    // Flink refreshes its metric store once per fetcher interval; asking more often gets the same
    // numbers, so vertex metrics are requested once per interval and carried over in between.
    const qint64 interval = std::max<qint64>(m_fetcherIntervalMs, 0);
    m_metricRound = m_lastMetricRoundMs < 0 ||
                    m_cycleStartMs - m_lastMetricRoundMs >= interval - m_profile.flinkPollIntervalMs / 2;
    if (m_metricRound)
        m_lastMetricRoundMs = m_cycleStartMs;

    // A backstop over the per-request deadlines: whatever is still open when the cycle's deadline
    // passes is ended, so the cycle finishes and says so.
    if (!m_cycleDeadline) {
        m_cycleDeadline = new QTimer(this);
        m_cycleDeadline->setSingleShot(true);
        connect(m_cycleDeadline, &QTimer::timeout, this, [this] {
            const QString reason = tr("the cycle's deadline of %1 ms passed").arg(cycleDeadlineMs());
            for (BoundedReply *open : QList<BoundedReply *>(m_inFlight.cbegin(), m_inFlight.cend()))
                open->abortWith(reason);
        });
    }
    m_cycleDeadline->start(cycleDeadlineMs());
    ++m_pending; // held until every request of this function is sent
    if (m_next.flinkVersion.isEmpty()) {
        get(QStringLiteral("/config"), [this](const Reply &r) {
            QString error = r.error;
            if (error.isEmpty())
                FlinkParsers::parseConfig(r.body, m_next, error);
            if (!error.isEmpty())
                coreFailed(QStringLiteral("/config"), error);
        });
    }
    if (m_fetcherIntervalMs < 0) {
        get(QStringLiteral("/jobmanager/config"), [this](const Reply &r) {
            QString error = r.error;
            qint64 interval = -1;
            if (error.isEmpty() && FlinkParsers::parseFetcherIntervalMs(r.body, interval, error))
                m_fetcherIntervalMs = interval;
            else // not fatal: then every cycle is a metric round
                m_next.partErrors.append(QStringLiteral("/jobmanager/config: ") + error);
        });
    }
    get(QStringLiteral("/overview"), [this](const Reply &r) {
        QString error = r.error;
        if (error.isEmpty())
            FlinkParsers::parseOverview(r.body, m_next, error);
        if (!error.isEmpty())
            coreFailed(QStringLiteral("/overview"), error);
    });
    get(QStringLiteral("/taskmanagers"), [this](const Reply &r) {
        QString error = r.error;
        if (error.isEmpty() && FlinkParsers::parseTaskManagers(r.body, m_next, error))
            requestTaskManagerMetrics();
        if (!error.isEmpty())
            coreFailed(QStringLiteral("/taskmanagers"), error);
    });
    get(QStringLiteral("/jobs/overview"), [this](const Reply &r) {
        QString error = r.error;
        if (error.isEmpty() && FlinkParsers::parseJobsOverview(r.body, m_next, error))
            requestJobs();
        if (!error.isEmpty())
            coreFailed(QStringLiteral("/jobs/overview"), error);
    });
    if (--m_pending == 0)
        finishCycle();
}

void FlinkCollector::get(const QString &path, Handler handler)
{
    QUrl url(m_profile.flinkRestUrl);
    url.setUserInfo(QString()); // sent in the Authorization header, kept out of Qt's error texts
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    // The path's outside parts are percent-encoded already (segment()): kept encoded, not decoded.
    url.setPath(url.path(QUrl::FullyEncoded) + (question < 0 ? path : path.left(question)),
                QUrl::TolerantMode);
    if (question >= 0)
        url.setQuery(path.mid(question + 1), QUrl::StrictMode);
    QNetworkRequest req(url);
    BoundedReply::prepare(req); // redirects stay on this origin, so the credentials do too
    req.setRawHeader("Accept", "application/json");
    m_auth.apply(req);
    auto *bounded = new BoundedReply(
        m_network->get(req), HttpLimits{m_profile.requestTimeoutMs, m_profile.flinkMaxResponseBytes}, this);
    m_inFlight.insert(bounded);
    ++m_next.status.requestCount;
    ++m_pending;
    connect(bounded, &BoundedReply::finished, this, [this, bounded, handler = std::move(handler)] {
        m_inFlight.remove(bounded);
        bounded->deleteLater();
        Reply r;
        r.body = bounded->body();
        r.http = bounded->reply()->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = Format::redactCredentials(bounded->transportError());
        if (!r.error.isEmpty()) {
            r.body.clear(); // cut off: not an answer to parse
        } else if (r.http >= 400) {
            // Flink puts whole stack traces into error messages: the first line is enough here.
            const QString detail = FlinkParsers::errorMessage(r.body).section(QLatin1Char('\n'), 0, 0);
            r.error =
                tr("HTTP %1%2").arg(r.http).arg(detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
        }
        handler(r);
        if (--m_pending == 0)
            finishCycle();
    });
}

void FlinkCollector::coreFailed(const QString &path, const QString &error)
{
    m_errors.append(path + QStringLiteral(": ") + error);
}

void FlinkCollector::partFailed(const QString &path, const QString &error)
{
    m_next.partErrors.append(path + QStringLiteral(": ") + error);
}

void FlinkCollector::requestTaskManagerMetrics()
{
    const QString query =
        QStringLiteral("/metrics?get=") + FlinkParsers::taskManagerMetricIds().join(QLatin1Char(','));
    for (FlinkTaskManagerInfo &tm : m_next.taskManagerList) {
        // Between metric rounds Flink's cache holds the same figures: carried over with their time.
        for (const FlinkTaskManagerInfo &before : std::as_const(m_last.taskManagerList)) {
            if (before.id == tm.id && !m_metricRound) {
                tm.heapUsedBytes = before.heapUsedBytes;
                tm.heapMaxBytes = before.heapMaxBytes;
                tm.cpuLoad = before.cpuLoad;
                tm.metricsFetchedAtMs = before.metricsFetchedAtMs;
            }
        }
        if (!m_metricRound)
            continue;
        if (!usableInPath(tm.id)) {
            partFailed(QStringLiteral("/taskmanagers/:id"),
                       tr("the task manager id \"%1\" cannot be used in a URL").arg(tm.id));
            continue;
        }
        tm.metricsFetchedAtMs = m_cycleStartMs;
        const QString id = tm.id;
        const QString base = QStringLiteral("/taskmanagers/") + segment(id);
        get(base + query, [this, id, base](const Reply &r) {
            QString error = r.error;
            for (FlinkTaskManagerInfo &t : m_next.taskManagerList) {
                if (t.id == id && error.isEmpty())
                    FlinkParsers::parseTaskManagerMetrics(r.body, t, error);
            }
            if (!error.isEmpty())
                partFailed(base + QStringLiteral("/metrics"), error);
        });
    }
}

FlinkJobDetails *FlinkCollector::job(const QString &jobId)
{
    for (FlinkJobDetails &j : m_next.jobDetails) {
        if (j.jobId == jobId)
            return &j;
    }
    return nullptr;
}

FlinkVertexInfo *FlinkCollector::vertex(const QString &jobId, const QString &vertexId)
{
    FlinkJobDetails *j = job(jobId);
    if (!j)
        return nullptr;
    for (FlinkVertexInfo &v : j->vertices) {
        if (v.id == vertexId)
            return &v;
    }
    return nullptr;
}

qint64 FlinkCollector::jobManagerNowMs(const QString &jobId) const
{
    return QDateTime::currentMSecsSinceEpoch() + m_plans.value(jobId).clockOffsetMs;
}

void FlinkCollector::requestJobs()
{
    // Terminal jobs stay listed for a while (type, end, why it failed), then are left out, before
    // anything is asked about them.
    for (qsizetype i = m_next.jobs.size() - 1; i >= 0 && i < m_next.jobDetails.size(); --i) {
        const FlinkJobInfo &info = m_next.jobs.at(i);
        if (isTerminal(info.state) && info.endTimeMs > 0 && m_profile.flinkTerminalJobRetentionMs >= 0 &&
            jobManagerNowMs(info.id) - info.endTimeMs > m_profile.flinkTerminalJobRetentionMs) {
            m_next.jobs.removeAt(i);
            m_next.jobDetails.removeAt(i);
        }
    }

    // Details of the previous cycle, by job id, to carry over what is not asked for again.
    QSet<QString> live;
    for (qsizetype i = 0; i < m_next.jobs.size() && i < m_next.jobDetails.size(); ++i) {
        const FlinkJobInfo &info = m_next.jobs.at(i);
        FlinkJobDetails &j = m_next.jobDetails[i];
        live.insert(j.jobId);
        if (const FlinkJobDetails *before = m_last.details(j.jobId)) {
            j.jobType = before->jobType;
            j.restarts = before->restarts;
            j.uptimeMs = before->uptimeMs;
            j.uptimeGaugeMs = before->uptimeGaugeMs;
            j.metricsUptimeGaugeMs = before->metricsUptimeGaugeMs;
            j.runningSinceMs = before->runningSinceMs;
            j.lastFailure = before->lastFailure;
            j.exceptionHistory = before->exceptionHistory;
            j.metricsFetchedAtMs = before->metricsFetchedAtMs;
            j.checkpoints = before->checkpoints;
            if (!m_metricRound || isTerminal(info.state))
                j.vertices = before->vertices;
        }
        if (!usableInPath(j.jobId)) {
            partFailed(QStringLiteral("/jobs/:jid"),
                       tr("the job id \"%1\" cannot be used in a URL").arg(j.jobId));
            continue;
        }
        const QString base = QStringLiteral("/jobs/") + segment(j.jobId);
        const QString id = j.jobId;
        const CachedPlan cached = m_plans.value(j.jobId);
        const bool stale = cached.fetchedAtMs < 0 || cached.lastModificationMs != j.lastModificationMs ||
                           cached.state != info.state || m_cycleStartMs - cached.fetchedAtMs >= kPlanMaxAgeMs;
        if (isTerminal(info.state) && cached.fetchedAtMs >= 0 && cached.state == info.state) {
            // Its type, end, restarts and failure do not change any more: asked for once.
            applyPlan(cached, j);
            continue;
        }
        // Restarts and the last failure are kept for failed jobs too: they say why it failed.
        get(base + QStringLiteral("/metrics?get=numRestarts,uptime"), [this, id, base](const Reply &r) {
            FlinkJobDetails *jj = job(id);
            QString error = r.error;
            if (jj && error.isEmpty())
                FlinkParsers::parseJobMetrics(r.body, *jj, error);
            if (!error.isEmpty())
                partFailed(base + QStringLiteral("/metrics"), error);
        });
        const QString exceptions =
            QStringLiteral("/exceptions?maxExceptions=%1").arg(FlinkJobDetails::kMaxExceptions);
        get(base + exceptions, [this, id, base](const Reply &r) {
            FlinkJobDetails *jj = job(id);
            QString error = r.error;
            if (jj && error.isEmpty() &&
                FlinkParsers::parseExceptionHistory(r.body, jj->exceptionHistory, error))
                jj->lastFailure = jj->exceptionHistory.isEmpty()
                                      ? std::nullopt
                                      : std::optional<FlinkFailureInfo>(jj->exceptionHistory.first());
            if (!error.isEmpty())
                partFailed(base + QStringLiteral("/exceptions"), error);
        });
        if (isTerminal(info.state)) {
            requestJobDetails(j.jobId); // once: no metrics, no checkpoints
            continue;
        }
        if (!m_checkpointIntervals.contains(id)) {
            get(base + QStringLiteral("/checkpoints/config"), [this, id, base](const Reply &r) {
                QString error = r.error;
                qint64 interval = -1;
                if (FlinkParsers::isCheckpointingDisabled(r.http, r.body)) {
                    m_checkpointIntervals.insert(id, -1); // 1.x: /checkpoints says so as well; not again
                    return;
                }
                if (error.isEmpty() && FlinkParsers::parseCheckpointInterval(r.body, interval, error))
                    m_checkpointIntervals.insert(id, interval);
                if (!error.isEmpty())
                    partFailed(base + QStringLiteral("/checkpoints/config"), error);
            });
        }
        get(base + QStringLiteral("/checkpoints"), [this, id, base](const Reply &r) {
            FlinkJobDetails *jj = job(id);
            if (!jj)
                return;
            if (FlinkParsers::isCheckpointingDisabled(r.http, r.body)) {
                jj->checkpoints = FlinkCheckpointStats{};
                jj->checkpoints.checkpointing = FlinkCheckpointing::Disabled;
                return;
            }
            QString error = r.error;
            if (error.isEmpty())
                FlinkParsers::parseCheckpoints(r.body, jj->checkpoints, error);
            if (!error.isEmpty())
                partFailed(base + QStringLiteral("/checkpoints"), error);
        });
        if (stale) {
            requestJobDetails(j.jobId);
        } else {
            applyPlan(cached, j);
            if (m_metricRound)
                requestVertexMetrics(j.jobId);
        }
    }
    // Forget caches of jobs Flink no longer lists.
    for (auto it = m_plans.begin(); it != m_plans.end();)
        it = live.contains(it.key()) ? std::next(it) : m_plans.erase(it);
    for (auto it = m_sourceIds.begin(); it != m_sourceIds.end();)
        it = live.contains(it.key().section(QLatin1Char('/'), 0, 0)) ? std::next(it) : m_sourceIds.erase(it);
    for (auto it = m_checkpointIntervals.begin(); it != m_checkpointIntervals.end();)
        it = live.contains(it.key()) ? std::next(it) : m_checkpointIntervals.erase(it);
}

void FlinkCollector::applyPlan(const CachedPlan &cached, FlinkJobDetails &j) const
{
    j.jobType = cached.plan.jobType;
    j.runningSinceMs = cached.plan.runningSinceMs;
}

void FlinkCollector::requestJobDetails(const QString &jobId)
{
    const QString path = QStringLiteral("/jobs/") + segment(jobId);
    get(path, [this, jobId, path](const Reply &r) {
        FlinkJobDetails *j = job(jobId);
        QString error = r.error;
        FlinkParsers::JobPlan plan;
        if (!j || (error.isEmpty() && !FlinkParsers::parseJobDetails(r.body, plan, error)) ||
            !error.isEmpty()) {
            if (!error.isEmpty())
                partFailed(path, error);
            return;
        }
        CachedPlan &cached = m_plans[jobId];
        cached.plan = plan;
        cached.fetchedAtMs = QDateTime::currentMSecsSinceEpoch();
        cached.clockOffsetMs = plan.nowMs > 0 ? plan.nowMs - cached.fetchedAtMs : 0;
        cached.lastModificationMs = j->lastModificationMs;
        cached.state = stateOf(jobId);
        applyPlan(cached, *j);
        if (isTerminal(cached.state)) {
            j->vertices.clear(); // a finished job's vertices have no metrics to show
            return;
        }
        if (m_metricRound) {
            requestVertexMetrics(jobId);
        } else {
            // Keep the carried-over metrics of vertices that still exist; take the new structure.
            QList<FlinkVertexInfo> merged = plan.vertices;
            for (FlinkVertexInfo &v : merged) {
                for (const FlinkVertexInfo &old : j->vertices) {
                    if (old.id == v.id) {
                        const FlinkVertexInfo structure = v;
                        v = old;
                        v.name = structure.name;
                        v.status = structure.status;
                        v.parallelism = structure.parallelism;
                        v.maxParallelism = structure.maxParallelism;
                        v.source = structure.source;
                        v.inputs = structure.inputs;
                    }
                }
            }
            j->vertices = merged;
        }
    });
}

void FlinkCollector::requestVertexMetrics(const QString &jobId)
{
    FlinkJobDetails *j = job(jobId);
    if (!j)
        return;
    j->vertices = m_plans.value(jobId).plan.vertices; // fresh: every metric unknown until answered
    j->metricsFetchedAtMs = m_cycleStartMs;
    j->metricsUptimeGaugeMs = -1;
    // Asked for in the same wave as the vertex metrics, so it comes from the same metric fetch and
    // dates them when no source gauge does (the job's first request is often answered from the
    // fetch before).
    const QString jobBase = QStringLiteral("/jobs/") + segment(jobId);
    get(jobBase + QStringLiteral("/metrics?get=uptime"), [this, jobId, jobBase](const Reply &r) {
        FlinkJobDetails *jj = job(jobId);
        QString error = r.error;
        QHash<QString, QString> values;
        if (jj && error.isEmpty() && FlinkParsers::parseMetricValues(r.body, values, error)) {
            bool ok = false;
            const qint64 uptime = values.value(QStringLiteral("uptime")).toLongLong(&ok);
            jj->metricsUptimeGaugeMs = ok ? uptime : -1;
        }
        if (!error.isEmpty())
            partFailed(jobBase + QStringLiteral("/metrics"), error);
    });
    const QString aggregateQuery = QStringLiteral("/subtasks/metrics?get=") +
                                   FlinkParsers::vertexAggregateIds().join(QLatin1Char(',')) +
                                   QStringLiteral("&agg=max,avg,sum");
    for (const FlinkVertexInfo &v : std::as_const(j->vertices)) {
        const QString vid = v.id;
        if (!usableInPath(vid)) {
            partFailed(jobBase + QStringLiteral("/vertices/:vid"),
                       tr("the vertex id \"%1\" cannot be used in a URL").arg(vid));
            continue;
        }
        const QString base =
            QStringLiteral("/jobs/") + segment(jobId) + QStringLiteral("/vertices/") + segment(vid);
        get(base + QStringLiteral("/backpressure"), [this, jobId, vid, base](const Reply &r) {
            FlinkVertexInfo *vv = vertex(jobId, vid);
            QString error = r.error;
            if (vv && error.isEmpty())
                FlinkParsers::parseBackpressure(r.body, *vv, error);
            if (!error.isEmpty())
                partFailed(base + QStringLiteral("/backpressure"), error);
        });
        get(base + aggregateQuery, [this, jobId, vid, base](const Reply &r) {
            FlinkVertexInfo *vv = vertex(jobId, vid);
            QString error = r.error;
            if (vv && error.isEmpty())
                FlinkParsers::parseVertexAggregates(r.body, *vv, error);
            if (!error.isEmpty())
                partFailed(base + QStringLiteral("/subtasks/metrics"), error);
        });
        if (v.source) {
            requestSourceWatermarks(jobId, vid);
            continue;
        }
        get(base + QStringLiteral("/watermarks"), [this, jobId, vid, base](const Reply &r) {
            FlinkVertexInfo *vv = vertex(jobId, vid);
            QString error = r.error;
            QList<qint64> watermarks;
            // The lag is taken in finishCycle, against the time Flink sampled the job's metrics.
            if (vv && error.isEmpty() && FlinkParsers::parseWatermarks(r.body, watermarks, error))
                vv->inputWatermarksMs = watermarks;
            if (!error.isEmpty())
                partFailed(base + QStringLiteral("/watermarks"), error);
        });
    }
}

void FlinkCollector::requestSourceWatermarks(const QString &jobId, const QString &vertexId)
{
    const QString key = jobId + QLatin1Char('/') + vertexId;
    const QString base =
        QStringLiteral("/jobs/") + segment(jobId) + QStringLiteral("/vertices/") + segment(vertexId);
    const FlinkVertexInfo *v = vertex(jobId, vertexId);
    const CachedSourceIds cached = m_sourceIds.value(key);
    // Metric ids are listed before they are requested (Flink sanitises operator names, and
    // watermarkLag/currentOutputWatermark appear only after the first watermark, and a subtask
    // without splits may never have one: incomplete listings are retried, but not every cycle).
    const qint64 listingAge = m_cycleStartMs - cached.listedAtMs;
    const bool incomplete = v && cached.ids.subtasksWithWatermark < v->parallelism;
    const bool relist =
        cached.listedAtMs < 0 || listingAge >= kSourceIdsMaxAgeMs ||
        (incomplete && listingAge >= std::max(kIncompleteSourceIdsRetryMs, cached.incompleteRetryMs));
    auto requestValues = [this, jobId, vertexId, base](const QStringList &ids) {
        if (ids.isEmpty()) {
            if (FlinkVertexInfo *vv = vertex(jobId, vertexId))
                FlinkParsers::applySourceValues({}, *vv);
            return;
        }
        // Several requests when the ids would make the request line too long for Flink.
        QList<QStringList> chunks{{}};
        qsizetype length = 0;
        for (const QString &id : ids) {
            const QString encoded = percentEncoded(id);
            if (length + encoded.size() > kMaxQueryLength && !chunks.last().isEmpty()) {
                chunks.append(QStringList());
                length = 0;
            }
            chunks.last().append(encoded);
            length += encoded.size() + 1;
        }
        auto values = std::make_shared<QHash<QString, QString>>();
        auto remaining = std::make_shared<int>(int(chunks.size()));
        for (const QStringList &chunk : chunks) {
            get(base + QStringLiteral("/metrics?get=") + chunk.join(QLatin1Char(',')),
                [this, jobId, vertexId, base, values, remaining](const Reply &r) {
                    QString error = r.error;
                    QHash<QString, QString> part;
                    if (error.isEmpty() && FlinkParsers::parseMetricValues(r.body, part, error))
                        values->insert(part);
                    if (!error.isEmpty())
                        partFailed(base + QStringLiteral("/metrics"), error);
                    if (--*remaining == 0) {
                        if (FlinkVertexInfo *vv = vertex(jobId, vertexId))
                            FlinkParsers::applySourceValues(*values, *vv);
                    }
                });
        }
    };
    if (!relist) {
        requestValues(cached.ids.request);
        return;
    }
    get(base + QStringLiteral("/metrics"), [this, key, base, requestValues](const Reply &r) {
        QString error = r.error;
        QStringList ids;
        if (error.isEmpty() && FlinkParsers::parseMetricIds(r.body, ids, error)) {
            CachedSourceIds &c = m_sourceIds[key];
            const int hadWatermarks = c.listedAtMs < 0 ? -1 : c.ids.subtasksWithWatermark;
            c.ids = FlinkParsers::sourceMetricIds(ids);
            c.listedAtMs = m_cycleStartMs;
            // No new subtask got its watermark ids since the last listing: wait longer next time.
            c.incompleteRetryMs = c.ids.subtasksWithWatermark > hadWatermarks
                                      ? kIncompleteSourceIdsRetryMs
                                      : std::min(kSourceIdsMaxAgeMs, std::max(kIncompleteSourceIdsRetryMs,
                                                                              c.incompleteRetryMs * 2));
            requestValues(c.ids.request);
        }
        if (!error.isEmpty())
            partFailed(base + QStringLiteral("/metrics"), error);
    });
}

QString FlinkCollector::stateOf(const QString &jobId) const
{
    for (const FlinkJobInfo &j : m_next.jobs) {
        if (j.id == jobId)
            return j.state;
    }
    return {};
}

void FlinkCollector::linkKafkaSources(const QString &jobName, FlinkJobDetails &j) const
{
    const FlinkKafkaLink *link = nullptr;
    for (const FlinkKafkaLink &l : m_profile.flinkKafkaLinks) {
        if (l.jobName == jobName || (!link && l.jobName == QLatin1String("*")))
            link = &l;
    }
    j.kafkaSources.clear();
    if (link && !link->topics.isEmpty()) {
        FlinkKafkaSource s;
        QStringList topics = link->topics;
        topics.sort();
        s.topics = topics;
        s.groupId = link->groupId;
        s.fromProfile = true;
        j.kafkaSources.append(s);
        return;
    }
    for (const FlinkVertexInfo &v : j.vertices) {
        if (!v.source)
            continue;
        const QStringList topics = m_sourceIds.value(j.jobId + QLatin1Char('/') + v.id).ids.topics;
        if (topics.isEmpty())
            continue;
        FlinkKafkaSource s;
        s.vertexId = v.id;
        s.topics = topics;
        if (link) {
            s.groupId = link->groupId;
            s.fromProfile = true;
        }
        j.kafkaSources.append(s);
    }
}

int FlinkCollector::cycleDeadlineMs() const
{
    // Requests come in waves (jobs, then plans, then vertex metrics, then source ids and values):
    // three request timeouts leave room for a slow wave or two; never shorter than a poll interval.
    const qint64 ms = std::max<qint64>(m_profile.flinkPollIntervalMs, 3LL * m_profile.requestTimeoutMs);
    return int(std::min<qint64>(ms, std::numeric_limits<int>::max()));
}

void FlinkCollector::finishCycle()
{
    if (m_cycleDeadline)
        m_cycleDeadline->stop();
    for (qsizetype i = 0; i < m_next.jobs.size() && i < m_next.jobDetails.size(); ++i) {
        const FlinkJobInfo &info = m_next.jobs.at(i);
        FlinkJobDetails &j = m_next.jobDetails[i];
        const qint64 jmNow = jobManagerNowMs(j.jobId);
        FlinkParsers::applyCheckpointInterval(m_checkpointIntervals.value(j.jobId, -1), j.checkpoints);
        FlinkParsers::resolveWatermarks(j, m_profile.flinkSourceIdleMs, jmNow);
        j.metricsAgeMs = j.metricsSampledAtMs > 0 ? std::max<qint64>(0, jmNow - j.metricsSampledAtMs) : -1;
        // Exact and not cached: the JobManager's clock minus its last switch to RUNNING.
        if (info.state == QLatin1String("RUNNING") && j.runningSinceMs > 0)
            j.uptimeMs = std::max<qint64>(0, jmNow - j.runningSinceMs);
        else if (isTerminal(info.state))
            j.uptimeMs = -1; // not running any more: `durationMs` says how long it ran
        else if (info.state != QLatin1String("RUNNING"))
            j.uptimeMs = j.uptimeGaugeMs >= 0 ? 0 : -1;
        linkKafkaSources(info.name, j);
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (FlinkTaskManagerInfo &tm : m_next.taskManagerList)
        tm.metricsAgeMs =
            tm.metricsFetchedAtMs >= 0 ? std::max<qint64>(0, nowMs - tm.metricsFetchedAtMs) : -1;
    m_next.metricFetcherIntervalMs = m_fetcherIntervalMs;
    m_next.partErrors.sort();
    m_next.status.durationMs = QDateTime::currentMSecsSinceEpoch() - m_cycleStartMs;
    m_next.status.reachable = m_errors.isEmpty();
    m_next.status.error = m_errors.join(QStringLiteral("; "));
    if (m_next.status.reachable) {
        m_next.status.lastSuccessAt = m_next.status.attemptedAt;
        m_last = m_next;
    } else {
        // Keep the last good data, marked as unreachable with its age.
        FlinkSnapshot kept = m_last;
        kept.status = m_next.status;
        kept.partErrors = m_next.partErrors;
        // What the cluster has now is unknown, not what it had when it last answered.
        kept.taskManagers = kept.slotsTotal = kept.slotsAvailable = -1;
        // Ages and uptimes were true when last measured; they cannot be carried forward as current.
        for (FlinkJobDetails &d : kept.jobDetails) {
            d.uptimeMs = -1;
            d.metricsAgeMs = -1;
        }
        for (FlinkTaskManagerInfo &tm : kept.taskManagerList)
            tm.metricsAgeMs = -1;
        if (kept.flinkVersion.isEmpty())
            kept.flinkVersion = m_next.flinkVersion;
        m_last = kept;
        m_lastMetricRoundMs = -1; // measure everything again once Flink answers
    }
    Q_EMIT snapshotReady(m_last);
}

} // namespace Tidewatch
