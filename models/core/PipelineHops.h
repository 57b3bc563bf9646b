#pragma once

#include "PipelineBuilder.h"

namespace Tidewatch {

/// The figures of one hop from the snapshots: state, throughput and the lag behind @p previous
/// (nullptr for the first hop). A hop the snapshots do not know is Unknown with found false.
PipelineHop resolveHop(const PipelineInputs &inputs, const PipelineHopRef &ref,
                       const PipelineHopRef *previous);

} // namespace Tidewatch
