#pragma once
// One job's record: what was asked, what the server said, what happened and when. JobRun is a plain
// value that JobLifecycle replaces whole when a job starts (nothing of the last job survives by
// accident); JobLog, inside it, is the counters and the logs. No I/O, no time of its own: the
// lifecycle stamps the times, the row producers (RestRowPoller, StreamRowDriver) fill it through it.
#include "net/jobapi.h"
#include "job/readiness.h"
#include "data/rowsource.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <array>
#include <deque>
#include <optional>
#include <vector>

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

// Per gRPC stream, ms from the configure reply: connected and first frame.
struct StreamTimes {
    std::optional<qint64> connected, firstFrame;
};

// Why no stream could be read, when the job ended so: how long its port refused connections (or
// neither answered nor refused) before the stream-ready deadline.
struct StreamUnreached {
    QString endpoint;
    qint64 forMs = 0;
    bool refused = true; // false: no answer at all (a silent port)
};

// Failures in a row of one polled route.
struct FailureStreak {
    int server = 0, network = 0, malformed = 0;
};

// The counters and the logs of one job.
struct JobLog {
    // endpoint ("configure", "metadata", "waterfall", "openapi") → status ("200", "timeout") → count
    QMap<QString, QMap<QString, int>> polls;
    QList<JobErrorEntry> errors;
    QList<JobErrorEntry> observations; // forms accepted although they differ from the contract
    QList<JobErrorEntry> events;       // neither an error nor a quirk: the job log's plain lines
    QSet<QString> warned;              // warnings and quirks already logged, once each
    std::deque<double> latencies;      // waterfall polls, newest last, bounded
    qint64 rows = 0, blocks = 0;
    qint64 repeatedRows = 0;           // rows no newer than rows already received
    qint64 malformed = 0;              // undecodable data replies and frames, all of them
    int flaps = 0;                     // 404 streaks after data that ended in data again

    void addLatency(double ms);
    std::optional<double> lastLatencyMs() const;
    std::optional<double> p95LatencyMs() const;
};

struct JobRun {
    ReadinessSettings settings;
    ConfigureRequest request;
    std::optional<ConfigureReply> reply;
    CallInfo configureInfo; // status and error body of /configure
    JobState state = JobState::Idle;
    std::optional<Diagnosis> diagnosis;
    JobTimeline timeline;
    JobLog log;
    qint64 startMs = 0, configuredAtMs = 0; // on the job's Clock
    qint64 startEpochMs = 0;                // wall clock of start(): what log times and recordings anchor to
    RowSourceKind rowSource = RowSourceKind::Rest;
    bool restAbsent = false;                // auto mode found the REST route not deployed
    std::optional<bool> waterfallListed;    // from /openapi.json, when it answered
    bool metadataRouteAbsent = false;
    bool metadataKnown = false;             // /metadata answered 200 while the rows came from the stream
    std::array<FailureStreak, 2> streaks{}; // [0] /metadata, [1] the REST waterfall
    qint64 windowCoveredMs = 0;             // historic: of the requested window, by the rows received
    std::vector<StreamTimes> streamTimes;
    std::optional<StreamUnreached> streamUnreached;
    QString foreignEvidence;                // why the stream's frames were refused as another job's

    QString jobId() const { return reply ? reply->jobId : QString(); }
    // What the job's rows look like, from the request, the configure reply and the row source.
    RowGeometry rowGeometry() const;
    QString streamEndpoint() const; // "HOST:PORT" of the job's gRPC stream (empty without one)
    qint64 windowRequestedMs() const;
    void accountWindow(const WaterfallBlocks &blocks);
    static constexpr int kMetadataEvidence = 10; // 404s on the gRPC path before "/metadata never knows its jobs"
    int metadataNotFoundCount() const;
    bool metadataNeverKnewJob() const;
};

} // namespace wf

Q_DECLARE_METATYPE(wf::RequestLogEntry)
Q_DECLARE_METATYPE(wf::JobErrorEntry)
