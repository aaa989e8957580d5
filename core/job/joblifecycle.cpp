#include "job/joblifecycle.h"

#include "base/logging.h"

#include <QDateTime>

#include <algorithm>

namespace wf {

namespace {

QString statusKey(const CallInfo &info)
{
    if (info.transport != TransportError::None && info.transport != TransportError::Redirect)
        return transportErrorName(info.transport);
    return QString::number(info.httpStatus);
}

} // namespace

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

JobLifecycle::JobLifecycle(Clock *clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    qRegisterMetaType<wf::RequestLogEntry>();
    qRegisterMetaType<wf::JobErrorEntry>();
}

JobLifecycle::~JobLifecycle()
{
    cancelDeadlines();
}

void JobLifecycle::begin(const ConfigureRequest &request, const ReadinessSettings &settings)
{
    cancelDeadlines();
    m_run = JobRun{};
    m_run.settings = settings;
    m_run.request = request;
    m_run.rowSource = settings.rowsFrom == RowsFrom::Grpc ? RowSourceKind::Grpc : RowSourceKind::Rest;
    m_run.startMs = m_clock->nowMs();
    m_run.startEpochMs = QDateTime::currentMSecsSinceEpoch();
    apply(JobEvent::Start);
}

void JobLifecycle::cancelDeadlines()
{
    for (Deadline *d : {&m_ready, &m_data}) {
        if (d->timer)
            m_clock->cancel(d->timer);
        d->timer = 0;
    }
}

void JobLifecycle::apply(JobEvent event, const QString &why)
{
    const Transition t = transition(m_run.state, event);
    if (!t.legal)
        return;
    const JobState before = m_run.state;
    m_run.state = t.next;
    if (t.diagnosis)
        m_run.diagnosis = t.diagnosis;
    if (!why.isEmpty() && m_run.state == JobState::Failed)
        m_run.log.errors.append({elapsedMs(), QString(), why});
    if (m_run.state != before) {
        const QString id = m_run.jobId();
        qCInfo(lcJob, "job %s: %s -> %s%s%s", qPrintable(id.isEmpty() ? QStringLiteral("-") : id),
               qPrintable(jobStateName(before)), qPrintable(jobStateName(m_run.state)),
               t.diagnosis ? qPrintable(QStringLiteral(" (%1)").arg(diagnosisName(*t.diagnosis))) : "",
               why.isEmpty() ? "" : qPrintable(QStringLiteral(": ") + why));
        emit stateChanged(m_run.state);
    }
    if (over()) {
        cancelDeadlines();
        emit ended();
        if (m_run.state == JobState::Ended && !m_run.timeline.ended) {
            m_run.timeline.ended = sinceConfigured();
            emit timelineChanged();
        }
        emit finished(m_run.state, m_run.diagnosis.value_or(Diagnosis::Stopped));
    }
}

void JobLifecycle::configured()
{
    m_run.configuredAtMs = m_clock->nowMs();
    m_run.timeline.configured = m_run.configuredAtMs - m_run.startMs;
    emit timelineChanged();
}

void JobLifecycle::markFirstData()
{
    if (m_run.timeline.firstData)
        return;
    m_run.timeline.firstData = sinceConfigured();
    emit timelineChanged();
}

void JobLifecycle::stampStreamReady()
{
    if (!m_run.timeline.streamReady)
        m_run.timeline.streamReady = sinceConfigured();
}

void JobLifecycle::armReadyDeadline()
{
    m_ready.dueMs = m_clock->nowMs() + m_run.settings.readyTimeoutMs;
    m_ready.timer = m_clock->callAfter(m_run.settings.readyTimeoutMs, this, [this] {
        m_ready.timer = 0;
        onReadyTimeout();
    });
}

void JobLifecycle::cancelReadyDeadline()
{
    if (m_ready.timer)
        m_clock->cancel(m_ready.timer);
    m_ready.timer = 0;
}

void JobLifecycle::onReadyTimeout()
{
    if (m_run.state != JobState::WaitingForConsumer)
        return;
    // A timeout after nothing but 5xx or network failures is their story, not the consumer's.
    const FailureStreak &m = m_run.streaks[0], &w = m_run.streaks[1];
    if (w.server > 0 || m.server > 0)
        apply(JobEvent::ServerErrorsExhausted);
    else if (w.network > 0 || m.network > 0)
        apply(JobEvent::Unreachable);
    else
        apply(JobEvent::ReadyTimeout);
}

void JobLifecycle::markConsumerReady()
{
    if (m_run.timeline.consumerReady)
        return;
    m_run.timeline.consumerReady = sinceConfigured();
    emit timelineChanged();
    m_data.dueMs = m_clock->nowMs() + m_run.settings.dataTimeoutMs;
    m_data.timer = m_clock->callAfter(m_run.settings.dataTimeoutMs, this, [this] {
        m_data.timer = 0;
        apply(JobEvent::DataTimeout);
    });
}

void JobLifecycle::forgetConsumerReady()
{
    if (m_data.timer)
        m_clock->cancel(m_data.timer);
    m_data.timer = 0;
    m_run.timeline.consumerReady.reset();
}

// On a busy machine a deadline's timer can run after a reply that arrived after the deadline (timers
// fire late; a reply is stamped when it is handled). Such a deadline goes first, as on a replay's
// virtual clock where everything runs at its own time: the reply is then one the deadline cut off,
// dropped unseen like the reply of an aborted call. True when the job ended so.
bool JobLifecycle::deadlinePassed()
{
    const qint64 now = m_clock->nowMs();
    // Earliest first; on a tie the ready deadline, which was set first.
    const bool dataFirst = m_data.timer && (!m_ready.timer || m_data.dueMs < m_ready.dueMs);
    for (int i = 0; i < 2 && !over(); ++i) {
        const bool data = (i == 0) == dataFirst;
        Deadline &d = data ? m_data : m_ready;
        if (!d.timer || d.dueMs > now)
            continue;
        m_clock->cancel(d.timer);
        d.timer = 0;
        data ? apply(JobEvent::DataTimeout) : onReadyTimeout();
    }
    return over();
}

void JobLifecycle::count(const char *endpointKey, const CallInfo &info)
{
    m_run.log.polls[QLatin1String(endpointKey)][statusKey(info)] += 1;
    emit requestLogged({info.startedAtMs ? elapsedMs() : 0, info.method, info.path, info.httpStatus,
                        info.transport == TransportError::None ? QString() : transportErrorName(info.transport),
                        info.latencyMs, info.bytes});
    if (!info.warning.isEmpty() && !m_run.log.warned.contains(info.route + info.warning)) {
        m_run.log.warned.insert(info.route + info.warning);
        logError(info, QStringLiteral("accepted despite: ") + info.warning);
    }
    emit countersChanged();
}

void JobLifecycle::logError(const CallInfo &info, const QString &message, JobErrorKind kind, QList<qint64> numbers,
                            const QString &detail)
{
    const JobErrorEntry e{elapsedMs(), info.route, message, kind, std::move(numbers), detail};
    m_run.log.errors.append(e);
    emit errorLogged(e);
}

void JobLifecycle::logError(const QString &endpoint, const QString &message)
{
    const JobErrorEntry e{elapsedMs(), endpoint, message};
    m_run.log.errors.append(e);
    emit errorLogged(e);
}

void JobLifecycle::logEvent(const QString &endpoint, const QString &message)
{
    const JobErrorEntry e{elapsedMs(), endpoint, message};
    m_run.log.events.append(e);
    emit eventLogged(e);
}

void JobLifecycle::observe(const QString &endpoint, const QStringList &quirks)
{
    for (const QString &q : quirks) {
        // Once per field and form: a port sent as a string on every poll is one observation.
        if (m_run.log.warned.contains(QStringLiteral("quirk:") + q))
            continue;
        m_run.log.warned.insert(QStringLiteral("quirk:") + q);
        const JobErrorEntry e{elapsedMs(), endpoint, q};
        m_run.log.observations.append(e);
        emit observationLogged(e);
    }
}

void JobLifecycle::noteMalformed(const QString &endpoint, const QString &evidence)
{
    ++m_run.log.malformed;
    emit malformedReply(endpoint, evidence);
}

void JobLifecycle::noteMetadataNeverKnows()
{
    const int notFound = m_run.metadataNotFoundCount();
    if (m_run.metadataNeverKnewJob() && notFound >= JobRun::kMetadataEvidence && m_run.timeline.streamReady)
        observe(QStringLiteral("/metadata/{job_id}"),
                {QStringLiteral("this server's /metadata does not know its jobs: %1 × 404 while the job's gRPC stream was open")
                     .arg(notFound)});
}

bool JobLifecycle::handleFailure(const CallInfo &info, bool decodeFailed, const QString &decodeDetail, FailureStreak &streak)
{
    const ReadinessSettings &s = m_run.settings;
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
        noteMalformed(info.route, evidence);
        if (++streak.malformed >= std::max(1, s.maxBadReplies))
            apply(JobEvent::BadResponse);
        return true;
    }
    streak.malformed = 0;
    if (info.transport != TransportError::None) {
        logError(info, transportErrorName(info.transport) + QStringLiteral(": ") + info.transportDetail);
        if (++streak.network >= s.maxNetworkErrors)
            apply(JobEvent::Unreachable);
        return true;
    }
    streak.network = 0;
    if (info.httpStatus >= 500) {
        logError(info, httpEvidence(info));
        if (++streak.server >= s.maxServerErrors)
            apply(JobEvent::ServerErrorsExhausted);
        return true;
    }
    streak.server = 0;
    return false;
}

} // namespace wf
