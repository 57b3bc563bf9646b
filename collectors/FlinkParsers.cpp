#include "FlinkParsers.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace Tidewatch::FlinkParsers {

namespace {

using nlohmann::json;

bool parseObject(const QByteArray &body, json &out, QString &error)
{
    out = json::parse(body.constBegin(), body.constEnd(), nullptr, /*allow_exceptions=*/false);
    if (out.is_discarded()) {
        error = QCoreApplication::translate("FlinkParsers", "The response is not valid JSON");
        return false;
    }
    if (!out.is_object()) {
        error = QCoreApplication::translate("FlinkParsers", "The response is not a JSON object");
        return false;
    }
    return true;
}

QString stringField(const json &object, const char *key)
{
    const auto it = object.find(key);
    return (it != object.end() && it->is_string()) ? QString::fromStdString(it->get<std::string>())
                                                   : QString();
}

qint64 intField(const json &object, const char *key, qint64 fallback)
{
    const auto it = object.find(key);
    return (it != object.end() && it->is_number()) ? it->get<qint64>() : fallback;
}

} // namespace

bool parseConfig(const QByteArray &body, FlinkSnapshot &snapshot, QString &error)
{
    json root;
    if (!parseObject(body, root, error))
        return false;
    snapshot.flinkVersion = stringField(root, "flink-version");
    return true;
}

bool parseOverview(const QByteArray &body, FlinkSnapshot &snapshot, QString &error)
{
    json root;
    if (!parseObject(body, root, error))
        return false;
    snapshot.taskManagers = static_cast<int>(intField(root, "taskmanagers", 0));
    snapshot.slotsTotal = static_cast<int>(intField(root, "slots-total", 0));
    snapshot.slotsAvailable = static_cast<int>(intField(root, "slots-available", 0));
    if (snapshot.flinkVersion.isEmpty())
        snapshot.flinkVersion = stringField(root, "flink-version");
    return true;
}

bool parseJobsOverview(const QByteArray &body, FlinkSnapshot &snapshot, QString &error)
{
    json root;
    if (!parseObject(body, root, error))
        return false;
    const auto jobs = root.find("jobs");
    if (jobs == root.end() || !jobs->is_array()) {
        error = QCoreApplication::translate("FlinkParsers", "The job overview has no \"jobs\" list");
        return false;
    }
    snapshot.jobs.clear();
    for (const auto &entry : *jobs) {
        if (!entry.is_object())
            continue;
        FlinkJobInfo job;
        job.id = stringField(entry, "jid");
        job.name = stringField(entry, "name");
        job.state = stringField(entry, "state");
        job.startTimeMs = intField(entry, "start-time", -1);
        job.durationMs = intField(entry, "duration", -1);
        if (const auto tasks = entry.find("tasks"); tasks != entry.end() && tasks->is_object()) {
            job.tasksTotal = static_cast<int>(intField(*tasks, "total", 0));
            job.tasksRunning = static_cast<int>(intField(*tasks, "running", 0));
        }
        if (!job.id.isEmpty())
            snapshot.jobs.append(job);
    }
    std::sort(snapshot.jobs.begin(), snapshot.jobs.end(), [](const FlinkJobInfo &a, const FlinkJobInfo &b) {
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    return true;
}

QString errorMessage(const QByteArray &body)
{
    const json root = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (!root.is_object())
        return {};
    const auto errors = root.find("errors");
    if (errors == root.end() || !errors->is_array() || errors->empty() || !errors->front().is_string())
        return {};
    return QString::fromStdString(errors->front().get<std::string>());
}

} // namespace Tidewatch::FlinkParsers
