#include "scenarios.h"

namespace wf::emu {

QStringList scenarioNames()
{
    return {QStringLiteral("normal"),        QStringLiteral("negative-bursts"), QStringLiteral("route-absent"),
            QStringLiteral("slow-consumer"), QStringLiteral("consumer-never"),  QStringLiteral("historic"),
            QStringLiteral("flaky"),         QStringLiteral("waiting-for-fiber"), QStringLiteral("defects"),
            QStringLiteral("grpc-only")};
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
    } else {
        return false;
    }
    return true;
}

} // namespace wf::emu
