#include "session/jobrecording.h"

#include "session/sessionrecorder.h"

namespace wf {

JobRecording::JobRecording(FocusClient *client, ReadinessController *controller, std::function<SessionHeader()> header,
                           std::function<bool(const CallInfo &)> ours, QObject *parent)
    : QObject(parent), m_client(client), m_controller(controller), m_header(std::move(header)), m_ours(std::move(ours))
{
    qRegisterMetaType<wf::RecordingNews>();
    connect(controller, &ReadinessController::stateChanged, this, &JobRecording::onState);
    connect(controller, &ReadinessController::finished, this, &JobRecording::onFinished);
    connect(client, &FocusClient::replyReceived, this, &JobRecording::onReply);
}

JobRecording::~JobRecording()
{
    // The window closes while recording: the file still gets its trailer, silently.
    if (m_recorder) {
        SessionTrailer t = m_last;
        t.endedAtMs = m_jobEndMs.value_or(m_jobStarted ? jobMs() : 0);
        m_recorder->finish(t);
    }
}

bool JobRecording::start(const QString &path, const SessionHeader &provisional, RecordingNews *news)
{
    if (m_recorder) {
        if (news)
            *news = {RecordingNews::AlreadyRecording, m_path};
        return false;
    }
    m_path = path;
    m_jobStarted = m_jobRunning = false;
    m_jobEndMs.reset();
    m_last = {0, jobStateName(JobState::Idle), QString()};
    m_replies = 0;
    if (!openRecorder(provisional)) {
        if (news)
            *news = failure();
        closeRecorder(false);
        return false;
    }
    emit changed();
    return true;
}

void JobRecording::stop()
{
    if (!m_recorder)
        return;
    const std::optional<qint64> replies = finishFile(m_jobStarted ? jobMs() : 0);
    if (!replies)
        return;
    emit stopped({m_jobStarted ? RecordingNews::Saved : RecordingNews::SavedNoJob, m_path, *replies});
    emit changed();
}

std::optional<qint64> JobRecording::finishFile(qint64 endedAtMs)
{
    // The trailer says where the job was left; the job's own end, when it had one, wins.
    SessionTrailer t = m_last;
    t.endedAtMs = m_jobEndMs.value_or(endedAtMs);
    m_recorder->finish(t);
    if (m_recorder->error() != RecorderError::None) {
        fail();
        return std::nullopt;
    }
    const qint64 replies = m_recorder->repliesRecorded();
    closeRecorder(false);
    return replies;
}

qint64 JobRecording::repliesRecorded() const
{
    return m_recorder ? m_recorder->repliesRecorded() : m_replies;
}

void JobRecording::onState(JobState state)
{
    if (!m_recorder)
        return;
    if (state != JobState::Configuring) {
        if (m_jobRunning) {
            m_last.state = jobStateName(state);
            if (const auto d = m_controller->diagnosis())
                m_last.diagnosis = diagnosisName(*d);
        }
        return;
    }
    if (m_jobStarted) {
        // Another job: this file holds the previous one, up to where the controller left it.
        const std::optional<qint64> replies = finishFile(jobMs());
        if (!replies)
            return;
        emit stopped({RecordingNews::AnotherJob, m_path, *replies});
        emit changed();
        return;
    }
    // The job starts at this instant (the controller set its start time just before): its header
    // replaces the provisional one, and its time runs from here.
    m_jobStarted = m_jobRunning = true;
    m_jobStartMs = m_controller->clock()->nowMs() - m_controller->elapsedMs();
    m_last = {0, jobStateName(state), QString()};
    const SessionHeader header = m_header();
    closeRecorder(false);
    if (!openRecorder(header)) {
        fail();
        return;
    }
    emit changed();
}

void JobRecording::onFinished(JobState state, Diagnosis diagnosis)
{
    if (!m_recorder || !m_jobRunning)
        return;
    m_jobRunning = false;
    m_jobEndMs = jobMs();
    m_last = {*m_jobEndMs, jobStateName(state), diagnosisName(diagnosis)};
    emit changed();
}

void JobRecording::onReply(const CallInfo &info, const QByteArray &body)
{
    if (!m_recorder || !m_jobRunning || (m_ours && !m_ours(info)))
        return;
    m_recorder->record(info, body);
    if (m_recorder) // a write that failed has ended the recording (fail())
        emit changed();
}

bool JobRecording::openRecorder(const SessionHeader &header)
{
    m_recorder = new SessionRecorder([this] { return jobMs(); }, this);
    m_recorder->setMaxBytes(m_maxBytes);
    if (!m_recorder->open(m_path, header))
        return false; // the caller tells why
    connect(m_recorder, &SessionRecorder::failed, this, &JobRecording::fail);
    m_recorder->attachStreams(m_controller);
    return true;
}

// A failing recorder is deleted later, not now: its failed() is emitted from inside its own call.
void JobRecording::closeRecorder(bool later)
{
    if (!m_recorder)
        return;
    m_replies = m_recorder->repliesRecorded();
    m_recorder->disconnect(this);
    if (later)
        m_recorder->deleteLater();
    else
        delete m_recorder;
    m_recorder = nullptr;
}

void JobRecording::fail()
{
    if (!m_recorder)
        return;
    const RecordingNews news = failure();
    closeRecorder(true);
    m_jobRunning = false;
    emit stopped(news);
    emit changed();
}

RecordingNews JobRecording::failure() const
{
    if (!m_recorder)
        return {RecordingNews::CannotWrite, m_path};
    if (m_recorder->error() == RecorderError::TooLarge)
        return {RecordingNews::SizeCap, m_path, m_recorder->repliesRecorded(), m_maxBytes};
    return {RecordingNews::CannotWrite, m_path, m_recorder->repliesRecorded(), m_maxBytes, m_recorder->errorDetail()};
}

qint64 JobRecording::jobMs() const
{
    return m_controller->clock()->nowMs() - m_jobStartMs;
}

} // namespace wf
