#pragma once

#include "BusinessSnapshot.h"
#include "MinuteChart.h"

namespace Tidewatch::BusinessCharts {

/// The snapshot's event-time minutes as chart data: one point per minute at its middle, the open
/// minutes (not closed yet) marked partial.
MinuteChartData orderFlow(const BusinessSnapshot &snapshot);
/// Revenue of paid orders per minute, one line per currency.
MinuteChartData revenue(const BusinessSnapshot &snapshot);
/// Orders created per minute only (the wall's trend).
MinuteChartData ordersCreated(const BusinessSnapshot &snapshot);
/// Colours of the order flow lines, also used by the wall.
QColor createdColour();

} // namespace Tidewatch::BusinessCharts
