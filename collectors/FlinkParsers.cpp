#include "FlinkParsers.h"

#include "FlinkJson.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Tidewatch::FlinkParsers {

using namespace FlinkJson;

bool parseConfig(const QByteArray &body, FlinkSnapshot &snapshot, QString &error)
{
    json root;
    if (!parse(body, root, error))
        return false;
    snapshot.flinkVersion = stringField(root, "flink-version");
    snapshot.refreshIntervalMs = nonNegativeField(root, "refresh-interval", -1);
    return true;
}

bool parseOverview(const QByteArray &body, FlinkSnapshot &snapshot, QString &error)
{
    json root;
    if (!parse(body, root, error))
        return false;
    snapshot.taskManagers = countField(root, "taskmanagers", -1);
    snapshot.slotsTotal = countField(root, "slots-total", -1);
    snapshot.slotsAvailable = countField(root, "slots-available", -1);
    if (snapshot.flinkVersion.isEmpty())
        snapshot.flinkVersion = stringField(root, "flink-version");
    return true;
}

bool parseJobsOverview(const QByteArray &body, FlinkSnapshot &snapshot, QString &error)
{
    json root;
    if (!parse(body, root, error))
        return false;
    const auto jobs = root.find("jobs");
    if (jobs == root.end() || !jobs->is_array()) {
        error = QCoreApplication::translate("FlinkParsers", "The job overview has no \"jobs\" list");
        return false;
    }
    snapshot.jobs.clear();
    QHash<QString, qint64> modified;
    for (const auto &entry : *jobs) {
        if (!entry.is_object())
            continue;
        FlinkJobInfo job;
        job.id = stringField(entry, "jid");
        job.name = stringField(entry, "name");
        job.state = stringField(entry, "state");
        job.startTimeMs = intField(entry, "start-time", -1);
        job.endTimeMs = std::max<qint64>(-1, intField(entry, "end-time", -1)); // -1 while running
        job.durationMs = nonNegativeField(entry, "duration", -1);
        if (const auto tasks = entry.find("tasks"); tasks != entry.end() && tasks->is_object()) {
            job.tasksTotal = countField(*tasks, "total", 0);
            job.tasksRunning = countField(*tasks, "running", 0);
        }
        if (!job.id.isEmpty()) {
            snapshot.jobs.append(job);
            modified.insert(job.id, intField(entry, "last-modification", -1));
        }
    }
    std::sort(snapshot.jobs.begin(), snapshot.jobs.end(), [](const FlinkJobInfo &a, const FlinkJobInfo &b) {
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    snapshot.jobDetails.clear();
    for (const FlinkJobInfo &job : std::as_const(snapshot.jobs)) {
        FlinkJobDetails details;
        details.jobId = job.id;
        details.lastModificationMs = modified.value(job.id);
        snapshot.jobDetails.append(details);
    }
    return true;
}

bool parseTaskManagers(const QByteArray &body, FlinkSnapshot &snapshot, QString &error)
{
    json root;
    if (!parse(body, root, error))
        return false;
    const auto list = root.find("taskmanagers");
    if (list == root.end() || !list->is_array()) {
        error = QCoreApplication::translate("FlinkParsers", "The response has no \"taskmanagers\" list");
        return false;
    }
    snapshot.taskManagerList.clear();
    for (const auto &entry : *list) {
        if (!entry.is_object())
            continue;
        FlinkTaskManagerInfo tm;
        tm.id = stringField(entry, "id");
        tm.slotsTotal = countField(entry, "slotsNumber", -1);
        tm.freeSlots = countField(entry, "freeSlots", -1);
        snapshot.taskManagerList.append(tm);
    }
    std::sort(snapshot.taskManagerList.begin(), snapshot.taskManagerList.end(),
              [](const FlinkTaskManagerInfo &a, const FlinkTaskManagerInfo &b) { return a.id < b.id; });
    return true;
}

QStringList taskManagerMetricIds()
{
    return {QStringLiteral("Status.JVM.Memory.Heap.Used"), QStringLiteral("Status.JVM.Memory.Heap.Max"),
            QStringLiteral("Status.JVM.CPU.Load")};
}

bool parseTaskManagerMetrics(const QByteArray &body, FlinkTaskManagerInfo &taskManager, QString &error)
{
    QHash<QString, QString> values;
    if (!parseMetricValues(body, values, error))
        return false;
    const auto bytes = [&values](const char *id) {
        bool ok = false;
        const qint64 v = values.value(QString::fromLatin1(id)).toLongLong(&ok);
        return ok && v >= 0 ? v : qint64(-1);
    };
    taskManager.heapUsedBytes = bytes("Status.JVM.Memory.Heap.Used");
    taskManager.heapMaxBytes = bytes("Status.JVM.Memory.Heap.Max");
    bool ok = false;
    const double load = values.value(QStringLiteral("Status.JVM.CPU.Load")).toDouble(&ok);
    // "NaN" (no reading yet) and values outside 0..1 are not a load.
    taskManager.cpuLoad = ok && std::isfinite(load) && load >= 0 && load <= 1 ? load : -1;
    return true;
}

bool parseFetcherIntervalMs(const QByteArray &body, qint64 &intervalMs, QString &error)
{
    json root;
    if (!parse(body, root, error, /*wantArray=*/true))
        return false;
    qint64 value = 10000; // Flink's default
    for (const auto &entry : root) {
        if (entry.is_object() &&
            stringField(entry, "key") == QLatin1String("metrics.fetcher.update-interval")) {
            // "1000", or a duration such as "10 s" in newer releases
            // (a negative or overflowing value is ignored: Flink's default stays)
            const QString text = stringField(entry, "value").trimmed();
            bool ok = false;
            std::optional<qint64> ms = text.toLongLong(&ok);
            if (!ok && text.endsWith(QLatin1String("ms")))
                ms = text.chopped(2).trimmed().toLongLong(&ok);
            else if (!ok && text.endsWith(QLatin1Char('s')))
                ms = NumberRange::multiply<qint64>(text.chopped(1).trimmed().toLongLong(&ok), 1000);
            if (ok && ms && *ms >= 0)
                value = *ms;
        }
    }
    intervalMs = value;
    return true;
}

QString errorMessage(const QByteArray &body)
{
    json root;
    QString ignored;
    if (!parse(body, root, ignored))
        return {};
    const auto errors = root.find("errors");
    if (errors == root.end() || !errors->is_array() || errors->empty() || !errors->front().is_string())
        return {};
    return QString::fromStdString(errors->front().get<std::string>());
}

} // namespace Tidewatch::FlinkParsers
