#include "SettingsRecovery.h"

#include "IniFileCheck.h"

#include <QCoreApplication>
#include <QFile>

namespace Tidewatch::SettingsRecovery {

QString keepCorruptFile(const QSettings &settings, const QDateTime &now)
{
    const QString file = settings.fileName();
    if (settings.format() != QSettings::NativeFormat && settings.format() != QSettings::IniFormat)
        return {};
    if (IniFileCheck::problem(file).isEmpty())
        return {};
    const QString backup =
        file + QStringLiteral(".corrupt-") + now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::exists(backup) && !QFile::copy(file, backup)) {
        return QCoreApplication::translate(
                   "SettingsRecovery", "The settings file %1 cannot be read and could not be copied to %2; "
                                       "defaults are used for what it held.")
            .arg(file, backup);
    }
    return QCoreApplication::translate(
               "SettingsRecovery", "The settings file %1 cannot be read; it was kept as %2 and defaults are "
                                   "used for what it held.")
        .arg(file, backup);
}

QString profilesFileProblem(const QString &path)
{
    const QString problem = path.isEmpty() ? QString() : IniFileCheck::problem(path);
    if (problem.isEmpty())
        return {};
    return QCoreApplication::translate(
               "SettingsRecovery", "Profiles file %1: no profile is loaded from it, and it is not changed "
                                   "until it is fixed.")
        .arg(problem);
}

} // namespace Tidewatch::SettingsRecovery
