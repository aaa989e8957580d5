#pragma once
// Every data defect the emulator can inject, at rates high enough that a short historic job holds
// each of them: what the quality tests count exactly against the emulator's own statistics. (The
// emulator's "defects" scenario has the same defects at demo rates.)
#include "emulatoroptions.h"

namespace wf::test {

inline emu::EmulatorOptions everyDefect()
{
    emu::EmulatorOptions o;
    o.historicSpeed = 40;
    o.negativeRowRate = 0.05;
    o.negativeBlockRangeRate = 0.1;
    o.rangeViolationRate = 0.1;
    o.gapRate = 0.03;
    o.overlapRate = 0.03;
    o.backwardsRate = 0.03;
    o.badSpanRate = 0.03;
    o.droppedChannelRate = 0.05;
    o.duplicateChannelRate = 0.05;
    o.unexpectedChannelRate = 0.05;
    o.raggedRowRate = 0.05;
    o.nanRate = 0.05;
    return o;
}

} // namespace wf::test
