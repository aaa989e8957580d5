#pragma once
// One streaming job of the emulator and the rows it produces. Owned by FocusEmulator; GUI/main
// thread. Rows are produced in order on demand; the scene makes them reproducible under a seed.
#include "dasscene.h"
#include "emulatoroptions.h"
#include "api/models.h"
#include "api/waterfallcodec.h"

#include <QJsonObject>
#include <limits>

namespace wf::emu {

struct EmulatorJob {
    QString id;
    int slot = 1;
    ConfigureRequest config;
    qint64 createdMs = 0;
    qint64 readyMs = std::numeric_limits<qint64>::max(); // consumer alive from then on
    qint64 lastPollMs = 0;
    quint64 streamReadsSeen = 0; // JobStreamState::reads at the last sweep
    qint64 lastStreamReadMs = 0; // emulator time of the sweep that saw the stream read
    qint64 endedMs = 0;       // > 0 once a historic job's window was fully served
    double dtMs = 0;          // lines_dt in ms
    qint64 t0Ms = 0;          // timestamp of row 0
    qint64 totalRows = -1;    // historic: rows in the window; live: -1
    qint64 nextRow = 0;
    qint64 timeOffsetMs = 0;  // accumulated injected gaps/overlaps
    qint64 lastBadSpanRow = -2; // index of the last zero-length row served
    int grpcPort = 0;         // > 0: the port of this job's gRPC DataStream, which stream_port names
    bool playbackCancelled = false; // historic burst: its calls were aborted, the playback is over
    bool newApi = false;      // created by POST /config/{task_id}: 200 with an empty body while its consumer starts

    int streamPort() const { return grpcPort > 0 ? grpcPort : 12300 + slot; }

    bool ready(qint64 nowMs) const { return nowMs >= readyMs; }
    bool ended() const { return endedMs > 0; }
    bool historic() const { return totalRows >= 0; }
    double linesDtS() const { return dtMs / 1000.0; }
};

double linesDtFor(const ConfigureRequest &config);

// The /configure (and /metadata/{id}) reply of a job, with the real server's quirks.
QJsonObject configureReplyJson(const EmulatorJob &job, const EmulatorOptions &options, const QJsonObject &liveMetadata);

class RowProducer
{
  public:
    RowProducer(const EmulatorOptions &options, const DasScene &scene, EmulatorStats &stats)
        : m_options(options), m_scene(scene), m_stats(stats) {}

    // Rows available to `job` at nowMs (after dropping what overflowed the backlog).
    qint64 available(EmulatorJob &job, qint64 nowMs);
    // Takes up to maxRows rows, grouped into blocks; marks a historic job ended when done.
    WaterfallBlocks take(EmulatorJob &job, qint64 nowMs, int maxRows);

  private:
    WaterfallRow makeRow(EmulatorJob &job, qint64 index);

    const EmulatorOptions &m_options;
    const DasScene &m_scene;
    EmulatorStats &m_stats;
};

} // namespace wf::emu
