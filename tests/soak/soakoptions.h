#pragma once
// Switches of focus-soak. Plain value type.
#include "rowstore.h"

#include <QStringList>

namespace wf::soak {

struct SoakOptions {
    double minutesEquivalent = 8 * 60;  // minutes of live data streamed (data timestamps, not wall time)
    qint64 budgetBytes = RowStore::kDefaultBudgetBytes; // the waterfall's history budget
    double speed = 1000;                // the emulator's clock runs this many times faster than real time
    int rowCount = 100;                 // rows asked per waterfall poll
    int channels = 2222;
    double maxGrowthPct = 5;            // resident memory growth allowed from half to end
    int stallSeconds = 120;             // give up when no row arrives for this long (wall time)
    bool playout = true;                // the waterfall's smooth scrolling (off: each batch drawn as it arrives)

    enum class Outcome { Run, Help, Error };
    // `arguments` includes the program name. `text`: help or error.
    static Outcome parse(const QStringList &arguments, SoakOptions &out, QString &text);
};

} // namespace wf::soak
