// focus-sim: the Focus Server emulator as a standalone executable (tests, demos, QA rehearsals).
#include "faults.h"
#include "backendemulator.h"
#include "focusemulator.h"
#include "scenarios.h"
#include "streamserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <cmath>
#include <memory>
#include <cstdio>

using namespace wf::emu;

namespace {

bool parseRate(const QString &text, double &out)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || v < 0 || v > 1)
        return false;
    out = v;
    return true;
}

bool parseInt(const QString &text, int &out, int lo, int hi)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < lo || v > hi)
        return false;
    out = v;
    return true;
}

// Seconds (a fraction allowed) to whole milliseconds, within [0, 86400] s.
bool parseSecondsMs(const QString &text, int &outMs)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !(v >= 0) || v > 86'400)
        return false;
    outMs = int(std::llround(v * 1000));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("focus-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Focus Server emulator. Prints its base URL on the first line of stdout, logs requests to stderr."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption port({QStringLiteral("port")}, QStringLiteral("TCP port (0 = any free port)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption bind({QStringLiteral("bind")}, QStringLiteral("Address to bind (default 127.0.0.1)."), QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption scenario({QStringLiteral("scenario")}, QStringLiteral("Preset: %1.").arg(scenarioNames().join(QStringLiteral(", "))), QStringLiteral("NAME"));
    const QCommandLineOption seed({QStringLiteral("seed")}, QStringLiteral("Seed of the synthetic scene and injected defects."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption strict({QStringLiteral("strict")}, QStringLiteral("Answer invalid configurations with 422."));
    const QCommandLineOption basePath({QStringLiteral("base-path")}, QStringLiteral("Serve under a prefix, e.g. /focus-server."), QStringLiteral("PATH"));
    const QCommandLineOption channels({QStringLiteral("channels")}, QStringLiteral("Fiber channel range (default 1-2337)."), QStringLiteral("LO-HI"));
    const QCommandLineOption consumerDelay({QStringLiteral("consumer-delay-ms")}, QStringLiteral("Delay before a job's consumer is alive (default 800)."), QStringLiteral("MS"));
    const QCommandLineOption consumerNever({QStringLiteral("consumer-never")}, QStringLiteral("Consumers are never created."));
    const QCommandLineOption noData({QStringLiteral("no-data")}, QStringLiteral("Consumers come alive but never produce a row (200 forever)."));
    const QCommandLineOption noWaterfall({QStringLiteral("no-waterfall-route")}, QStringLiteral("The waterfall route is not deployed (the incident)."));
    const QCommandLineOption noGrpc({QStringLiteral("no-grpc-streams")}, QStringLiteral("Jobs get no gRPC stream: the configure reply's stream_port refuses connections (the incident's unreachable stream)."));
    const QCommandLineOption noMetadata({QStringLiteral("no-metadata-route")}, QStringLiteral("The /metadata/{job_id} route is not deployed."));
    const QCommandLineOption fiber({QStringLiteral("waiting-for-fiber")}, QStringLiteral("The fiber is down: live metadata says so, live configure answers 503."));
    const QCommandLineOption negRate({QStringLiteral("negative-rate")}, QStringLiteral("Fraction of rows with a burst of negative amplitudes."), QStringLiteral("F"));
    const QCommandLineOption negRange({QStringLiteral("negative-range-rate")}, QStringLiteral("Fraction of blocks reporting a negative current_min_amp."), QStringLiteral("F"));
    const QCommandLineOption dropRate({QStringLiteral("dropped-channel-rate")}, QStringLiteral("Fraction of rows missing one channel."), QStringLiteral("F"));
    const QCommandLineOption gapRate({QStringLiteral("gap-rate")}, QStringLiteral("Fraction of rows preceded by a timestamp gap."), QStringLiteral("F"));
    const QCommandLineOption overlapRate({QStringLiteral("overlap-rate")}, QStringLiteral("Fraction of rows overlapping the previous one."), QStringLiteral("F"));
    const QCommandLineOption latency({QStringLiteral("latency-ms")}, QStringLiteral("Extra latency added to every reply."), QStringLiteral("MS"));
    const QCommandLineOption errorRate({QStringLiteral("error-rate")}, QStringLiteral("Fraction of waterfall/metadata polls answered 500."), QStringLiteral("F"));
    const QCommandLineOption https({QStringLiteral("https")}, QStringLiteral("Serve HTTPS with a freshly generated self-signed certificate."));
    const QCommandLineOption certOut({QStringLiteral("cert-out")}, QStringLiteral("With --https: write the certificate (PEM) here, for --ca-cert."), QStringLiteral("FILE"));
    const QCommandLineOption expiry({QStringLiteral("job-expiry-ms")}, QStringLiteral("Remove jobs not polled for this long (default 50000)."), QStringLiteral("MS"));
    const QCommandLineOption lifetime({QStringLiteral("job-lifetime-ms")}, QStringLiteral("Kill every job this long after its consumer came alive (0 = never)."), QStringLiteral("MS"));
    const QCommandLineOption historicSpeed({QStringLiteral("historic-speed")}, QStringLiteral("Historic playback pace in multiples of real time (default 4)."), QStringLiteral("X"));
    const QCommandLineOption liveStreamSpeed({QStringLiteral("live-stream-speed")}, QStringLiteral("Live gRPC streams' pace in multiples of real time (default 1)."), QStringLiteral("X"));
    const QCommandLineOption rowsPerBlock({QStringLiteral("rows-per-block")}, QStringLiteral("Rows per block in waterfall replies (default 10)."), QStringLiteral("N"));
    const QCommandLineOption samples({QStringLiteral("samples-per-sensor")}, QStringLiteral("Samples each sensor carries per row (default 1)."), QStringLiteral("N"));
    const QCommandLineOption wrapped({QStringLiteral("recordings-wrapped")}, QStringLiteral("Answer recordings as {\"recordings\": [...]}."));
    const QCommandLineOption inMs({QStringLiteral("recordings-ms")}, QStringLiteral("Answer recordings in milliseconds."));
    QStringList faultHelp;
    for (const QString &name : faultNames())
        faultHelp << QStringLiteral("%1 (%2)").arg(name, faultDescription(*faultFromName(name)));
    const QCommandLineOption fault({QStringLiteral("fault")}, QStringLiteral("Hostile-server fault on --fault-route: %1.").arg(faultHelp.join(QStringLiteral("; "))), QStringLiteral("NAME"));
    const QCommandLineOption faultRoute({QStringLiteral("fault-route")}, QStringLiteral("Route the fault applies to: %1 (default waterfall).").arg(faultRouteNames().join(QStringLiteral(", "))), QStringLiteral("ROUTE"));
    const QCommandLineOption faultAfter({QStringLiteral("fault-after")}, QStringLiteral("Good 2xx replies on the route before the fault starts (default 0)."), QStringLiteral("N"));
    const QCommandLineOption faultTimes({QStringLiteral("fault-times")}, QStringLiteral("Faulted replies before the route recovers (default 0 = forever)."), QStringLiteral("N"));
    const QCommandLineOption faultDelay({QStringLiteral("fault-delay-ms")}, QStringLiteral("Delay of the \"slow\" fault (default 3000)."), QStringLiteral("MS"));
    const QCommandLineOption faultBytes({QStringLiteral("fault-bytes")}, QStringLiteral("Size for long-string, oversize-declared, oversize-actual."), QStringLiteral("N"));
    const QCommandLineOption backwardsRate({QStringLiteral("backwards-rate")}, QStringLiteral("Fraction of rows starting before the previous row started."), QStringLiteral("F"));
    const QCommandLineOption badSpanRate({QStringLiteral("bad-span-rate")}, QStringLiteral("Fraction of rows whose end equals their start."), QStringLiteral("F"));
    const QCommandLineOption duplicateRate({QStringLiteral("duplicate-channel-rate")}, QStringLiteral("Fraction of rows repeating one channel."), QStringLiteral("F"));
    const QCommandLineOption unexpectedRate({QStringLiteral("unexpected-channel-rate")}, QStringLiteral("Fraction of rows carrying a channel outside the configured range."), QStringLiteral("F"));
    const QCommandLineOption raggedRate({QStringLiteral("ragged-rate")}, QStringLiteral("Fraction of rows where one sensor carries an extra sample."), QStringLiteral("F"));
    const QCommandLineOption nanRate({QStringLiteral("nan-rate")}, QStringLiteral("Fraction of rows with one NaN sample (sent as the NaN token)."), QStringLiteral("F"));
    const QCommandLineOption rangeViolationRate({QStringLiteral("range-violation-rate")}, QStringLiteral("Fraction of blocks whose current_max_amp is below their largest sample."), QStringLiteral("F"));
    const QCommandLineOption metadataChange({QStringLiteral("metadata-change-after")}, QStringLiteral("Report dx doubled in /live_metadata from this many ms after start."), QStringLiteral("MS"));
    const QCommandLineOption portInt({QStringLiteral("stream-port-int")}, QStringLiteral("Send stream_port as a JSON integer (real servers send a string, \"12301\")."));
    const QCommandLineOption profile({QStringLiteral("profile")}, QStringLiteral(
        "Behave as recorded production servers: %1. recorded-2025-12 = --no-waterfall-route, --metadata-never-knows-jobs, "
        "a stream ready delay of 6.6-21 s per job, --recorded-scale, --historic-burst (--stream-cancel-after 30), "
        "--reuse-ports, --view-type-string, stream_port as a string, --credentials-in-metadata, --live-metadata-channels 9791. "
        "Flags given with it override it.").arg(profileNames().join(QStringLiteral(", "))), QStringLiteral("NAME"));
    const QCommandLineOption metadataNever({QStringLiteral("metadata-never-knows-jobs")}, QStringLiteral("GET /metadata/{job_id} always answers 404 {\"error\":\"Invalid job_id\"}, even for live jobs whose streams work."));
    const QCommandLineOption readyDelay({QStringLiteral("stream-ready-delay")}, QStringLiteral("Each job's gRPC stream port refuses connections for S seconds after configure, then listens on the announced stream_port (default 0)."), QStringLiteral("S"));
    const QCommandLineOption recordedScale({QStringLiteral("recorded-scale")}, QStringLiteral("Frames carry global_minimum 0 and a global_maximum that climbs from 352.48 every 97 frames (capped at 1143.47), not the frame's own range."));
    const QCommandLineOption historicBurst({QStringLiteral("historic-burst")}, QStringLiteral("Historic streams send all their lines at once, then nothing; every open call of the job ends with UNAVAILABLE \"Cancelling all calls\" --stream-cancel-after seconds after its first StreamData call."));
    const QCommandLineOption cancelAfter({QStringLiteral("stream-cancel-after")}, QStringLiteral("With --historic-burst: seconds from a job's first StreamData call to the cancel (default 30)."), QStringLiteral("S"));
    const QCommandLineOption competing({QStringLiteral("competing-reader")}, QStringLiteral("The emulator reads every stream too and takes every other row: clients see row_index advance by 2."));
    const QCommandLineOption reusePorts({QStringLiteral("reuse-ports")}, QStringLiteral("An ended job's stream port goes to the next job created: a client reconnecting to it reads another job's frames."));
    const QCommandLineOption viewTypeString({QStringLiteral("view-type-string")}, QStringLiteral("Send view_type as a string (\"0\") in the configure and metadata replies."));
    const QCommandLineOption fiberDown({QStringLiteral("fiber-down-503")}, QStringLiteral("The fiber is down as recorded: a live configure answers 503 with an empty body (empty) or the text \"Cannot proceed: Missing required fiber metadata fields: prr\" (text); /live_metadata waits for fiber."), QStringLiteral("empty|text"));
    const QCommandLineOption credentials({QStringLiteral("credentials-in-metadata")}, QStringLiteral("The reply's metadata carries an analyzer layer with a command line, a database URI and a key holding a (fake) password."));
    const QCommandLineOption streamFault({QStringLiteral("stream-fault")}, QStringLiteral("A hostile gRPC stream: %1.").arg(wf::emu::streamFaultNames().join(QStringLiteral(", "))), QStringLiteral("NAME"));
    const QCommandLineOption streamFaultAfter({QStringLiteral("stream-fault-after")}, QStringLiteral("Rows served on the first stream before --stream-fault starts (default 20)."), QStringLiteral("N"));
    const QCommandLineOption noLiveSource({QStringLiteral("no-live-source")}, QStringLiteral("Live jobs' streams accept the call but never send a frame."));
    const QCommandLineOption liveChannels({QStringLiteral("live-metadata-channels")}, QStringLiteral("/live_metadata reports this number_of_channels (/channels keeps its range; 0 = the same)."), QStringLiteral("N"));
    const QCommandLineOption quiet({QStringLiteral("quiet")}, QStringLiteral("Do not log requests."));
    const QCommandLineOption backendPort({QStringLiteral("backend-port")}, QStringLiteral("Also serve the jobs' simulated backend on 127.0.0.1:N (0 = any free port): the Kubernetes API's pods, services, events and pod logs of namespace panda, and RabbitMQ's /api/queues/%2F (user guest, password guest). Its URL is the second line printed."), QStringLiteral("N"));
    const QCommandLineOption backendScenario({QStringLiteral("backend-scenario")}, QStringLiteral("With --backend-port: %1 (default healthy).").arg(backendScenarioNames().join(QStringLiteral(", "))), QStringLiteral("NAME"));
    for (const auto *o : {&port, &bind, &scenario, &seed, &strict, &basePath, &channels, &consumerDelay, &consumerNever, &noData,
                          &noWaterfall, &noGrpc, &noMetadata, &fiber, &negRate, &negRange, &dropRate, &gapRate, &overlapRate,
                          &latency, &errorRate, &https, &certOut, &expiry, &lifetime, &historicSpeed, &liveStreamSpeed, &rowsPerBlock,
                          &samples, &wrapped, &inMs, &fault, &faultRoute, &faultAfter, &faultTimes, &faultDelay,
                          &faultBytes, &backwardsRate, &badSpanRate, &duplicateRate, &unexpectedRate, &raggedRate,
                          &nanRate, &rangeViolationRate, &metadataChange, &portInt, &profile, &metadataNever, &readyDelay,
                          &recordedScale, &historicBurst, &cancelAfter, &competing, &reusePorts, &viewTypeString,
                          &fiberDown, &credentials, &noLiveSource, &liveChannels, &quiet, &streamFault, &streamFaultAfter, &backendPort, &backendScenario})
        p.addOption(*o);
    p.process(app);

    QTextStream err(stderr);
    auto usage = [&](const QString &msg) {
        err << "focus-sim: " << msg << "\n";
        err.flush();
        return 2;
    };
    EmulatorOptions o;
    if (p.isSet(profile) && !applyProfile(p.value(profile), o))
        return usage(QStringLiteral("unknown profile \"%1\" (known: %2)").arg(p.value(profile), profileNames().join(QStringLiteral(", "))));
    if (p.isSet(scenario) && !applyScenario(p.value(scenario), o))
        return usage(QStringLiteral("unknown scenario \"%1\" (known: %2)").arg(p.value(scenario), scenarioNames().join(QStringLiteral(", "))));
    int portNo = 0;
    if (!parseInt(p.value(port), portNo, 0, 65535))
        return usage(QStringLiteral("--port must be 0..65535"));
    bool ok = false;
    o.seed = p.value(seed).toULongLong(&ok);
    if (!ok)
        return usage(QStringLiteral("--seed must be a non-negative integer"));
    o.strict = p.isSet(strict);
    o.streamPortAsInt = p.isSet(portInt);
    if (p.isSet(basePath)) {
        o.basePath = p.value(basePath);
        while (o.basePath.endsWith(QLatin1Char('/')))
            o.basePath.chop(1);
        if (!o.basePath.isEmpty() && !o.basePath.startsWith(QLatin1Char('/')))
            o.basePath.prepend(QLatin1Char('/'));
    }
    if (p.isSet(channels)) {
        const QStringList parts = p.value(channels).split(QLatin1Char('-'));
        if (parts.size() != 2 || !parseInt(parts[0], o.lowestChannel, 0, 100000)
            || !parseInt(parts[1], o.highestChannel, o.lowestChannel, 100000))
            return usage(QStringLiteral("--channels must be LO-HI with 0 <= LO <= HI"));
    }
    struct IntOpt { const QCommandLineOption *opt; int *target; int lo; int hi; };
    for (const IntOpt &io : {IntOpt{&consumerDelay, &o.consumerDelayMs, 0, 3'600'000}, IntOpt{&latency, &o.extraLatencyMs, 0, 600'000},
                             IntOpt{&expiry, &o.jobExpiryMs, 1, 86'400'000}, IntOpt{&lifetime, &o.jobLifetimeMs, 0, 86'400'000},
                             IntOpt{&rowsPerBlock, &o.rowsPerBlock, 1, 10'000}, IntOpt{&samples, &o.samplesPerSensor, 1, 4096},
                             IntOpt{&faultAfter, &o.faultAfter, 0, 1'000'000}, IntOpt{&faultTimes, &o.faultTimes, 0, 1'000'000},
                             IntOpt{&faultDelay, &o.faultDelayMs, 0, 3'600'000},
                             IntOpt{&metadataChange, &o.metadataChangeAfterMs, 0, 86'400'000},
                             IntOpt{&liveChannels, &o.liveMetadataChannels, 0, 10'000'000}}) {
        if (p.isSet(*io.opt) && !parseInt(p.value(*io.opt), *io.target, io.lo, io.hi))
            return usage(QStringLiteral("--%1 must be an integer in %2..%3").arg(io.opt->names().first()).arg(io.lo).arg(io.hi));
    }
    struct RateOpt { const QCommandLineOption *opt; double *target; };
    for (const RateOpt &ro : {RateOpt{&negRate, &o.negativeRowRate}, RateOpt{&negRange, &o.negativeBlockRangeRate},
                              RateOpt{&dropRate, &o.droppedChannelRate}, RateOpt{&gapRate, &o.gapRate},
                              RateOpt{&overlapRate, &o.overlapRate}, RateOpt{&errorRate, &o.serverErrorRate},
                              RateOpt{&backwardsRate, &o.backwardsRate}, RateOpt{&badSpanRate, &o.badSpanRate},
                              RateOpt{&duplicateRate, &o.duplicateChannelRate}, RateOpt{&unexpectedRate, &o.unexpectedChannelRate},
                              RateOpt{&raggedRate, &o.raggedRowRate}, RateOpt{&nanRate, &o.nanRate},
                              RateOpt{&rangeViolationRate, &o.rangeViolationRate}}) {
        if (p.isSet(*ro.opt) && !parseRate(p.value(*ro.opt), *ro.target))
            return usage(QStringLiteral("--%1 must be a fraction in [0, 1]").arg(ro.opt->names().first()));
    }
    if (p.isSet(historicSpeed)) {
        o.historicSpeed = p.value(historicSpeed).toDouble(&ok);
        if (!ok || o.historicSpeed <= 0 || o.historicSpeed > 1000)
            return usage(QStringLiteral("--historic-speed must be in (0, 1000]"));
    }
    if (p.isSet(liveStreamSpeed)) {
        o.liveStreamSpeed = p.value(liveStreamSpeed).toDouble(&ok);
        if (!ok || o.liveStreamSpeed <= 0 || o.liveStreamSpeed > 10000)
            return usage(QStringLiteral("--live-stream-speed must be in (0, 10000]"));
    }
    if (p.isSet(readyDelay)) {
        if (!parseSecondsMs(p.value(readyDelay), o.streamReadyDelayMinMs))
            return usage(QStringLiteral("--stream-ready-delay must be seconds in [0, 86400]"));
        o.streamReadyDelayMaxMs = o.streamReadyDelayMinMs;
    }
    if (p.isSet(cancelAfter) && !parseSecondsMs(p.value(cancelAfter), o.streamCancelAfterMs))
        return usage(QStringLiteral("--stream-cancel-after must be seconds in [0, 86400]"));
    if (p.isSet(streamFault)) {
        if (!wf::emu::streamFaultFromName(p.value(streamFault)))
            return usage(QStringLiteral("--stream-fault must be one of: %1").arg(wf::emu::streamFaultNames().join(QStringLiteral(", "))));
        o.streamFault = p.value(streamFault);
    }
    if (p.isSet(streamFaultAfter)) {
        bool ok = false;
        o.streamFaultAfterRows = p.value(streamFaultAfter).toInt(&ok);
        if (!ok || o.streamFaultAfterRows < 0)
            return usage(QStringLiteral("--stream-fault-after must be a whole number of rows, 0 or more"));
    }
    if (p.isSet(fiberDown)) {
        if (p.value(fiberDown) != QLatin1String("empty") && p.value(fiberDown) != QLatin1String("text"))
            return usage(QStringLiteral("--fiber-down-503 must be empty or text"));
        o.fiberDown503 = p.value(fiberDown);
    }
    for (const auto &[opt, target] : {std::pair{&metadataNever, &o.metadataNeverKnowsJobs}, std::pair{&recordedScale, &o.recordedScale},
                                      std::pair{&historicBurst, &o.historicBurst}, std::pair{&competing, &o.competingReader},
                                      std::pair{&reusePorts, &o.reusePorts}, std::pair{&viewTypeString, &o.viewTypeAsString},
                                      std::pair{&credentials, &o.credentialsInMetadata}, std::pair{&noLiveSource, &o.noLiveSource}})
        *target = *target || p.isSet(*opt);
    o.consumerNeverCreated = o.consumerNeverCreated || p.isSet(consumerNever);
    o.consumerWithoutData = o.consumerWithoutData || p.isSet(noData);
    o.waterfallRouteAbsent = o.waterfallRouteAbsent || p.isSet(noWaterfall);
    if (p.isSet(noGrpc))
        o.grpcStreams = false;
    o.metadataRouteAbsent = o.metadataRouteAbsent || p.isSet(noMetadata);
    o.waitingForFiber = o.waitingForFiber || p.isSet(fiber);
    if (p.isSet(fault)) {
        if (!faultFromName(p.value(fault)))
            return usage(QStringLiteral("unknown fault \"%1\" (known: %2)").arg(p.value(fault), faultNames().join(QStringLiteral(", "))));
        o.fault = p.value(fault);
    }
    if (p.isSet(faultRoute)) {
        if (!faultRouteNames().contains(p.value(faultRoute)))
            return usage(QStringLiteral("--fault-route must be one of: %1").arg(faultRouteNames().join(QStringLiteral(", "))));
        o.faultRoute = p.value(faultRoute);
    }
    if (p.isSet(faultBytes)) {
        o.faultBytes = p.value(faultBytes).toLongLong(&ok);
        if (!ok || o.faultBytes < 0)
            return usage(QStringLiteral("--fault-bytes must be a non-negative integer"));
    }
    o.https = p.isSet(https);
    o.recordingsWrapped = p.isSet(wrapped);
    o.recordingsInMs = p.isSet(inMs);
    const QHostAddress address(p.value(bind));
    if (address.isNull())
        return usage(QStringLiteral("--bind must be an IP address"));

    BackendScenario backendStory = BackendScenario::Healthy;
    if (p.isSet(backendScenario) && !backendScenarioFromName(p.value(backendScenario), backendStory))
        return usage(QStringLiteral("--backend-scenario must be one of: %1").arg(backendScenarioNames().join(QStringLiteral(", "))));
    applyBackendScenario(backendStory, o); // the jobs tell the backend's story

    FocusEmulator emulator(o);
    if (!p.isSet(quiet))
        QObject::connect(&emulator, &FocusEmulator::logged, &app, [&err](const QString &line) {
            err << line << "\n";
            err.flush();
        });
    if (emulator.start(quint16(portNo), address) == 0)
        return usage(emulator.startError()), 1;
    QString url = emulator.baseUrl();
    if (address != QHostAddress::LocalHost)
        url.replace(QStringLiteral("127.0.0.1"), address.toString());
    std::printf("%s\n", url.toUtf8().constData());
    std::unique_ptr<BackendEmulator> backend;
    if (p.isSet(backendPort) || p.isSet(backendScenario)) {
        const uint backendPortNo = p.value(backendPort).toUInt(&ok);
        if (p.isSet(backendPort) && (!ok || backendPortNo > 65535))
            return usage(QStringLiteral("--backend-port must be a port number"));
        backend = std::make_unique<BackendEmulator>(emulator, backendStory);
        if (backend->start(quint16(p.isSet(backendPort) ? backendPortNo : 0)) == 0)
            return usage(QStringLiteral("cannot listen on 127.0.0.1:%1 for the backend").arg(p.value(backendPort))), 1;
        std::printf("%s\n", backend->url().toUtf8().constData());
    }
    std::fflush(stdout);
    if (o.https) {
        err << "certificate SHA-256 fingerprint: " << emulator.certificateFingerprint() << "\n";
        if (p.isSet(certOut)) {
            QFile f(p.value(certOut));
            if (!f.open(QIODevice::WriteOnly) || f.write(emulator.certificatePem()) < 0)
                return usage(QStringLiteral("cannot write %1: %2").arg(p.value(certOut), f.errorString())), 1;
        }
        err.flush();
    }
    return app.exec();
}
