#include "scenarios.h"

namespace wf::emu {

namespace {

// The recorded-2025-12 profile, and what each recorded story adds to it.
bool applyRecordedScenario(const QString &name, EmulatorOptions &o)
{
    if (!scenarioNames().contains(name))
        return false;
    applyProfile(QStringLiteral("recorded-2025-12"), o);
    if (name == QLatin1String("recorded-live") || name == QLatin1String("recorded-historic")) {
        // The profile as it is: a live stream that opens after 6.6-21 s; a historic burst, then the cancel.
    } else if (name == QLatin1String("recorded-competing-reader")) {
        o.competingReader = true;
    } else if (name == QLatin1String("recorded-port-reuse")) {
        o.jobLifetimeMs = 20'000; // the job ends, its port goes to the next one
    } else if (name == QLatin1String("recorded-fiber-down")) {
        o.fiberDown503 = QStringLiteral("text");
    } else if (name == QLatin1String("recorded-no-live-source")) {
        o.noLiveSource = true;
    } else {
        return false;
    }
    return true;
}

} // namespace

QStringList scenarioNames()
{
    return {QStringLiteral("normal"),        QStringLiteral("negative-bursts"), QStringLiteral("route-absent"),
            QStringLiteral("slow-consumer"), QStringLiteral("consumer-never"),  QStringLiteral("historic"),
            QStringLiteral("flaky"),         QStringLiteral("waiting-for-fiber"), QStringLiteral("defects"),
            QStringLiteral("grpc-only"),     QStringLiteral("incident"),
            QStringLiteral("recorded-live"), QStringLiteral("recorded-historic"), QStringLiteral("recorded-competing-reader"),
            QStringLiteral("recorded-port-reuse"), QStringLiteral("recorded-fiber-down"), QStringLiteral("recorded-no-live-source")};
}

bool scenarioIsHistoric(const QString &name)
{
    return name == QLatin1String("historic") || name == QLatin1String("recorded-historic");
}

QStringList profileNames()
{
    return {QStringLiteral("recorded-2025-12")};
}

bool applyProfile(const QString &name, EmulatorOptions &o)
{
    if (name != QLatin1String("recorded-2025-12"))
        return false;
    // The servers the QA team captured in 2025-12 (the contract's [recorded] sections): rows only on
    // the gRPC stream, a port that opens 6.6-21 s after configure, /metadata that never knows a job,
    // a climbing colour scale, historic bursts cancelled after 30 s, reused ports, view_type and
    // stream_port as strings, passwords in the metadata, 9791 "channels" in /live_metadata.
    o.waterfallRouteAbsent = true;
    o.grpcStreams = true;
    o.metadataNeverKnowsJobs = true;
    o.streamReadyDelayMinMs = 6'600;
    o.streamReadyDelayMaxMs = 21'000;
    o.recordedScale = true;
    o.historicBurst = true;
    o.streamCancelAfterMs = 30'000;
    o.reusePorts = true;
    o.viewTypeAsString = true;
    o.streamPortAsInt = false;
    o.credentialsInMetadata = true;
    o.liveMetadataChannels = 9791;
    return true;
}

bool applyScenario(const QString &name, EmulatorOptions &o)
{
    if (name == QLatin1String("normal")) {
        // The demo's default: clean data. Negatives and defects belong to the scenarios named for
        // them (negative-bursts, defects, grpc-only).
    } else if (name == QLatin1String("negative-bursts")) {
        o.negativeRowRate = 0.08;
        o.negativeBlockRangeRate = 0.2;
    } else if (name == QLatin1String("route-absent")) {
        o.waterfallRouteAbsent = true;
    } else if (name == QLatin1String("grpc-only")) {
        // The incident's server, where the rows are: no REST waterfall, the job's gRPC stream, and
        // negatives now and then to highlight.
        o.waterfallRouteAbsent = true;
        o.grpcStreams = true;
        o.negativeRowRate = 0.03;
    } else if (name == QLatin1String("incident")) {
        // The incident as it was: no REST waterfall, and the job's stream port refuses connections
        // (nothing listens there): endpoint_not_deployed at the stream-ready deadline.
        o.waterfallRouteAbsent = true;
        o.grpcStreams = false;
    } else if (name == QLatin1String("slow-consumer")) {
        o.consumerDelayMs = 7000;
    } else if (name == QLatin1String("consumer-never")) {
        o.consumerNeverCreated = true;
    } else if (name == QLatin1String("historic")) {
        o.historicSpeed = 8.0;
    } else if (name == QLatin1String("flaky")) {
        o.serverErrorRate = 0.15;
        o.extraLatencyMs = 150;
        o.gapRate = 0.01;
        o.droppedChannelRate = 0.01;
    } else if (name == QLatin1String("waiting-for-fiber")) {
        o.waitingForFiber = true;
    } else if (name == QLatin1String("defects")) {
        // Every data defect the quality checks know, now and then, and a re-spliced fiber after 20 s.
        o.negativeRowRate = 0.02;
        o.negativeBlockRangeRate = 0.05;
        o.rangeViolationRate = 0.05;
        o.gapRate = 0.01;
        o.overlapRate = 0.01;
        o.backwardsRate = 0.005;
        o.badSpanRate = 0.005;
        o.droppedChannelRate = 0.01;
        o.duplicateChannelRate = 0.01;
        o.unexpectedChannelRate = 0.005;
        o.raggedRowRate = 0.005;
        o.nanRate = 0.01;
        o.metadataChangeAfterMs = 20'000;
    } else if (name.startsWith(QLatin1String("recorded-"))) {
        return applyRecordedScenario(name, o);
    } else {
        return false;
    }
    return true;
}

} // namespace wf::emu
