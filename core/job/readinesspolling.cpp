// ReadinessController, part 2: the REST waterfall poll (pacing, replies, latency) and what the
// rows look like (rowGeometry). Part 1 (readinesscontroller.cpp) is the job's life cycle and
// /configure and /metadata; part 3 (readinessstream.cpp) the gRPC DataStream.
#include "readinesscontroller.h"

#include "stats.h"

#include <algorithm>
#include <cmath>

namespace wf {

namespace {
constexpr size_t kLatencyWindow = 1000;
} // namespace

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
    g.timeAxisSeconds = m_request.timeAxisDurationS;
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
        logError(info,
                 QStringLiteral("the job answered 404 %1 time(s) in a row, then HTTP %2 again: it flaps")
                     .arg(m_notFoundStreak)
                     .arg(info.httpStatus),
                 JobErrorKind::Flapping, {m_notFoundStreak, info.httpStatus});
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
                logError(info,
                         QStringLiteral("%1 of %2 rows are no newer than rows already received (repeated or backwards)")
                             .arg(repeated)
                             .arg(rows),
                         JobErrorKind::RowsNotNewer, {repeated, rows});
            else if (m_repeatedRows >= decade)
                logError(info,
                         QStringLiteral("%1 rows so far are no newer than rows already received (repeated or backwards)")
                             .arg(m_repeatedRows),
                         JobErrorKind::RowsNotNewerSoFar, {m_repeatedRows});
        }
        markConsumerReady();
        if (rows > 0) {
            accountWindow(*r.value);
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
            logError(info, QStringLiteral("404 %1 after the consumer was alive").arg(info.errorBody.raw),
                     JobErrorKind::NotFoundAfterAlive, {}, info.errorBody.raw);
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
