#include "RenderCommand.h"

#include "ConnectParsers.h"
#include "Dashboard.h"
#include "MainWindow.h"
#include "RuleFiles.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QImageWriter>
#include <QLayout>
#include <QPixmap>
#include <QSet>
#include <QTimer>

namespace Tidewatch {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)
};

QString connectKey(const QString &cluster, const QString &restUrl)
{
    return QStringLiteral("connect/") + cluster + QLatin1Char('/') + restUrl;
}

} // namespace

int runRender(const AppOptions &options, FILE *err)
{
    Dashboard dashboard(options);
    MainWindow *window = dashboard.window();
    // Exactly the size asked for, even below the pages' preferred minimum.
    window->layout()->setSizeConstraint(QLayout::SetNoConstraint);
    window->setMinimumSize(0, 0);
    window->resize(options.renderSize);
    window->showPage(options.startPage);
    if (options.wall) {
        // The wall display's look (dark, large type, clock and banner) of one page.
        window->enterWallMode({options.startPage}, 0);
        window->setWindowState(Qt::WindowNoState);
        window->resize(options.renderSize);
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
    window->applyPending();

    const QPixmap image = window->grab();
    // Encoded in memory, then through a temporary file renamed over the target (not QSaveFile, whose
    // commit() in Qt 6.4 succeeds after a failed write): a full disk leaves an earlier picture as it was.
    QByteArray png;
    QBuffer buffer(&png);
    QImageWriter writer(&buffer, "png");
    QString error;
    if (image.isNull() || !buffer.open(QIODevice::WriteOnly) || !writer.write(image.toImage())) {
        error = Text::tr("cannot write %1: %2").arg(options.renderOut, writer.errorString());
    } else {
        RuleFiles::writeAtomically(options.renderOut, png, &error);
    }
    if (!error.isEmpty()) {
        std::fprintf(err, "%s\n", qPrintable(QStringLiteral("tidewatch: ") + error));
        return 2;
    }
    if (!waitingFor.isEmpty() || !wantsData) {
        std::fprintf(err, "%s\n",
                     qPrintable(Text::tr("tidewatch: no data within %1 s; rendered the page without it")
                                    .arg(options.renderWaitSeconds)));
        return 1;
    }
    return 0;
}

} // namespace Tidewatch
