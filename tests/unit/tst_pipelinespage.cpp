// The Pipelines page: the headline names the worst pipeline and hop, each hop box says what it is,
// its state, rate, lag (unknown stays unknown) and age, and the drawing uses the states' colours.
#include "PipelineDiagram.h"
#include "PipelinesPage.h"

#include <QImage>
#include <QPixmap>
#include <QTest>

using namespace Tidewatch;

namespace {

PipelineHop hop(PipelineHopRef::Kind kind, const QString &id, PipelineHopState state, bool lagApplies = false)
{
    PipelineHop h;
    h.kind = kind;
    h.id = id;
    h.state = state;
    h.found = true;
    h.lagApplies = lagApplies;
    h.ageMs = 1000;
    return h;
}

PipelineSnapshot snapshot()
{
    Pipeline cdc;
    cdc.name = QStringLiteral("shop-orders-cdc → orders-cdc-archive");
    cdc.hops << hop(PipelineHopRef::Kind::Database, QStringLiteral("tidewatch_orders"),
                    PipelineHopState::Warning);
    PipelineHop source = hop(PipelineHopRef::Kind::Connector, QStringLiteral("shop-orders-cdc"),
                             PipelineHopState::Paused, true);
    source.role = QStringLiteral("source");
    source.stateText = QStringLiteral("PAUSED");
    source.lagBytes = 4096;
    source.lagSeconds = 42;
    source.throughput = 0;
    source.throughputUnit = QStringLiteral("msg/s");
    cdc.hops << source
             << hop(PipelineHopRef::Kind::Topic, QStringLiteral("orders-cdc"), PipelineHopState::Ok);
    PipelineHop sink = hop(PipelineHopRef::Kind::Connector, QStringLiteral("orders-cdc-archive"),
                           PipelineHopState::Ok, true);
    sink.role = QStringLiteral("sink");
    sink.lagMessages = 12;
    cdc.hops << sink;
    cdc.worstHop = 1;
    cdc.state = PipelineHopState::Paused;
    cdc.endToEndLagSeconds = 42;
    cdc.endToEndIsLowerBound = true; // the sink's time lag is unknown
    Pipeline fine;
    fine.name = QStringLiteral("orders → job");
    fine.hops << hop(PipelineHopRef::Kind::Topic, QStringLiteral("orders"), PipelineHopState::Ok)
              << hop(PipelineHopRef::Kind::FlinkJob, QStringLiteral("job"), PipelineHopState::Ok, true);
    fine.hops[1].lagSeconds = 2;
    fine.worstHop = 1;
    fine.state = PipelineHopState::Ok;
    fine.endToEndLagSeconds = 2;
    PipelineSnapshot s;
    s.clusterName = QStringLiteral("stack");
    s.pipelines << fine << cdc;
    return s;
}

QStringList utf8(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QString::fromUtf8(t);
    return out;
}

int pixelsOf(const QImage &image, const QColor &color)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            n += image.pixelColor(x, y) == color ? 1 : 0;
    }
    return n;
}

int whitePixels(const Pipeline &p)
{
    PipelineDiagram diagram;
    diagram.resize(1400, 300);
    diagram.setPipelines({p});
    QImage image(diagram.size(), QImage::Format_ARGB32);
    image.fill(Qt::black);
    diagram.render(&image);
    return pixelsOf(image, Qt::white);
}

} // namespace

class TestPipelinesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headlineNamesTheWorst()
    {
        PipelinesPage page;
        QCOMPARE(page.headline(), QStringLiteral("Pipelines: waiting for data"));
        page.applyPipelines(snapshot(), 10000);
        QCOMPARE(page.headline(),
                 QStringLiteral("1 of 2 pipeline(s) not ok · worst: shop-orders-cdc → "
                                "orders-cdc-archive at shop-orders-cdc (paused) · end to end: "
                                "at least 42 s"));
        page.applyPipelines(PipelineSnapshot{}, 10000);
        QCOMPARE(page.headline(), QStringLiteral("Pipelines: none known"));
    }

    /// #18: "all ok" while broker 2 was down and the job back-pressured. Pipelines built from such
    /// snapshots (tst_pipelinebuilder) have warning hops; the headline says which and why.
    void headlineGivesTheReason()
    {
        PipelineSnapshot s = snapshot();
        s.pipelines.removeLast(); // only the fine one
        PipelinesPage page;
        page.applyPipelines(s, 10000);
        QCOMPARE(page.headline(), QStringLiteral("1 pipeline(s), all ok"));
        Pipeline &p = s.pipelines.first();
        p.hops[1].state = PipelineHopState::Warning;
        p.hops[1].stateText = QStringLiteral("RUNNING");
        p.hops[1].reason = QStringLiteral("back-pressured, bottleneck: Sink: slow-sink");
        p.state = PipelineHopState::Warning;
        page.applyPipelines(s, 10000);
        QCOMPARE(page.headline(), QStringLiteral("1 of 1 pipeline(s) not ok · worst: orders → job at job "
                                                 "(back-pressured, bottleneck: Sink: slow-sink) · end "
                                                 "to end: 2.0 s"));
    }

    void hopBoxes_data()
    {
        QTest::addColumn<int>("pipeline");
        QTest::addColumn<int>("hop");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("database: origin, no lag")
            << 1 << 0
            << utf8({"DATABASE SLOT", "tidewatch_orders", "WARNING", "rate unknown", "no lag of its own",
                     "data 1.0 s ago"});
        QTest::newRow("paused source: bytes and seconds behind the database")
            << 1 << 1
            << utf8({"SOURCE CONNECTOR", "shop-orders-cdc", "PAUSED", "0 msg/s", "lag 4.0 KiB · 42 s",
                     "data 1.0 s ago"});
        QTest::newRow("sink: messages known, seconds unknown")
            << 1 << 3
            << utf8({"SINK CONNECTOR", "orders-cdc-archive", "OK", "rate unknown", "lag 12 msgs · unknown",
                     "data 1.0 s ago"});
    }
    void hopBoxes()
    {
        QFETCH(int, pipeline);
        QFETCH(int, hop);
        QFETCH(QStringList, lines);
        QCOMPARE(PipelineDiagram::hopLines(snapshot().pipelines.at(pipeline).hops.at(hop)), lines);
    }

    void drawsStateColours()
    {
        PipelinesPage page;
        page.resize(1400, 800);
        page.applyPipelines(snapshot(), 10000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QImage image = page.grab().toImage();
        QVERIFY(pixelsOf(image, PipelineDiagram::stateColor(PipelineHopState::Paused)) > 100);
        QVERIFY(pixelsOf(image, PipelineDiagram::stateColor(PipelineHopState::Ok)) > 100);
        QCOMPARE(pixelsOf(image, PipelineDiagram::stateColor(PipelineHopState::Failed)), 0);
    }

    void worstHopOnlyWhenNotOk_data()
    {
        QTest::addColumn<int>("pipeline");
        QTest::addColumn<int>("highlighted");
        QTest::newRow("all ok: no WORST hop although one lags most") << 0 << -1;
        QTest::newRow("a paused source: it is the WORST hop") << 1 << 1;
    }
    void worstHopOnlyWhenNotOk()
    {
        QFETCH(int, pipeline);
        QFETCH(int, highlighted);
        const Pipeline p = snapshot().pipelines.at(pipeline);
        QCOMPARE(PipelineDiagram::highlightedHop(p), highlighted);
        // What is drawn: the thick white frame of the WORST hop adds white pixels; without a
        // worst hop the drawing must look the same as with worstHop unset.
        Pipeline none = p;
        none.worstHop = -1;
        const int marked = whitePixels(p);
        const int unmarked = whitePixels(none);
        if (highlighted < 0)
            QCOMPARE(marked, unmarked);
        else
            QVERIFY2(marked > unmarked + 100,
                     qPrintable(QStringLiteral("%1 vs %2").arg(marked).arg(unmarked)));
    }
};

QTEST_MAIN(TestPipelinesPage)
#include "tst_pipelinespage.moc"
