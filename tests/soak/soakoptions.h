#pragma once
// Switches of focus-soak. Plain value type.
#include "data/rowstore.h"

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
    // Which paths run, one after the other: the REST waterfall and the job's gRPC DataStream.
    bool rest = true;
    bool grpc = true;
    // The gRPC run: the recorded job's shape (256 bins, lines_dt 0.5 s, three streams), its stream paced
    // `grpcSpeed` times faster than real time (as fast as this machine draws it: past that frames are
    // dropped, which the verdict refuses), every stream's call ended with UNAVAILABLE each
    // `reconnectMinutes` of data so the viewer reconnects all through the run.
    double grpcSpeed = 15;
    int bins = 256;
    double grpcLinesDtS = 0.5;
    double reconnectMinutes = 3;
    qint64 grpcBudgetBytes = qint64(128) * 1024 * 1024; // 8 h at 0.5 s lines: full well before half-time

    enum class Outcome { Run, Help, Error };
    // `arguments` includes the program name. `text`: help or error.
    static Outcome parse(const QStringList &arguments, SoakOptions &out, QString &text);
};

} // namespace wf::soak
