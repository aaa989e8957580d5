#include "sessionrecording.h"

#include "apptext.h"
#include "session/sessionrecorder.h"

#include <QDateTime>
#include <QLocale>

namespace wf {

SessionRecording::SessionRecording(FocusClient *client, ReadinessController *controller,
                                   std::function<SessionHeader()> header, QObject *parent)
    : QObject(parent), m_client(client), m_controller(controller), m_header(std::move(header))
{
    connect(controller, &ReadinessController::stateChanged, this, &SessionRecording::onState);
    connect(controller, &ReadinessController::finished, this, &SessionRecording::onFinished);
    connect(client, &FocusClient::replyReceived, this, &SessionRecording::onReply);
}

SessionRecording::~SessionRecording()
{
    // The window closes while recording: the file still gets its trailer, silently.
    if (m_recorder) {
        SessionTrailer t = m_last;
        t.endedAtMs = m_jobEndMs.value_or(m_jobStarted ? jobMs() : 0);
        m_recorder->finish(t);
    }
}

bool SessionRecording::start(const QString &path, const SessionHeader &provisional, QString *error)
{
    if (m_recorder) {
        if (error)
            *error = tr("Already recording to \"%1\".").arg(ltr(m_path));
        return false;
    }
    m_path = path;
    m_jobStarted = m_jobRunning = false;
    m_jobEndMs.reset();
    m_last = {0, jobStateName(JobState::Idle), QString()};
    m_replies = 0;
    if (!openRecorder(provisional)) {
        if (error)
            *error = failureText();
        closeRecorder(false);
        return false;
    }
    emit changed();
    return true;
}

void SessionRecording::stop()
{
    if (!m_recorder)
        return;
    const std::optional<qint64> replies = finishFile(m_jobStarted ? jobMs() : 0);
    if (!replies)
        return;
    if (!m_jobStarted)
        emit stopped(
            tr("Recording stopped before any job started: \"%1\" holds no replies.").arg(ltr(m_path)), false);
    else
        emit stopped(
            tr("Recording saved: \"%1\" holds %2 replies.").arg(ltr(m_path), QLocale().toString(*replies)),
            false);
    emit changed();
}

std::optional<qint64> SessionRecording::finishFile(qint64 endedAtMs)
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

bool SessionRecording::isRecording() const
{
    return m_recorder != nullptr;
}

qint64 SessionRecording::repliesRecorded() const
{
    return m_recorder ? m_recorder->repliesRecorded() : m_replies;
}

void SessionRecording::onState(JobState state)
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
        emit stopped(
            tr("Recording stopped: a recording holds one job and another one started; \"%1\" holds the "
               "previous job (%2 replies). Record again to keep this one.")
                .arg(ltr(m_path), QLocale().toString(*replies)),
            false);
        emit changed();
        return;
    }
    // The job starts at this instant (the controller set its start time just before): its header
    // replaces the provisional one, and its time runs from here.
    m_jobStarted = m_jobRunning = true;
    m_jobStartMs = m_controller->clock()->nowMs() - m_controller->elapsedMs();
    m_last = {0, jobStateName(state), QString()};
    SessionHeader header = m_header();
    header.startedAtMs = m_controller->startedAtEpochMs(); // the controller's start
    closeRecorder(false);
    if (!openRecorder(header)) {
        fail();
        return;
    }
    emit changed();
}

void SessionRecording::onFinished(JobState state, Diagnosis diagnosis)
{
    if (!m_recorder || !m_jobRunning)
        return;
    m_jobRunning = false;
    m_jobEndMs = jobMs();
    m_last = {*m_jobEndMs, jobStateName(state), diagnosisName(diagnosis)};
    emit changed();
}

void SessionRecording::onReply(const CallInfo &info, const QByteArray &body)
{
    if (!m_recorder || !m_jobRunning)
        return;
    m_recorder->record(info, body);
    if (m_recorder) // a write that failed has ended the recording (fail())
        emit changed();
}

bool SessionRecording::openRecorder(const SessionHeader &header)
{
    m_recorder = new SessionRecorder([this] { return jobMs(); }, this);
    m_recorder->setMaxBytes(m_maxBytes);
    if (!m_recorder->open(m_path, header))
        return false; // the caller tells why
    connect(m_recorder, &SessionRecorder::failed, this, &SessionRecording::fail);
    m_recorder->attachStreams(m_controller);
    return true;
}

// A failing recorder is deleted later, not now: its failed() is emitted from inside its own call.
void SessionRecording::closeRecorder(bool later)
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

void SessionRecording::fail()
{
    if (!m_recorder)
        return;
    const QString message = failureText();
    closeRecorder(true);
    m_jobRunning = false;
    emit stopped(message, true);
    emit changed();
}

QString SessionRecording::failureText() const
{
    if (!m_recorder)
        return QString();
    if (m_recorder->error() == RecorderError::TooLarge)
        return tr("The recording reached its size cap of %1 bytes and stopped; \"%2\" holds the session up "
                  "to there.")
            .arg(QLocale().toString(m_maxBytes), ltr(m_path));
    return tr("Cannot write \"%1\": %2").arg(ltr(m_path), m_recorder->errorDetail());
}

qint64 SessionRecording::jobMs() const
{
    return m_controller->clock()->nowMs() - m_jobStartMs;
}

} // namespace wf
