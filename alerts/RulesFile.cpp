#include "RulesFile.h"

#include "AlertRules.h"
#include "RuleFiles.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Tidewatch {

RulesFile::RulesFile(const QString &path, const QList<AlertRule> &fallbackRules, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_fallback(fallbackRules)
    , m_rules(fallbackRules)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200); // editors write a file in several steps; read it once they are done
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        reload();
        rewatch();
    });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_debounce.start(); });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_debounce.start(); });
    reload();
}

QString RulesFile::statusText() const
{
    switch (m_status) {
    case Status::NoFile:
        return tr("No rules file at %1: the built-in rules are in force.").arg(m_path);
    case Status::Loaded:
        return tr("%n rule(s) from %1.", nullptr, int(m_rules.size())).arg(m_path);
    case Status::Broken:
        return (m_hadGood ? tr("%1 has %n error(s); the rules last read from it stay in force.", nullptr,
                               int(m_errors.size()))
                          : tr("%1 has %n error(s); the built-in rules are in force.", nullptr,
                               int(m_errors.size())))
            .arg(m_path);
    }
    return {};
}

bool RulesFile::reload()
{
    if (!QFileInfo::exists(m_path)) {
        apply(Status::NoFile, m_fallback, {});
        return true;
    }
    const AlertRulesParseResult result = RuleFiles::readJson(m_path);
    if (!result.ok()) {
        apply(Status::Broken, m_rules, result.problems);
        return false;
    }
    m_hadGood = true;
    apply(Status::Loaded, result.rules, {});
    return true;
}

bool RulesFile::save(const QList<AlertRule> &rules, QString *error)
{
    // What is on disk now decides, not what was read last: the file may have been broken since.
    if (QFileInfo::exists(m_path)) {
        const AlertRulesParseResult onDisk = RuleFiles::readJson(m_path);
        if (!onDisk.ok()) {
            apply(Status::Broken, m_rules, onDisk.problems);
            if (error)
                *error = tr("%1 does not parse (%2); it is not overwritten. Fix it, or save the rules to "
                            "another file.")
                             .arg(m_path, onDisk.errors.value(0));
            return false;
        }
    }
    if (!RuleFiles::writeAtomically(m_path, AlertRules::toJson(rules), error))
        return false;
    m_hadGood = true;
    apply(Status::Loaded, rules, {});
    rewatch(); // the rename replaced the file the watcher followed
    return true;
}

void RulesFile::watch(bool on)
{
    m_watching = on;
    rewatch();
}

void RulesFile::apply(Status status, const QList<AlertRule> &rules, const QList<RuleFileError> &errors)
{
    const bool statusChange = status != m_status || errors != m_errors;
    const bool rulesChange = rules != m_rules;
    m_status = status;
    m_rules = rules;
    m_errors = errors;
    if (rulesChange)
        Q_EMIT rulesChanged();
    if (statusChange)
        Q_EMIT statusChanged();
}

void RulesFile::rewatch()
{
    // A rename over the file leaves the watcher on the old inode (it then stops reporting), and a file
    // that did not exist cannot be watched: follow the folder too, and re-add the file every time.
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (!m_watching)
        return;
    const QString dir = QFileInfo(m_path).absolutePath();
    if (QFileInfo::exists(dir))
        m_watcher.addPath(dir);
    if (QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
}

} // namespace Tidewatch
