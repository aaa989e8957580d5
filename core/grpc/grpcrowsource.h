#pragma once
// GrpcRowSource: reads a job's gRPC DataStream. One StreamData call per stream index, each on a
// worker thread of its own (blocking reads never touch the UI thread); frames are read there and
// handed to this object's thread, where AssemblingStreamSource joins them into full time lines.
// UNAVAILABLE and other failures reconnect with backoff (counted); stop() cancels the calls and
// joins the workers. Owner: ReadinessController (through a StreamSourceFactory); lives on its thread.
#include "streamsource.h"

#include <memory>
#include <thread>

namespace wf {

class GrpcRowSource : public AssemblingStreamSource
{
    Q_OBJECT
  public:
    explicit GrpcRowSource(QObject *parent = nullptr);
    ~GrpcRowSource() override;

    void start(const StreamSourceConfig &config) override;
    void stop() override;

    static StreamSourceFactory factory();

  private:
    struct Shared;
    void joinWorkers();

    std::shared_ptr<Shared> m_shared;
    std::vector<std::thread> m_workers;
};

} // namespace wf
