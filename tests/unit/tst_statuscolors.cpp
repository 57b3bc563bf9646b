#include "StatusColors.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QTest>

using namespace Tidewatch;

namespace {

/// The two themes of MainWindow::applyTheme: "light" is the style's standard palette, "dark" sets
/// these Base / AlternateBase / Highlight colours.
QPalette themePalette(const QString &theme)
{
    QPalette palette = QApplication::style()->standardPalette();
    if (theme == QLatin1String("dark")) {
        palette.setColor(QPalette::Base, QColor(0x17, 0x19, 0x1d));
        palette.setColor(QPalette::AlternateBase, QColor(0x25, 0x28, 0x2f));
        palette.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
        palette.setColor(QPalette::Highlight, QColor(0x1e, 0x88, 0xe5));
    }
    return palette;
}

} // namespace

class TestStatusColors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readableOnBase_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<StatusSeverity>("severity");
        for (const char *theme : {"light", "dark"}) {
            const QString t = QString::fromLatin1(theme);
            QTest::addRow("%s critical", theme) << t << StatusSeverity::Critical;
            QTest::addRow("%s warning", theme) << t << StatusSeverity::Warning;
            QTest::addRow("%s ok", theme) << t << StatusSeverity::Ok;
            QTest::addRow("%s unknown", theme) << t << StatusSeverity::Unknown;
        }
    }
    void readableOnBase()
    {
        QFETCH(QString, theme);
        QFETCH(StatusSeverity, severity);
        const QPalette palette = themePalette(theme);
        const QColor colour = statusColor(severity, palette);
        // WCAG AA for body text, on the table background and on a status-keeping selected row.
        QVERIFY2(contrastRatio(colour, palette.color(QPalette::Base)) >= 4.5, qPrintable(colour.name()));
        QVERIFY2(contrastRatio(colour, statusSelectionBackground(palette)) >= 3.0, qPrintable(colour.name()));
    }

    void themesPickTheirShade()
    {
        QVERIFY(!isDarkPalette(themePalette(QStringLiteral("light"))));
        QVERIFY(isDarkPalette(themePalette(QStringLiteral("dark"))));
        // The dark theme's red is lighter than the light theme's: the same shade would not read on both.
        QVERIFY(statusColor(StatusSeverity::Critical, themePalette(QStringLiteral("dark"))).lightness() >
                statusColor(StatusSeverity::Critical, themePalette(QStringLiteral("light"))).lightness());
    }

    void severitiesDiffer()
    {
        for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            const QPalette p = themePalette(theme);
            QSet<QRgb> seen;
            for (StatusSeverity s : {StatusSeverity::Unknown, StatusSeverity::Ok, StatusSeverity::Warning,
                                     StatusSeverity::Critical})
                seen.insert(statusColor(s, p).rgb());
            QCOMPARE(seen.size(), 4);
        }
    }

    void labels_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<StatusSeverity>("severity");
        QTest::newRow("critical") << QStringLiteral("critical") << StatusSeverity::Critical;
        QTest::newRow("error is critical") << QStringLiteral("error") << StatusSeverity::Critical;
        QTest::newRow("case and spaces") << QStringLiteral(" Warning ") << StatusSeverity::Warning;
        QTest::newRow("ok") << QStringLiteral("ok") << StatusSeverity::Ok;
        QTest::newRow("info is not judged") << QStringLiteral("info") << StatusSeverity::Unknown;
        QTest::newRow("empty") << QString() << StatusSeverity::Unknown;
    }
    void labels()
    {
        QFETCH(QString, label);
        QFETCH(StatusSeverity, severity);
        QCOMPARE(severityFromLabel(label), severity);
    }

    void contrastIsWcag()
    {
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
    }
};

QTEST_MAIN(TestStatusColors)
#include "tst_statuscolors.moc"
