// ReadinessController, part 3: the job's gRPC DataStream as its row source (start, rows, problems,
// stop). See readinesscontroller.cpp for the life cycle and readinesspolling.cpp for the REST poll.
#include "readinesscontroller.h"

#include <algorithm>

namespace wf {

void ReadinessController::stopStream()
{
    if (!m_stream)
        return;
    // Disconnected first when the job ends otherwise (stop() has delivered the held row already).
    m_stream->disconnect(this);
    m_stream->stop();
}

QString ReadinessController::streamEndpoint() const
{
    if (!m_reply || m_reply->streamPort <= 0)
        return {};
    const QString host = streamHost(m_reply->streamUrl);
    return host.isEmpty() ? QString() : QStringLiteral("%1:%2").arg(host).arg(m_reply->streamPort);
}

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
    config.historic = m_request.historic();
    // job_id "slot-counter": the frames' job_id field is the slot.
    bool slotOk = false;
    const int slot = m_reply->jobId.section(QLatin1Char('-'), 0, 0).toInt(&slotOk);
    config.jobSlot = slotOk ? slot : -1;
    if (config.host.isEmpty() || config.streams.empty())
        return false;
    m_stream = m_streamFactory();
    if (!m_stream)
        return false;
    const bool switched = m_rowSource != RowSourceKind::Grpc;
    m_rowSource = RowSourceKind::Grpc;
    m_streamTimes.assign(config.streams.size(), StreamTimes{});
    m_connectFailures.assign(config.streams.size(), 0);
    for (quint64 *t : {&m_waterfallTimer, &m_readyTimer})
        if (*t)
            m_clock->cancel(*t);
    m_waterfallTimer = m_readyTimer = 0;
    if (m_state == JobState::StreamingNoData) {
        // /metadata said 200 before the waterfall route was found absent: that was not the stream.
        if (m_dataTimer)
            m_clock->cancel(m_dataTimer);
        m_dataTimer = 0;
        m_timeline.consumerReady.reset();
        apply(JobEvent::RowSourceSwitched);
        emit timelineChanged();
    }
    StreamRowSource *src = m_stream.get();
    connect(src, &StreamRowSource::streamConnected, this, &ReadinessController::onStreamConnected);
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
    connect(src, &StreamRowSource::scaleChanged, this, [this](int i, float lo, float hi, qint64 row) {
        // A scale, not a range: each change noted with its row (the first few; the report counts all).
        if (++m_scaleChangesLogged > kScaleChangesLogged)
            return;
        logEvent(QStringLiteral("gRPC stream %1 of %2").arg(i + 1).arg(m_streamTimes.size()),
                 QStringLiteral("the server's scale (global_minimum/maximum) is now %1..%2, from row %3%4")
                     .arg(double(lo), 0, 'g', 7)
                     .arg(double(hi), 0, 'g', 7)
                     .arg(row)
                     .arg(m_scaleChangesLogged == kScaleChangesLogged ? QStringLiteral(" (further changes: the report's grpc.scale)")
                                                                     : QString()));
    });
    connect(src, &StreamRowSource::problem, this, &ReadinessController::onStreamProblem);
    connect(src, &StreamRowSource::allEnded, this, [this] {
        if (!isTerminal(m_state))
            apply(JobEvent::AnalyzerExited); // every stream finished its calls: the job's data is done
    });
    // Switching the row source is an event of the job, not an error.
    logEvent(QStringLiteral("gRPC"), QStringLiteral("%1: reading %2 stream(s) at %3")
                                         .arg(why)
                                         .arg(config.streams.size())
                                         .arg(streamEndpoint()));
    // The stream-ready deadline counts from the configure reply, as the recorded 6.6-21.4 s do.
    m_grpcWait.startedMs = sinceConfigured();
    m_grpcWait.deadlineTimer = m_clock->callAfter(std::max<qint64>(0, m_settings.streamReadyTimeoutMs - sinceConfigured()),
                                                  this, [this] {
                                                      m_grpcWait.deadlineTimer = 0;
                                                      onStreamReadyDeadline();
                                                  });
    emit streamSourceStarted(src);
    src->start(config);
    if (switched)
        emit rowSourceChanged();
    emit countersChanged();
    return true;
}

void ReadinessController::onStreamConnected(int i)
{
    m_connectFailures[size_t(i)] = 0;
    const QString route = QStringLiteral("gRPC stream %1 of %2").arg(i + 1).arg(m_streamTimes.size());
    if (m_grpcWait.lostMs) {
        logEvent(route, QStringLiteral("connected again after %1 ms").arg(sinceConfigured() - *m_grpcWait.lostMs));
        m_grpcWait.lostMs.reset();
        if (m_grpcWait.deadlineTimer)
            m_clock->cancel(m_grpcWait.deadlineTimer);
        m_grpcWait.deadlineTimer = 0;
    }
    m_grpcWait.firstRefusedMs.reset();
    if (!m_streamTimes[size_t(i)].connected)
        m_streamTimes[size_t(i)].connected = sinceConfigured();
    if (!m_timeline.streamReady) {
        // Readiness is the stream: on the recorded servers the job's port opens when its pod is up.
        m_timeline.streamReady = sinceConfigured();
        if (m_grpcWait.deadlineTimer)
            m_clock->cancel(m_grpcWait.deadlineTimer);
        m_grpcWait.deadlineTimer = 0;
        logEvent(route, QStringLiteral("the job's stream at %1 accepted the connection %2 ms after configure")
                            .arg(streamEndpoint())
                            .arg(*m_timeline.streamReady));
        noteMetadataNeverKnows();
        if (!isTerminal(m_state)) {
            markConsumerReady();
            apply(JobEvent::ConsumerAlive); // /metadata goes on at its own pace until it knows the job or never does
        }
    }
    emit timelineChanged();
}

void ReadinessController::onStreamUnreachable(int index, StreamProblem kind, const QString &evidence)
{
    if (kind == StreamProblem::CannotConnect)
        m_grpcWait.silent = true;
    const QString route = QStringLiteral("gRPC stream %1 of %2").arg(index + 1).arg(m_streamTimes.size());
    if (!m_timeline.streamReady) {
        // Waiting for the job's pod: normal for 7-21 s on the recorded servers; the deadline decides.
        if (!m_grpcWait.firstRefusedMs)
            m_grpcWait.firstRefusedMs = sinceConfigured();
        logEvent(route, QStringLiteral("waiting for the job's stream to open: %1").arg(evidence));
        return;
    }
    const JobErrorEntry e{elapsedMs(), route, streamProblemName(kind) + QStringLiteral(": ") + evidence};
    m_errors.append(e);
    emit errorLogged(e);
    if (m_grpcWait.lostMs)
        return;
    // It was open and cannot be reached again: the job's pod is gone, unless it comes back in time.
    m_grpcWait.lostMs = sinceConfigured();
    if (m_grpcWait.deadlineTimer)
        m_clock->cancel(m_grpcWait.deadlineTimer);
    m_grpcWait.deadlineTimer = m_clock->callAfter(m_settings.streamReadyTimeoutMs, this, [this] {
        m_grpcWait.deadlineTimer = 0;
        onStreamReadyDeadline();
    });
}

void ReadinessController::onStreamReadyDeadline()
{
    if (isTerminal(m_state))
        return;
    const qint64 now = sinceConfigured();
    if (!m_timeline.streamReady) {
        const qint64 from = m_grpcWait.firstRefusedMs.value_or(m_grpcWait.startedMs);
        m_streamUnreached = StreamUnreached{streamEndpoint(), now - from, !m_grpcWait.silent};
        const QString why = QStringLiteral("the job's gRPC stream at %1 %2 for %3 ms (stream-ready deadline %4 ms after configure)")
                                .arg(streamEndpoint(), m_grpcWait.silent ? QStringLiteral("did not answer")
                                                                         : QStringLiteral("refused connections"))
                                .arg(now - from)
                                .arg(m_settings.streamReadyTimeoutMs);
        // The incident: the REST route is missing and the stream cannot be read either.
        apply(m_restAbsent ? JobEvent::RouteNotDeployed : JobEvent::ReadyTimeout, why);
        return;
    }
    if (m_grpcWait.lostMs) {
        m_streamUnreached = StreamUnreached{streamEndpoint(), now - *m_grpcWait.lostMs, !m_grpcWait.silent};
        apply(JobEvent::NotFoundApplication,
              QStringLiteral("the job's gRPC stream at %1 is gone: it could not be reached again for %2 ms after it had been open")
                  .arg(streamEndpoint())
                  .arg(now - *m_grpcWait.lostMs));
    }
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
    accountWindow(*blocks);
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
    if (kind == StreamProblem::CannotConnect || kind == StreamProblem::Refused) {
        onStreamUnreachable(index, kind, evidence);
        return;
    }
    const QString route = QStringLiteral("gRPC stream %1 of %2").arg(index + 1).arg(m_streamTimes.size());
    QString said = streamProblemName(kind) + QStringLiteral(": ") + evidence;
    const StreamStatus *status = nullptr;
    std::vector<StreamStatus> all;
    if (m_stream) {
        all = m_stream->status();
        if (size_t(index) < all.size())
            status = &all[size_t(index)];
    }
    // Where a stream that was delivering stopped: a finding a tester can quote.
    const bool stops = kind == StreamProblem::Unavailable || kind == StreamProblem::Ended || kind == StreamProblem::Failed
                       || kind == StreamProblem::DeadlineExceeded;
    if (stops && status && status->lastRowIndex)
        said += QStringLiteral(" (stream %1 of %2 stopped at row %3)").arg(index + 1).arg(m_streamTimes.size()).arg(*status->lastRowIndex);
    if (stops && status && status->ended) {
        // A historic stream that delivered and ended (OK, or UNAVAILABLE "Cancelling all calls"): its end.
        logEvent(route, said);
        return;
    }
    const JobErrorEntry e{elapsedMs(), route, said};
    m_errors.append(e);
    emit errorLogged(e);
    switch (kind) {
    case StreamProblem::BadFrame:
        ++m_malformed;
        emit malformedReply(route, evidence);
        // In a row on this stream: a good frame between two bad ones starts the count again.
        if (status && status->badFramesInARow >= std::max(1, m_settings.maxBadReplies))
            apply(JobEvent::BadResponse);
        return;
    case StreamProblem::RangeMismatch:
        emit streamRangeMismatch(route, evidence);
        return;
    case StreamProblem::ForeignFrames:
        // Frames of another job are never ours: the job's port was given to another job.
        m_foreignEvidence = evidence;
        apply(JobEvent::NotFoundApplication, evidence);
        return;
    default:
        return; // UNAVAILABLE, deadline, other: the source reconnects with backoff and counts it
    }
}

} // namespace wf
