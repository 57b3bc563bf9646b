#include "RuleFiles.h"

#include "PrometheusRuleFile.h"
#include "RuleLimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Tidewatch::RuleFiles {

namespace {

struct RuleFilesText
{
    Q_DECLARE_TR_FUNCTIONS(RuleFiles)
};

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

/// The largest rules file read (JSON or Prometheus YAML); a larger file, or endless input such as
/// /dev/zero, is refused after reading at most this much (docs/ALERTS.md).
constexpr qint64 kMaxFileBytes = 32 << 20;

/// Reads @p path whole, or records why not.
std::optional<QByteArray> readAll(const QString &path, AlertRulesParseResult &result)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.add(
            {path, 0, 0, 0, {}, {}, RuleFilesText::tr("cannot read the file: %1").arg(file.errorString())});
        return std::nullopt;
    }
    QByteArray data = file.read(kMaxFileBytes + 1);
    if (data.size() > kMaxFileBytes) {
        result.add(
            {path,
             0,
             0,
             0,
             {},
             {},
             RuleFilesText::tr("the file is larger than the limit of %1 MiB").arg(kMaxFileBytes >> 20)});
        return std::nullopt;
    }
    return data;
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

QString defaultUserRulesPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/rules.json");
}

AlertRulesParseResult readJson(const QString &path)
{
    AlertRulesParseResult result;
    const auto data = readAll(path, result);
    return data ? AlertRules::parse(*data, path) : result;
}

AlertRulesParseResult readPrometheus(const QString &path)
{
    AlertRulesParseResult result;
    const auto data = readAll(path, result);
    return data ? AlertRules::fromPrometheusYaml(*data, path) : result;
}

AlertRulesParseResult readAny(const QString &path)
{
    AlertRulesParseResult result;
    const auto data = readAll(path, result);
    if (!data)
        return result;
    return data->trimmed().startsWith('{') ? AlertRules::parse(*data, path)
                                           : AlertRules::fromPrometheusYaml(*data, path);
}

QList<AlertRule> merge(const QList<AlertRule> &current, const QList<AlertRule> &imported, ImportMode mode)
{
    if (mode == ImportMode::Replace)
        return imported;
    QList<AlertRule> out = current;
    QHash<QString, qsizetype> index; // identity -> position in out: linear, not quadratic, in the rules
    for (qsizetype i = out.size() - 1; i >= 0; --i)
        index.insert(AlertRules::identity(out.at(i)), i); // the first of equal rules wins, as before
    for (const AlertRule &rule : imported) {
        const QString key = AlertRules::identity(rule);
        if (const auto same = index.constFind(key); same != index.cend()) {
            out[same.value()] = rule;
        } else {
            index.insert(key, out.size());
            out.append(rule);
        }
    }
    return out;
}

QByteArray serialize(const QList<AlertRule> &rules, Format format)
{
    return format == Format::Json ? AlertRules::toJson(rules) : AlertRules::toPrometheusYaml(rules);
}

bool writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    // Not QSaveFile: in Qt 6.4 its commit() ignores a failing fsync of the temporary file and never
    // fsyncs the folder after the rename, so a crash can lose the rename itself.
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    auto fail = [&](const QString &message) {
        if (error)
            *error = RuleFilesText::tr("cannot write %1: %2").arg(path, message);
        return false;
    };
    if (!QDir().mkpath(dir))
        return fail(RuleFilesText::tr("cannot create the folder %1").arg(dir));
    mode_t mode = 0644;
    struct stat existing
    {};
    if (::stat(QFile::encodeName(path).constData(), &existing) == 0)
        mode = existing.st_mode & 07777;
    QByteArray tmp =
        QFile::encodeName(dir + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX"));
    const int fd = ::mkstemp(tmp.data());
    if (fd < 0)
        return fail(systemError());
    bool ok = writeAll(fd, data) && ::fchmod(fd, mode) == 0 && ::fsync(fd) == 0;
    const QString writeError = systemError();
    ok = ::close(fd) == 0 && ok;
    if (!ok) {
        ::unlink(tmp.constData());
        return fail(writeError);
    }
    if (::rename(tmp.constData(), QFile::encodeName(path).constData()) != 0) {
        const QString renameError = systemError();
        ::unlink(tmp.constData());
        return fail(renameError);
    }
    const int dirFd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0)
        return fail(systemError());
    const bool synced = ::fsync(dirFd) == 0;
    const QString syncError = systemError();
    ::close(dirFd);
    return synced || fail(syncError);
}

bool exportRules(const QList<AlertRule> &rules, const QString &path, Format format, QString *error)
{
    // Rules built in code (the editor) were not read through parse(): a rule Prometheus would refuse
    // (a duration beyond its ~292 years, an invalid label name) stops the export with a message.
    for (qsizetype i = 0; format == Format::PrometheusYaml && i < rules.size(); ++i) {
        const auto problems = AlertRules::validate(rules.at(i));
        if (!problems.isEmpty()) {
            if (error)
                *error = RuleFilesText::tr("rule %1 (%2): %3: %4")
                             .arg(QString::number(i + 1), rules.at(i).name.left(200), problems.first().first,
                                  problems.first().second);
            return false;
        }
    }
    return writeAtomically(path, serialize(rules, format), error);
}

} // namespace Tidewatch::RuleFiles
