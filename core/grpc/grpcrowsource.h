#pragma once
// GrpcRowSource: reads a job's gRPC DataStream. One StreamData call per stream index, each on a
// worker thread of its own (blocking reads never touch the UI thread); frames are read there and
// handed to this object's thread through one bounded queue (frames past maxQueuedBytes are dropped,
// counted and said), where AssemblingStreamSource joins them into full time lines.
// UNAVAILABLE and other failures reconnect with backoff (counted); stop() cancels the calls and
// joins the workers. Owner: StreamRowDriver (through a StreamSourceFactory); lives on its thread.
#include "stream/streamsource.h"

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
    void enqueue(StreamEvent event); // any thread
    void drain();

    std::shared_ptr<Shared> m_shared;
    std::vector<std::thread> m_workers;
};

} // namespace wf
