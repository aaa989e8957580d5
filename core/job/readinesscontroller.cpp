#include "job/readinesscontroller.h"

#include <algorithm>
#include <cmath>

namespace wf {

ReadinessController::ReadinessController(JobApi *api, Clock *clock, QObject *parent)
    : RowSource(parent), m_api(api), m_job(clock), m_rest(api, &m_job, this), m_grpc(&m_job, this)
{
    connect(&m_job, &JobLifecycle::stateChanged, this, &ReadinessController::stateChanged);
    connect(&m_job, &JobLifecycle::ended, this, [this] {
        m_rest.cancel();
        m_grpc.cancel();
        cancelCalls();
    });
    connect(&m_job, &JobLifecycle::finished, this, &ReadinessController::finished);
    connect(&m_job, &JobLifecycle::timelineChanged, this, &ReadinessController::timelineChanged);
    connect(&m_job, &JobLifecycle::countersChanged, this, &ReadinessController::countersChanged);
    connect(&m_job, &JobLifecycle::requestLogged, this, &ReadinessController::requestLogged);
    connect(&m_job, &JobLifecycle::errorLogged, this, &ReadinessController::errorLogged);
    connect(&m_job, &JobLifecycle::observationLogged, this, &ReadinessController::observationLogged);
    connect(&m_job, &JobLifecycle::eventLogged, this, &ReadinessController::eventLogged);
    connect(&m_job, &JobLifecycle::malformedReply, this, &ReadinessController::malformedReply);
    connect(&m_grpc, &StreamRowDriver::streamRangeMismatch, this, &ReadinessController::streamRangeMismatch);
    connect(&m_grpc, &StreamRowDriver::sourceStarted, this, &ReadinessController::streamSourceStarted);
    connect(&m_grpc, &StreamRowDriver::switchedToStream, this, &ReadinessController::rowSourceChanged);
}

ReadinessController::~ReadinessController()
{
    cancelCalls();
}

void ReadinessController::cancelCalls()
{
    for (JobApi::Id *id : {&m_metadataCall, &m_otherCall, &m_openApiCall}) {
        if (*id)
            m_api->abort(*id);
        *id = 0;
    }
    if (m_metadataTimer)
        m_job.clock()->cancel(m_metadataTimer);
    m_metadataTimer = 0;
}

void ReadinessController::start(const ConfigureRequest &request, const ReadinessSettings &settings)
{
    cancelCalls();
    m_grpc.reset();
    m_rest.reset(settings.initialPollMs);
    m_metadataInterval = settings.initialPollMs;
    beginJob();
    m_job.begin(request, settings); // a fresh JobRun; Configuring
    // The route list tells "not deployed" from "not yet" at the first 404; ask for it alongside.
    m_openApiCall = m_api->openApi([this](const Reply<OpenApiDoc> &r) {
        m_openApiCall = 0;
        if (m_job.deadlinePassed())
            return;
        m_job.count("openapi", r.info);
        if (r.value)
            m_job.run().waterfallListed = r.value->has(QStringLiteral("GET"), endpointPath(EndpointId::Waterfall));
    });
    m_otherCall = m_api->configure(request, [this](const Reply<ConfigureReply> &r) {
        m_otherCall = 0;
        onConfigured(r);
    });
}

void ReadinessController::stop()
{
    if (!m_job.over() && m_job.state() != JobState::Idle)
        m_grpc.finish();
    m_job.apply(JobEvent::Stop);
}

// Both producers' rows pass here once: counted, then published to the job's followers.
void ReadinessController::takeRows(std::shared_ptr<const WaterfallBlocks> blocks, const RowArrival &arrival)
{
    JobRun &run = m_job.run();
    run.accountWindow(*blocks);
    for (const WaterfallBlock &b : *blocks)
        run.log.rows += qint64(b.rows.size());
    run.log.blocks += qint64(blocks->size());
    m_job.markConsumerReady();
    m_job.markFirstData();
    publish(run.rowGeometry(), std::move(blocks), arrival);
    m_job.apply(JobEvent::RowsArrived);
    m_job.countersMoved();
}

void ReadinessController::streamTakesOver()
{
    m_rest.cancel();
    m_job.cancelReadyDeadline(); // the stream's own deadline (stream-ready) bounds the wait
    if (m_job.state() == JobState::StreamingNoData) {
        // /metadata said 200 before the waterfall route was found absent: that was not the stream.
        m_job.forgetConsumerReady();
        m_job.apply(JobEvent::RowSourceSwitched);
        m_job.timelineMoved();
    }
}

void ReadinessController::onConfigured(const Reply<ConfigureReply> &r)
{
    JobRun &run = m_job.run();
    run.configureInfo = r.info;
    m_job.count("configure", r.info);
    m_job.configured();
    const CallInfo &info = r.info;
    if (info.transport == TransportError::Tls) {
        m_job.logError(info, info.transportDetail);
        m_job.apply(JobEvent::TlsFailure);
        return;
    }
    if (info.transport == TransportError::Redirect || info.transport == TransportError::TooLarge) {
        m_job.logError(info, info.transportDetail);
        m_job.apply(JobEvent::BadResponse);
        return;
    }
    if (info.transport != TransportError::None) {
        // Not retried: a configure that reached the server twice would create two jobs.
        m_job.logError(info, transportErrorName(info.transport) + QStringLiteral(": ") + info.transportDetail);
        m_job.apply(JobEvent::Unreachable);
        return;
    }
    if (info.httpStatus != 200) {
        onConfigureRefused(info);
        return;
    }
    if (!r.value) {
        m_job.logError(info, r.decodeError ? r.decodeError->toString() : QStringLiteral("no body"));
        m_job.apply(JobEvent::BadResponse);
        return;
    }
    run.reply = r.value;
    m_job.observe(info.route, run.reply->quirks);
    m_job.apply(JobEvent::ConfigureAccepted);
    pollMetadata();
    if (run.settings.rowsFrom == RowsFrom::Grpc) {
        // The stream's own deadline (stream-ready) bounds the wait: its opening is the consumer.
        if (!m_grpc.start(QStringLiteral("rows from the job's gRPC stream (--rows-from grpc)")))
            m_job.apply(JobEvent::BadResponse, QStringLiteral("the configure reply names no gRPC stream to read"));
        return;
    }
    m_job.armReadyDeadline();
    m_rest.start(QString());
}

void ReadinessController::onConfigureRefused(const CallInfo &info)
{
    m_job.logError(info, httpEvidence(info));
    if (info.httpStatus == 404 && info.errorBody.shape == ErrorShape::FrameworkNotFound) {
        m_job.apply(JobEvent::RouteNotDeployed);
        return;
    }
    if (!m_job.run().request.historic() && (info.httpStatus == 503 || waitingForFiberMessage(info))) {
        // [recorded] A live configure answers 503 with an empty body or "Missing required fiber metadata
        // fields: prr" while the fiber is down; only /live_metadata says "waiting for fiber": it decides.
        m_otherCall = m_api->liveMetadata([this, words = waitingForFiberMessage(info)](const Reply<LiveMetadata> &r) {
            m_otherCall = 0;
            m_job.count("live_metadata", r.info);
            if (m_job.over())
                return;
            const bool waiting = r.value ? r.value->waitingForFiber() : words;
            m_job.logEvent(r.info.route, waiting ? QStringLiteral("waiting for fiber: the configure refusal is the fiber's")
                                                 : QStringLiteral("the fiber is up: the configure refusal is the server's"));
            m_job.apply(waiting ? JobEvent::ConfigureWaitingForFiber : JobEvent::ConfigureRejected);
        });
        if (m_otherCall)
            return;
    }
    m_job.apply(waitingForFiberMessage(info) ? JobEvent::ConfigureWaitingForFiber : JobEvent::ConfigureRejected);
}

// Polled while the consumer is awaited; on the gRPC path also while streaming, until it knows the job
// or has said 404 often enough to tell that this server's /metadata never knows its jobs.
bool ReadinessController::metadataWanted() const
{
    const JobRun &r = run();
    if (r.metadataRouteAbsent)
        return false;
    if (r.state == JobState::WaitingForConsumer)
        return true;
    return r.rowSource == RowSourceKind::Grpc && !r.metadataKnown && r.metadataNotFoundCount() < JobRun::kMetadataEvidence
           && (r.state == JobState::StreamingNoData || r.state == JobState::StreamingData);
}

void ReadinessController::scheduleMetadata(int ms)
{
    if (m_job.over() || !metadataWanted())
        return;
    m_metadataTimer = m_job.clock()->callAfter(ms, this, [this] {
        m_metadataTimer = 0;
        pollMetadata();
    });
}

void ReadinessController::pollMetadata()
{
    if (m_job.over() || !metadataWanted() || m_metadataCall)
        return;
    m_metadataCall = m_api->metadata(jobId(), [this](const Reply<ConfigureReply> &r) {
        m_metadataCall = 0;
        onMetadata(r);
    });
}

void ReadinessController::onMetadata(const Reply<ConfigureReply> &r)
{
    if (m_job.deadlinePassed())
        return;
    m_job.count("metadata", r.info);
    if (m_job.over())
        return;
    JobRun &run = m_job.run();
    const CallInfo &info = r.info;
    const int next = m_metadataInterval;
    m_metadataInterval = std::min(int(std::lround(m_metadataInterval * run.settings.backoff)), run.settings.maxPollMs);
    if (m_job.handleFailure(info, info.gotHttpReply() && info.httpStatus == 200 && !r.value,
                            r.decodeError ? r.decodeError->toString() : QString(), run.streaks[0])) {
        scheduleMetadata(next);
        return;
    }
    if (info.httpStatus == 200) {
        if (r.value)
            m_job.observe(info.route, r.value->quirks);
        if (run.rowSource == RowSourceKind::Grpc) {
            // It means what it says, the server knows the job; the rows' consumer is the stream's.
            run.metadataKnown = true;
            m_job.logEvent(info.route, QStringLiteral("HTTP 200: the server knows the job; its rows come from the gRPC stream, "
                                                      "whose opening tells that the job's consumer is up"));
            return;
        }
        m_job.markConsumerReady();
        m_job.apply(JobEvent::ConsumerAlive);
        return; // streaming: the waterfall alone is polled from now on
    }
    if (info.httpStatus == 404 && info.errorBody.shape == ErrorShape::FrameworkNotFound) {
        // The metadata route is absent; the waterfall decides the story.
        run.metadataRouteAbsent = true;
        m_job.logError(info, QStringLiteral("route not deployed: 404 %1").arg(info.errorBody.raw));
        return;
    }
    if (info.httpStatus == 404) {
        // Metadata is polled only while waiting: a 404 arriving after the waterfall said "alive" was
        // answered before the consumer existed. It is stale, not an expiry. On the gRPC path it says
        // nothing about the job (the recorded servers' /metadata never knew one).
        if (run.state == JobState::WaitingForConsumer)
            m_job.apply(JobEvent::NotFoundApplication);
        m_job.noteMetadataNeverKnows();
        scheduleMetadata(next);
        return;
    }
    m_job.logError(info, QStringLiteral("unexpected HTTP %1 %2").arg(info.httpStatus).arg(info.errorBody.raw));
    scheduleMetadata(next);
}

} // namespace wf
