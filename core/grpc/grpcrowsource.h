#pragma once
// GrpcRowSource: reads a job's gRPC DataStream. One StreamData call per stream index, each on a
// worker thread of its own (blocking reads never touch the UI thread); frames are decoded there and
// handed to this object's thread, where the RowAssembler joins them into full time lines.
// UNAVAILABLE and other failures reconnect with backoff (counted); stop() cancels the calls and
// joins the workers. Owner: ReadinessController (through a StreamSourceFactory); lives on its thread.
#include "streamsource.h"

#include <QElapsedTimer>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace wf {

class GrpcRowSource : public StreamRowSource
{
    Q_OBJECT
  public:
    explicit GrpcRowSource(QObject *parent = nullptr);
    ~GrpcRowSource() override;

    void start(const StreamSourceConfig &config) override;
    void stop() override;
    std::vector<StreamStatus> status() const override { return m_status; }
    QString endpoint() const override;
    qint64 completeRows() const override { return m_rows; }
    int reconnects() const override;

    static StreamSourceFactory factory();

  private:
    struct Shared;
    void onFrame(int index, const StreamFrame &frame, const DecodedFrame &decoded);
    void onConnected(int index, bool reconnect);
    void onProblem(int index, StreamProblem kind, const QString &evidence, bool final);
    void deliver(std::vector<WaterfallRow> rows);
    void joinWorkers();

    StreamSourceConfig m_config;
    std::shared_ptr<Shared> m_shared;
    std::vector<std::thread> m_workers;
    RowAssembler m_assembler;
    std::vector<StreamStatus> m_status;
    std::vector<QElapsedTimer> m_rateClock;
    qint64 m_rows = 0;
    int m_endedStreams = 0;
    bool m_running = false;
};

} // namespace wf
