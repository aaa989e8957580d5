#include "readinesscontroller.h"

#include "stats.h"

#include <algorithm>
#include <cmath>

namespace wf {

namespace {
constexpr size_t kLatencyWindow = 1000;

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
    apply(JobEvent::Stop);
}

void ReadinessController::stopStream()
{
    if (!m_stream)
        return;
    // Disconnected first: the row the source still holds at stop is not counted anywhere.
    m_stream->disconnect(this);
    m_stream->stop();
}

void ReadinessController::cancelAll()
{
    stopStream();
    for (JobApi::Id *id : {&m_waterfallCall, &m_metadataCall, &m_otherCall, &m_openApiCall}) {
        if (*id)
            m_api->abort(*id);
        *id = 0;
    }
    for (quint64 *t : {&m_waterfallTimer, &m_metadataTimer, &m_readyTimer, &m_dataTimer}) {
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
    if (m_state != before)
        emit stateChanged(m_state);
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

void ReadinessController::logError(const CallInfo &info, const QString &message)
{
    const JobErrorEntry e{elapsedMs(), info.route, message};
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
        m_readyDueMs = m_clock->nowMs() + m_settings.readyTimeoutMs;
        m_readyTimer = m_clock->callAfter(m_settings.readyTimeoutMs, this, [this] {
            m_readyTimer = 0;
            onReadyTimeout();
        });
        pollMetadata();
        if (m_settings.rowsFrom == RowsFrom::Grpc) {
            if (!startStream(QStringLiteral("rows from the job's gRPC stream (--rows-from grpc)")))
                apply(JobEvent::BadResponse, QStringLiteral("the configure reply names no gRPC stream to read"));
        } else {
            pollWaterfall();
        }
        return;
    }
    logError(info, httpEvidence(info));
    if (info.httpStatus == 404 && info.errorBody.shape == ErrorShape::FrameworkNotFound)
        apply(JobEvent::RouteNotDeployed);
    else if (waitingForFiberMessage(info))
        apply(JobEvent::ConfigureWaitingForFiber);
    else
        apply(JobEvent::ConfigureRejected);
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

void ReadinessController::scheduleMetadata(int ms)
{
    if (isTerminal(m_state) || m_state != JobState::WaitingForConsumer || m_metadataRouteAbsent)
        return;
    m_metadataTimer = m_clock->callAfter(ms, this, [this] {
        m_metadataTimer = 0;
        pollMetadata();
    });
}

void ReadinessController::pollMetadata()
{
    if (m_state != JobState::WaitingForConsumer || m_metadataCall || m_metadataRouteAbsent)
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
        // answered before the consumer existed. It is stale, not an expiry.
        if (m_state == JobState::WaitingForConsumer)
            apply(JobEvent::NotFoundApplication);
        scheduleMetadata(next);
        return;
    }
    logError(info, QStringLiteral("unexpected HTTP %1 %2").arg(info.httpStatus).arg(info.errorBody.raw));
    scheduleMetadata(next);
}

int ReadinessController::streamingIntervalMs(bool fullPoll) const
{
    if (fullPoll)
        return 0; // a backlog is waiting: drain it at once
    const double linesDtMs = m_reply ? m_reply->linesDt * 1000.0 : 100.0;
    // Half the time the server needs to fill one poll: rows never pile up on the server.
    const double ms = linesDtMs * std::max(m_settings.rowCount, 1) / 2.0;
    return int(std::clamp(ms, 20.0, double(m_settings.maxPollMs)));
}

void ReadinessController::scheduleWaterfall(int ms)
{
    if (isTerminal(m_state))
        return;
    m_waterfallTimer = m_clock->callAfter(ms, this, [this] {
        m_waterfallTimer = 0;
        pollWaterfall();
    });
}

void ReadinessController::pollWaterfall()
{
    if (isTerminal(m_state) || m_waterfallCall || m_state == JobState::Configuring)
        return;
    m_waterfallCall = m_api->waterfall(jobId(), m_settings.rowCount, [this](Reply<WaterfallBlocks> r) {
        m_waterfallCall = 0;
        onWaterfall(std::move(r));
    });
}

RowGeometry ReadinessController::rowGeometry() const
{
    RowGeometry g;
    g.jobId = jobId();
    g.lo = m_request.channelMin;
    g.hi = m_request.channelMax;
    if (!m_reply)
        return g;
    const ConfigureReply &reply = *m_reply;
    g.linesDtSeconds = reply.linesDt;
    g.frequencies = reply.frequencies;
    const bool grpc = m_rowSource == RowSourceKind::Grpc;
    // The single-channel view over the stream is a real spectrogram: bins across, in Hz.
    if (m_request.view == ViewType::SingleChannel && grpc && reply.frequenciesAmount > 1) {
        g.lo = 1;
        g.hi = reply.frequenciesAmount;
        g.spectrum = true;
        const QList<double> &f = reply.frequencies;
        g.fiberStartMeters = f.isEmpty() ? 0 : f.front();
        g.dxMeters = f.size() > 1 ? (f.back() - f.front()) / double(f.size() - 1) : 0;
        return g;
    }
    if (grpc && m_request.view != ViewType::Waterfall)
        g.binsPerChannel = reply.frequenciesAmount;
    if (reply.metadata) {
        g.dxMeters = reply.metadata->dx;
        g.fiberStartMeters = reply.metadata->fiberStartMeters.value_or(0);
    }
    return g;
}

std::optional<double> ReadinessController::lastPollLatencyMs() const
{
    if (m_latencies.empty())
        return std::nullopt;
    return m_latencies.back();
}

std::optional<double> ReadinessController::p95PollLatencyMs() const
{
    if (m_latencies.empty())
        return std::nullopt;
    return observedPercentile(std::vector<double>(m_latencies.begin(), m_latencies.end()), 95);
}

void ReadinessController::onWaterfall(Reply<WaterfallBlocks> r)
{
    if (deadlinePassed())
        return;
    count("waterfall", r.info);
    if (r.info.transport == TransportError::None) {
        m_latencies.push_back(r.info.latencyMs);
        if (m_latencies.size() > kLatencyWindow)
            m_latencies.pop_front();
    }
    if (isTerminal(m_state))
        return;
    const CallInfo &info = r.info;
    const bool streaming = m_state == JobState::StreamingNoData || m_state == JobState::StreamingData;
    const int backoffNext = m_waterfallInterval;
    m_waterfallInterval = std::min(int(std::lround(m_waterfallInterval * m_settings.backoff)), m_settings.maxPollMs);
    // A transport failure after the status line keeps that status: it is not a decode failure.
    if (handleFailureCommon(info, info.gotHttpReply() && info.httpStatus == 201 && !r.value,
                            r.decodeError ? r.decodeError->toString() : QString(), "waterfall")) {
        scheduleWaterfall(backoffNext);
        return;
    }
    if (info.httpStatus != 404 && m_notFoundStreak > 0) {
        ++m_flaps;
        logError(info, QStringLiteral("the job answered 404 %1 time(s) in a row, then HTTP %2 again: it flaps")
                           .arg(m_notFoundStreak)
                           .arg(info.httpStatus));
        m_notFoundStreak = 0;
    }
    switch (info.httpStatus) {
    case 201: {
        m_waterfallAlive = true;
        qint64 rows = 0, repeated = 0;
        for (const WaterfallBlock &b : *r.value) {
            rows += qint64(b.rows.size());
            for (const WaterfallRow &row : b.rows) {
                if (m_newestEndMs && row.endMs <= *m_newestEndMs)
                    ++repeated;
                m_newestEndMs = std::max(m_newestEndMs.value_or(row.endMs), row.endMs);
            }
        }
        if (repeated > 0) {
            // Said at the first such reply, then each time the total reaches 10, 100, 1000, …: a job
            // that repeats rows all along gets a few lines, not one per poll (the quality checks count
            // every one).
            const qint64 before = m_repeatedRows;
            m_repeatedRows += repeated;
            qint64 decade = 10;
            while (decade <= before)
                decade *= 10;
            if (before == 0)
                logError(info, QStringLiteral("%1 of %2 rows are no newer than rows already received (repeated or backwards)")
                                   .arg(repeated)
                                   .arg(rows));
            else if (m_repeatedRows >= decade)
                logError(info, QStringLiteral("%1 rows so far are no newer than rows already received (repeated or backwards)")
                                   .arg(m_repeatedRows));
        }
        markConsumerReady();
        if (rows > 0) {
            m_rows += rows;
            m_blocks += qint64(r.value->size());
            if (!m_timeline.firstData) {
                m_timeline.firstData = sinceConfigured();
                emit timelineChanged();
            }
            // Moved into the shared block set every follower reads: no copy of the rows.
            publish(rowGeometry(), std::make_shared<const WaterfallBlocks>(std::move(*r.value)),
                    RowArrival{m_clock->nowMs(), lastPollLatencyMs()});
            apply(JobEvent::RowsArrived);
        } else {
            apply(JobEvent::ConsumerAlive);
        }
        emit countersChanged();
        m_waterfallInterval = streamingIntervalMs(false);
        scheduleWaterfall(streamingIntervalMs(rows >= m_settings.rowCount));
        return;
    }
    case 200:
        m_waterfallAlive = true;
        markConsumerReady();
        apply(JobEvent::ConsumerAlive);
        m_waterfallInterval = streamingIntervalMs(false);
        scheduleWaterfall(m_waterfallInterval);
        return;
    case 208:
        apply(JobEvent::AnalyzerExited);
        return;
    case 400:
        logError(info, QStringLiteral("HTTP 400 %1").arg(info.errorBody.raw));
        apply(JobEvent::ClientError);
        return;
    case 404: {
        const bool framework = info.errorBody.shape == ErrorShape::FrameworkNotFound;
        const bool unlisted = m_waterfallListed.has_value() && !*m_waterfallListed;
        if (framework || unlisted) {
            logError(info, (unlisted ? QStringLiteral("route not in openapi.json; ") : QString()) + QStringLiteral("404 ") + info.errorBody.raw);
            // Auto: the incident's server has the rows on the job's gRPC stream; read them there.
            if (m_settings.rowsFrom == RowsFrom::Auto && !m_waterfallAlive) {
                m_restAbsent = true;
                if (startStream(QStringLiteral("the REST waterfall route is not deployed")))
                    return;
            }
            apply(JobEvent::RouteNotDeployed);
            return;
        }
        if (streaming && !m_waterfallAlive) {
            // Metadata says alive, the waterfall's consumer not yet: keep asking (the data timeout bounds it).
            scheduleWaterfall(backoffNext);
            return;
        }
        if (streaming) {
            logError(info, QStringLiteral("404 %1 after the consumer was alive").arg(info.errorBody.raw));
            // One 404 may be a flapping job; a run of them is an expired one.
            if (++m_notFoundStreak < std::max(1, m_settings.expiryConfirmations)) {
                scheduleWaterfall(backoffNext);
                return;
            }
        }
        apply(JobEvent::NotFoundApplication);
        scheduleWaterfall(backoffNext);
        return;
    }
    default:
        logError(info, QStringLiteral("unexpected HTTP %1 %2").arg(info.httpStatus).arg(info.errorBody.raw));
        apply(JobEvent::BadResponse);
        return;
    }
}

} // namespace wf

namespace wf {

bool ReadinessController::startStream(const QString &why)
{
    if (!m_streamFactory || !m_reply || m_reply->streamPort <= 0 || m_reply->streamAmount <= 0)
        return false;
    StreamSourceConfig config;
    config.host = streamHost(m_reply->streamUrl);
    config.port = m_reply->streamPort;
    config.streams = streamPlans(*m_reply);
    config.bins = std::max(1, m_reply->frequenciesAmount);
    if (m_reply->view == ViewType::Waterfall)
        config.bins = 1;
    config.linesDtS = m_reply->linesDt;
    if (config.host.isEmpty() || config.streams.empty())
        return false;
    m_stream = m_streamFactory();
    if (!m_stream)
        return false;
    m_rowSource = RowSourceKind::Grpc;
    m_streamTimes.assign(config.streams.size(), StreamTimes{});
    m_connectFailures.assign(config.streams.size(), 0);
    if (m_waterfallTimer)
        m_clock->cancel(m_waterfallTimer);
    m_waterfallTimer = 0;
    StreamRowSource *src = m_stream.get();
    connect(src, &StreamRowSource::streamConnected, this, [this](int i) {
        m_connectFailures[size_t(i)] = 0;
        if (!m_streamTimes[size_t(i)].connected) {
            m_streamTimes[size_t(i)].connected = sinceConfigured();
            emit timelineChanged();
        }
    });
    connect(src, &StreamRowSource::firstFrame, this, [this](int i) {
        m_streamFrames = true;
        m_streamTimes[size_t(i)].firstFrame = sinceConfigured();
        emit timelineChanged();
        if (isTerminal(m_state))
            return;
        markConsumerReady();
        apply(JobEvent::ConsumerAlive);
    });
    connect(src, &StreamRowSource::rowsArrived, this, &ReadinessController::onStreamRows);
    connect(src, &StreamRowSource::problem, this, &ReadinessController::onStreamProblem);
    connect(src, &StreamRowSource::allEnded, this, [this] {
        if (!isTerminal(m_state))
            apply(JobEvent::AnalyzerExited); // every stream finished its calls: the job's data is done
    });
    m_errors.append({elapsedMs(), QStringLiteral("gRPC"),
                     QStringLiteral("%1: reading %2 stream(s) at %3").arg(why).arg(config.streams.size()).arg(src->endpoint())});
    emit errorLogged(m_errors.last());
    emit streamSourceStarted(src);
    src->start(config);
    emit countersChanged();
    return true;
}

void ReadinessController::onStreamRows(const std::shared_ptr<const WaterfallBlocks> &blocks)
{
    if (isTerminal(m_state) || !blocks)
        return;
    qint64 rows = 0;
    for (const WaterfallBlock &b : *blocks)
        rows += qint64(b.rows.size());
    if (rows == 0)
        return;
    m_rows += rows;
    m_blocks += qint64(blocks->size());
    markConsumerReady();
    if (!m_timeline.firstData) {
        m_timeline.firstData = sinceConfigured();
        emit timelineChanged();
    }
    publish(rowGeometry(), blocks, RowArrival{m_clock->nowMs(), std::nullopt});
    apply(JobEvent::RowsArrived);
    emit countersChanged();
}

void ReadinessController::onStreamProblem(int index, StreamProblem kind, const QString &evidence)
{
    if (isTerminal(m_state))
        return;
    const QString route = QStringLiteral("gRPC stream %1 of %2").arg(index + 1).arg(m_streamTimes.size());
    QString said = streamProblemName(kind) + QStringLiteral(": ") + evidence;
    // Where a stream that was delivering stopped: a finding a tester can quote.
    const bool stops = kind == StreamProblem::Unavailable || kind == StreamProblem::Ended || kind == StreamProblem::Failed
                       || kind == StreamProblem::DeadlineExceeded || kind == StreamProblem::CannotConnect;
    if (stops && m_stream && size_t(index) < m_stream->status().size())
        if (const auto last = m_stream->status()[size_t(index)].lastRowIndex)
            said += QStringLiteral(" (stream %1 of %2 stopped at row %3)").arg(index + 1).arg(m_streamTimes.size()).arg(*last);
    const JobErrorEntry e{elapsedMs(), route, said};
    m_errors.append(e);
    emit errorLogged(e);
    switch (kind) {
    case StreamProblem::CannotConnect:
        // Never reached any stream: the story is the server's, in the words of how the rows were sought.
        if (++m_connectFailures[size_t(index)] < std::max(1, m_settings.maxNetworkErrors))
            return;
        if (!m_streamFrames)
            apply(m_restAbsent ? JobEvent::RouteNotDeployed : JobEvent::Unreachable,
                  QStringLiteral("cannot read the job's gRPC stream: %1").arg(evidence));
        else // it was streaming, and its stream is gone for good: the job was removed
            apply(JobEvent::NotFoundApplication, QStringLiteral("the job's gRPC stream is gone: %1").arg(said));
        return;
    case StreamProblem::BadFrame:
        ++m_malformed;
        emit malformedReply(route, evidence);
        // In a row on this stream: a good frame between two bad ones starts the count again.
        if (m_stream && size_t(index) < m_stream->status().size()
            && m_stream->status()[size_t(index)].badFramesInARow >= std::max(1, m_settings.maxBadReplies))
            apply(JobEvent::BadResponse);
        return;
    case StreamProblem::RangeMismatch:
        emit streamRangeMismatch(route, evidence);
        return;
    default:
        return; // UNAVAILABLE, deadline, other: the source reconnects with backoff and counts it
    }
}

} // namespace wf
