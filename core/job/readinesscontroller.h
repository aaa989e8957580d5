#pragma once
// ReadinessController: configures one job and follows it until it streams, ends or fails. It asks
// /configure, /openapi.json and /metadata itself; the rows come from one of two RowProducers
// (RestRowPoller, StreamRowDriver), chosen by ReadinessSettings::rowsFrom and, in auto mode, by the
// server; everything that happens is told to the job's JobLifecycle, whose JobRun the accessors
// below read. It is the RowSource the waterfall and the quality checks follow. Owned by a
// JobSession; lives on its thread. Invariants: at most one request per route in flight; nothing runs
// after a terminal state; time comes from a Clock.
#include "base/clock.h"
#include "net/jobapi.h"
#include "job/joblifecycle.h"
#include "job/restrowpoller.h"
#include "data/rowsource.h"
#include "job/streamrowdriver.h"

#include <QObject>

namespace wf {

class ReadinessController : public RowSource, private RowSink
{
    Q_OBJECT
  public:
    ReadinessController(JobApi *api, Clock *clock, QObject *parent = nullptr);
    ~ReadinessController() override;

    // Without a factory (tests of the REST path, fuzzing) the gRPC stream is never read.
    void setStreamSourceFactory(StreamSourceFactory factory) { m_grpc.setFactory(std::move(factory)); }
    void start(const ConfigureRequest &request, const ReadinessSettings &settings = {});
    void stop();

    const JobRun &run() const { return m_job.run(); }
    JobState state() const { return run().state; }
    std::optional<Diagnosis> diagnosis() const { return run().diagnosis; }
    const ConfigureRequest &request() const { return run().request; }
    const std::optional<ConfigureReply> &configureReply() const { return run().reply; }
    QString jobId() const { return run().jobId(); }
    const JobTimeline &timeline() const { return run().timeline; }
    const QMap<QString, QMap<QString, int>> &polls() const { return run().log.polls; }
    qint64 rowsReceived() const { return run().log.rows; }
    qint64 blocksReceived() const { return run().log.blocks; }
    qint64 malformedReplies() const { return run().log.malformed; }
    qint64 repeatedRows() const { return run().log.repeatedRows; }
    int flaps() const { return run().log.flaps; }
    const QList<JobErrorEntry> &errors() const { return run().log.errors; }
    // Forms of a reply accepted although they differ from the contract (a port sent as a string):
    // evidence for a bug report, each logged once per job, never a failure.
    const QList<JobErrorEntry> &observations() const { return run().log.observations; }
    void observe(const QString &endpoint, const QStringList &quirks) { m_job.observe(endpoint, quirks); }
    // What happened that is neither an error nor a quirk (the row source changed, a stream opened or
    // ended normally): the job log's plain lines.
    const QList<JobErrorEntry> &events() const { return run().log.events; }
    const CallInfo &configureInfo() const { return run().configureInfo; }
    std::optional<double> lastPollLatencyMs() const { return run().log.lastLatencyMs(); }
    std::optional<double> p95PollLatencyMs() const { return run().log.p95LatencyMs(); }
    int currentPollIntervalMs() const { return m_rest.intervalMs(); }
    qint64 elapsedMs() const { return m_job.elapsedMs(); }
    // Wall-clock time (epoch ms) of the last start(): what a log's clock times and a recording's
    // header are anchored to (the Clock is monotonic and may be virtual). 0 before any start.
    qint64 startedAtEpochMs() const { return run().startEpochMs; }
    Clock *clock() const override { return m_job.clock(); } // what followers of this job time themselves with
    RowGeometry rowGeometry() const { return run().rowGeometry(); }
    RowSourceKind rowSource() const { return run().rowSource; }
    bool restWaterfallAbsent() const { return run().restAbsent; } // auto mode found the REST route not deployed
    const StreamRowSource *streamSource() const { return m_grpc.source(); }
    QString streamEndpoint() const { return run().streamEndpoint(); }
    using StreamUnreached = wf::StreamUnreached;
    using StreamTimes = wf::StreamTimes;
    const std::optional<StreamUnreached> &streamUnreached() const { return run().streamUnreached; }
    const QString &foreignEvidence() const { return run().foreignEvidence; }
    // /metadata answered 404 {"error": ...} every time while the rows came from the gRPC stream: this
    // server's /metadata does not know its jobs (an observation, never a failure).
    int metadataNotFoundCount() const { return run().metadataNotFoundCount(); }
    bool metadataNeverKnewJob() const { return run().metadataNeverKnewJob(); }
    const ReadinessSettings &settings() const { return run().settings; }
    qint64 windowCoveredMs() const { return run().windowCoveredMs; }
    qint64 windowRequestedMs() const { return run().windowRequestedMs(); }
    const std::vector<StreamTimes> &streamTimes() const { return run().streamTimes; }

  signals:
    void stateChanged(wf::JobState state);
    void finished(wf::JobState state, wf::Diagnosis diagnosis);
    void timelineChanged();
    void countersChanged();
    void requestLogged(const wf::RequestLogEntry &entry);
    void errorLogged(const wf::JobErrorEntry &entry);
    void observationLogged(const wf::JobErrorEntry &entry);
    void eventLogged(const wf::JobErrorEntry &entry);
    void rowSourceChanged(); // auto mode switched to the job's gRPC stream (restWaterfallAbsent())
    void malformedReply(const QString &endpoint, const QString &evidence); // the job goes on
    void streamRangeMismatch(const QString &endpoint, const QString &evidence); // a gRPC frame's global range lies
    void streamSourceStarted(wf::StreamRowSource *source); // before its start(): recorders attach here

  private:
    // RowSink
    void takeRows(std::shared_ptr<const WaterfallBlocks> blocks, const RowArrival &arrival) override;
    bool readFromStream(const QString &why) override { return m_grpc.start(why); }
    void streamTakesOver() override;

    void onConfigured(const Reply<ConfigureReply> &r);
    void onConfigureRefused(const CallInfo &info);
    void pollMetadata();
    void scheduleMetadata(int ms);
    bool metadataWanted() const;
    void onMetadata(const Reply<ConfigureReply> &r);
    void cancelCalls();

    JobApi *m_api;
    JobLifecycle m_job;
    RestRowPoller m_rest;
    StreamRowDriver m_grpc;
    JobApi::Id m_metadataCall = 0, m_otherCall = 0, m_openApiCall = 0;
    quint64 m_metadataTimer = 0;
    int m_metadataInterval = 100;
};

} // namespace wf
