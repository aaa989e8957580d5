#pragma once
// ReadinessController: configures one job and follows it until it streams, ends or fails, feeding
// the pure transition() with events made from the server's replies. Owned by the GUI's main
// window or focusctl watch; lives on their thread. Invariants: at most one waterfall request and
// one metadata request in flight; nothing runs after a terminal state; time comes from a Clock.
#include "clock.h"
#include "jobapi.h"
#include "readiness.h"
#include "rowsource.h"
#include "streamsource.h"

#include <QMap>
#include <QSet>
#include <array>
#include <QObject>
#include <deque>
#include <memory>

namespace wf {

// Where a job's rows are read: the REST waterfall, the job's gRPC DataStream, or (auto) the REST
// waterfall where the server has it and the stream where it does not.
enum class RowsFrom { Auto, Rest, Grpc };
QString rowsFromName(RowsFrom r); // "auto", "rest", "grpc"
std::optional<RowsFrom> rowsFromFromName(const QString &name);
enum class RowSourceKind { Rest, Grpc };

struct ReadinessSettings {
    RowsFrom rowsFrom = RowsFrom::Auto;
    int readyTimeoutMs = 60'000;
    int dataTimeoutMs = 30'000;
    int rowCount = 100;         // rows asked per waterfall poll
    int initialPollMs = 100;
    double backoff = 1.5;
    int maxPollMs = 1000;
    int maxServerErrors = 10;   // 5xx in a row before giving up
    int maxNetworkErrors = 5;   // network failures in a row before giving up
    int maxBadReplies = 5;      // malformed replies (undecodable or oversized bodies) in a row before giving up
    int expiryConfirmations = 3;// waterfall 404s in a row, after data, before "job expired" (a flapping job recovers)
    // From configure to the job's gRPC stream accepting a connection: the recorded servers refuse it
    // until the job's pod is up, 6.6-21.4 s after configure. Also bounds a reconnect to a stream gone quiet.
    int streamReadyTimeoutMs = 45'000;
};

// Milliseconds from the configure reply (configured: the configure round trip itself).
struct JobTimeline {
    std::optional<qint64> configured, consumerReady, firstData, ended;
    std::optional<qint64> streamReady; // the job's gRPC stream accepted a connection (the first of its streams)
};

struct RequestLogEntry {
    qint64 atMs = 0; // since start()
    QString method;
    QString path;
    int httpStatus = 0;
    QString outcome; // transport error name, or empty
    double latencyMs = 0;
    qint64 bytes = 0;
};

// What an error line says, for the text layer to word it in the reader's language; Evidence: the
// message is the server's or the transport's own words, shown as they are.
enum class JobErrorKind {
    Evidence,
    RowsNotNewer,       // numbers: repeated, rows (in the first such reply)
    RowsNotNewerSoFar,  // numbers: total so far
    NotFoundAfterAlive, // detail: the 404's body
    Flapping,           // numbers: 404s in a row, the status that followed
};

struct JobErrorEntry {
    qint64 atMs = 0;
    QString endpoint; // the contract's route template
    QString message;  // technical English evidence (the JSON report's text)
    JobErrorKind kind = JobErrorKind::Evidence;
    QList<qint64> numbers = {}; // see JobErrorKind
    QString detail = {};        // see JobErrorKind
};

class ReadinessController : public RowSource
{
    Q_OBJECT
  public:
    ReadinessController(JobApi *api, Clock *clock, QObject *parent = nullptr);
    ~ReadinessController() override;

    // Without a factory (tests of the REST path, fuzzing) the gRPC stream is never read.
    void setStreamSourceFactory(StreamSourceFactory factory) { m_streamFactory = std::move(factory); }
    void start(const ConfigureRequest &request, const ReadinessSettings &settings = {});
    void stop();

    JobState state() const { return m_state; }
    std::optional<Diagnosis> diagnosis() const { return m_diagnosis; }
    const ConfigureRequest &request() const { return m_request; }
    const std::optional<ConfigureReply> &configureReply() const { return m_reply; }
    QString jobId() const { return m_reply ? m_reply->jobId : QString(); }
    const JobTimeline &timeline() const { return m_timeline; }
    // endpoint ("configure", "metadata", "waterfall", "openapi") → status ("200", "timeout") → count
    const QMap<QString, QMap<QString, int>> &polls() const { return m_polls; }
    qint64 rowsReceived() const { return m_rows; }
    qint64 blocksReceived() const { return m_blocks; }
    qint64 malformedReplies() const { return m_malformed; } // undecodable data replies, all of them
    qint64 repeatedRows() const { return m_repeatedRows; } // rows no newer than rows already received
    int flaps() const { return m_flaps; }                  // 404 streaks after data that ended in data again
    const QList<JobErrorEntry> &errors() const { return m_errors; }
    // Forms of a reply accepted although they differ from the contract (a port sent as a string):
    // evidence for a bug report, each logged once per job, never a failure.
    const QList<JobErrorEntry> &observations() const { return m_observations; }
    void observe(const QString &endpoint, const QStringList &quirks);
    // What happened that is neither an error nor a quirk (the row source changed, a stream opened or
    // ended normally): the job log's plain lines.
    const QList<JobErrorEntry> &events() const { return m_events; }
    const CallInfo &configureInfo() const { return m_configureInfo; } // status and error body of /configure
    std::optional<double> lastPollLatencyMs() const;
    std::optional<double> p95PollLatencyMs() const;
    int currentPollIntervalMs() const { return m_waterfallInterval; }
    qint64 elapsedMs() const;
    // Wall-clock time (epoch ms) of the last start(): what a log's clock times and a recording's
    // header are anchored to (the Clock is monotonic and may be virtual). 0 before any start.
    qint64 startedAtEpochMs() const { return m_startEpochMs; }
    Clock *clock() const override { return m_clock; } // what followers of this job time themselves with
    // What the job's rows look like, from the request, the configure reply and the row source.
    RowGeometry rowGeometry() const;
    RowSourceKind rowSource() const { return m_rowSource; }
    bool restWaterfallAbsent() const { return m_restAbsent; } // auto mode found the REST route not deployed
    const StreamRowSource *streamSource() const { return m_stream.get(); }
    // "HOST:PORT" of the job's gRPC stream from the configure reply (empty without one).
    QString streamEndpoint() const;
    // Why no stream could be read, when the job ended so: how long its port refused connections (or
    // neither answered nor refused) before the stream-ready deadline.
    struct StreamUnreached {
        QString endpoint;
        qint64 forMs = 0;
        bool refused = true; // false: no answer at all (a silent port)
    };
    const std::optional<StreamUnreached> &streamUnreached() const { return m_streamUnreached; }
    // Why the stream's frames were refused as another job's ("job_id 7, not 3; ..."), when they were.
    const QString &foreignEvidence() const { return m_foreignEvidence; }
    // /metadata answered 404 {"error": ...} every time while the rows came from the gRPC stream: this
    // server's /metadata does not know its jobs (an observation, never a failure).
    int metadataNotFoundCount() const;
    bool metadataNeverKnewJob() const;
    const ReadinessSettings &settings() const { return m_settings; }
    // Historic jobs: how much of the requested window the rows received cover (ms), and the window.
    qint64 windowCoveredMs() const { return m_windowCoveredMs; }
    qint64 windowRequestedMs() const;
    // Per stream, ms from the configure reply: connected and first frame.
    struct StreamTimes {
        std::optional<qint64> connected, firstFrame;
    };
    const std::vector<StreamTimes> &streamTimes() const { return m_streamTimes; }

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
    void apply(JobEvent event, const QString &why = QString());
    void onConfigured(const Reply<ConfigureReply> &r);
    void onMetadata(const Reply<ConfigureReply> &r);
    void onWaterfall(Reply<WaterfallBlocks> r);
    void pollMetadata();
    bool metadataWanted() const;
    void noteMetadataNeverKnows();
    static constexpr int kMetadataEvidence = 10; // 404s on the gRPC path before "/metadata never knows its jobs"
    bool startStream(const QString &why);
    void onStreamRows(const std::shared_ptr<const WaterfallBlocks> &blocks);
    void onStreamProblem(int index, StreamProblem kind, const QString &evidence);
    void onStreamConnected(int index);
    void onStreamUnreachable(int index, StreamProblem kind, const QString &evidence);
    void onStreamReadyDeadline();
    void logEvent(const QString &endpoint, const QString &message);
    void stopStream();
    void pollWaterfall();
    void scheduleWaterfall(int ms);
    void scheduleMetadata(int ms);
    bool handleFailureCommon(const CallInfo &info, bool decodeFailed, const QString &decodeDetail, const char *endpointKey);
    void count(const char *endpointKey, const CallInfo &info);
    void logError(const CallInfo &info, const QString &message, JobErrorKind kind = JobErrorKind::Evidence,
                  QList<qint64> numbers = {}, const QString &detail = {});
    void markConsumerReady();
    void onReadyTimeout();
    void onDataTimeout();
    bool deadlinePassed();
    int streamingIntervalMs(bool fullPoll) const;
    void cancelAll();
    qint64 sinceConfigured() const;

    JobApi *m_api;
    Clock *m_clock;
    ReadinessSettings m_settings;
    ConfigureRequest m_request;
    std::optional<ConfigureReply> m_reply;
    CallInfo m_configureInfo;
    JobState m_state = JobState::Idle;
    std::optional<Diagnosis> m_diagnosis;
    JobTimeline m_timeline;
    QMap<QString, QMap<QString, int>> m_polls;
    QList<JobErrorEntry> m_errors;
    QList<JobErrorEntry> m_observations;
    std::deque<double> m_latencies; // waterfall polls, newest last, bounded
    qint64 m_rows = 0, m_blocks = 0, m_repeatedRows = 0, m_malformed = 0;
    std::optional<qint64> m_newestEndMs; // newest row end received
    int m_notFoundStreak = 0, m_flaps = 0;
    QSet<QString> m_warned; // warnings already logged, once each
    qint64 m_startMs = 0, m_configuredAtMs = 0;
    qint64 m_startEpochMs = 0;
    std::optional<bool> m_waterfallListed; // from /openapi.json, when it answered
    bool m_metadataRouteAbsent = false;
    bool m_waterfallAlive = false; // the waterfall route itself answered 200/201
    struct Streak {
        int server = 0, network = 0, malformed = 0; // failures in a row
    };
    std::array<Streak, 2> m_streaks{}; // [0] metadata, [1] waterfall
    int m_waterfallInterval = 100, m_metadataInterval = 100;
    JobApi::Id m_waterfallCall = 0, m_metadataCall = 0, m_otherCall = 0, m_openApiCall = 0;
    quint64 m_waterfallTimer = 0, m_metadataTimer = 0, m_readyTimer = 0, m_dataTimer = 0;
    qint64 m_readyDueMs = 0, m_dataDueMs = 0;
    StreamSourceFactory m_streamFactory;
    std::unique_ptr<StreamRowSource> m_stream;
    RowSourceKind m_rowSource = RowSourceKind::Rest;
    bool m_restAbsent = false;
    std::vector<StreamTimes> m_streamTimes;
    std::vector<int> m_connectFailures; // per stream, in a row
    QList<JobErrorEntry> m_events;
    std::optional<StreamUnreached> m_streamUnreached;
    QString m_foreignEvidence;
    qint64 m_windowCoveredMs = 0;
    int m_scaleChangesLogged = 0;
    static constexpr int kScaleChangesLogged = 20;
    void accountWindow(const WaterfallBlocks &blocks);
    // Waiting for the job's stream: reset with each job as one value.
    struct GrpcWait {
        qint64 startedMs = 0;                  // since configure: the stream source was started
        std::optional<qint64> firstRefusedMs;  // since configure: the first refusal of the current run
        std::optional<qint64> lostMs;          // since configure: a stream that had connected could not reconnect
        bool silent = false;                   // a connection attempt neither opened nor was refused
        quint64 deadlineTimer = 0;
        bool metadataKnown = false;            // /metadata answered 200 while the rows came from the stream
    } m_grpcWait;
    bool m_streamFrames = false; // any frame arrived // when those two deadlines fall, while their timers run
};

} // namespace wf

Q_DECLARE_METATYPE(wf::RequestLogEntry)
Q_DECLARE_METATYPE(wf::JobErrorEntry)
