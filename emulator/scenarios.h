#pragma once
// Named emulator scenarios shared by focus-sim and the GUI's built-in demo.
#include "emulatoroptions.h"

#include <QStringList>

namespace wf::emu {

QStringList scenarioNames(); // "normal", "negative-bursts", "route-absent", "slow-consumer", "historic", "flaky", ...
// Applies the scenario's switches on top of `options`; false for an unknown name.
bool applyScenario(const QString &name, EmulatorOptions &options);
// Whether the scenario is about historic playback (a demo then configures a historic window).
bool scenarioIsHistoric(const QString &name);

QStringList profileNames(); // "recorded-2025-12": the emulator behaves as the recorded production servers
// Applies the profile's switches on top of `options`; false for an unknown name.
bool applyProfile(const QString &name, EmulatorOptions &options);

} // namespace wf::emu
