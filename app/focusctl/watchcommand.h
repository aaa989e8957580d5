#pragma once
// `focusctl watch`: configures one job, follows it with the readiness controller (the GUI's) and
// prints its timeline as it happens; writes the JSON report. Runs on the main thread's event loop.
#include "cliargs.h"
#include "readinesscontroller.h"

#include <QTextStream>

namespace wf::cli {

class WatchCommand
{
    Q_DECLARE_TR_FUNCTIONS(WatchCommand)
  public:
    // Runs the event loop until the job is decided (or Ctrl-C); returns the exit status.
    // `out` gets the timeline, or the JSON report with --report - (the timeline then goes to `err`).
    static int run(const WatchArgs &args, QTextStream &out, QTextStream &err);

    static QString configText(const ConfigureRequest &request); // "multichannel, channels 1-50, ..."
    static QString atMs(qint64 ms);                              // "+1,234 ms", left to right
    // "waterfall 201×10, 404×6 · metadata 200×1, 404×5"
    static QString pollsText(const QMap<QString, QMap<QString, int>> &polls);
    static QJsonObject report(const ReadinessController &controller, const WatchArgs &args);
};

} // namespace wf::cli
