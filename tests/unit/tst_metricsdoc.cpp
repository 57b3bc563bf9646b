// docs/METRICS.md against the code: its tables list exactly the metrics of metricNames() (plus the
// exporter's own alert series), each once, with the labels the code puts on it and a unit.

#include "MetricFixtures.h"
#include "SnapshotMetrics.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Tidewatch;

namespace {

/// The cells of one table row whose first cell is a metric name in backticks: name -> cells.
struct DocRow
{
    QStringList cells;
    int count = 0;
};

/// The labels a Labels cell names: the backticked names outside parentheses (inside them are values
/// and notes), and every backticked word of the cell.
struct DocLabels
{
    QSet<QString> named;
    QSet<QString> mentioned;
};

DocLabels labelsOf(const QString &cell)
{
    static const QRegularExpression ticked(QStringLiteral("`([a-zA-Z_][a-zA-Z0-9_]*)`"));
    DocLabels out;
    QString outside;
    int depth = 0;
    for (const QChar c : cell) {
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        else if (depth == 0)
            outside += c;
    }
    for (auto it = ticked.globalMatch(outside); it.hasNext();)
        out.named.insert(it.next().captured(1));
    for (auto it = ticked.globalMatch(cell); it.hasNext();)
        out.mentioned.insert(it.next().captured(1));
    return out;
}

/// Series that the exporter adds itself (docs/METRICS.md, "Alerts"); they are no snapshot metric.
const QStringList kExporterOwn{QStringLiteral("tidewatch_alerts"),
                               QStringLiteral("tidewatch_alerts_for_state")};

} // namespace

class TestMetricsDoc : public QObject
{
    Q_OBJECT

    QHash<QString, DocRow> m_rows;           ///< every `tidewatch_...` row of the doc's tables
    QHash<QString, QSet<QString>> m_emitted; ///< metric -> label names the fixtures' samples carry

private Q_SLOTS:
    void initTestCase()
    {
        const QString sourceDir = qEnvironmentVariable("TIDEWATCH_SOURCE_DIR");
        QVERIFY2(!sourceDir.isEmpty(), "TIDEWATCH_SOURCE_DIR is not set");
        QFile doc(sourceDir + QStringLiteral("/docs/METRICS.md"));
        QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
        for (const QString &line : QString::fromUtf8(doc.readAll()).split(u'\n')) {
            if (!line.startsWith(QLatin1String("| `tidewatch_")))
                continue;
            QStringList cells = line.split(u'|');
            cells = cells.mid(1, cells.size() - 2); // the text before the first and after the last bar
            for (QString &c : cells)
                c = c.trimmed();
            const QString name = cells.first().mid(1, cells.first().size() - 2);
            DocRow &row = m_rows[name];
            row.cells = cells;
            ++row.count;
        }
        QVERIFY(!m_rows.isEmpty());
        for (const MetricSample &sample : MetricFixtures::everySample()) {
            for (const auto &label : sample.labels)
                m_emitted[sample.name].insert(label.first);
        }
    }

    void everyDocumentedMetricExists()
    {
        const QStringList names = metricNames();
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
            QVERIFY2(names.contains(it.key()) || kExporterOwn.contains(it.key()), qPrintable(it.key()));
    }

    void everyMetricHasOneRow_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : metricNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void everyMetricHasOneRow()
    {
        QFETCH(QString, name);
        QVERIFY2(m_rows.contains(name), "no row in docs/METRICS.md");
        const DocRow &row = m_rows.value(name);
        QCOMPARE(row.count, 1);
        // | Metric | Labels | Meaning | Unit |
        QCOMPARE(row.cells.size(), 4);
        QVERIFY2(row.cells.at(1).startsWith(QLatin1String("`cluster`")), qPrintable(row.cells.at(1)));
        QVERIFY(!row.cells.at(2).isEmpty());
        QVERIFY(!row.cells.at(3).isEmpty());
        // The labels the doc names are the ones the code sets; notes in parentheses may name more
        // (a label only some series carry), but every label the code sets is in the cell.
        QVERIFY2(m_emitted.contains(name), "the fixtures emit no sample of it");
        const DocLabels doc = labelsOf(row.cells.at(1));
        const QSet<QString> emitted = m_emitted.value(name);
        for (const QString &label : doc.named)
            QVERIFY2(emitted.contains(label), qPrintable(QStringLiteral("documented, never set: ") + label));
        for (const QString &label : emitted)
            QVERIFY2(doc.mentioned.contains(label),
                     qPrintable(QStringLiteral("set, not documented: ") + label));
    }
};

QTEST_GUILESS_MAIN(TestMetricsDoc)
#include "tst_metricsdoc.moc"
