#include "readinesscontroller.h"

#include "logging.h"

#include "quality.h"
#include "stats.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace wf {

namespace {

QString statusKey(const CallInfo &info)
{
    if (info.transport != TransportError::None && info.transport != TransportError::Redirect)
        return transportErrorName(info.transport);
    return QString::number(info.httpStatus);
}

// "HTTP 502 <html>..." says little; an ingress's page title says who answered.
QString httpEvidence(const CallInfo &info)
{
    if (info.errorBody.shape == ErrorShape::Html)
        return QStringLiteral("HTTP %1 HTML page from a proxy or ingress, not the Focus Server: \"%2\"")
            .arg(info.httpStatus)
            .arg(info.errorBody.message);
    return QStringLiteral("HTTP %1 %2").arg(info.httpStatus).arg(info.errorBody.raw);
}

bool waitingForFiberMessage(const CallInfo &info)
{
    return info.errorBody.message.contains(QStringLiteral("waiting for fiber"), Qt::CaseInsensitive)
           || info.errorBody.raw.contains(QStringLiteral("waiting for fiber"), Qt::CaseInsensitive);
}
} // namespace

QString rowsFromName(RowsFrom r)
{
    switch (r) {
    case RowsFrom::Auto: return QStringLiteral("auto");
    case RowsFrom::Rest: return QStringLiteral("rest");
    case RowsFrom::Grpc: return QStringLiteral("grpc");
    }
    return QStringLiteral("auto");
}

std::optional<RowsFrom> rowsFromFromName(const QString &name)
{
    for (RowsFrom r : {RowsFrom::Auto, RowsFrom::Rest, RowsFrom::Grpc})
        if (rowsFromName(r) == name)
            return r;
    return std::nullopt;
}

ReadinessController::ReadinessController(JobApi *api, Clock *clock, QObject *parent)
    : RowSource(parent), m_api(api), m_clock(clock)
{
    qRegisterMetaType<wf::RequestLogEntry>();
    qRegisterMetaType<wf::JobErrorEntry>();
}

ReadinessController::~ReadinessController()
{
    cancelAll();
}

qint64 ReadinessController::elapsedMs() const
{
    return m_clock->nowMs() - m_startMs;
}

qint64 ReadinessController::sinceConfigured() const
{
    return m_clock->nowMs() - m_configuredAtMs;
}

void ReadinessController::start(const ConfigureRequest &request, const ReadinessSettings &settings)
{
    cancelAll();
    m_stream.reset();
    m_rowSource = settings.rowsFrom == RowsFrom::Grpc ? RowSourceKind::Grpc : RowSourceKind::Rest;
    m_restAbsent = false;
    m_streamTimes.clear();
    m_connectFailures.clear();
    m_streamFrames = false;
    m_events.clear();
    m_streamUnreached.reset();
    m_foreignEvidence.clear();
    m_windowCoveredMs = 0;
    m_scaleChangesLogged = 0;
    m_grpcWait = {};
    m_settings = settings;
    m_request = request;
    m_reply.reset();
    m_configureInfo = {};
    m_state = JobState::Idle;
    m_diagnosis.reset();
    m_timeline = {};
    m_polls.clear();
    m_errors.clear();
    m_observations.clear();
    m_latencies.clear();
    m_rows = m_blocks = m_repeatedRows = m_malformed = 0;
    m_newestEndMs.reset();
    m_notFoundStreak = m_flaps = 0;
    m_warned.clear();
    m_waterfallListed.reset();
    m_metadataRouteAbsent = false;
    m_waterfallAlive = false;
    m_streaks = {};
    m_waterfallInterval = m_metadataInterval = settings.initialPollMs;
    m_startMs = m_clock->nowMs();
    m_startEpochMs = QDateTime::currentMSecsSinceEpoch();
    beginJob();
    apply(JobEvent::Start);
    // The route list tells "not deployed" from "not yet" at the first 404; ask for it alongside.
    m_openApiCall = m_api->openApi([this](const Reply<OpenApiDoc> &r) {
        m_openApiCall = 0;
        if (deadlinePassed())
            return;
        count("openapi", r.info);
        if (r.value)
            m_waterfallListed = r.value->has(QStringLiteral("GET"), endpointPath(EndpointId::Waterfall));
    });
    m_otherCall = m_api->configure(request, [this](const Reply<ConfigureReply> &r) {
        m_otherCall = 0;
        onConfigured(r);
    });
}

void ReadinessController::stop()
{
    // A line every stream delivered is a row: the one the assembler holds (its end is known from the
    // next line) is passed on and counted before the job stops, never dropped.
    if (m_stream && !isTerminal(m_state) && m_state != JobState::Idle)
        m_stream->stop();
    apply(JobEvent::Stop);
}

void ReadinessController::cancelAll()
{
    stopStream();
    for (JobApi::Id *id : {&m_waterfallCall, &m_metadataCall, &m_otherCall, &m_openApiCall}) {
        if (*id)
            m_api->abort(*id);
        *id = 0;
    }
    for (quint64 *t : {&m_waterfallTimer, &m_metadataTimer, &m_readyTimer, &m_dataTimer, &m_grpcWait.deadlineTimer}) {
        if (*t)
            m_clock->cancel(*t);
        *t = 0;
    }
}

void ReadinessController::apply(JobEvent event, const QString &why)
{
    const Transition t = transition(m_state, event);
    if (!t.legal)
        return;
    const JobState before = m_state;
    m_state = t.next;
    if (t.diagnosis)
        m_diagnosis = t.diagnosis;
    if (!why.isEmpty() && m_state == JobState::Failed)
        m_errors.append({elapsedMs(), QString(), why});
    if (m_state != before) {
        qCInfo(lcJob, "job %s: %s -> %s%s%s", qPrintable(jobId().isEmpty() ? QStringLiteral("-") : jobId()),
               qPrintable(jobStateName(before)), qPrintable(jobStateName(m_state)),
               t.diagnosis ? qPrintable(QStringLiteral(" (%1)").arg(diagnosisName(*t.diagnosis))) : "",
               why.isEmpty() ? "" : qPrintable(QStringLiteral(": ") + why));
        emit stateChanged(m_state);
    }
    if (isTerminal(m_state)) {
        cancelAll();
        if (m_state == JobState::Ended && !m_timeline.ended) {
            m_timeline.ended = sinceConfigured();
            emit timelineChanged();
        }
        emit finished(m_state, m_diagnosis.value_or(Diagnosis::Stopped));
    }
}

void ReadinessController::count(const char *endpointKey, const CallInfo &info)
{
    m_polls[QLatin1String(endpointKey)][statusKey(info)] += 1;
    emit requestLogged({info.startedAtMs ? elapsedMs() : 0, info.method, info.path, info.httpStatus,
                        info.transport == TransportError::None ? QString() : transportErrorName(info.transport),
                        info.latencyMs, info.bytes});
    if (!info.warning.isEmpty() && !m_warned.contains(info.route + info.warning)) {
        m_warned.insert(info.route + info.warning);
        logError(info, QStringLiteral("accepted despite: ") + info.warning);
    }
    emit countersChanged();
}

void ReadinessController::observe(const QString &endpoint, const QStringList &quirks)
{
    for (const QString &q : quirks) {
        // Once per field and form: a port sent as a string on every poll is one observation.
        if (m_warned.contains(QStringLiteral("quirk:") + q))
            continue;
        m_warned.insert(QStringLiteral("quirk:") + q);
        const JobErrorEntry e{elapsedMs(), endpoint, q};
        m_observations.append(e);
        emit observationLogged(e);
    }
}

void ReadinessController::logEvent(const QString &endpoint, const QString &message)
{
    const JobErrorEntry e{elapsedMs(), endpoint, message};
    m_events.append(e);
    emit eventLogged(e);
}

qint64 ReadinessController::windowRequestedMs() const
{
    return m_request.historic() ? (*m_request.endTimeS - *m_request.startTimeS) * 1000 : 0;
}

void ReadinessController::accountWindow(const WaterfallBlocks &blocks)
{
    if (!m_request.historic())
        return;
    const qint64 from = *m_request.startTimeS * 1000, to = *m_request.endTimeS * 1000;
    for (const WaterfallBlock &b : blocks)
        for (const WaterfallRow &row : b.rows)
            m_windowCoveredMs += clippedSpanMs(row, from, to);
}

int ReadinessController::metadataNotFoundCount() const
{
    return m_polls.value(QStringLiteral("metadata")).value(QStringLiteral("404"));
}

bool ReadinessController::metadataNeverKnewJob() const
{
    return m_rowSource == RowSourceKind::Grpc && metadataNotFoundCount() > 0 && !m_grpcWait.metadataKnown;
}

void ReadinessController::logError(const CallInfo &info, const QString &message, JobErrorKind kind, QList<qint64> numbers,
                                   const QString &detail)
{
    const JobErrorEntry e{elapsedMs(), info.route, message, kind, std::move(numbers), detail};
    m_errors.append(e);
    emit errorLogged(e);
}

void ReadinessController::onConfigured(const Reply<ConfigureReply> &r)
{
    m_configureInfo = r.info;
    count("configure", r.info);
    m_configuredAtMs = m_clock->nowMs();
    m_timeline.configured = m_configuredAtMs - m_startMs;
    emit timelineChanged();
    const CallInfo &info = r.info;
    if (info.transport == TransportError::Tls) {
        logError(info, info.transportDetail);
        apply(JobEvent::TlsFailure);
        return;
    }
    if (info.transport == TransportError::Redirect || info.transport == TransportError::TooLarge) {
        logError(info, info.transportDetail);
        apply(JobEvent::BadResponse);
        return;
    }
    if (info.transport != TransportError::None) {
        // Not retried: a configure that reached the server twice would create two jobs.
        logError(info, transportErrorName(info.transport) + QStringLiteral(": ") + info.transportDetail);
        apply(JobEvent::Unreachable);
        return;
    }
    if (info.httpStatus == 200) {
        if (!r.value) {
            logError(info, r.decodeError ? r.decodeError->toString() : QStringLiteral("no body"));
            apply(JobEvent::BadResponse);
            return;
        }
        m_reply = r.value;
        observe(info.route, m_reply->quirks);
        apply(JobEvent::ConfigureAccepted);
        pollMetadata();
        if (m_settings.rowsFrom == RowsFrom::Grpc) {
            // The stream's own deadline (stream-ready) bounds the wait: its opening is the consumer.
            if (!startStream(QStringLiteral("rows from the job's gRPC stream (--rows-from grpc)")))
                apply(JobEvent::BadResponse, QStringLiteral("the configure reply names no gRPC stream to read"));
            return;
        }
        m_readyDueMs = m_clock->nowMs() + m_settings.readyTimeoutMs;
        m_readyTimer = m_clock->callAfter(m_settings.readyTimeoutMs, this, [this] {
            m_readyTimer = 0;
            onReadyTimeout();
        });
        pollWaterfall();
        return;
    }
    logError(info, httpEvidence(info));
    if (info.httpStatus == 404 && info.errorBody.shape == ErrorShape::FrameworkNotFound) {
        apply(JobEvent::RouteNotDeployed);
        return;
    }
    if (!m_request.historic() && (info.httpStatus == 503 || waitingForFiberMessage(info))) {
        // [recorded] A live configure answers 503 with an empty body or "Missing required fiber metadata
        // fields: prr" while the fiber is down; only /live_metadata says "waiting for fiber": it decides.
        m_otherCall = m_api->liveMetadata([this, words = waitingForFiberMessage(info)](const Reply<LiveMetadata> &r) {
            m_otherCall = 0;
            count("live_metadata", r.info);
            if (isTerminal(m_state))
                return;
            const bool waiting = r.value ? r.value->waitingForFiber() : words;
            logEvent(r.info.route, waiting ? QStringLiteral("waiting for fiber: the configure refusal is the fiber's")
                                           : QStringLiteral("the fiber is up: the configure refusal is the server's"));
            apply(waiting ? JobEvent::ConfigureWaitingForFiber : JobEvent::ConfigureRejected);
        });
        if (m_otherCall)
            return;
    }
    apply(waitingForFiberMessage(info) ? JobEvent::ConfigureWaitingForFiber : JobEvent::ConfigureRejected);
}

void ReadinessController::onReadyTimeout()
{
    if (m_state != JobState::WaitingForConsumer)
        return;
    // A timeout after nothing but 5xx or network failures is their story, not the consumer's.
    const Streak &w = m_streaks[1];
    if (w.server > 0 || m_streaks[0].server > 0)
        apply(JobEvent::ServerErrorsExhausted);
    else if (w.network > 0 || m_streaks[0].network > 0)
        apply(JobEvent::Unreachable);
    else
        apply(JobEvent::ReadyTimeout);
}

void ReadinessController::onDataTimeout()
{
    apply(JobEvent::DataTimeout);
}

void ReadinessController::markConsumerReady()
{
    if (m_timeline.consumerReady)
        return;
    m_timeline.consumerReady = sinceConfigured();
    emit timelineChanged();
    m_dataDueMs = m_clock->nowMs() + m_settings.dataTimeoutMs;
    m_dataTimer = m_clock->callAfter(m_settings.dataTimeoutMs, this, [this] {
        m_dataTimer = 0;
        onDataTimeout();
    });
}

// On a busy machine a deadline's timer can run after a reply that arrived after the deadline (timers
// fire late; a reply is stamped when it is handled). Such a deadline goes first, as on a replay's
// virtual clock where everything runs at its own time: the reply is then one the deadline cut off,
// dropped unseen like the reply of an aborted call. True when the job ended so.
bool ReadinessController::deadlinePassed()
{
    const qint64 now = m_clock->nowMs();
    // Earliest first; on a tie the ready deadline, which was set first.
    const bool dataFirst = m_dataTimer && (!m_readyTimer || m_dataDueMs < m_readyDueMs);
    for (int i = 0; i < 2 && !isTerminal(m_state); ++i) {
        const bool data = (i == 0) == dataFirst;
        quint64 &timer = data ? m_dataTimer : m_readyTimer;
        if (!timer || (data ? m_dataDueMs : m_readyDueMs) > now)
            continue;
        m_clock->cancel(timer);
        timer = 0;
        data ? onDataTimeout() : onReadyTimeout();
    }
    return isTerminal(m_state);
}

// Shared by both job routes: transport failures, 5xx and undecodable bodies. True when handled.
bool ReadinessController::handleFailureCommon(const CallInfo &info, bool decodeFailed, const QString &decodeDetail,
                                              const char *endpointKey)
{
    // Each route keeps its own streak: metadata 404s must not hide a waterfall that always fails.
    Streak &streak = m_streaks[qstrcmp(endpointKey, "waterfall") == 0 ? 1 : 0];
    if (info.transport == TransportError::Tls) {
        logError(info, info.transportDetail);
        apply(JobEvent::TlsFailure);
        return true;
    }
    if (info.transport == TransportError::Redirect) {
        logError(info, info.transportDetail);
        apply(JobEvent::BadResponse);
        return true;
    }
    if (info.transport == TransportError::TooLarge || decodeFailed) {
        // One bad reply is a finding, not the end of the stream: only a run of them ends the job.
        const QString evidence = decodeFailed ? decodeDetail : info.transportDetail;
        logError(info, evidence);
        ++m_malformed;
        emit malformedReply(info.route, evidence);
        if (++streak.malformed >= std::max(1, m_settings.maxBadReplies))
            apply(JobEvent::BadResponse);
        return true;
    }
    streak.malformed = 0;
    if (info.transport != TransportError::None) {
        logError(info, transportErrorName(info.transport) + QStringLiteral(": ") + info.transportDetail);
        if (++streak.network >= m_settings.maxNetworkErrors)
            apply(JobEvent::Unreachable);
        return true;
    }
    streak.network = 0;
    if (info.httpStatus >= 500) {
        logError(info, httpEvidence(info));
        if (++streak.server >= m_settings.maxServerErrors)
            apply(JobEvent::ServerErrorsExhausted);
        return true;
    }
    streak.server = 0;
    return false;
}

// Polled while the consumer is awaited; on the gRPC path also while streaming, until it knows the job
// or has said 404 often enough to tell that this server's /metadata never knows its jobs.
bool ReadinessController::metadataWanted() const
{
    if (m_metadataRouteAbsent)
        return false;
    if (m_state == JobState::WaitingForConsumer)
        return true;
    return m_rowSource == RowSourceKind::Grpc && !m_grpcWait.metadataKnown && metadataNotFoundCount() < kMetadataEvidence
           && (m_state == JobState::StreamingNoData || m_state == JobState::StreamingData);
}

void ReadinessController::noteMetadataNeverKnows()
{
    if (metadataNeverKnewJob() && metadataNotFoundCount() >= kMetadataEvidence && m_timeline.streamReady)
        observe(QStringLiteral("/metadata/{job_id}"),
                {QStringLiteral("this server's /metadata does not know its jobs: %1 × 404 while the job's gRPC stream was open")
                     .arg(metadataNotFoundCount())});
}

void ReadinessController::scheduleMetadata(int ms)
{
    if (isTerminal(m_state) || !metadataWanted())
        return;
    m_metadataTimer = m_clock->callAfter(ms, this, [this] {
        m_metadataTimer = 0;
        pollMetadata();
    });
}

void ReadinessController::pollMetadata()
{
    if (isTerminal(m_state) || !metadataWanted() || m_metadataCall)
        return;
    m_metadataCall = m_api->metadata(jobId(), [this](const Reply<ConfigureReply> &r) {
        m_metadataCall = 0;
        onMetadata(r);
    });
}

void ReadinessController::onMetadata(const Reply<ConfigureReply> &r)
{
    if (deadlinePassed())
        return;
    count("metadata", r.info);
    if (isTerminal(m_state))
        return;
    const CallInfo &info = r.info;
    const int next = m_metadataInterval;
    m_metadataInterval = std::min(int(std::lround(m_metadataInterval * m_settings.backoff)), m_settings.maxPollMs);
    if (handleFailureCommon(info, info.gotHttpReply() && info.httpStatus == 200 && !r.value,
                            r.decodeError ? r.decodeError->toString() : QString(), "metadata")) {
        scheduleMetadata(next);
        return;
    }
    if (info.httpStatus == 200) {
        if (r.value)
            observe(info.route, r.value->quirks);
        if (m_rowSource == RowSourceKind::Grpc) {
            // It means what it says, the server knows the job; the rows' consumer is the stream's.
            m_grpcWait.metadataKnown = true;
            logEvent(info.route, QStringLiteral("HTTP 200: the server knows the job; its rows come from the gRPC stream, "
                                                "whose opening tells that the job's consumer is up"));
            return;
        }
        markConsumerReady();
        apply(JobEvent::ConsumerAlive);
        return; // streaming: the waterfall alone is polled from now on
    }
    if (info.httpStatus == 404 && info.errorBody.shape == ErrorShape::FrameworkNotFound) {
        // The metadata route is absent; the waterfall decides the story.
        m_metadataRouteAbsent = true;
        logError(info, QStringLiteral("route not deployed: 404 %1").arg(info.errorBody.raw));
        return;
    }
    if (info.httpStatus == 404) {
        // Metadata is polled only while waiting: a 404 arriving after the waterfall said "alive" was
        // answered before the consumer existed. It is stale, not an expiry. On the gRPC path it says
        // nothing about the job (the recorded servers' /metadata never knew one).
        if (m_state == JobState::WaitingForConsumer)
            apply(JobEvent::NotFoundApplication);
        noteMetadataNeverKnows();
        scheduleMetadata(next);
        return;
    }
    logError(info, QStringLiteral("unexpected HTTP %1 %2").arg(info.httpStatus).arg(info.errorBody.raw));
    scheduleMetadata(next);
}

} // namespace wf
