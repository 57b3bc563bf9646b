#pragma once

#include <QSettings>
#include <QString>

namespace Tidewatch::ProfileIni {

/// The QSettings format of the profiles file: INI sections and keys as QSettings::IniFormat writes them,
/// but values that a person writes by hand are read exactly (docs/PROFILES.md, "Values"):
/// - a value is everything after the first '=' of its line, without the white space around it;
///   ';', '#', ',', '@Variant(...)', backslashes and spaces inside it are plain characters;
/// - only a value that starts and ends with '"' is quoted: inside, \" \\ \n \r \t and \xHH (hex digits)
///   are escapes;
/// - lines whose first non-blank character is ';' or '#' are comments.
/// Writing quotes a value (with those escapes) when it holds ';', '#', ',', '=', '"', '\', a control
/// character or white space at either end, so QSettings::IniFormat readers read it the same way.
QSettings::Format format();

/// Reads the profiles file's text from @p device into @p map, as format() does for QSettings.
bool read(QIODevice &device, QSettings::SettingsMap &map);

/// @p value as written after "key=" (see format()).
QString encodeValue(const QString &value);
/// The value of a line "key=raw" (@p raw already without the white space around it).
QString decodeValue(QStringView raw);

} // namespace Tidewatch::ProfileIni
