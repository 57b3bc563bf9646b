#pragma once

#include "CommandLine.h"

namespace Tidewatch {

/// Fills the render options of @p options from `render`'s --page (one page, a comma list or "all"),
/// --size (WxH or a comma list) and --theme (light, dark, system; empty: the stored one).
/// Returns false with @p error set (a usage error, exit 2) when one of them is not valid.
bool parseRenderOptions(const QString &pages, const QString &sizes, const QString &theme, AppOptions &options,
                        QString &error);

/// The file an image of @p page at @p size in @p theme goes to: @p out itself when the run writes one
/// image, else (@p several) `<out>/<page>-<W>x<H>-<theme>.png`.
QString renderFileName(const QString &out, bool several, const QString &page, const QSize &size,
                       const QString &theme);

} // namespace Tidewatch
