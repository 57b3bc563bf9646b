#pragma once

#include "StatusSeverity.h"

#include <QColor>

class QPalette;

namespace Tidewatch {

/// Status colours shared by every view: critical red, warning amber, ok green, unknown grey, each
/// chosen per theme so that text in it reads on the palette's Base (WCAG contrast >= 4.5 on the
/// light and the dark theme of MainWindow::applyTheme).

/// True when @p palette's Base is dark (the dark theme): lighter status colours are used there.
bool isDarkPalette(const QPalette &palette);
/// The foreground colour for text (or a mark) of @p severity on @p palette's Base.
QColor statusColor(StatusSeverity severity, const QPalette &palette);
/// The severity of a label: "critical" and "error" Critical, "warning" Warning, "ok" Ok; anything
/// else ("info", "none", empty) Unknown.
StatusSeverity severityFromLabel(const QString &label);
/// The WCAG 2 contrast ratio of two colours (1 to 21); tests and callers check readability with it.
double contrastRatio(const QColor &a, const QColor &b);
/// A selection background that keeps status text readable: Highlight blended into Base, so a
/// selected row shows its red/amber/green text instead of hiding it under the full highlight.
QColor statusSelectionBackground(const QPalette &palette);

} // namespace Tidewatch
