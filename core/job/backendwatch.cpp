// BackendWatch: see backendwatch.h.
#include "job/backendwatch.h"

#include "job/readinesscontroller.h"

#include <QTimer>

namespace wf {

BackendWatch::BackendWatch(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setInterval(m_everyMs);
    connect(m_timer, &QTimer::timeout, this, [this] { lookNow(false); });
}

BackendWatch::~BackendWatch() = default;

void BackendWatch::setAccess(std::optional<BackendAccess> access)
{
    ++m_generation;
    m_inFlight = false;
    m_logsPending = false;
    m_latest.reset();
    m_client.reset();
    m_access = std::move(access);
    if (enabled()) {
        m_client = std::make_unique<BackendClient>(*m_access);
        connect(m_client.get(), &BackendClient::requestFinished, this, &BackendWatch::requestFinished);
    }
    emit accessChanged();
    emit looked();
    onStateChanged();
}

void BackendWatch::follow(const ReadinessController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    ++m_generation;
    m_inFlight = false;
    m_logsPending = false;
    m_latest.reset();
    m_timer->stop();
    if (controller) {
        connect(controller, &ReadinessController::stateChanged, this, [this](JobState s) {
            if (s == JobState::Configuring) { // a new job: nothing of the last one's backend holds
                ++m_generation;
                m_inFlight = false;
                m_logsPending = false;
                m_latest.reset();
                emit looked();
            }
            onStateChanged();
            if (s == JobState::StreamingData) // rows: one look at the backend as it runs the job
                lookNow(false);
        });
        connect(controller, &ReadinessController::finished, this, [this](JobState s, Diagnosis) {
            m_timer->stop();
            if (s == JobState::Failed)
                lookNow(true);
        });
    }
    emit looked();
    onStateChanged();
}

void BackendWatch::setLookEveryMs(int ms)
{
    m_everyMs = std::max(100, ms);
    m_timer->setInterval(m_everyMs);
}

void BackendWatch::onStateChanged()
{
    const JobState s = m_controller ? m_controller->state() : JobState::Idle;
    const bool waiting = s == JobState::WaitingForConsumer || s == JobState::StreamingNoData;
    if (!enabled() || !waiting) {
        m_timer->stop();
        return;
    }
    if (!m_timer->isActive()) {
        m_timer->start();
        lookNow(false);
    }
}

void BackendWatch::lookNow(bool withLogs)
{
    if (!enabled() || !m_controller || m_controller->jobId().isEmpty())
        return;
    if (m_inFlight) {
        m_logsPending = m_logsPending || withLogs;
        return;
    }
    m_inFlight = true;
    const JobRun &run = m_controller->run();
    const quint64 generation = m_generation;
    const qint64 startedAtMs = m_controller->clock()->nowMs();
    m_client->observe(run.jobId(), run.reply ? run.reply->streamPort : 0, !run.request.historic(),
                      [this, withLogs, generation, startedAtMs](BackendObservation o, QStringList problems) {
                          finishLook(std::move(o), std::move(problems), withLogs, generation, startedAtMs);
                      });
}

void BackendWatch::finishLook(BackendObservation o, QStringList problems, bool withLogs, quint64 generation, qint64 startedAtMs)
{
    if (generation != m_generation || !m_controller)
        return; // for a job (or an access) that is no longer the one followed
    BackendLookResult look;
    look.rungs = judgeBackend(o);
    look.observation = std::move(o);
    look.problems = std::move(problems);
    const qint64 now = m_controller->clock()->nowMs();
    look.atMs = startedAtMs - m_controller->run().configuredAtMs;
    look.tookMs = now - startedAtMs;
    ++m_looks;
    const bool logs = withLogs || m_logsPending || m_controller->state() == JobState::Failed;
    m_logsPending = false;
    if (!logs) {
        m_inFlight = false;
        m_latest = std::move(look);
        emit looked();
        return;
    }
    const BackendObservation observed = look.observation;
    m_latest = std::move(look);
    emit looked();
    m_client->readLogs(observed, [this, generation](std::vector<LogExcerpt> logs) {
        if (generation != m_generation || !m_latest)
            return;
        m_inFlight = false;
        m_latest->logs = std::move(logs);
        m_latest->logsRead = true;
        emit looked();
    });
}

std::vector<LadderStep> BackendWatch::ladder() const
{
    if (!m_controller)
        return {};
    return jobLadder(m_controller->run(), m_latest ? &*m_latest : nullptr);
}

} // namespace wf
