#include "AlertRules.h"
#include "LabelRowsEditor.h"
#include "PrometheusRuleFile.h"
#include "RuleEditorDialog.h"
#include "RuleForm.h"
#include "RulePreview.h"
#include "RulePreviewModel.h"
#include "RuleTableModel.h"
#include "RulesFile.h"
#include "RulesPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Tidewatch;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kT0 = 1'780'000'000'000;
const QString kLag = u"tidewatch_kafka_consumergroup_max_time_lag_seconds"_s;

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

template<typename T>
T *child(const QObject &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

MetricSample sample(const QString &name, QList<QPair<QString, QString>> labels, double value)
{
    labels.prepend({u"cluster"_s, u"local"_s});
    std::sort(labels.begin(), labels.end());
    return MetricSample{name, labels, value};
}

/// What the stack's consumer groups look like: one keeps up, one falls behind, one stopped committing.
QList<MetricSample> stackSamples()
{
    QList<MetricSample> s;
    const QList<QPair<QString, double>> lags{{u"tw-keeps-up"_s, 0.8},
                                             {u"tw-falls-behind"_s, 420},
                                             {u"tw-stopped-committing"_s, 1250},
                                             {u"tw-flink-orders"_s, 2}};
    for (const auto &[group, seconds] : lags)
        s << sample(kLag, {{u"consumergroup"_s, group}}, seconds);
    for (const QString &source : {u"kafka"_s, u"flink"_s, u"events"_s})
        s << sample(u"tidewatch_source_up"_s, {{u"source"_s, source}}, 1);
    for (const QString &broker : {u"1"_s, u"2"_s, u"3"_s})
        s << sample(u"tidewatch_kafka_broker_up"_s, {{u"broker"_s, broker}}, 1);
    s << sample(u"tidewatch_kafka_offline_partitions"_s, {}, 0)
      << sample(u"tidewatch_kafka_under_replicated_partitions"_s, {}, 0)
      << sample(u"tidewatch_kafka_consumergroup_status"_s, {{u"consumergroup"_s, u"tw-stopped-committing"_s}},
                3)
      << sample(u"tidewatch_kafka_consumergroup_status"_s, {{u"consumergroup"_s, u"tw-keeps-up"_s}}, 1)
      << sample(u"tidewatch_business_shipments_late"_s, {}, 27);
    return s;
}

AlertRule lagRule()
{
    AlertRule r;
    r.name = u"LagHigh"_s;
    r.metric = kLag;
    r.threshold = 300;
    r.forMs = 120'000;
    r.severity = u"warning"_s;
    r.summary = u"{{ $labels.consumergroup }} is {{ $value }} s behind"_s;
    return r;
}

AlertRule brokerDown()
{
    AlertRule r;
    r.name = u"KafkaBrokerDown"_s;
    r.metric = u"tidewatch_kafka_broker_up"_s;
    r.comparison = AlertComparison::Equal;
    r.threshold = 0;
    r.forMs = 30'000;
    r.severity = u"critical"_s;
    return r;
}

QList<AlertRule> rulesIn(const QString &path)
{
    const AlertRulesParseResult parsed = AlertRules::parse(bytesOf(path), path);
    if (!parsed.ok())
        qWarning("%s", qPrintable(parsed.errors.join(u'\n')));
    return parsed.rules;
}

QString errorsOf(const RuleEditorDialog &editor)
{
    return editor.form()->validationErrors().join(u'\n');
}

} // namespace

class TestRulesPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<RulesFile> m_file;
    std::unique_ptr<RulesPage> m_page;

    void makePage(const QList<AlertRule> &rules)
    {
        m_path = m_dir.filePath(u"rules.json"_s);
        write(m_path, AlertRules::toJson(rules));
        m_page.reset();
        m_file = std::make_unique<RulesFile>(m_path, AlertRules::defaults());
        m_page = std::make_unique<RulesPage>();
        m_page->setRulesFile(m_file.get());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        m_page.reset();
        m_file.reset();
    }

    void addEditDuplicateDisableDeleteRoundTrip()
    {
        makePage({brokerDown(), lagRule()});
        QCOMPARE(m_page->model()->rowCount(), 2);
        QSignalSpy inForce(m_file.get(), &RulesFile::rulesChanged);

        // Add: a new rule from the form, saved to the file and in force.
        RuleEditorDialog *editor = m_page->editRule(-1);
        QVERIFY(editor);
        child<QLineEdit>(*editor, u"name"_s)->setText(u"ShipmentsLate"_s);
        child<QComboBox>(*editor, u"metric"_s)->setEditText(u"tidewatch_business_shipments_late"_s);
        child<QLineEdit>(*editor, u"threshold"_s)->setText(u"20"_s);
        child<QLineEdit>(*editor, u"for"_s)->setText(u"5m"_s);
        QVERIFY2(editor->okButton()->isEnabled(), qPrintable(errorsOf(*editor)));
        editor->accept();
        QList<AlertRule> saved = rulesIn(m_path);
        QCOMPARE(saved.size(), 3);
        QCOMPARE(saved.at(2).name, u"ShipmentsLate"_s);
        QCOMPARE(saved.at(2).metric, u"tidewatch_business_shipments_late"_s);
        QCOMPARE(saved.at(2).threshold, 20.0);
        QCOMPARE(saved.at(2).forMs, 300'000);
        QCOMPARE(m_file->rules(), saved);
        QCOMPARE(inForce.size(), 1);
        QVERIFY2(m_page->statusText().contains(u"Added rule ShipmentsLate"_s),
                 qPrintable(m_page->statusText()));

        // Edit: the first rule gets another `for`.
        QCoreApplication::processEvents(); // the closed editor goes
        editor = m_page->editRule(0);
        QVERIFY(editor);
        QCOMPARE(child<QLineEdit>(*editor, u"name"_s)->text(), u"KafkaBrokerDown"_s);
        QCOMPARE(child<QComboBox>(*editor, u"comparison"_s)->currentText(), u"=="_s);
        child<QLineEdit>(*editor, u"for"_s)->setText(u"1m"_s);
        editor->accept();
        QCOMPARE(rulesIn(m_path).at(0).forMs, 60'000);

        // Cancel changes nothing.
        QCoreApplication::processEvents();
        const QByteArray before = bytesOf(m_path);
        editor = m_page->editRule(0);
        child<QLineEdit>(*editor, u"threshold"_s)->setText(u"7"_s);
        editor->reject();
        QCOMPARE(bytesOf(m_path), before);

        // Duplicate: a copy under a new name, right after its original.
        QCoreApplication::processEvents();
        editor = m_page->duplicateRule(1);
        QVERIFY(editor);
        QCOMPARE(child<QLineEdit>(*editor, u"name"_s)->text(), u"LagHighCopy"_s);
        QVERIFY2(editor->okButton()->isEnabled(), qPrintable(errorsOf(*editor)));
        editor->accept();
        saved = rulesIn(m_path);
        QCOMPARE(saved.size(), 4);
        QCOMPARE(saved.at(2).name, u"LagHighCopy"_s);
        AlertRule renamed = saved.at(2);
        renamed.name = u"LagHigh"_s;
        QCOMPARE(renamed, saved.at(1));

        // Disable: kept in the file, not evaluated.
        QVERIFY(m_page->setRuleEnabled(2, false));
        QCOMPARE(rulesIn(m_path).at(2).enabled, false);
        QCOMPARE(m_page->model()->index(2, RuleTableModel::EnabledColumn).data().toString(), u"no"_s);
        QCOMPARE(m_page->model()->index(2, RuleTableModel::StateColumn).data().toString(), u"disabled"_s);
        QVERIFY(m_page->setRuleEnabled(2, true));
        QCOMPARE(rulesIn(m_path).at(2).enabled, true);

        // Delete, and Undo brings it back.
        QVERIFY(m_page->deleteRule(2));
        saved = rulesIn(m_path);
        QCOMPARE(saved.size(), 3);
        QVERIFY(std::none_of(saved.cbegin(), saved.cend(),
                             [](const AlertRule &r) { return r.name == u"LagHighCopy"_s; }));
        QVERIFY(m_page->statusText().contains(u"Undo"_s));
        QVERIFY(m_page->undo());
        saved = rulesIn(m_path);
        QCOMPARE(saved.size(), 4);
        QCOMPARE(saved.at(2).name, u"LagHighCopy"_s);
        QCOMPARE(m_file->rules(), saved);
        QCOMPARE(m_page->model()->rowCount(), 4);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");

        QTest::newRow("a rule without a name") << u"name"_s << QString() << u"Name: the rule needs a name"_s;
        QTest::newRow("the name and matchers of another rule")
            << u"name"_s << u"KafkaBrokerDown"_s
            << u"Name: another rule has the name KafkaBrokerDown and the same label matchers"_s;
        QTest::newRow("a metric Tidewatch does not have")
            << u"metric"_s << u"tidewatch_nope"_s << u"Metric: unknown metric 'tidewatch_nope'"_s;
        QTest::newRow("a threshold that is no number")
            << u"threshold"_s << u"lots"_s << u"Threshold: 'lots' is not a number"_s;
        QTest::newRow("a for that is no Prometheus duration")
            << u"for"_s << u"5 minutes"_s << u"For: '5 minutes' is not a Prometheus duration"_s;
        QTest::newRow("a keep_firing_for with units in the wrong order")
            << u"keepFiringFor"_s << u"5s1m"_s << u"keep_firing_for: '5s1m' is not a Prometheus duration"_s;
        QTest::newRow("an unclosed template in the summary")
            << u"summary"_s << u"{{ $labels.consumergroup"_s << u"Summary: bad template"_s;
        QTest::newRow("a template action the app does not know in the runbook URL")
            << u"runbookUrl"_s << u"https://wiki/{{ .Foo }}"_s << u"Runbook URL: bad template"_s;
    }

    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        makePage({brokerDown(), lagRule()});
        RuleEditorDialog *editor = m_page->editRule(-1);
        child<QLineEdit>(*editor, u"name"_s)->setText(u"Fresh"_s);
        QVERIFY2(editor->okButton()->isEnabled(), qPrintable(errorsOf(*editor)));
        if (field == u"metric"_s)
            child<QComboBox>(*editor, field)->setEditText(value);
        else
            child<QLineEdit>(*editor, field)->setText(value);
        QVERIFY2(errorsOf(*editor).contains(message), qPrintable(errorsOf(*editor)));
        QVERIFY(!editor->okButton()->isEnabled());
        auto *shown = child<QLabel>(*editor, u"errors"_s);
        QVERIFY(shown->isVisibleTo(editor));
        QVERIFY2(shown->text().contains(message), qPrintable(shown->text()));
        editor->reject();
    }

    void hysteresisField_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<bool>("available");
        QTest::addColumn<QString>("goodClear");
        QTest::addColumn<QString>("wrongClear");
        QTest::newRow(">: clears below") << u">"_s << true << u"200"_s << u"1200"_s;
        QTest::newRow(">=: clears below") << u">="_s << true << u"200"_s << u"1200"_s;
        QTest::newRow("<: clears above") << u"<"_s << true << u"1200"_s << u"200"_s;
        QTest::newRow("<=: clears above") << u"<="_s << true << u"1200"_s << u"200"_s;
        QTest::newRow("==: no inside to clear to") << u"=="_s << false << QString() << QString();
        QTest::newRow("!=: no inside to clear to") << u"!="_s << false << QString() << QString();
    }

    void hysteresisField()
    {
        QFETCH(QString, op);
        QFETCH(bool, available);
        QFETCH(QString, goodClear);
        QFETCH(QString, wrongClear);
        makePage({lagRule()});
        RuleEditorDialog *editor = m_page->editRule(0);
        auto *clearOn = child<QCheckBox>(*editor, u"clearEnabled"_s);
        auto *clear = child<QLineEdit>(*editor, u"clearThreshold"_s);
        child<QLineEdit>(*editor, u"threshold"_s)->setText(u"1000"_s);
        QVERIFY(clearOn->isEnabled());
        QVERIFY(!clear->isEnabled()); // off until ticked
        clearOn->setChecked(true);
        QVERIFY(clear->isEnabled());
        child<QComboBox>(*editor, u"comparison"_s)->setCurrentText(op);
        QCOMPARE(clearOn->isEnabled(), available);
        QCOMPARE(clear->isEnabled(), available);
        if (!available) {
            QVERIFY(!editor->rule().clearThreshold.has_value());
            QVERIFY2(editor->okButton()->isEnabled(), qPrintable(errorsOf(*editor)));
            return;
        }
        clear->setText(wrongClear);
        QVERIFY2(errorsOf(*editor).contains(u"Clear threshold: must not be"_s),
                 qPrintable(errorsOf(*editor)));
        QVERIFY(!editor->okButton()->isEnabled());
        clear->setText(goodClear);
        QVERIFY2(editor->okButton()->isEnabled(), qPrintable(errorsOf(*editor)));
        QCOMPARE(editor->rule().clearThreshold, std::optional<double>(goodClear.toDouble()));
        editor->accept();
        QCOMPARE(rulesIn(m_path).at(0).clearThreshold, std::optional<double>(goodClear.toDouble()));
    }

    /// The preview on given samples: the matching series, whether the condition holds, and the scratch
    /// evaluation's pending and firing as the samples keep arriving.
    void previewOnSamples()
    {
        makePage({lagRule()});
        m_page->setLiveData(stackSamples(), {}, kT0);
        RuleEditorDialog *editor = m_page->editRule(0);
        RulePreview *preview = editor->preview();
        RulePreviewModel *model = preview->model();
        QCOMPARE(model->matchCount(), 4);
        QCOMPARE(preview->headline(), u"4 series match now; the condition holds for 2"_s);
        const auto stateOf = [model](const QString &group) -> QString {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, RulePreviewModel::SeriesColumn).data().toString().contains(group))
                    return model->index(row, RulePreviewModel::HoldsColumn).data().toString() + u" | "_s +
                           model->index(row, RulePreviewModel::StateColumn).data().toString();
            }
            return u"missing"_s;
        };
        QCOMPARE(stateOf(u"tw-falls-behind"_s), u"yes | pending, fires in 2 m 0 s"_s);
        QCOMPARE(stateOf(u"tw-keeps-up"_s), u"no | no"_s);
        m_page->setLiveData(stackSamples(), {}, kT0 + 60'000);
        QCOMPARE(stateOf(u"tw-falls-behind"_s), u"yes | pending, fires in 1 m 0 s"_s);
        m_page->setLiveData(stackSamples(), {}, kT0 + 120'000);
        QCOMPARE(stateOf(u"tw-falls-behind"_s), u"yes | firing"_s);
        QCOMPARE(stateOf(u"tw-stopped-committing"_s), u"yes | firing"_s);
        // The summary, filled in for the first matching series (by labels).
        auto *annotations = child<QLabel>(*editor, u"previewAnnotations"_s);
        QVERIFY2(annotations->text().contains(u"tw-falls-behind is 420 s behind"_s),
                 qPrintable(annotations->text()));

        // A matcher: label names and values are offered from the metric's current samples.
        auto *matchers = child<LabelRowsEditor>(*editor, u"matchers"_s);
        child<QPushButton>(*matchers, u"add"_s)->click();
        auto *name = child<QComboBox>(*matchers, u"name0"_s);
        QCOMPARE(name->count(), 2);
        QCOMPARE(name->itemText(0), u"cluster"_s);
        QCOMPARE(name->itemText(1), u"consumergroup"_s);
        name->setEditText(u"consumergroup"_s);
        auto *value = child<QComboBox>(*matchers, u"value0"_s);
        QCOMPARE(value->count(), 4);
        QCOMPARE(value->itemText(0), u"tw-falls-behind"_s);
        child<QComboBox>(*matchers, u"op0"_s)->setCurrentText(u"=~"_s);
        value->setEditText(u"tw-(keeps|falls).*"_s);
        QCOMPARE(model->matchCount(), 2);
        QCOMPARE(preview->headline(), u"2 series match now; the condition holds for 1"_s);
        // The rule changed: the scratch evaluation starts again, and says so.
        QCOMPARE(stateOf(u"tw-falls-behind"_s), u"yes | pending, fires in 2 m 0 s"_s);
        value->setEditText(u"payments-.*"_s);
        QCOMPARE(model->matchCount(), 0);
        QVERIFY2(preview->headline().startsWith(u"No series match"_s), qPrintable(preview->headline()));
        value->setEditText(u"tw-(keeps"_s);
        QVERIFY2(errorsOf(*editor).contains(u"Label matchers: invalid regex"_s),
                 qPrintable(errorsOf(*editor)));
        QVERIFY(!editor->okButton()->isEnabled());
        editor->reject();
    }

    void rulesListShowsStateNow()
    {
        makePage({brokerDown(), lagRule()});
        QCOMPARE(m_page->model()->index(1, RuleTableModel::StateColumn).data().toString(),
                 u"waiting for data"_s);
        AlertEvaluator evaluator;
        evaluator.setRules(m_page->rules());
        evaluator.evaluate(stackSamples(), kT0);
        m_page->show(); // a hidden page updates when shown
        m_page->setLiveData(stackSamples(), evaluator.activeAlerts(), kT0);
        QCOMPARE(m_page->model()->index(0, RuleTableModel::StateColumn).data().toString(),
                 u"ok (3 series)"_s);
        QCOMPARE(m_page->model()->index(1, RuleTableModel::StateColumn).data().toString(), u"2 pending"_s);
        evaluator.evaluate(stackSamples(), kT0 + 120'000);
        m_page->setLiveData(stackSamples(), evaluator.activeAlerts(), kT0 + 120'000);
        QCOMPARE(m_page->model()->index(1, RuleTableModel::StateColumn).data().toString(), u"2 firing"_s);
        m_page->setLiveData({}, {}, kT0 + 150'000);
        QCOMPARE(m_page->model()->index(0, RuleTableModel::StateColumn).data().toString(), u"no data"_s);
    }

    void importBrokenFileLosesNothing_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("JSON syntax error on line 3")
            << u"broken.json"_s
            << QByteArray("{\"rules\": [\n  {\"alert\": \"A\",\n   \"metric\" \"x\"}\n]}\n")
            << u"broken.json:3:"_s;
        QTest::newRow("rule 2 has an unknown metric")
            << u"unknown.json"_s
            << QByteArray(
                   "{\"rules\": [\n"
                   "  {\"alert\": \"A\", \"metric\": \"tidewatch_kafka_offline_partitions\", \"op\": \">\",\n"
                   "   \"threshold\": 0, \"severity\": \"critical\"},\n"
                   "  {\"alert\": \"B\", \"metric\": \"tidewatch_nope\", \"op\": \">\",\n"
                   "   \"threshold\": 0, \"severity\": \"critical\"}\n]}\n")
            << u"unknown.json:4: rule 2 (B)"_s;
        QTest::newRow("a Prometheus rule whose expr the app cannot evaluate")
            << u"prom.yml"_s
            << QByteArray("groups:\n  - name: g\n    rules:\n      - alert: X\n"
                          "        expr: rate(foo[5m]) > 1\n")
            << u"prom.yml:5"_s;
    }

    void importBrokenFileLosesNothing()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        makePage({brokerDown(), lagRule()});
        const QByteArray before = bytesOf(m_path);
        const QString path = m_dir.filePath(fileName);
        write(path, content);
        QVERIFY(!m_page->importFile(path, RuleFiles::ImportMode::Replace));
        QVERIFY2(m_page->statusText().contains(u"Nothing imported"_s), qPrintable(m_page->statusText()));
        QVERIFY2(m_page->statusText().contains(error), qPrintable(m_page->statusText()));
        QCOMPARE(bytesOf(m_path), before);
        QCOMPARE(m_page->rules(), (QList<AlertRule>{brokerDown(), lagRule()}));
    }

    void importMergesOrReplaces()
    {
        makePage({brokerDown(), lagRule()});
        AlertRule changed = lagRule();
        changed.threshold = 900;
        AlertRule offline;
        offline.name = u"KafkaOfflinePartitions"_s;
        offline.metric = u"tidewatch_kafka_offline_partitions"_s;
        offline.severity = u"critical"_s;
        const QString json = m_dir.filePath(u"more.json"_s);
        write(json, AlertRules::toJson({changed, offline}));
        QVERIFY(m_page->importFile(json, RuleFiles::ImportMode::Merge));
        QCOMPARE(rulesIn(m_path), (QList<AlertRule>{brokerDown(), changed, offline}));
        // A Prometheus rule file, replacing everything.
        const QString yaml = m_dir.filePath(u"prometheus.yml"_s);
        write(yaml, AlertRules::toPrometheusYaml({offline}));
        QVERIFY2(m_page->importFile(yaml, RuleFiles::ImportMode::Replace), qPrintable(m_page->statusText()));
        const QList<AlertRule> saved = rulesIn(m_path);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).name, offline.name);
        QCOMPARE(saved.at(0).promql(), offline.promql());
        QVERIFY(m_page->undo());
        QCOMPARE(rulesIn(m_path).size(), 3);
    }

    void brokenRulesFileIsNeverOverwritten()
    {
        makePage({brokerDown(), lagRule()});
        const QByteArray broken("{\"rules\": [\n  {\"alert\": \"A\" \"metric\": 1}\n]}\n");
        write(m_path, broken);
        QVERIFY(!m_page->reload());
        QCOMPARE(m_file->status(), RulesFile::Status::Broken);
        auto *fileLine = child<QLabel>(*m_page, u"rulesFile"_s);
        QVERIFY2(fileLine->text().contains(u"stay in force"_s), qPrintable(fileLine->text()));
        QVERIFY2(fileLine->text().contains(u"rules.json:2:"_s), qPrintable(fileLine->text()));
        QCOMPARE(m_page->rules(), (QList<AlertRule>{brokerDown(), lagRule()})); // the last good ones

        QVERIFY(!m_page->setRuleEnabled(0, false));
        QCOMPARE(bytesOf(m_path), broken);
        QVERIFY2(m_page->statusText().contains(u"not saved"_s), qPrintable(m_page->statusText()));
        QCOMPARE(m_file->rules(), (QList<AlertRule>{brokerDown(), lagRule()})); // still in force
        QVERIFY(child<QPushButton>(*m_page, u"saveAs"_s)->isVisibleTo(m_page.get()));

        QSignalSpy savedAs(m_page.get(), &RulesPage::rulesFileSavedAs);
        const QString other = m_dir.filePath(u"rescued.json"_s);
        QVERIFY(m_page->saveAs(other));
        QCOMPARE(savedAs.size(), 1);
        QCOMPARE(savedAs.first().first().toString(), other);
        const QList<AlertRule> rescued = rulesIn(other);
        QCOMPARE(rescued.size(), 2);
        QCOMPARE(rescued.at(0).enabled, false); // the unsaved change is in it
        QCOMPARE(bytesOf(m_path), broken);
    }

    void exportIsReadBack()
    {
        AlertRule hysteresis = lagRule();
        hysteresis.clearThreshold = 120;
        hysteresis.labels = {{u"team"_s, u"orders"_s}};
        hysteresis.runbookUrl = u"https://wiki.example/lag/{{ $labels.consumergroup }}"_s;
        makePage({brokerDown(), hysteresis});
        const QString json = m_dir.filePath(u"export.json"_s);
        QVERIFY(m_page->exportFile(json, RuleFiles::Format::Json));
        QCOMPARE(rulesIn(json), m_page->rules());

        const QString yaml = m_dir.filePath(u"export.yml"_s);
        QVERIFY(m_page->exportFile(yaml, RuleFiles::Format::PrometheusYaml));
        QVERIFY2(m_page->statusText().contains(u"Prometheus"_s), qPrintable(m_page->statusText()));
        const AlertRulesParseResult back = AlertRules::fromPrometheusYaml(bytesOf(yaml), yaml);
        QVERIFY2(back.ok(), qPrintable(back.errors.join(u'\n')));
        QCOMPARE(back.rules, m_page->rules());

        const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
        if (promtool.isEmpty()) {
            // The setup installs it: in CI a missing promtool is a broken setup, not a reason to skip.
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("promtool is not installed");
            QSKIP("promtool is not installed");
        }
        QProcess process;
        process.start(promtool, {u"check"_s, u"rules"_s, yaml});
        QVERIFY(process.waitForFinished(30'000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitCode() == 0 && !err.contains(u"FAILED"_s), qPrintable(out + err));
        QVERIFY2(out.contains(u"SUCCESS: 2 rules found"_s), qPrintable(out));
    }

    /// The page and the editor paint a real picture; with TIDEWATCH_SHOT_DIR set they are saved as
    /// the documentation's screenshots, from samples shaped like the stack's.
    void screenshots()
    {
        QList<AlertRule> rules = AlertRules::defaults();
        AlertRule lag = lagRule();
        lag.name = u"OrdersConsumersBehind"_s;
        lag.matchers = {LabelMatcher{u"consumergroup"_s, u"tw-.*"_s, true}};
        lag.clearThreshold = 120;
        lag.labels = {{u"team"_s, u"orders"_s}};
        lag.runbookUrl = u"https://wiki.example/runbooks/lag#{{ $labels.consumergroup }}"_s;
        lag.description = u"{{ $labels.consumergroup }} on {{ $labels.cluster }} is behind its input."_s;
        rules.append(lag);
        makePage(rules);
        AlertEvaluator evaluator;
        evaluator.setRules(rules);
        for (qint64 t = 0; t <= 90'000; t += 30'000)
            evaluator.evaluate(stackSamples(), kT0 + t);
        m_page->resize(1400, 760);
        m_page->show();
        m_page->setLiveData(stackSamples(), evaluator.activeAlerts(), kT0 + 90'000);
        child<QTableView>(*m_page, u"rules"_s)->selectRow(int(rules.size() - 1));
        QCoreApplication::processEvents();
        const QImage page = m_page->grab().toImage();
        QCOMPARE(page.size(), QSize(1400, 760));

        RuleEditorDialog *editor = m_page->editRule(int(rules.size() - 1));
        for (qint64 t = 100'000; t <= 160'000; t += 30'000)
            m_page->setLiveData(stackSamples(), evaluator.activeAlerts(), kT0 + t);
        editor->resize(1400, 860);
        QCoreApplication::processEvents();
        const QImage dialog = editor->grab().toImage();
        QCOMPARE(dialog.size(), QSize(1400, 860));

        const QString dir = qEnvironmentVariable("TIDEWATCH_SHOT_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(page.save(QDir(dir).filePath(u"rules.png"_s)));
            QVERIFY(dialog.save(QDir(dir).filePath(u"rule-editor.png"_s)));
        }
        editor->reject();
    }
};

QTEST_MAIN(TestRulesPage)
#include "tst_rulespage.moc"
