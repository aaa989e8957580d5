#pragma once
// `focusctl probe`: runs the endpoint prober once and prints a table or JSON.
#include "cliargs.h"
#include "prober.h"

#include <QTextStream>

namespace wf::cli {

class ProbeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)
  public:
    // Runs the event loop until the probe is done; returns the exit status.
    static int run(const ProbeArgs &args, QTextStream &out);
    static QString table(const ProbeResult &result);
};

} // namespace wf::cli
