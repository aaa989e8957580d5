#include "job/streamrowdriver.h"

#include <algorithm>

namespace wf {

StreamRowDriver::StreamRowDriver(JobLifecycle *job, RowSink *sink, QObject *parent) : QObject(parent), m_job(job), m_sink(sink)
{
}

StreamRowDriver::~StreamRowDriver()
{
    cancel();
}

void StreamRowDriver::reset()
{
    cancel();
    m_source.reset();
    m_wait = Wait{};
}

void StreamRowDriver::cancel()
{
    cancelDeadline();
    if (!m_source)
        return;
    // Disconnected first when the job ends otherwise (finish() has handed the held row over already).
    m_source->disconnect(this);
    m_source->stop();
}

void StreamRowDriver::finish()
{
    // A line every stream delivered is a row: the one the assembler holds is passed on and counted
    // before the job stops, never dropped.
    if (m_source)
        m_source->stop();
}

void StreamRowDriver::cancelDeadline()
{
    if (m_wait.deadlineTimer)
        m_job->clock()->cancel(m_wait.deadlineTimer);
    m_wait.deadlineTimer = 0;
}

void StreamRowDriver::armDeadline(qint64 ms)
{
    cancelDeadline();
    m_wait.deadlineTimer = m_job->clock()->callAfter(int(std::max<qint64>(0, ms)), this, [this] {
        m_wait.deadlineTimer = 0;
        onReadyDeadline();
    });
}

QString StreamRowDriver::route(int index) const
{
    return QStringLiteral("gRPC stream %1 of %2").arg(index + 1).arg(m_job->run().streamTimes.size());
}

bool StreamRowDriver::start(const QString &why)
{
    JobRun &run = m_job->run();
    if (!m_factory || !run.reply || run.reply->streamPort <= 0 || run.reply->streamAmount <= 0)
        return false;
    const ConfigureReply &reply = *run.reply;
    StreamSourceConfig config;
    config.host = streamHost(reply.streamUrl);
    config.port = reply.streamPort;
    config.streams = streamPlans(reply);
    config.bins = reply.view == ViewType::Waterfall ? 1 : std::max(1, reply.frequenciesAmount);
    config.linesDtS = reply.linesDt;
    config.historic = run.request.historic();
    // job_id "slot-counter": the frames' job_id field is the slot.
    bool slotOk = false;
    const int slot = reply.jobId.section(QLatin1Char('-'), 0, 0).toInt(&slotOk);
    config.jobSlot = slotOk ? slot : -1;
    if (config.host.isEmpty() || config.streams.empty())
        return false;
    m_source = m_factory();
    if (!m_source)
        return false;
    const bool switched = run.rowSource != RowSourceKind::Grpc;
    run.rowSource = RowSourceKind::Grpc;
    run.streamTimes.assign(config.streams.size(), StreamTimes{});
    m_sink->streamTakesOver();
    StreamRowSource *src = m_source.get();
    connect(src, &StreamRowSource::streamConnected, this, &StreamRowDriver::onConnected);
    connect(src, &StreamRowSource::firstFrame, this, &StreamRowDriver::onFirstFrame);
    connect(src, &StreamRowSource::rowsArrived, this, &StreamRowDriver::onRows);
    connect(src, &StreamRowSource::scaleChanged, this, &StreamRowDriver::onScaleChanged);
    connect(src, &StreamRowSource::problem, this, &StreamRowDriver::onProblem);
    connect(src, &StreamRowSource::allEnded, this, [this] {
        if (!m_job->over())
            m_job->apply(JobEvent::AnalyzerExited); // every stream finished its calls: the job's data is done
    });
    // Switching the row source is an event of the job, not an error.
    m_job->logEvent(QStringLiteral("gRPC"),
                    QStringLiteral("%1: reading %2 stream(s) at %3").arg(why).arg(config.streams.size()).arg(run.streamEndpoint()));
    // The stream-ready deadline counts from the configure reply, as the recorded 6.6-21.4 s do.
    m_wait.startedMs = m_job->sinceConfigured();
    armDeadline(run.settings.streamReadyTimeoutMs - m_job->sinceConfigured());
    emit sourceStarted(src);
    src->start(config);
    if (switched)
        emit switchedToStream();
    m_job->countersMoved();
    return true;
}


void StreamRowDriver::onConnected(int i)
{
    JobRun &run = m_job->run();
    if (m_wait.lostMs) {
        m_job->logEvent(route(i), QStringLiteral("connected again after %1 ms").arg(m_job->sinceConfigured() - *m_wait.lostMs));
        m_wait.lostMs.reset();
        cancelDeadline();
    }
    m_wait.firstRefusedMs.reset();
    if (!run.streamTimes[size_t(i)].connected)
        run.streamTimes[size_t(i)].connected = m_job->sinceConfigured();
    if (!run.timeline.streamReady) {
        // Readiness is the stream: on the recorded servers the job's port opens when its pod is up.
        m_job->stampStreamReady();
        cancelDeadline();
        m_job->logEvent(route(i), QStringLiteral("the job's stream at %1 accepted the connection %2 ms after configure")
                                      .arg(run.streamEndpoint())
                                      .arg(*run.timeline.streamReady));
        m_job->noteMetadataNeverKnows();
        if (!m_job->over()) {
            m_job->markConsumerReady();
            m_job->apply(JobEvent::ConsumerAlive); // /metadata goes on at its own pace until it knows the job or never does
        }
    }
    m_job->timelineMoved();
}

void StreamRowDriver::onFirstFrame(int i)
{
    m_job->run().streamTimes[size_t(i)].firstFrame = m_job->sinceConfigured();
    m_job->timelineMoved();
    if (m_job->over())
        return;
    m_job->markConsumerReady();
    m_job->apply(JobEvent::ConsumerAlive);
}

void StreamRowDriver::onScaleChanged(int i, float lo, float hi, qint64 row)
{
    // A scale, not a range: each change noted with its row (the first few; the report counts all).
    if (++m_wait.scaleChangesLogged > kScaleChangesLogged)
        return;
    m_job->logEvent(route(i), QStringLiteral("the server's scale (global_minimum/maximum) is now %1..%2, from row %3%4")
                                  .arg(double(lo), 0, 'g', 7)
                                  .arg(double(hi), 0, 'g', 7)
                                  .arg(row)
                                  .arg(m_wait.scaleChangesLogged == kScaleChangesLogged
                                           ? QStringLiteral(" (further changes: the report's grpc.scale)")
                                           : QString()));
}

void StreamRowDriver::onUnreachable(int index, StreamProblem kind, const QString &evidence)
{
    if (kind == StreamProblem::CannotConnect)
        m_wait.silent = true;
    if (!m_job->run().timeline.streamReady) {
        // Waiting for the job's pod: normal for 7-21 s on the recorded servers; the deadline decides.
        if (!m_wait.firstRefusedMs)
            m_wait.firstRefusedMs = m_job->sinceConfigured();
        m_job->logEvent(route(index), QStringLiteral("waiting for the job's stream to open: %1").arg(evidence));
        return;
    }
    m_job->logError(route(index), streamProblemName(kind) + QStringLiteral(": ") + evidence);
    if (m_wait.lostMs)
        return;
    // It was open and cannot be reached again: the job's pod is gone, unless it comes back in time.
    m_wait.lostMs = m_job->sinceConfigured();
    armDeadline(m_job->run().settings.streamReadyTimeoutMs);
}

void StreamRowDriver::onReadyDeadline()
{
    if (m_job->over())
        return;
    JobRun &run = m_job->run();
    const qint64 now = m_job->sinceConfigured();
    if (!run.timeline.streamReady) {
        const qint64 from = m_wait.firstRefusedMs.value_or(m_wait.startedMs);
        run.streamUnreached = StreamUnreached{run.streamEndpoint(), now - from, !m_wait.silent};
        const QString why = QStringLiteral("the job's gRPC stream at %1 %2 for %3 ms (stream-ready deadline %4 ms after configure)")
                                .arg(run.streamEndpoint(), m_wait.silent ? QStringLiteral("did not answer")
                                                                         : QStringLiteral("refused connections"))
                                .arg(now - from)
                                .arg(run.settings.streamReadyTimeoutMs);
        // The incident: the REST route is missing and the stream cannot be read either.
        m_job->apply(run.restAbsent ? JobEvent::RouteNotDeployed : JobEvent::ReadyTimeout, why);
        return;
    }
    if (m_wait.lostMs) {
        run.streamUnreached = StreamUnreached{run.streamEndpoint(), now - *m_wait.lostMs, !m_wait.silent};
        m_job->apply(JobEvent::NotFoundApplication,
                     QStringLiteral("the job's gRPC stream at %1 is gone: it could not be reached again for %2 ms after it had been open")
                         .arg(run.streamEndpoint())
                         .arg(now - *m_wait.lostMs));
    }
}

void StreamRowDriver::onRows(const std::shared_ptr<const WaterfallBlocks> &blocks)
{
    if (m_job->over() || !blocks)
        return;
    qint64 rows = 0;
    for (const WaterfallBlock &b : *blocks)
        rows += qint64(b.rows.size());
    if (rows > 0)
        m_sink->takeRows(blocks, RowArrival{m_job->clock()->nowMs(), std::nullopt});
}

void StreamRowDriver::onProblem(int index, StreamProblem kind, const QString &evidence)
{
    if (m_job->over())
        return;
    if (kind == StreamProblem::CannotConnect || kind == StreamProblem::Refused) {
        onUnreachable(index, kind, evidence);
        return;
    }
    QString said = streamProblemName(kind) + QStringLiteral(": ") + evidence;
    std::optional<StreamStatus> status;
    if (m_source) {
        const std::vector<StreamStatus> all = m_source->status();
        if (size_t(index) < all.size())
            status = all[size_t(index)];
    }
    // Where a stream that was delivering stopped: a finding a tester can quote.
    const bool stops = kind == StreamProblem::Unavailable || kind == StreamProblem::Ended || kind == StreamProblem::Failed
                       || kind == StreamProblem::DeadlineExceeded;
    if (stops && status && status->lastRowIndex)
        said += QStringLiteral(" (stream %1 of %2 stopped at row %3)")
                    .arg(index + 1)
                    .arg(m_job->run().streamTimes.size())
                    .arg(*status->lastRowIndex);
    if (stops && status && status->ended) {
        // A historic stream that delivered and ended (OK, or UNAVAILABLE "Cancelling all calls"): its end.
        m_job->logEvent(route(index), said);
        return;
    }
    m_job->logError(route(index), said);
    switch (kind) {
    case StreamProblem::BadFrame:
        m_job->noteMalformed(route(index), evidence);
        // In a row on this stream: a good frame between two bad ones starts the count again.
        if (status && status->badFramesInARow >= std::max(1, m_job->run().settings.maxBadReplies))
            m_job->apply(JobEvent::BadResponse);
        return;
    case StreamProblem::RangeMismatch:
        emit streamRangeMismatch(route(index), evidence);
        return;
    case StreamProblem::ForeignFrames:
        // Frames of another job are never ours: the job's port was given to another job.
        m_job->run().foreignEvidence = evidence;
        m_job->apply(JobEvent::NotFoundApplication, evidence);
        return;
    default:
        return; // UNAVAILABLE, deadline, other: the source reconnects with backoff and counts it
    }
}

} // namespace wf
