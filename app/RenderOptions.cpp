#include "RenderOptions.h"

#include "MainWindow.h"

#include <QCoreApplication>
#include <QDir>

namespace Tidewatch {

namespace {

struct RenderOptionsText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

bool parseSize(const QString &text, QSize &size)
{
    const QStringList wh = text.trimmed().split(QLatin1Char('x'));
    if (wh.size() != 2)
        return false;
    bool okW = false;
    bool okH = false;
    const int w = wh[0].toInt(&okW);
    const int h = wh[1].toInt(&okH);
    if (!okW || !okH || w < 200 || h < 150)
        return false;
    size = QSize(w, h);
    return true;
}

} // namespace

bool parseRenderOptions(const QString &pages, const QString &sizes, const QString &theme, AppOptions &options,
                        QString &error)
{
    const QStringList pageNames = MainWindow::pageNames();
    options.renderPages.clear();
    if (pages.trimmed() == QLatin1String("all")) {
        options.renderPages = pageNames;
    } else {
        for (const QString &page : pages.split(QLatin1Char(','))) {
            const QString name = page.trimmed();
            if (!pageNames.contains(name)) {
                error =
                    RenderOptionsText::tr("--page must be one of %1, a comma-separated list of them or all")
                        .arg(pageNames.join(QStringLiteral(", ")));
                return false;
            }
            if (!options.renderPages.contains(name))
                options.renderPages.append(name);
        }
    }
    options.startPage = options.renderPages.constFirst();

    options.renderSizes.clear();
    for (const QString &text : sizes.split(QLatin1Char(','))) {
        QSize size;
        if (!parseSize(text, size)) {
            error = RenderOptionsText::tr("--size needs WxH, at least 200x150, got: %1").arg(text);
            return false;
        }
        if (!options.renderSizes.contains(size))
            options.renderSizes.append(size);
    }
    options.renderSize = options.renderSizes.constFirst();

    if (!theme.isEmpty() && theme != QLatin1String("light") && theme != QLatin1String("dark") &&
        theme != QLatin1String("system")) {
        error = RenderOptionsText::tr("--theme must be light, dark or system, got: %1").arg(theme);
        return false;
    }
    options.renderTheme = theme;
    return true;
}

QString renderFileName(const QString &out, bool several, const QString &page, const QSize &size,
                       const QString &theme)
{
    if (!several)
        return out;
    return QDir(out).filePath(
        QStringLiteral("%1-%2x%3-%4.png").arg(page).arg(size.width()).arg(size.height()).arg(theme));
}

} // namespace Tidewatch
