#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Tidewatch {

/// The language of the user interface (English, Czech or German): which one applies, and making it the
/// application's (translators and the default QLocale). Machine outputs never go through it.
class UiLanguage
{
public:
    /// The languages Tidewatch has catalogues for, as ISO 639-1 codes; "en" (the source language) first.
    static QStringList supported();
    /// A language's name in that language ("English", "Čeština", "Deutsch"); empty for an unknown code.
    static QString nativeName(const QString &code);
    /// The QSettings key of the user's choice: "system" (or absent) or a code of supported().
    static QString settingsKey();
    /// The user's choice stored in QSettings: "system" or a code of supported().
    static QString stored();
    /// The value of `--language CODE` or `--language=CODE` in @p arguments (program name first); empty
    /// when not given. The command-line parser checks the value; this only finds it, before the parse.
    static QString fromArguments(const QStringList &arguments);
    /// The language to use: @p commandLine when it is a supported code, else @p setting when it is one,
    /// else the first of @p uiLanguages (QLocale::system().uiLanguages(): "cs-CZ", "de", "en-US", ...)
    /// whose language is supported, else "en".
    static QString resolve(const QString &commandLine, const QString &setting,
                           const QStringList &uiLanguages);
    /// Makes @p language the application's: QLocale::setDefault() to it (numbers and dates in the GUI
    /// follow it) and, for a language other than English, Qt's own translations (qtbase_LANG.qm from
    /// @p qtTranslationsDir) and Tidewatch's (:/i18n/tidewatch_LANG.qm), installed on @p app and owned by
    /// it. Returns the catalogues that could not be loaded (empty when all were).
    static QStringList apply(const QString &language, QCoreApplication *app,
                             const QString &qtTranslationsDir);
};

} // namespace Tidewatch
