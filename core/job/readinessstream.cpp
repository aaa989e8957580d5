// ReadinessController, part 3: the job's gRPC DataStream as its row source (start, rows, problems,
// stop). See readinesscontroller.cpp for the life cycle and readinesspolling.cpp for the REST poll.
#include "readinesscontroller.h"

#include <algorithm>

namespace wf {

void ReadinessController::stopStream()
{
    if (!m_stream)
        return;
    // Disconnected first: the row the source still holds at stop is not counted anywhere.
    m_stream->disconnect(this);
    m_stream->stop();
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
