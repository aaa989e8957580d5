#pragma once
// Switches of the Focus Server emulator (every one also a focus-sim flag) and the counters of the
// defects it injected, so tests can assert exact numbers.
#include <QString>
#include <QtGlobal>

namespace wf::emu {

// Even when lenient, a configure asking for more channels than this gets 422: the emulator generates
// every channel of every row (a real fiber has a few thousand).
inline constexpr int kMaxEmulatedChannels = 65536;

struct EmulatorOptions {
    quint64 seed = 1;
    bool strict = false;              // answer invalid configurations with 422 (the real server accepts nonsense)
    bool streamPortAsInt = false;     // stream_port as a JSON integer; by default a string ("12301"), as real servers send it
    QString basePath;                 // e.g. "/focus-server": serve under this prefix, like the ingress
    int lowestChannel = 1;
    int highestChannel = 2337;
    double dx = 1.0213698148727417;
    double prr = 2000.0;
    QString swVersion = QStringLiteral("11.17.10513");
    QString fiberDescription = QStringLiteral("Emulated_fiber");

    // Readiness
    int consumerDelayMs = 800;        // time from configure to consumer alive
    bool consumerNeverCreated = false;
    bool consumerWithoutData = false; // the consumer comes alive but never produces a row (200 forever)
    int jobExpiryMs = 50'000;         // removed after this long with nobody reading its rows (REST poll or gRPC stream)
    int finishedJobExpiryMs = 120'000;
    int jobLifetimeMs = 0;            // > 0: the job is killed this long after its consumer came alive
    double historicSpeed = 4.0;       // historic playback pace, multiples of real time
    double liveStreamSpeed = 1.0;     // live gRPC streams' pace, multiples of real time (a soak's time compression)
    int backlogRows = 5000;           // rows a consumer buffers before the oldest are dropped

    // The per-job gRPC DataStream (stream_url/stream_port of the configure reply)
    bool grpcStreams = true;          // every job gets its stream, as on the real server
    int streamDropEveryFrames = 0;    // > 0: each StreamData call ends with UNAVAILABLE after this many frames
    double streamBadFrameRate = 0;    // fraction of frames whose bytes do not match their shape

    // The recorded production servers ([recorded 2025-12] of the contract; --profile recorded-2025-12)
    bool metadataNeverKnowsJobs = false; // GET /metadata/{id} always 404 {"error":"Invalid job_id"}
    int streamReadyDelayMinMs = 0;       // a job's stream port refuses connections for a delay drawn
    int streamReadyDelayMaxMs = 0;       //   per job from [min, max], then listens on the announced port
    bool recordedScale = false;          // global_minimum 0, global_maximum a climbing scale, not the frame's range
    bool historicBurst = false;          // historic streams send every line at once, then wait for the cancel
    int streamCancelAfterMs = 30'000;    // historicBurst: UNAVAILABLE "Cancelling all calls" this long after the first call
    bool competingReader = false;        // the emulator reads every stream too, taking every other row
    bool reusePorts = false;             // an ended job's stream port goes to the next job created
    bool viewTypeAsString = false;       // view_type "0" in the configure and metadata replies
    QString fiberDown503;                // "empty" / "text": a live configure answers 503 so, /live_metadata waits for fiber
    bool credentialsInMetadata = false;  // the reply's metadata carries a command line and a URI with a password
    bool noLiveSource = false;           // live streams accept the call and never send a frame
    int liveMetadataChannels = 0;        // > 0: /live_metadata's number_of_channels (/channels keeps its range)

    // Hostile streams (issue 24): one behaviour of the job's gRPC DataStream, names in streamserver.h
    QString streamFault;                 // a name from streamFaultNames(); empty = none
    int streamFaultAfterRows = 20;       // rows served on the first stream before the fault starts

    // Missing routes (the incident)
    bool waterfallRouteAbsent = false;
    bool metadataRouteAbsent = false;
    bool waitingForFiber = false;

    // Data defects, as fractions in [0, 1]
    double negativeRowRate = 0;       // rows that carry a burst of negative samples
    double negativeBlockRangeRate = 0;// blocks whose current_min_amp is reported negative
    double droppedChannelRate = 0;    // rows missing one channel
    double gapRate = 0;               // rows preceded by a timestamp gap
    double overlapRate = 0;           // rows overlapping the previous one
    double backwardsRate = 0;         // rows starting before the previous row started
    double badSpanRate = 0;           // rows whose endTimestamp equals their startTimestamp
    double duplicateChannelRate = 0;  // rows repeating one channel
    double unexpectedChannelRate = 0; // rows carrying one channel outside the configured range
    double raggedRowRate = 0;         // rows where one sensor carries one extra sample
    double nanRate = 0;               // rows where one sample is a NaN token
    double rangeViolationRate = 0;    // blocks whose current_max_amp is below their largest sample
    int metadataChangeAfterMs = 0;    // > 0: /live_metadata reports dx doubled from then on

    // Transport
    int extraLatencyMs = 0;
    double serverErrorRate = 0;       // fraction of waterfall/metadata polls answered 500
    bool https = false;               // self-signed certificate generated at start
    int rowsPerBlock = 10;
    int samplesPerSensor = 1;
    bool recordingsWrapped = false;   // {"recordings": [...]} instead of a bare list
    bool recordingsInMs = false;

    // Faults: one hostile behaviour on one route (names and effects in faults.h)
    QString fault;                                     // a name from faultNames(); empty = none
    QString faultRoute = QStringLiteral("waterfall");  // a request path's first segment, or "any"
    int faultAfter = 0;                                // good 2xx replies on that route before the fault
    int faultTimes = 0;                                // faulted replies before it recovers (0 = forever)
    int faultDelayMs = 3000;                           // "slow": how late the reply comes
    qint64 faultBytes = 0;                             // size for long-string / oversize-* (0 = default)
};

struct EmulatorStats {
    qint64 jobsCreated = 0;
    qint64 jobsExpired = 0;
    qint64 jobsKilled = 0;
    qint64 rowsServed = 0;
    qint64 blocksServed = 0;
    qint64 negativeRows = 0;
    qint64 negativeSamples = 0;
    qint64 negativeBlockRanges = 0;
    qint64 droppedChannels = 0;
    qint64 gaps = 0;
    qint64 overlaps = 0;
    qint64 backwardsRows = 0;
    qint64 badSpans = 0;
    qint64 duplicatedChannels = 0;
    qint64 unexpectedChannels = 0;
    qint64 raggedRows = 0;
    qint64 nanSamples = 0;
    qint64 rangeViolations = 0;
    qint64 serverErrors = 0;
    qint64 backlogDroppedRows = 0;
    qint64 requests = 0;
};

} // namespace wf::emu
