#pragma once
// `focusctl replay FILE`: plays a session recorded by `watch --record` through the same readiness
// controller and quality checks in virtual time, prints the same timeline and writes the same report
// (plus "replayed_from"). Runs on the main thread's event loop.
#include "cliargs.h"

#include <QTextStream>

namespace wf::cli {

class ReplayCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReplayCommand)
  public:
    // Returns the exit status: as watch's for the replayed diagnosis; 2 for an unusable FILE.
    static int run(const ReplayArgs &args, QTextStream &out, QTextStream &err);
};

} // namespace wf::cli
