// A consumer group member's assignment bytes as DescribeGroups returns them (Kafka's
// ConsumerProtocol "Assignment"). A decoded assignment holds only what the bytes carried.
#include "ConsumerProtocol.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Tidewatch;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto assignment = ConsumerProtocol::decodeAssignment(data, qsizetype(size));
    // Each pair needs at least its 4 partition bytes.
    if (assignment && qsizetype(assignment->size()) * 4 > qsizetype(size))
        std::abort();
    return 0;
}
