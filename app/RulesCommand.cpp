#include "RulesCommand.h"

#include "AlertRules.h"
#include "PrometheusRuleFile.h"
#include "RuleFiles.h"
#include "RuleTestGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace Tidewatch {

namespace {

struct RulesCommandText
{
    Q_DECLARE_TR_FUNCTIONS(RulesCommand)
};

void print(FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stream);
    std::fflush(stream);
}

/// Whether every error is only "cannot read the file" (exit 3 rather than 1).
bool unreadable(const AlertRulesParseResult &result)
{
    return !result.problems.isEmpty() &&
           std::all_of(result.problems.cbegin(), result.problems.cend(), [](const RuleFileError &e) {
               return e.line == 0 && e.rule == 0 && e.field.isEmpty();
           });
}

int report(const AlertRulesParseResult &result, FILE *err)
{
    for (const QString &line : result.errors)
        print(err, line);
    return unreadable(result) ? RulesIo : RulesInvalid;
}

/// The rules the command works on: --rules FILE, else the user's rules file if it exists, else the
/// built-ins (the dashboard's rule).
std::optional<QList<AlertRule>> loadRules(const AppOptions &options, FILE *err, int &exitCode)
{
    QString path = options.rulesGiven ? options.rulesPath : QString();
    if (path.isEmpty() && QFileInfo::exists(RuleFiles::defaultUserRulesPath()))
        path = RuleFiles::defaultUserRulesPath();
    if (path.isEmpty())
        return AlertRules::defaults();
    const AlertRulesParseResult result = RuleFiles::readJson(path);
    if (!result.ok()) {
        exitCode = report(result, err);
        return std::nullopt;
    }
    return result.rules;
}

int write(const QByteArray &data, const QString &outPath, FILE *out, FILE *err)
{
    if (outPath.isEmpty()) {
        std::fwrite(data.constData(), 1, size_t(data.size()), out);
        std::fflush(out);
        return RulesOk;
    }
    QString error;
    if (!RuleFiles::writeAtomically(outPath, data, &error)) {
        print(err, error);
        return RulesIo;
    }
    return RulesOk;
}

int usage(FILE *err, const QString &message)
{
    print(err, message);
    print(err, RulesCommandText::tr("Try 'tidewatch --help'."));
    return RulesUsage;
}

/// Runs promtool with @p arguments in @p dir; false when it could not run or did not finish in time.
bool runPromtool(const QString &promtool, const QStringList &arguments, const QString &dir, int &exitCode,
                 QString &output)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(promtool, arguments);
    if (!process.waitForFinished(300'000)) {
        process.kill();
        process.waitForFinished();
        output = RulesCommandText::tr("promtool did not finish within 5 minutes");
        return false;
    }
    output = QString::fromUtf8(process.readAll());
    exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return true;
}

int runTest(const QList<AlertRule> &rules, const AppOptions &options, FILE *out, FILE *err)
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty()) {
        print(err,
              RulesCommandText::tr(
                  "tidewatch: promtool is not installed (Debian package prometheus); it runs the tests"));
        return RulesIo;
    }
    QTemporaryDir temporary;
    QString dir = options.rulesKeepDir;
    if (dir.isEmpty()) {
        if (!temporary.isValid()) {
            print(err, RulesCommandText::tr("tidewatch: cannot create a temporary folder: %1")
                           .arg(temporary.errorString()));
            return RulesIo;
        }
        dir = temporary.path();
    } else if (!QDir().mkpath(dir)) {
        print(err, RulesCommandText::tr("tidewatch: cannot create the folder %1").arg(dir));
        return RulesIo;
    }
    const QString ruleFile = QStringLiteral("tidewatch-rules.yml");
    const RuleTestGenerator::Result generated = RuleTestGenerator::generate(rules, ruleFile);
    QString error;
    if (!RuleFiles::writeAtomically(QDir(dir).filePath(ruleFile), AlertRules::toPrometheusYaml(rules),
                                    &error)) {
        print(err, error);
        return RulesIo;
    }
    QStringList testFiles;
    for (const RuleTestGenerator::TestFile &file : generated.files) {
        if (!RuleFiles::writeAtomically(QDir(dir).filePath(file.name), file.content, &error)) {
            print(err, error);
            return RulesIo;
        }
        testFiles.append(file.name);
    }
    for (const QString &skipped : generated.skipped)
        print(err, QStringLiteral("tidewatch: ") + skipped);
    int exitCode = 0;
    QString output;
    if (!runPromtool(promtool, {QStringLiteral("check"), QStringLiteral("rules"), ruleFile}, dir, exitCode,
                     output)) {
        print(err, output);
        return RulesIo;
    }
    if (exitCode != 0) {
        print(err, RulesCommandText::tr("tidewatch: promtool check rules failed on the exported rules:"));
        print(err, output);
        return RulesInvalid;
    }
    if (testFiles.isEmpty()) {
        print(out, RulesCommandText::tr("No enabled rule to test."));
        return RulesOk;
    }
    if (!runPromtool(promtool, QStringList{QStringLiteral("test"), QStringLiteral("rules")} + testFiles, dir,
                     exitCode, output)) {
        print(err, output);
        return RulesIo;
    }
    if (exitCode != 0) {
        print(err, RulesCommandText::tr(
                       "tidewatch: promtool test rules failed: the exported rules do not mean what the "
                       "rules mean in Tidewatch:"));
        print(err, output);
        if (!options.rulesKeepDir.isEmpty())
            print(err, RulesCommandText::tr("The files are in %1.").arg(dir));
        return RulesInvalid;
    }
    print(out, RulesCommandText::tr("%n rule(s) exported and tested with promtool: SUCCESS", nullptr,
                                    generated.testedRules));
    return RulesOk;
}

} // namespace

int runRules(const AppOptions &options, FILE *out, FILE *err)
{
    const QStringList &args = options.rulesArguments;
    const QString command = args.value(0);
    const qsizetype files = args.size() - 1;
    if (command == QLatin1String("check") || command == QLatin1String("import")) {
        if (files != 1)
            return usage(err, RulesCommandText::tr("rules %1 needs exactly one FILE").arg(command));
        if (command == QLatin1String("check")) {
            const AlertRulesParseResult result = RuleFiles::readJson(args.at(1));
            if (!result.ok())
                return report(result, err);
            print(out, RulesCommandText::tr("%1: %n rule(s), valid", nullptr, int(result.rules.size()))
                           .arg(args.at(1)));
            return RulesOk;
        }
        const AlertRulesParseResult result = RuleFiles::readPrometheus(args.at(1));
        if (!result.ok())
            return report(result, err);
        return write(AlertRules::toJson(result.rules), options.rulesOut, out, err);
    }
    if (command != QLatin1String("export") && command != QLatin1String("test"))
        return usage(err, RulesCommandText::tr("rules needs one of: export, test, check FILE, import FILE"));
    if (files != 0)
        return usage(err,
                     RulesCommandText::tr("rules %1 takes no FILE argument (use --rules FILE)").arg(command));
    int exitCode = RulesOk;
    const auto rules = loadRules(options, err, exitCode);
    if (!rules)
        return exitCode;
    if (command == QLatin1String("test"))
        return runTest(*rules, options, out, err);
    const auto format = options.rulesFormat == QLatin1String("json") ? RuleFiles::Format::Json
                                                                     : RuleFiles::Format::PrometheusYaml;
    return write(RuleFiles::serialize(*rules, format), options.rulesOut, out, err);
}

} // namespace Tidewatch
