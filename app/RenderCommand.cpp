#include "RenderCommand.h"

#include "ColumnFitter.h"
#include "ConnectParsers.h"
#include "Dashboard.h"
#include "MainWindow.h"
#include "RenderOptions.h"
#include "RuleFiles.h"
#include "SettingsPage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QImageWriter>
#include <QLayout>
#include <QPixmap>
#include <QSet>
#include <QTimer>

namespace Tidewatch {

namespace {

struct RenderCommandText
{
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)
};

QString connectKey(const QString &cluster, const QString &restUrl)
{
    return QStringLiteral("connect/") + cluster + QLatin1Char('/') + restUrl;
}

/// Shows @p page at @p size (in wall mode: the wall's look of that one page), lays it out and
/// brings it up to date, so the next grab() is the page as a user would see it.
void showFrame(MainWindow *window, const QString &page, const QSize &size, bool wall)
{
    if (wall && window->isWallMode())
        window->leaveWallMode();
    window->resize(size);
    window->showPage(page);
    if (wall) {
        // The wall display's look (dark, large type, clock and banner) of one page.
        window->enterWallMode({page}, 0);
        window->setWindowState(Qt::WindowNoState);
        window->resize(size);
    }
    // Layout first (the charts thin to the width they get), then the data, then the paint.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    window->applyPending();
    // Tables fit their columns after each layout (ColumnFitter, a zero timer), which can change
    // the layout again (a scroll bar gone, a column hidden): passes until no fit waits (bounded), so
    // the picture is not an intermediate width.
    for (int pass = 0; pass < 4 || (pass < 50 && ColumnFitter::anyPending()); ++pass) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

/// Writes @p image as PNG to @p path; an empty string, or why not.
QString writePng(const QPixmap &image, const QString &path)
{
    // Encoded in memory, then through a temporary file renamed over the target (not QSaveFile, whose
    // commit() in Qt 6.4 succeeds after a failed write): a full disk leaves an earlier picture as it was.
    QByteArray png;
    QBuffer buffer(&png);
    QImageWriter writer(&buffer, "png");
    QString error;
    if (image.isNull() || !buffer.open(QIODevice::WriteOnly) || !writer.write(image.toImage()))
        error = RenderCommandText::tr("cannot write %1: %2").arg(path, writer.errorString());
    else
        RuleFiles::writeAtomically(path, png, &error);
    return error;
}

} // namespace

int runRender(const AppOptions &options, FILE *err)
{
    const QStringList pages =
        options.renderPages.isEmpty() ? QStringList{options.startPage} : options.renderPages;
    const QList<QSize> sizes =
        options.renderSizes.isEmpty() ? QList<QSize>{options.renderSize} : options.renderSizes;
    Dashboard dashboard(options);
    MainWindow *window = dashboard.window();
    // The theme asked for, else the one chosen in Settings, as the dashboard uses it.
    const QString theme = options.renderTheme.isEmpty() ? SettingsPage::storedTheme() : options.renderTheme;
    window->applyTheme(theme);
    // Exactly the size asked for, even below the pages' preferred minimum.
    window->layout()->setSizeConstraint(QLayout::SetNoConstraint);
    window->setMinimumSize(0, 0);
    window->resize(sizes.constFirst());
    window->showPage(pages.constFirst());
    if (options.wall) {
        window->enterWallMode({pages.constFirst()}, 0);
        window->setWindowState(Qt::WindowNoState);
        window->resize(sizes.constFirst());
    }
    window->show();
    // Every source of every cluster is waited for; only data counts: a snapshot that says
    // "unreachable" is not what the picture is waiting for.
    QSet<QString> waitingFor;
    for (const ClusterProfile &profile : options.allProfiles()) {
        if (profile.hasKafka())
            waitingFor.insert(QStringLiteral("kafka/") + profile.name);
        if (profile.hasFlink())
            waitingFor.insert(QStringLiteral("flink/") + profile.name);
        if (profile.hasBusiness())
            waitingFor.insert(QStringLiteral("business/") + profile.name);
        if (profile.hasPostgres())
            waitingFor.insert(QStringLiteral("postgres/") + profile.name);
        // The stored chart history, read back before the picture (render never writes it).
        if (!options.metricHistoryDirectory.isEmpty())
            waitingFor.insert(QStringLiteral("history/") + profile.name);
        // Every Connect cluster: without their connectors the Pipelines page has no CDC pipeline.
        for (const QString &url : profile.connectUrls)
            waitingFor.insert(connectKey(profile.name, ConnectParsers::redactedUrl(url)));
    }
    const bool wantsData = !waitingFor.isEmpty();
    QEventLoop loop;
    QObject::connect(&dashboard, &Dashboard::kafkaSnapshotDelivered, &loop,
                     [&](const QString &cluster, bool reachable) {
                         if (reachable)
                             waitingFor.remove(QStringLiteral("kafka/") + cluster);
                     });
    QObject::connect(&dashboard, &Dashboard::flinkSnapshotDelivered, &loop,
                     [&](const QString &cluster, bool reachable) {
                         if (reachable)
                             waitingFor.remove(QStringLiteral("flink/") + cluster);
                     });
    QObject::connect(&dashboard, &Dashboard::postgresSnapshotDelivered, &loop,
                     [&](const QString &cluster, bool reachable) {
                         if (reachable)
                             waitingFor.remove(QStringLiteral("postgres/") + cluster);
                     });
    QObject::connect(&dashboard, &Dashboard::connectSnapshotDelivered, &loop,
                     [&](const QString &cluster, const QString &restUrl, bool reachable) {
                         if (reachable)
                             waitingFor.remove(connectKey(cluster, restUrl));
                     });
    QObject::connect(&dashboard, &Dashboard::historyLoaded, &loop, [&](const QString &cluster) {
        waitingFor.remove(QStringLiteral("history/") + cluster);
    });
    // The event topics count once they were read up to where they ended at the start, so the picture
    // shows the figures of the whole start window rather than of the first batch.
    QObject::connect(&dashboard, &Dashboard::businessCaughtUp, &loop, [&](const QString &cluster) {
        waitingFor.remove(QStringLiteral("business/") + cluster);
    });
    // Render once every source answered and the window applied it (the frame after the data).
    QObject::connect(window, &MainWindow::dataApplied, &loop, [&] {
        if (waitingFor.isEmpty())
            loop.quit();
    });
    QTimer::singleShot(options.renderWaitSeconds * 1000, &loop, &QEventLoop::quit);
    if (wantsData)
        loop.exec();
    if (options.warmupSeconds > 0) {
        // Let rates, time lags and statuses build up history before the picture is taken.
        QEventLoop warmup;
        QTimer::singleShot(options.warmupSeconds * 1000, &warmup, &QEventLoop::quit);
        warmup.exec();
    }

    // Several images go to a folder, named so that a set of them sorts by page.
    const bool several = pages.size() * sizes.size() > 1;
    if (several && !QDir().mkpath(options.renderOut)) {
        std::fprintf(err, "%s\n",
                     qPrintable(QStringLiteral("tidewatch: ") +
                                RenderCommandText::tr("cannot create the folder %1").arg(options.renderOut)));
        return 2;
    }
    QStringList errors;
    for (const QString &page : pages) {
        for (const QSize &size : sizes) {
            showFrame(window, page, size, options.wall);
            const QString path = renderFileName(options.renderOut, several, page, size, theme);
            const QString error = writePng(window->grab(), path);
            if (!error.isEmpty())
                errors << error;
        }
    }
    if (!errors.isEmpty()) {
        for (const QString &error : std::as_const(errors))
            std::fprintf(err, "%s\n", qPrintable(QStringLiteral("tidewatch: ") + error));
        return 2;
    }
    if (!waitingFor.isEmpty() || !wantsData) {
        std::fprintf(
            err, "%s\n",
            qPrintable(RenderCommandText::tr("tidewatch: no data within %1 s; rendered the page without it")
                           .arg(options.renderWaitSeconds)));
        return 1;
    }
    return 0;
}

} // namespace Tidewatch
