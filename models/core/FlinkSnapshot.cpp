#include "FlinkSnapshot.h"

#include <algorithm>

namespace Tidewatch {

int FlinkSnapshot::runningJobs() const
{
    return static_cast<int>(std::count_if(jobs.cbegin(), jobs.cend(), [](const FlinkJobInfo &j) {
        return j.state == QLatin1String("RUNNING");
    }));
}

} // namespace Tidewatch
