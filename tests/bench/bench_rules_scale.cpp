// Rules at scale (issue #15: "a rules file of 20,000 rules ... is handled in bounded time"): the
// GUI-thread and command-line costs of a big rules file, stage by stage:
//   parse     AlertRules::parse of the JSON file (what --rules and the dashboard's reload do)
//   set       AlertEvaluator::setRules of all of them (start-up), and again with the same rules (a
//             reload that keeps every rule's state), in the same and in reversed order
//   evaluate  one AlertEvaluator::evaluate over the samples of a cluster (what the dashboard does
//             every second; the median of --evaluations)
//   export    AlertRules::toPrometheusYaml of all of them (`tidewatch rules export`)
// The peer, in the same run: `promtool check rules` on the exported file (Prometheus's own loading
// and validation of the same rules), when promtool is installed.
// Every rule watches one consumer group's lag (a matcher per rule, as a generated per-team file
// does); the samples are one cluster's groups with partitions, so each rule matches a few series.
// Not a test: run it by hand (see docs/BENCHMARKS.md).

#include "AlertEvaluator.h"
#include "AlertRules.h"
#include "BenchTools.h"
#include "PrometheusRuleFile.h"
#include "SnapshotMetrics.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Tidewatch;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QByteArray rulesFile(int rules, int groups)
{
    QByteArray json = "{\"rules\":[\n";
    for (int i = 0; i < rules; ++i) {
        json += "{\"alert\":\"GroupLag" + QByteArray::number(i) +
                "\",\"metric\":\"tidewatch_kafka_consumergroup_lag\",\"matchers\":{\"consumergroup\":\"g" +
                QByteArray::number(i % groups) +
                "\"},\"op\":\">\",\"threshold\":" + QByteArray::number(1000 + i) +
                ",\"severity\":\"warning\",\"for\":\"5m\"," +
                "\"summary\":\"{{ $labels.consumergroup }} lags {{ $value }}\"}";
        json += i + 1 < rules ? ",\n" : "\n";
    }
    return json + "]}\n";
}

/// One cluster's lag series: @p groups groups, each on @p partitions partitions of one topic; every
/// tenth group lags enough to make its rules hold.
QList<MetricSample> lagSamples(int groups, int partitions)
{
    QList<MetricSample> samples;
    for (int g = 0; g < groups; ++g) {
        for (int p = 0; p < partitions; ++p) {
            MetricSample s;
            s.name = QStringLiteral("tidewatch_kafka_consumergroup_lag");
            s.labels = {{QStringLiteral("cluster"), QStringLiteral("bench")},
                        {QStringLiteral("consumergroup"), QLatin1Char('g') + QString::number(g)},
                        {QStringLiteral("partition"), QString::number(p)},
                        {QStringLiteral("topic"), QStringLiteral("orders")}};
            s.value = g % 10 == 0 ? 1e9 : 10;
            samples.append(s);
        }
    }
    return samples;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cost of a big rules file, stage by stage"));
    parser.addHelpOption();
    const QCommandLineOption rulesOption(QStringLiteral("rules"), QStringLiteral("Rules (default 20000)."),
                                         QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption groupsOption(QStringLiteral("groups"), QStringLiteral("Groups (default 500)."),
                                          QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption partitionsOption(QStringLiteral("partitions"),
                                              QStringLiteral("Partitions per group (default 6)."),
                                              QStringLiteral("n"), QStringLiteral("6"));
    const QCommandLineOption evaluationsOption(QStringLiteral("evaluations"),
                                               QStringLiteral("Evaluations (default 5)."),
                                               QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions({rulesOption, groupsOption, partitionsOption, evaluationsOption});
    parser.process(app);
    const int ruleCount = std::max(1, parser.value(rulesOption).toInt());
    const int groups = std::max(1, parser.value(groupsOption).toInt());
    const int partitions = std::max(1, parser.value(partitionsOption).toInt());
    const int evaluations = std::max(1, parser.value(evaluationsOption).toInt());
    QTextStream out(stdout);

    const QByteArray json = rulesFile(ruleCount, groups);
    const QList<MetricSample> samples = lagSamples(groups, partitions);
    out << "rules " << ruleCount << " (" << json.size() / 1024 << " KiB of JSON), samples " << samples.size()
        << ", RSS before " << QString::number(BenchTools::rssMiB(), 'f', 1) << " MiB\n\n";
    out << "| stage | ms |\n| --- | ---: |\n";

    QElapsedTimer timer;
    timer.start();
    const AlertRulesParseResult parsed = AlertRules::parse(json, QStringLiteral("bench.json"));
    out << "| parse | " << QString::number(msSince(timer), 'f', 1) << " |\n";
    if (!parsed.ok()) {
        out << "parse failed: " << parsed.errors.value(0) << '\n';
        return 1;
    }

    AlertEvaluator evaluator;
    timer.restart();
    evaluator.setRules(parsed.rules);
    out << "| set (start-up) | " << QString::number(msSince(timer), 'f', 1) << " |\n";

    QList<double> times;
    qsizetype transitions = 0;
    const qint64 t0 = 1'800'000'000'000;
    for (int i = 0; i < evaluations; ++i) {
        timer.restart();
        transitions += evaluator.evaluate(samples, t0 + i * 1000).size();
        times.append(msSince(timer));
    }
    out << "| evaluate (median of " << evaluations << ") | "
        << QString::number(BenchTools::percentile(times, 0.5), 'f', 1) << " |\n";

    timer.restart();
    evaluator.setRules(parsed.rules);
    out << "| set again, same order (reload, states kept) | " << QString::number(msSince(timer), 'f', 1)
        << " |\n";
    const QList<AlertRule> reversed(parsed.rules.crbegin(), parsed.rules.crend());
    timer.restart();
    evaluator.setRules(reversed);
    out << "| set again, reversed order (a re-sorted file) | " << QString::number(msSince(timer), 'f', 1)
        << " |\n";
    const qsizetype active = evaluator.activeAlerts().size();

    timer.restart();
    const QByteArray yaml = AlertRules::toPrometheusYaml(parsed.rules);
    out << "| export (Prometheus YAML) | " << QString::number(msSince(timer), 'f', 1) << " |\n";

    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    QTemporaryDir dir;
    if (!promtool.isEmpty() && dir.isValid()) {
        QFile file(dir.filePath(QStringLiteral("rules.yml")));
        if (file.open(QIODevice::WriteOnly) && file.write(yaml) == yaml.size()) {
            file.close();
            QProcess process;
            timer.restart();
            process.start(promtool, {QStringLiteral("check"), QStringLiteral("rules"), file.fileName()});
            process.waitForFinished(600000);
            out << "| peer: promtool check rules (exit " << process.exitCode() << ") | "
                << QString::number(msSince(timer), 'f', 1) << " |\n";
        }
    } else {
        out << "| peer: promtool not installed | |\n";
    }
    out << "\nactive alerts " << active << ", transitions " << transitions << ", RSS after "
        << QString::number(BenchTools::rssMiB(), 'f', 1) << " MiB\n";
    return 0;
}
