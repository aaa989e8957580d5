#pragma once
// EmulatorTime: the emulator on a VirtualClock for one test (or one stretch of it): its sweep of
// expired jobs, its delays and the time its REST replies are computed for move only when told, so a
// test waits no wall-clock seconds for an expiry. Its gRPC server threads go on in real time.
// Leaving the scope puts the emulator back on its own clock, its wall time going on from there.
#include "base/virtualclock.h"
#include "focusemulator.h"

namespace wf::test {

struct EmulatorTime {
    explicit EmulatorTime(wf::emu::FocusEmulator &e) : emu(e) { emu.setClock(&clock); }
    ~EmulatorTime() { emu.setClock(nullptr); }
    EmulatorTime(const EmulatorTime &) = delete;
    EmulatorTime &operator=(const EmulatorTime &) = delete;
    wf::emu::FocusEmulator &emu;
    VirtualClock clock;
};

} // namespace wf::test
