#include "RenderCommand.h"

#include "Dashboard.h"
#include "MainWindow.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QImageWriter>
#include <QLayout>
#include <QPixmap>
#include <QTimer>

namespace Tidewatch {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)
};

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
    window->show();

    const bool wantKafka = options.profile.hasKafka();
    const bool wantFlink = options.profile.hasFlink();
    bool gotKafka = false;
    bool gotFlink = false;
    QEventLoop loop;
    // Only data counts: a snapshot that says "unreachable" is not what the picture is waiting for.
    QObject::connect(&dashboard, &Dashboard::kafkaSnapshotDelivered, &loop,
                     [&](bool reachable) { gotKafka |= reachable; });
    QObject::connect(&dashboard, &Dashboard::flinkSnapshotDelivered, &loop,
                     [&](bool reachable) { gotFlink |= reachable; });
    // Render once every source answered and the window applied it (the frame after the data).
    QObject::connect(window, &MainWindow::dataApplied, &loop, [&] {
        if ((!wantKafka || gotKafka) && (!wantFlink || gotFlink))
            loop.quit();
    });
    QTimer::singleShot(options.renderWaitSeconds * 1000, &loop, &QEventLoop::quit);
    if (wantKafka || wantFlink)
        loop.exec();
    if (options.warmupSeconds > 0) {
        // Let rates, time lags and statuses build up history before the picture is taken.
        QEventLoop warmup;
        QTimer::singleShot(options.warmupSeconds * 1000, &warmup, &QEventLoop::quit);
        warmup.exec();
    }
    window->applyPending();

    const QPixmap image = window->grab();
    QImageWriter writer(options.renderOut, "png");
    if (image.isNull() || !writer.write(image.toImage())) {
        std::fprintf(
            err, "%s\n",
            qPrintable(
                Text::tr("tidewatch: cannot write %1: %2").arg(options.renderOut, writer.errorString())));
        return 2;
    }
    if ((wantKafka && !gotKafka) || (wantFlink && !gotFlink) || (!wantKafka && !wantFlink)) {
        std::fprintf(err, "%s\n",
                     qPrintable(Text::tr("tidewatch: no data within %1 s; rendered the page without it")
                                    .arg(options.renderWaitSeconds)));
        return 1;
    }
    return 0;
}

} // namespace Tidewatch
