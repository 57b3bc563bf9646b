// Parsers of the per-job and per-vertex Flink REST responses (declared in FlinkParsers.h).
#include "FlinkParsers.h"

#include "FlinkJson.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>
#include <map>

namespace Tidewatch::FlinkParsers {

using namespace FlinkJson;

namespace {

constexpr qint64 kNoWatermark = std::numeric_limits<qint64>::min(); // Long.MIN_VALUE placeholder
constexpr qint64 kEndOfInput = std::numeric_limits<qint64>::max();  // MAX_WATERMARK

FlinkBackpressureLevel levelOf(const json &object)
{
    QString text = stringField(object, "backpressureLevel");
    if (text.isEmpty())
        text = stringField(object, "backpressure-level"); // the only spelling before FLINK-29503
    text = text.toLower();
    if (text == QLatin1String("ok"))
        return FlinkBackpressureLevel::Ok;
    if (text == QLatin1String("low"))
        return FlinkBackpressureLevel::Low;
    if (text == QLatin1String("high"))
        return FlinkBackpressureLevel::High;
    return FlinkBackpressureLevel::Unknown;
}

FlinkCheckpointInfo checkpointOf(const json &entry)
{
    FlinkCheckpointInfo c;
    c.id = intField(entry, "id", -1);
    c.status = stringField(entry, "status");
    if (c.status.isEmpty()) // className is the type discriminator: completed, failed, in_progress
        c.status = stringField(entry, "className").toUpper();
    c.savepoint = boolField(entry, "is_savepoint", false);
    c.triggerTimestampMs = intField(entry, "trigger_timestamp", -1);
    c.latestAckTimestampMs = intField(entry, "latest_ack_timestamp", -1);
    c.endToEndDurationMs = nonNegativeField(entry, "end_to_end_duration", -1);
    // Both positive, so the difference cannot overflow; an acknowledgement before the trigger is unknown.
    if (c.status == QLatin1String("COMPLETED") && c.triggerTimestampMs > 0 &&
        c.latestAckTimestampMs >= c.triggerTimestampMs)
        c.durationMs = c.latestAckTimestampMs - c.triggerTimestampMs;
    c.stateSizeBytes = nonNegativeField(entry, "state_size", -1);
    c.checkpointedSizeBytes = nonNegativeField(entry, "checkpointed_size", -1);
    c.numSubtasks = countField(entry, "num_subtasks", -1);
    c.numAcknowledgedSubtasks = countField(entry, "num_acknowledged_subtasks", -1);
    c.failureTimestampMs = intField(entry, "failure_timestamp", -1);
    c.failureMessage = stringField(entry, "failure_message");
    return c;
}

/// Subtask index and the rest of a `<i>.<rest>` metric id; -1 when there is no index.
int subtaskOf(const QString &id, QString *rest = nullptr)
{
    const qsizetype dot = id.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return -1;
    bool ok = false;
    const int index = id.left(dot).toInt(&ok);
    if (!ok)
        return -1;
    if (rest)
        *rest = id.mid(dot + 1);
    return index;
}

} // namespace

bool parseJobDetails(const QByteArray &body, JobPlan &plan, QString &error)
{
    json root;
    if (!parse(body, root, error))
        return false;
    const auto vertices = root.find("vertices");
    if (vertices == root.end() || !vertices->is_array()) {
        error = QCoreApplication::translate("FlinkParsers", "The job has no \"vertices\" list");
        return false;
    }
    // A vertex is a source when its plan node has no inputs; the inputs are its upstream vertices.
    QSet<QString> withInputs;
    QHash<QString, QStringList> inputsOf;
    if (const auto p = root.find("plan"); p != root.end() && p->is_object()) {
        if (const auto nodes = p->find("nodes"); nodes != p->end() && nodes->is_array()) {
            for (const auto &node : *nodes) {
                const auto inputs = node.is_object() ? node.find("inputs") : node.end();
                if (!node.is_object() || inputs == node.end() || !inputs->is_array() || inputs->empty())
                    continue;
                const QString id = stringField(node, "id");
                withInputs.insert(id);
                QStringList &upstream = inputsOf[id];
                for (const auto &input : *inputs) {
                    const QString from = input.is_object() ? stringField(input, "id") : QString();
                    if (!from.isEmpty() && !upstream.contains(from))
                        upstream.append(from);
                }
                upstream.sort();
            }
        }
    }
    JobPlan out;
    out.jobType = stringField(root, "job-type");
    out.nowMs = intField(root, "now", -1);
    out.endTimeMs = std::max<qint64>(-1, intField(root, "end-time", -1));
    if (const auto ts = root.find("timestamps"); ts != root.end() && ts->is_object()) {
        const qint64 running = intField(*ts, "RUNNING", 0); // 0: never RUNNING
        out.runningSinceMs = running > 0 ? running : -1;
    }
    for (const auto &entry : *vertices) {
        if (!entry.is_object())
            continue;
        FlinkVertexInfo v;
        v.id = stringField(entry, "id");
        v.name = stringField(entry, "name");
        v.status = stringField(entry, "status");
        v.parallelism = countField(entry, "parallelism", -1);
        v.maxParallelism = countField(entry, "maxParallelism", -1);
        v.source =
            !withInputs.isEmpty() ? !withInputs.contains(v.id) : v.name.startsWith(QLatin1String("Source:"));
        v.inputs = inputsOf.value(v.id);
        if (!v.id.isEmpty())
            out.vertices.append(v);
    }
    plan = out;
    return true;
}

bool parseJobMetrics(const QByteArray &body, FlinkJobDetails &job, QString &error)
{
    QHash<QString, QString> values;
    if (!parseMetricValues(body, values, error))
        return false;
    bool ok = false;
    if (const qint64 restarts = values.value(QStringLiteral("numRestarts")).toLongLong(&ok);
        ok && restarts >= 0)
        job.restarts = restarts;
    if (const qint64 uptime = values.value(QStringLiteral("uptime")).toLongLong(&ok); ok && uptime >= 0) {
        job.uptimeMs = uptime;
        job.uptimeGaugeMs = uptime;
    }
    return true;
}

bool parseExceptionHistory(const QByteArray &body, QList<FlinkFailureInfo> &history, QString &error)
{
    json root;
    if (!parse(body, root, error))
        return false;
    QList<FlinkFailureInfo> out;
    const auto entries = [&root]() -> const json * {
        const auto h = root.find("exceptionHistory");
        if (h == root.end() || !h->is_object())
            return nullptr;
        const auto e = h->find("entries");
        return e != h->end() && e->is_array() ? &*e : nullptr;
    }();
    for (const auto &entry : entries ? *entries : json::array()) {
        if (!entry.is_object())
            continue;
        FlinkFailureInfo f;
        f.exceptionName = stringField(entry, "exceptionName");
        const QString trace = stringField(entry, "stacktrace");
        f.message = trace.section(QLatin1Char('\n'), 0, 0).trimmed();
        if (f.message.isEmpty())
            f.message = f.exceptionName;
        f.rootCause = rootCauseOf(trace);
        f.timestampMs = intField(entry, "timestamp", -1);
        f.taskName = stringField(entry, "taskName");
        f.endpoint = stringField(entry, "endpoint");
        if (f.endpoint.isEmpty())
            f.endpoint = stringField(entry, "location"); // 1.x
        // A global failure (e.g. "Recovery is suppressed") names no task; the task failures
        // that caused it are its concurrent exceptions.
        if (const auto c = entry.find("concurrentExceptions"); c != entry.end() && c->is_array()) {
            for (const auto &other : *c) {
                if (!other.is_object())
                    continue;
                const QString task = stringField(other, "taskName");
                if (f.taskName.isEmpty())
                    f.taskName = task;
                if (f.endpoint.isEmpty())
                    f.endpoint = stringField(other, "endpoint");
                if (f.rootCause.isEmpty())
                    f.rootCause = rootCauseOf(stringField(other, "stacktrace"));
                f.concurrentTasks.append(stringField(other, "exceptionName") +
                                         (task.isEmpty() ? QString() : QStringLiteral(": ") + task));
            }
        }
        out.append(f);
    }
    if (out.isEmpty()) { // 1.x without a history: the deprecated root exception
        const QString root1x = stringField(root, "root-exception");
        if (!root1x.isEmpty()) {
            FlinkFailureInfo f;
            f.message = root1x.section(QLatin1Char('\n'), 0, 0).trimmed();
            f.exceptionName = f.message.section(QLatin1Char(':'), 0, 0);
            f.timestampMs = intField(root, "timestamp", -1);
            out.append(f);
        }
    }
    // Newest first; entries of the same time keep Flink's order.
    std::stable_sort(out.begin(), out.end(), [](const FlinkFailureInfo &a, const FlinkFailureInfo &b) {
        return a.timestampMs > b.timestampMs;
    });
    if (out.size() > FlinkJobDetails::kMaxExceptions)
        out.resize(FlinkJobDetails::kMaxExceptions);
    history = out;
    return true;
}

bool parseExceptions(const QByteArray &body, std::optional<FlinkFailureInfo> &failure, QString &error)
{
    QList<FlinkFailureInfo> history;
    if (!parseExceptionHistory(body, history, error))
        return false;
    failure = history.isEmpty() ? std::nullopt : std::optional<FlinkFailureInfo>(history.first());
    return true;
}

QString rootCauseOf(const QString &stackTrace)
{
    static const QString prefix = QStringLiteral("Caused by: ");
    const qsizetype at = stackTrace.lastIndexOf(QLatin1Char('\n') + prefix);
    if (at < 0)
        return {};
    return stackTrace.mid(at + 1 + prefix.size()).section(QLatin1Char('\n'), 0, 0).trimmed();
}

bool parseCheckpointInterval(const QByteArray &body, qint64 &intervalMs, QString &error)
{
    json root;
    if (!parse(body, root, error))
        return false;
    const auto interval = root.find("interval");
    if (interval == root.end() || !interval->is_number_integer()) {
        error =
            QCoreApplication::translate("FlinkParsers", "The checkpoint configuration has no \"interval\"");
        return false;
    }
    // Long.MAX_VALUE does not fit every JSON reader's signed type; nlohmann reads it as unsigned.
    intervalMs = interval->is_number_unsigned() && interval->get<quint64>() > quint64(kEndOfInput)
                     ? kEndOfInput
                     : interval->get<qint64>();
    return true;
}

void applyCheckpointInterval(qint64 intervalMs, FlinkCheckpointStats &stats)
{
    if (intervalMs < 0)
        return;
    stats.intervalMs = intervalMs;
    // Flink's CheckpointConfig uses Long.MAX_VALUE (and -1 in 1.x) for "no periodic checkpoints".
    if (intervalMs == kEndOfInput)
        stats.checkpointing = FlinkCheckpointing::Disabled;
}

bool parseCheckpoints(const QByteArray &body, FlinkCheckpointStats &stats, QString &error)
{
    json root;
    if (!parse(body, root, error))
        return false;
    const auto counts = root.find("counts");
    if (counts == root.end() || !counts->is_object()) {
        error = QCoreApplication::translate("FlinkParsers", "The checkpoint statistics have no \"counts\"");
        return false;
    }
    FlinkCheckpointStats out;
    out.checkpointing = FlinkCheckpointing::Enabled;
    out.completed = nonNegativeField(*counts, "completed", -1);
    out.failed = nonNegativeField(*counts, "failed", -1);
    out.inProgress = nonNegativeField(*counts, "in_progress", -1);
    out.total = nonNegativeField(*counts, "total", -1);
    out.restored = nonNegativeField(*counts, "restored", -1);
    if (const auto latest = root.find("latest"); latest != root.end() && latest->is_object()) {
        if (const auto c = latest->find("completed"); c != latest->end() && c->is_object())
            out.latestCompleted = checkpointOf(*c);
        if (const auto f = latest->find("failed"); f != latest->end() && f->is_object())
            out.latestFailed = checkpointOf(*f);
    }
    if (const auto history = root.find("history"); history != root.end() && history->is_array()) {
        for (const auto &entry : *history) {
            if (entry.is_object())
                out.history.append(checkpointOf(entry));
        }
    }
    std::sort(out.history.begin(), out.history.end(),
              [](const FlinkCheckpointInfo &a, const FlinkCheckpointInfo &b) { return a.id > b.id; });
    // Growth of the full state over the completed checkpoints Flink still remembers (before trimming).
    const FlinkCheckpointInfo *newest = nullptr;
    const FlinkCheckpointInfo *oldest = nullptr;
    for (const FlinkCheckpointInfo &c : out.history) {
        if (c.status != QLatin1String("COMPLETED") || c.savepoint || c.stateSizeBytes < 0 ||
            c.latestAckTimestampMs <= 0)
            continue;
        if (!newest)
            newest = &c;
        oldest = &c;
    }
    if (newest && oldest && newest->latestAckTimestampMs > oldest->latestAckTimestampMs) {
        out.stateGrowthBytesPerSecond = double(newest->stateSizeBytes - oldest->stateSizeBytes) * 1000.0 /
                                        double(newest->latestAckTimestampMs - oldest->latestAckTimestampMs);
    }
    // Checked before the history is trimmed, so the count reaches back as far as Flink's does.
    if (out.completed == 0 && out.failed >= 0) {
        out.failedSinceLastCompleted = out.failed;
    } else if (out.latestCompleted && out.latestCompleted->id >= 0) {
        out.failedSinceLastCompleted =
            std::count_if(out.history.cbegin(), out.history.cend(), [&](const FlinkCheckpointInfo &c) {
                return c.id > out.latestCompleted->id && c.status == QLatin1String("FAILED");
            });
    }
    if (out.history.size() > FlinkCheckpointStats::kMaxHistory)
        out.history.resize(FlinkCheckpointStats::kMaxHistory);
    out.intervalMs = stats.intervalMs;
    stats = out;
    return true;
}

bool isCheckpointingDisabled(int httpStatus, const QByteArray &body)
{
    return httpStatus == 404 && errorMessage(body).contains(
                                    QLatin1String("Checkpointing has not been enabled"), Qt::CaseInsensitive);
}

bool parseBackpressure(const QByteArray &body, FlinkVertexInfo &vertex, QString &error)
{
    json root;
    if (!parse(body, root, error))
        return false;
    vertex.subtasks.clear();
    vertex.backpressureRatio = -1;
    vertex.backpressureLevel = FlinkBackpressureLevel::Unknown;
    vertex.backpressureMeasuredAtMs = -1;
    if (stringField(root, "status") != QLatin1String("ok"))
        return true; // "deprecated": Flink has no metrics for this vertex yet; unknown, not zero
    vertex.backpressureLevel = levelOf(root);
    vertex.backpressureMeasuredAtMs = intField(root, "end-timestamp", -1);
    if (const auto subtasks = root.find("subtasks"); subtasks != root.end() && subtasks->is_array()) {
        for (const auto &entry : *subtasks) {
            if (!entry.is_object())
                continue;
            FlinkSubtaskBackpressure s;
            s.subtask = countField(entry, "subtask", -1);
            s.level = levelOf(entry);
            s.ratio = numberField(entry, "ratio", -1);
            s.idleRatio = numberField(entry, "idleRatio", -1);
            s.busyRatio = numberField(entry, "busyRatio", -1);
            vertex.backpressureRatio = std::max(vertex.backpressureRatio, s.ratio);
            vertex.subtasks.append(s);
        }
    }
    std::sort(vertex.subtasks.begin(), vertex.subtasks.end(),
              [](const FlinkSubtaskBackpressure &a, const FlinkSubtaskBackpressure &b) {
                  return a.subtask < b.subtask;
              });
    return true;
}

QStringList vertexAggregateIds()
{
    return {QStringLiteral("busyTimeMsPerSecond"),    QStringLiteral("backPressuredTimeMsPerSecond"),
            QStringLiteral("idleTimeMsPerSecond"),    QStringLiteral("numRecordsInPerSecond"),
            QStringLiteral("numRecordsOutPerSecond"), QStringLiteral("numBytesInPerSecond"),
            QStringLiteral("numBytesOutPerSecond")};
}

bool parseVertexAggregates(const QByteArray &body, FlinkVertexInfo &vertex, QString &error)
{
    json root;
    if (!parse(body, root, error, /*wantArray=*/true))
        return false;
    const std::map<std::string, std::pair<double *, double *>> maxAvg{
        {"busyTimeMsPerSecond", {&vertex.busyMsPerSecondMax, &vertex.busyMsPerSecondAvg}},
        {"backPressuredTimeMsPerSecond",
         {&vertex.backPressuredMsPerSecondMax, &vertex.backPressuredMsPerSecondAvg}},
        {"idleTimeMsPerSecond", {&vertex.idleMsPerSecondMax, &vertex.idleMsPerSecondAvg}}};
    const std::map<std::string, double *> sums{{"numRecordsInPerSecond", &vertex.recordsInPerSecond},
                                               {"numRecordsOutPerSecond", &vertex.recordsOutPerSecond},
                                               {"numBytesInPerSecond", &vertex.bytesInPerSecond},
                                               {"numBytesOutPerSecond", &vertex.bytesOutPerSecond}};
    // Absent ids (metrics not fetched yet) stay unknown rather than zero.
    for (const auto &[name, targets] : maxAvg)
        *targets.first = *targets.second = -1;
    for (const auto &[name, target] : sums)
        *target = -1;
    for (const auto &entry : root) {
        if (!entry.is_object() || !entry.contains("id") || !entry["id"].is_string())
            continue;
        const std::string id = entry["id"].get<std::string>();
        if (const auto it = maxAvg.find(id); it != maxAvg.end()) {
            *it->second.first = numberField(entry, "max", -1);
            *it->second.second = numberField(entry, "avg", -1);
        } else if (const auto s = sums.find(id); s != sums.end()) {
            *s->second = numberField(entry, "sum", -1);
        }
    }
    return true;
}

bool parseWatermarks(const QByteArray &body, QList<qint64> &watermarks, QString &error)
{
    QHash<QString, QString> values;
    if (!parseMetricValues(body, values, error))
        return false;
    std::map<int, qint64> bySubtask;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QString rest;
        const int subtask = subtaskOf(it.key(), &rest);
        bool ok = false;
        const qint64 value = it.value().toLongLong(&ok); // int64: a double would lose precision
        if (subtask >= 0 && ok && rest == QLatin1String("currentInputWatermark"))
            bySubtask[subtask] = value;
    }
    watermarks.clear();
    for (const auto &[subtask, value] : bySubtask)
        watermarks.append(value);
    return true;
}

void applyInputWatermarks(const QList<qint64> &watermarks, qint64 sampledAtMs, FlinkVertexInfo &vertex)
{
    vertex.lowWatermarkMs.reset();
    vertex.watermarkLagMs.reset();
    vertex.idleSubtasks = 0;
    if (watermarks.isEmpty()) {
        vertex.watermarkState = FlinkWatermarkState::Unknown;
        return;
    }
    std::optional<qint64> low;
    bool anyEnded = false;
    for (qint64 w : watermarks) {
        if (w == kEndOfInput) {
            anyEnded = true;
        } else if (w != kNoWatermark) {
            low = low ? std::min(*low, w) : w;
        }
    }
    if (!low) {
        vertex.watermarkState = anyEnded ? FlinkWatermarkState::Idle : FlinkWatermarkState::None;
        return;
    }
    vertex.watermarkState = FlinkWatermarkState::Ok;
    vertex.lowWatermarkMs = low;
    if (sampledAtMs > 0) // a watermark near Long.MIN_VALUE would overflow: then the lag is unknown
        vertex.watermarkLagMs = NumberRange::subtract(sampledAtMs, *low);
}

bool parseMetricIds(const QByteArray &body, QStringList &ids, QString &error)
{
    json root;
    if (!parse(body, root, error, /*wantArray=*/true))
        return false;
    ids.clear();
    for (const auto &entry : root) {
        if (entry.is_object())
            if (const QString id = stringField(entry, "id"); !id.isEmpty())
                ids.append(id);
    }
    ids.sort();
    return true;
}

bool parseMetricValues(const QByteArray &body, QHash<QString, QString> &values, QString &error)
{
    json root;
    if (!parse(body, root, error, /*wantArray=*/true))
        return false;
    values.clear();
    for (const auto &entry : root) {
        if (!entry.is_object())
            continue;
        const QString id = stringField(entry, "id");
        const auto value = entry.find("value");
        if (id.isEmpty() || value == entry.end())
            continue;
        values.insert(id, value->is_string() ? QString::fromStdString(value->get<std::string>())
                                             : QString::fromStdString(value->dump()));
    }
    return true;
}

SourceMetricIds sourceMetricIds(const QStringList &ids)
{
    // Source operators are those with FLIP-33 source metrics; their names are already sanitised by
    // Flink ("Source: orders" -> "Source__orders"), so they are taken from the listing, never built.
    static const QRegularExpression sourceMetric(QStringLiteral(
        "^(\\d+)\\.(.+)\\.(sourceIdleTime|pendingRecords|watermarkLag|currentEmitEventTimeLag)$"));
    static const QRegularExpression topicMetric(
        QStringLiteral("\\.KafkaSourceReader\\.topic\\.(.+)\\.partition\\.\\d+\\.[A-Za-z]+$"));
    QSet<QString> operators;
    QSet<QString> topics;
    for (const QString &id : ids) {
        if (const auto m = sourceMetric.match(id);
            m.hasMatch() && !m.captured(2).contains(QLatin1String(".split.")))
            operators.insert(m.captured(2));
        if (const auto m = topicMetric.match(id); m.hasMatch())
            topics.insert(m.captured(1));
    }
    SourceMetricIds out;
    // currentOutputWatermark exists from the start (Long.MIN_VALUE); watermarkLag only after a
    // subtask's first watermark, so it is what tells whether the listing is complete. One set lookup
    // per id, so thousands of operators and ids stay linear.
    static const QLatin1String wanted[] = {QLatin1String(".currentOutputWatermark"),
                                           QLatin1String(".sourceIdleTime"), QLatin1String(".watermarkLag")};
    for (const QString &id : ids) {
        QString rest;
        if (subtaskOf(id, &rest) < 0)
            continue;
        for (const QLatin1String &suffix : wanted) {
            if (!rest.endsWith(suffix) || !operators.contains(rest.chopped(suffix.size())))
                continue;
            out.request.append(id);
            if (suffix == wanted[2])
                ++out.subtasksWithWatermark;
            break;
        }
    }
    out.topics = QStringList(topics.cbegin(), topics.cend());
    out.topics.sort();
    return out;
}

} // namespace Tidewatch::FlinkParsers
