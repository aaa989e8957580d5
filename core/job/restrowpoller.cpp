#include "job/restrowpoller.h"

#include <algorithm>
#include <cmath>

namespace wf {

RestRowPoller::RestRowPoller(JobApi *api, JobLifecycle *job, RowSink *sink, QObject *parent)
    : QObject(parent), m_api(api), m_job(job), m_sink(sink)
{
}

RestRowPoller::~RestRowPoller()
{
    cancel();
}

void RestRowPoller::reset(int initialPollMs)
{
    cancel();
    m_s = State{};
    m_s.interval = initialPollMs;
}

bool RestRowPoller::start(const QString &)
{
    poll();
    return true;
}

void RestRowPoller::cancel()
{
    if (m_call)
        m_api->abort(m_call);
    m_call = 0;
    if (m_timer)
        m_job->clock()->cancel(m_timer);
    m_timer = 0;
}

int RestRowPoller::streamingIntervalMs(bool fullPoll) const
{
    if (fullPoll)
        return 0; // a backlog is waiting: drain it at once
    const JobRun &run = m_job->run();
    const double linesDtMs = run.reply ? run.reply->linesDt * 1000.0 : 100.0;
    // Half the time the server needs to fill one poll: rows never pile up on the server.
    const double ms = linesDtMs * std::max(run.settings.rowCount, 1) / 2.0;
    return int(std::clamp(ms, 20.0, double(run.settings.maxPollMs)));
}

void RestRowPoller::schedule(int ms)
{
    if (m_job->over())
        return;
    m_timer = m_job->clock()->callAfter(ms, this, [this] {
        m_timer = 0;
        poll();
    });
}

void RestRowPoller::poll()
{
    if (m_job->over() || m_call || m_job->state() == JobState::Configuring)
        return;
    m_call = m_api->waterfall(m_job->run().jobId(), m_job->run().settings.rowCount, [this](Reply<WaterfallBlocks> r) {
        m_call = 0;
        onReply(std::move(r));
    });
}

void RestRowPoller::onReply(Reply<WaterfallBlocks> r)
{
    if (m_job->deadlinePassed())
        return;
    m_job->count("waterfall", r.info);
    JobRun &run = m_job->run();
    if (r.info.transport == TransportError::None)
        run.log.addLatency(r.info.latencyMs);
    if (m_job->over())
        return;
    const CallInfo &info = r.info;
    const int backoffNext = m_s.interval;
    m_s.interval = std::min(int(std::lround(m_s.interval * run.settings.backoff)), run.settings.maxPollMs);
    // A transport failure after the status line keeps that status: it is not a decode failure.
    if (m_job->handleFailure(info, info.gotHttpReply() && info.httpStatus == 201 && !r.value,
                             r.decodeError ? r.decodeError->toString() : QString(), run.streaks[1])) {
        schedule(backoffNext);
        return;
    }
    if (info.httpStatus != 404 && m_s.notFoundStreak > 0) {
        ++run.log.flaps;
        m_job->logError(info,
                        QStringLiteral("the job answered 404 %1 time(s) in a row, then HTTP %2 again: it flaps")
                            .arg(m_s.notFoundStreak)
                            .arg(info.httpStatus),
                        JobErrorKind::Flapping, {m_s.notFoundStreak, info.httpStatus});
        m_s.notFoundStreak = 0;
    }
    switch (info.httpStatus) {
    case 201:
        onRows(info, std::move(*r.value));
        return;
    case 200:
        m_s.alive = true;
        m_job->markConsumerReady();
        m_job->apply(JobEvent::ConsumerAlive);
        m_s.interval = streamingIntervalMs(false);
        schedule(m_s.interval);
        return;
    case 208:
        m_job->apply(JobEvent::AnalyzerExited);
        return;
    case 400:
        m_job->logError(info, QStringLiteral("HTTP 400 %1").arg(info.errorBody.raw));
        m_job->apply(JobEvent::ClientError);
        return;
    case 404:
        onNotFound(info, backoffNext);
        return;
    default:
        m_job->logError(info, QStringLiteral("unexpected HTTP %1 %2").arg(info.httpStatus).arg(info.errorBody.raw));
        m_job->apply(JobEvent::BadResponse);
        return;
    }
}

void RestRowPoller::onRows(const CallInfo &info, WaterfallBlocks &&blocks)
{
    JobRun &run = m_job->run();
    m_s.alive = true;
    qint64 rows = 0, repeated = 0;
    for (const WaterfallBlock &b : blocks) {
        rows += qint64(b.rows.size());
        for (const WaterfallRow &row : b.rows) {
            if (m_s.newestEndMs && row.endMs <= *m_s.newestEndMs)
                ++repeated;
            m_s.newestEndMs = std::max(m_s.newestEndMs.value_or(row.endMs), row.endMs);
        }
    }
    if (repeated > 0) {
        // Said at the first such reply, then each time the total reaches 10, 100, 1000, …: a job
        // that repeats rows all along gets a few lines, not one per poll (the quality checks count
        // every one).
        const qint64 before = run.log.repeatedRows;
        run.log.repeatedRows += repeated;
        qint64 decade = 10;
        while (decade <= before)
            decade *= 10;
        if (before == 0)
            m_job->logError(info,
                            QStringLiteral("%1 of %2 rows are no newer than rows already received (repeated or backwards)")
                                .arg(repeated)
                                .arg(rows),
                            JobErrorKind::RowsNotNewer, {repeated, rows});
        else if (run.log.repeatedRows >= decade)
            m_job->logError(info,
                            QStringLiteral("%1 rows so far are no newer than rows already received (repeated or backwards)")
                                .arg(run.log.repeatedRows),
                            JobErrorKind::RowsNotNewerSoFar, {run.log.repeatedRows});
    }
    m_job->markConsumerReady();
    if (rows > 0) {
        // Moved into the shared block set every follower reads: no copy of the rows.
        m_sink->takeRows(std::make_shared<const WaterfallBlocks>(std::move(blocks)),
                         RowArrival{m_job->clock()->nowMs(), run.log.lastLatencyMs()});
    } else {
        m_job->apply(JobEvent::ConsumerAlive);
        m_job->countersMoved();
    }
    m_s.interval = streamingIntervalMs(false);
    schedule(streamingIntervalMs(rows >= run.settings.rowCount));
}

void RestRowPoller::onNotFound(const CallInfo &info, int backoffNext)
{
    JobRun &run = m_job->run();
    const bool streaming = run.state == JobState::StreamingNoData || run.state == JobState::StreamingData;
    const bool framework = info.errorBody.shape == ErrorShape::FrameworkNotFound;
    const bool unlisted = run.waterfallListed.has_value() && !*run.waterfallListed;
    if (framework || unlisted) {
        m_job->logError(info, (unlisted ? QStringLiteral("route not in openapi.json; ") : QString()) + QStringLiteral("404 ")
                                  + info.errorBody.raw);
        // Auto: the incident's server has the rows on the job's gRPC stream; read them there.
        if (run.settings.rowsFrom == RowsFrom::Auto && !m_s.alive) {
            run.restAbsent = true;
            if (m_sink->readFromStream(QStringLiteral("the REST waterfall route is not deployed")))
                return;
        }
        m_job->apply(JobEvent::RouteNotDeployed);
        return;
    }
    if (streaming && !m_s.alive) {
        // Metadata says alive, the waterfall's consumer not yet: keep asking (the data timeout bounds it).
        schedule(backoffNext);
        return;
    }
    if (streaming) {
        m_job->logError(info, QStringLiteral("404 %1 after the consumer was alive").arg(info.errorBody.raw),
                        JobErrorKind::NotFoundAfterAlive, {}, info.errorBody.raw);
        // One 404 may be a flapping job; a run of them is an expired one.
        if (++m_s.notFoundStreak < std::max(1, run.settings.expiryConfirmations)) {
            schedule(backoffNext);
            return;
        }
    }
    m_job->apply(JobEvent::NotFoundApplication);
    schedule(backoffNext);
}

} // namespace wf
