#pragma once

#include <QDateTime>
#include <QSettings>
#include <QString>

namespace Tidewatch::SettingsRecovery {

/// QSettings reads what it can of a damaged file and, on its next write, replaces the file with just
/// that, silently. Call this before anything writes @p settings: when its file does not parse
/// (IniFileCheck) it is copied aside as "<file>.corrupt-<UTC time>", and the result is a sentence for
/// the user naming both files; empty when the file is fine or missing.
QString keepCorruptFile(const QSettings &settings, const QDateTime &now = QDateTime::currentDateTimeUtc());

/// A sentence naming the profiles file @p path and its first bad line when it exists but does not
/// parse: ProfileStore then loads no profile from it and never writes it, so the user must know.
/// Empty when it is fine.
QString profilesFileProblem(const QString &path);

} // namespace Tidewatch::SettingsRecovery
