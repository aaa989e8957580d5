#pragma once
// Switches of the Focus Server emulator (every one also a focus-sim flag) and the counters of the
// defects it injected, so tests can assert exact numbers.
#include <QString>
#include <QtGlobal>

namespace wf::emu {

struct EmulatorOptions {
    quint64 seed = 1;
    bool strict = false;              // answer invalid configurations with 422 (the real server accepts nonsense)
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
    int jobExpiryMs = 50'000;         // removed after this long without waterfall polls
    int finishedJobExpiryMs = 120'000;
    int jobLifetimeMs = 0;            // > 0: the job is killed this long after its consumer came alive
    double historicSpeed = 4.0;       // historic playback pace, multiples of real time
    int backlogRows = 5000;           // rows a consumer buffers before the oldest are dropped

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

    // Transport
    int extraLatencyMs = 0;
    double serverErrorRate = 0;       // fraction of waterfall/metadata polls answered 500
    bool https = false;               // self-signed certificate generated at start
    int rowsPerBlock = 10;
    int samplesPerSensor = 1;
    bool recordingsWrapped = false;   // {"recordings": [...]} instead of a bare list
    bool recordingsInMs = false;
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
    qint64 serverErrors = 0;
    qint64 backlogDroppedRows = 0;
    qint64 requests = 0;
};

} // namespace wf::emu
