#pragma once

#include "AlertRules.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Tidewatch::RuleFiles {

/// The formats rules are read from and written to.
enum class Format
{
    Json,          ///< our rules file (AlertRules::parse), docs/ALERTS.md
    PrometheusYaml ///< a Prometheus 2.42 rule file (toPrometheusYaml / fromPrometheusYaml)
};

/// How imported rules combine with the current ones.
enum class ImportMode
{
    Merge,  ///< an imported rule replaces the current rule of the same name and matchers; others are added
    Replace ///< the imported rules replace all current ones
};

/// Where the user's rules file lives: QStandardPaths::AppConfigLocation/rules.json.
QString defaultUserRulesPath();

/// Reads our JSON rules file at @p path; errors name @p path (as given) and the line.
AlertRulesParseResult readJson(const QString &path);
/// Reads a Prometheus rule file (YAML) at @p path into rules; what it cannot represent is an error
/// with the file's line (see fromPrometheusYaml).
AlertRulesParseResult readPrometheus(const QString &path);
/// Reads @p path as our JSON when it starts with '{' (after white space), else as a Prometheus rule file.
AlertRulesParseResult readAny(const QString &path);

/// @p current with @p imported merged in as @p mode says (order: current rules first, new ones after).
QList<AlertRule> merge(const QList<AlertRule> &current, const QList<AlertRule> &imported, ImportMode mode);

/// @p rules in @p format (Prometheus: only the enabled rules, see toPrometheusYaml).
QByteArray serialize(const QList<AlertRule> &rules, Format format);

/// Writes @p data to @p path so that a crash leaves either the old or the new file, never a mix: a
/// temporary file in the same folder is written, fsync'ed and renamed over @p path, then the folder is
/// fsync'ed. An existing file's permissions are kept. On failure @p error says why and @p path is
/// untouched.
bool writeAtomically(const QString &path, const QByteArray &data, QString *error);

/// serialize() + writeAtomically(). Exporting never checks what @p path holds: the caller chooses it.
bool exportRules(const QList<AlertRule> &rules, const QString &path, Format format, QString *error);

} // namespace Tidewatch::RuleFiles
