#pragma once
// JobStreamServer: the gRPC DataStream of one emulated job (DataStreamService.StreamData on its own
// port, as the real server's 12300 + slot), serving the same synthetic scene as the REST waterfall
// with frequency bins per channel. Reading the stream keeps the job alive (lastReadMs). The gRPC
// handlers run on gRPC's threads: everything they share with the emulator is in JobStreamState,
// immutable after start or atomic. Owner: FocusEmulator, one per job; created and shut down on its thread.
#include "dasscene.h"
#include "api/models.h"
#include "stream/rowassembler.h"

#include <QStringList>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace grpc {
class Server;
}

namespace wf::emu {

// A hostile stream (focus-sim --stream-fault). The ones that send an extra frame send it on the first
// stream, beside the good frame of the same row, so a viewer that refuses it keeps every good row.
enum class StreamFault {
    None,
    Oversize,      // once: a 66 MiB message (over the contract's 50 MB and the client's 64 MiB), then the call ends
    HugeShape,     // every 10th row: an extra frame whose shape claims 2^31 values, with a few bytes
    WrongLength,   // every 10th row: an extra frame whose main_data elements have the wrong length or count
    RowBackwards,  // every 10th row: an extra frame repeating row-1 or going back to row-5
    NanScale,      // from the fault row on: global_minimum/maximum NaN, +inf or -inf on the first stream
    NoHttp2,       // the stream port accepts TCP connections and never says a byte
    Flood,         // live rows sent as fast as the connection takes them, none paced
    CutMidMessage, // each connection is cut (RST) in the middle of a message once 64 KiB have gone through
};
QStringList streamFaultNames();
std::optional<StreamFault> streamFaultFromName(const QString &name); // "" and "none" → None

struct JobStreamState {
    // Fixed when the job is created.
    QString jobId;
    int slot = 1;
    std::vector<StreamPlan> streams;
    int bins = 1;
    double dtMs = 30;
    qint64 t0Ms = 0;            // timestamp of row 0, epoch ms
    qint64 readyRealMs = 0;     // wall clock from which rows flow
    qint64 totalRows = -1;      // historic: rows in the window; live: -1
    double speed = 1.0;         // pace in multiples of real time (historic playout, or a live soak's)
    uint64_t seed = 1;
    int fiberChannels = 2337;
    double negativeRowRate = 0; // lines with a burst of negative bins
    int dropEveryFrames = 0;    // > 0: a call ends with UNAVAILABLE after this many frames
    double badFrameRate = 0;    // frames whose bytes do not match their shape
    bool recordedScale = false; // global_minimum 0 and a climbing global_maximum from scaleStart
    float scaleStart = 352.48f;
    bool historicBurst = false; // historic: every line at once, then the call waits for the cancel
    qint64 cancelAfterMs = 30'000;
    bool competingReader = false; // the emulator takes every odd row itself
    bool neverSends = false;    // a live job without a live source: calls are accepted, nothing comes
    StreamFault fault = StreamFault::None;
    qint64 faultAfterRows = 20;
    std::atomic<bool> oversizeSent{false};
    std::atomic<qint64> hostileFrames{0}; // extra frames, NaN scales and oversize messages sent
    // Shared with the handlers.
    std::atomic<qint64> lastReadRealMs{0};
    std::atomic<quint64> reads{0}; // passes of a StreamData call's loop: the sweep sees the stream read on its clock
    std::atomic<qint64> firstCallRealMs{0}; // wall clock of the job's first StreamData call, 0 before
    std::atomic<bool> closed{false};
    std::vector<std::unique_ptr<std::atomic<qint64>>> nextRow; // per stream: the next row nobody took yet
    std::atomic<qint64> negativeValues{0}, linesServed{0}, badFrames{0}, drops{0}, rowsElsewhere{0};

    bool historic() const { return totalRows >= 0; }
    // Historic burst: every open call of the job is aborted from this wall-clock time on (0: not yet known).
    qint64 cancelAtRealMs() const
    {
        const qint64 first = firstCallRealMs.load();
        return historicBurst && historic() && first > 0 ? first + cancelAfterMs : 0;
    }
    // The climbing colour scale of the recorded servers: a step every 97 rows, never falling.
    float scaleMaximum(qint64 row) const;
};

class JobStreamServer
{
  public:
    explicit JobStreamServer(std::shared_ptr<JobStreamState> state);
    ~JobStreamServer();
    // Listens on host:port (0: any free port); returns the port, 0 on failure. Never shares a port
    // (no SO_REUSEPORT): a port still held by another server fails instead.
    int start(const QString &host, int port = 0);
    // Ends every call (UNAVAILABLE "Cancelling all calls") and stops listening; returns once done.
    void shutdown();
    const std::shared_ptr<JobStreamState> &state() const { return m_state; }
    // The port announced in stream_port: where it listens, or will once its delay is over.
    int port() const { return m_port; }
    void setPort(int port) { m_port = port; }
    bool listening() const { return m_server != nullptr; }

  private:
    class Service;
    std::shared_ptr<JobStreamState> m_state;
    int m_port = 0;
    std::unique_ptr<Service> m_service;
    std::unique_ptr<grpc::Server> m_server;
};

} // namespace wf::emu
