#pragma once

#include "AlertRule.h"
#include "RuleFileError.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace Tidewatch {

/// The user's rules file (our JSON), as the dashboard and the rules editor use it.
///
/// - No file at path(): the fallback rules (the built-ins) are in force; status() is NoFile.
/// - The file parses: its rules are in force; status() is Loaded.
/// - The file stops parsing (or cannot be read): the **last good rules stay in force** (the fallback when
///   there never were any), status() is Broken and errors() says why, with file and line.
/// - save() writes atomically and **never overwrites a file that does not parse**: it re-reads the file
///   first and refuses with an error; the caller may export to another file instead.
/// - With watch(true), changes made by others (editors that rename over the file included) are
///   noticed and reloaded with the same last-good rule.
class RulesFile : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        NoFile, ///< no file: fallbackRules() are in force
        Loaded, ///< the file parsed: its rules are in force
        Broken  ///< the file does not parse or cannot be read: the last good rules are in force
    };
    Q_ENUM(Status)

    /// @p path: the rules file (RuleFiles::defaultUserRulesPath() for the user's); @p fallbackRules: in
    /// force while there is no file (the built-ins). Loads at once.
    RulesFile(const QString &path, const QList<AlertRule> &fallbackRules, QObject *parent = nullptr);

    QString path() const { return m_path; }
    Status status() const { return m_status; }
    /// The rules in force (see the class comment).
    QList<AlertRule> rules() const { return m_rules; }
    /// Why the file on disk is not used (Broken), else empty.
    QList<RuleFileError> errors() const { return m_errors; }
    /// Broken, and rules() are those of an earlier good version of the file (not the fallback).
    bool usingLastGood() const { return m_status == Status::Broken && m_hadGood; }
    QList<AlertRule> fallbackRules() const { return m_fallback; }
    /// One sentence for the GUI: "Using the rules last read from FILE; the file now has 2 errors."
    QString statusText() const;

    /// Reads the file again; returns whether it is Loaded (or NoFile) afterwards.
    bool reload();
    /// Writes @p rules to path() atomically and makes them the rules in force. Refuses (returns false,
    /// @p error says why) when the file on disk does not parse, or when the write fails.
    bool save(const QList<AlertRule> &rules, QString *error = nullptr);
    /// Notices changes of the file by others and reloads (debounced by about 200 ms).
    void watch(bool on);

Q_SIGNALS:
    /// rules() changed (a reload or a save brought other rules).
    void rulesChanged();
    /// status(), errors() or usingLastGood() changed.
    void statusChanged();

private:
    void apply(Status status, const QList<AlertRule> &rules, const QList<RuleFileError> &errors);
    void rewatch();

    QString m_path;
    QList<AlertRule> m_fallback;
    QList<AlertRule> m_rules;
    QList<RuleFileError> m_errors;
    Status m_status = Status::NoFile;
    bool m_hadGood = false;
    bool m_watching = false;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
};

} // namespace Tidewatch
