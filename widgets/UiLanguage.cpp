#include "UiLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QTranslator>

namespace Tidewatch {

namespace {

/// The language part of "cs-CZ", "de_DE.UTF-8" or "en", lower case.
QString languageOf(const QString &name)
{
    const qsizetype end = name.indexOf(QRegularExpression(QStringLiteral("[-_.@]")));
    return name.left(end).toLower();
}

} // namespace

QStringList UiLanguage::supported()
{
    return {QStringLiteral("en"), QStringLiteral("cs"), QStringLiteral("de")};
}

QString UiLanguage::nativeName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("cs"))
        return QStringLiteral("Čeština");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    return {};
}

QString UiLanguage::settingsKey()
{
    return QStringLiteral("appearance/language");
}

QString UiLanguage::stored()
{
    const QString value = QSettings().value(settingsKey()).toString();
    return supported().contains(value) ? value : QStringLiteral("system");
}

QString UiLanguage::fromArguments(const QStringList &arguments)
{
    const QString option = QStringLiteral("--language");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--"))
            break;
        if (arguments.at(i) == option)
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (arguments.at(i).startsWith(option + QLatin1Char('=')))
            return arguments.at(i).mid(option.size() + 1);
    }
    return {};
}

QString UiLanguage::resolve(const QString &commandLine, const QString &setting,
                            const QStringList &uiLanguages)
{
    const QStringList codes = supported();
    if (codes.contains(commandLine))
        return commandLine;
    if (codes.contains(setting))
        return setting;
    for (const QString &name : uiLanguages) {
        if (const QString language = languageOf(name); codes.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QStringList UiLanguage::apply(const QString &language, QCoreApplication *app,
                              const QString &qtTranslationsDir)
{
    QLocale::setDefault(QLocale(language));
    if (language == QLatin1String("en")) {
        // English needs no translation, only the plural forms of "%n group(s)": "1 group", "2 groups".
        // Without the catalogue the sources' "(s)" forms show, which is readable, so none is missing.
        auto *translator = new QTranslator(app);
        if (translator->load(QStringLiteral(":/i18n/tidewatch_en.qm")))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
        return {};
    }
    QStringList missing;
    const QStringList files{
        QDir(qtTranslationsDir).filePath(QStringLiteral("qtbase_") + language + QStringLiteral(".qm")),
        QStringLiteral(":/i18n/tidewatch_") + language + QStringLiteral(".qm")};
    for (const QString &file : files) {
        auto *translator = new QTranslator(app);
        if (translator->load(file)) {
            QCoreApplication::installTranslator(translator);
        } else {
            missing << file;
            delete translator;
        }
    }
    return missing;
}

} // namespace Tidewatch
