// The active-alert pane (AlertListView over AlertTableModel): it grows with the alerts instead of
// hiding the fourth behind a scroll bar, and a selected row keeps its severity colour.

#include "AlertListView.h"
#include "AlertTableModel.h"
#include "RawValueSortProxy.h"
#include "StatusColors.h"

#include <QImage>
#include <QScrollBar>
#include <QTest>

using namespace Tidewatch;
using namespace Qt::StringLiterals;

namespace {

QList<ActiveAlert> alerts(int count)
{
    QList<ActiveAlert> out;
    for (int i = 0; i < count; ++i) {
        ActiveAlert a;
        a.ruleName = u"Rule%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        a.severity = i % 2 ? u"warning"_s : u"critical"_s;
        a.state = AlertState::Firing;
        a.labels = {{u"alertname"_s, a.ruleName}, {u"cluster"_s, u"prod"_s}, {u"severity"_s, a.severity}};
        a.summary = u"Something needs a look (%1)"_s.arg(i);
        a.activeSinceMs = 0;
        out << a;
    }
    return out;
}

/// Whether some pixel of @p rect in @p image is within @p tolerance of @p colour (text is antialiased).
bool hasColour(const QImage &image, const QRect &rect, const QColor &colour, int tolerance = 40)
{
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor p = image.pixelColor(x, y);
            if (std::abs(p.red() - colour.red()) + std::abs(p.green() - colour.green()) +
                    std::abs(p.blue() - colour.blue()) <=
                tolerance)
                return true;
        }
    }
    return false;
}

} // namespace

class TestAlertListView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paneGrowsWithTheAlerts_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("scrolls");
        QTest::newRow("one") << 1 << false;
        QTest::newRow("four: the fourth is not behind a scroll bar") << 4 << false;
        QTest::newRow("ten: the maximum, all visible") << 10 << false;
        QTest::newRow("fourteen: a scroll bar beyond the maximum") << 14 << true;
    }
    void paneGrowsWithTheAlerts()
    {
        QFETCH(int, count);
        QFETCH(bool, scrolls);
        AlertTableModel model;
        RawValueSortProxy proxy;
        proxy.setSourceModel(&model);
        AlertListView view;
        view.setAlertModel(&proxy, AlertTableModel::SummaryColumn);
        view.resize(1200, 100);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int empty = view.height();
        model.setRows(alerts(count));
        QTest::qWait(0);
        QVERIFY2(view.height() > empty || count == 1, "the pane did not grow");
        const int visible = std::min(count, view.maxVisibleRows());
        for (int row = 0; row < visible; ++row) {
            const QRect cell = view.visualRect(proxy.index(row, 0));
            QVERIFY2(view.viewport()->rect().contains(cell), qPrintable(u"row %1 is cut"_s.arg(row)));
        }
        QCOMPARE(view.verticalScrollBar()->isVisible(), scrolls);
        if (scrolls) {
            const QRect next = view.visualRect(proxy.index(visible, 0));
            QVERIFY(!view.viewport()->rect().contains(next));
        }
        // Fewer alerts again: the pane shrinks.
        const int full = view.height();
        model.setRows(alerts(1));
        QTest::qWait(0);
        QVERIFY(view.height() < full || count == 1);
    }

    /// A selected firing critical row still shows its red text; the selection is a tint, not the
    /// highlight colour the text would vanish into.
    void selectedRowKeepsItsColour_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << u"light"_s;
        QTest::newRow("dark") << u"dark"_s;
    }
    void selectedRowKeepsItsColour()
    {
        QFETCH(QString, theme);
        AlertTableModel model;
        model.setRows(alerts(2));
        AlertListView view;
        if (theme == QLatin1String("dark")) {
            QPalette dark = view.palette();
            dark.setColor(QPalette::Base, QColor(0x17, 0x19, 0x1d));
            dark.setColor(QPalette::AlternateBase, QColor(0x25, 0x28, 0x2f));
            dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
            dark.setColor(QPalette::Highlight, QColor(0x1e, 0x88, 0xe5));
            view.setPalette(dark);
        }
        view.setAlertModel(&model, AlertTableModel::SummaryColumn);
        view.resize(1000, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectRow(0); // Rule00: firing critical
        view.setFocus();
        QTest::qWait(0);
        const QImage image = view.viewport()->grab().toImage();
        const QRect state = view.visualRect(model.index(0, AlertTableModel::StateColumn));
        const QColor red = statusColor(StatusSeverity::Critical, view.palette());
        QVERIFY2(hasColour(image, state, red), qPrintable(red.name()));
        // The selection is drawn, as a tint of Highlight over Base.
        QVERIFY(hasColour(image, state, statusSelectionBackground(view.palette()), 6));
        QVERIFY(!hasColour(image, state, view.palette().color(QPalette::Highlight), 6));
    }
};

QTEST_MAIN(TestAlertListView)
#include "tst_alertlistview.moc"
