#pragma once

#include <QByteArray>
#include <QString>

/// Whether a file in QSettings' INI format parses, asked of the file itself. QSettings' own status()
/// is no guide: it reports FormatError only when that QSettings object parsed the file (an unchanged
/// file read before by the process comes from its cache, with NoError), and its next write replaces
/// the file with just the lines it could read.
namespace Tidewatch::IniFileCheck {

/// Which reader the file is for: QSettings::IniFormat (the settings file) or ProfileIni (the profiles
/// file: one line per entry, ';' and '#' comments, quotes only around a whole value).
enum class Dialect
{
    QSettingsIni,
    Profiles
};

/// The 1-based number of the first line QSettings' INI reader rejects (a "[section" without "]", or
/// a line that is neither a comment ";..." nor "key=value"), or 0 when @p data parses. Values may
/// continue over lines with a trailing backslash or inside double quotes, as QSettings allows.
int firstBadLine(const QByteArray &data, Dialect dialect = Dialect::QSettingsIni);

/// For the file @p path: "PATH cannot be read: line N is not ..." when it exists and does not parse,
/// or when it cannot be opened; empty when it parses or does not exist.
QString problem(const QString &path, Dialect dialect = Dialect::QSettingsIni);

} // namespace Tidewatch::IniFileCheck
