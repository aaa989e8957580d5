#pragma once
// StreamRowDriver: the job's rows from its gRPC DataStream. Builds the stream source's plan from
// the configure reply, waits for the job's port to open within the stream-ready deadline (the
// recorded servers refuse it until the job's pod is up), tells the JobLifecycle what the streams
// did (connected, first frame, bad frames, another job's frames, a port gone, the normal end) and
// hands their rows to its RowSink. Lives on its owner's thread.
#include "job/joblifecycle.h"
#include "job/rowproducer.h"
#include "stream/streamsource.h"

#include <QObject>
#include <memory>

namespace wf {

class StreamRowDriver final : public QObject, public RowProducer
{
    Q_OBJECT
  public:
    StreamRowDriver(JobLifecycle *job, RowSink *sink, QObject *parent = nullptr);
    ~StreamRowDriver() override;

    // Without a factory (tests of the REST path, fuzzing) the gRPC stream is never read.
    void setFactory(StreamSourceFactory factory) { m_factory = std::move(factory); }
    RowSourceKind kind() const override { return RowSourceKind::Grpc; }
    bool start(const QString &why) override;
    void finish() override; // the held line (its end known from the next) is handed over first
    void cancel() override;
    void reset(); // a new job: the last job's source is dropped
    const StreamRowSource *source() const { return m_source.get(); }

  signals:
    void sourceStarted(wf::StreamRowSource *source); // before its start(): recorders attach here
    void streamRangeMismatch(const QString &endpoint, const QString &evidence); // a frame's global range lies
    void switchedToStream(); // auto mode: the rows come from the stream from now on

  private:
    QString route(int index) const;
    void onConnected(int index);
    void onFirstFrame(int index);
    void onRows(const std::shared_ptr<const WaterfallBlocks> &blocks);
    void onScaleChanged(int index, float lo, float hi, qint64 row);
    void onProblem(int index, StreamProblem kind, const QString &evidence);
    void onUnreachable(int index, StreamProblem kind, const QString &evidence);
    void onReadyDeadline();
    void armDeadline(qint64 ms);
    void cancelDeadline();

    JobLifecycle *m_job;
    RowSink *m_sink;
    StreamSourceFactory m_factory;
    std::unique_ptr<StreamRowSource> m_source;
    static constexpr int kScaleChangesLogged = 20;
    // Waiting for the job's stream, replaced whole by reset().
    struct Wait {
        qint64 startedMs = 0;                  // since configure: the stream source was started
        std::optional<qint64> firstRefusedMs;  // since configure: the first refusal of the current run
        std::optional<qint64> lostMs;          // since configure: a stream that had connected could not reconnect
        bool silent = false;                   // a connection attempt neither opened nor was refused
        quint64 deadlineTimer = 0;
        int scaleChangesLogged = 0;
    } m_wait;
};

} // namespace wf
