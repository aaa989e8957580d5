#pragma once
// JobStreamServer: the gRPC DataStream of one emulated job (DataStreamService.StreamData on its own
// port, as the real server's 12300 + slot), serving the same synthetic scene as the REST waterfall
// with frequency bins per channel. Reading the stream keeps the job alive (lastReadMs). The gRPC
// handlers run on gRPC's threads: everything they share with the emulator is in JobStreamState,
// immutable after start or atomic. Owner: FocusEmulator, one per job; created and shut down on its thread.
#include "dasscene.h"
#include "models.h"
#include "rowassembler.h"

#include <atomic>
#include <memory>
#include <vector>

namespace grpc {
class Server;
}

namespace wf::emu {

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
    double speed = 1.0;         // historic playout pace
    uint64_t seed = 1;
    int fiberChannels = 2337;
    double negativeRowRate = 0; // lines with a burst of negative bins
    int dropEveryFrames = 0;    // > 0: a call ends with UNAVAILABLE after this many frames
    double badFrameRate = 0;    // frames whose bytes do not match their shape
    // Shared with the handlers.
    std::atomic<qint64> lastReadRealMs{0};
    std::atomic<bool> closed{false};
    std::vector<std::unique_ptr<std::atomic<qint64>>> nextRow; // per stream: where a new call resumes
    std::atomic<qint64> negativeValues{0}, linesServed{0}, badFrames{0}, drops{0};
};

class JobStreamServer
{
  public:
    explicit JobStreamServer(std::shared_ptr<JobStreamState> state);
    ~JobStreamServer();
    // Listens on host:0; returns the port, 0 on failure.
    int start(const QString &host);
    void shutdown();
    const std::shared_ptr<JobStreamState> &state() const { return m_state; }

  private:
    class Service;
    std::shared_ptr<JobStreamState> m_state;
    std::unique_ptr<Service> m_service;
    std::unique_ptr<grpc::Server> m_server;
};

} // namespace wf::emu
