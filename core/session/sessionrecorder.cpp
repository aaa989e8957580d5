#include "session/sessionrecorder.h"

#include "base/redact.h"
#include "net/replydecode.h"

namespace wf {

SessionRecorder::SessionRecorder(std::function<qint64()> now, QObject *parent)
    : QObject(parent), m_now(std::move(now))
{
}

SessionRecorder::~SessionRecorder()
{
    if (m_file.isOpen())
        m_file.flush();
}

bool SessionRecorder::open(const QString &path, const SessionHeader &header)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = RecorderError::CannotOpen;
        m_errorDetail = m_file.errorString();
        return false;
    }
    m_error = RecorderError::None;
    m_errorDetail.clear();
    m_written = m_replies = 0;
    if (!writeLine(encodeSessionHeader(header)))
        return false;
    m_file.flush(); // the header is there at once: the path is known to work
    return true;
}

void SessionRecorder::attach(FocusClient *client)
{
    connect(client, &FocusClient::replyReceived, this, &SessionRecorder::record);
}

void SessionRecorder::record(const CallInfo &info, const QByteArray &body)
{
    if (!isRecording())
        return;
    SessionReply r{m_now(), info, body};
    redactReply(r.info, r.body); // whoever calls: nothing secret reaches the file
    if (writeLine(encodeSessionReply(r)))
        ++m_replies;
}

void SessionRecorder::attachStreams(ReadinessController *controller)
{
    connect(controller, &ReadinessController::streamSourceStarted, this, [this](StreamRowSource *source) {
        if (auto *s = qobject_cast<AssemblingStreamSource *>(source))
            connect(s, &AssemblingStreamSource::recordable, this, &SessionRecorder::recordStream);
    });
}

void SessionRecorder::recordStream(const StreamEvent &event)
{
    if (!isRecording())
        return;
    SessionStreamEvent e{m_now(), event};
    e.event.evidence = redactSecrets(e.event.evidence); // a gRPC status text may quote a URI
    if (writeLine(encodeSessionStreamEvent(e)))
        ++m_streamEvents;
}

void SessionRecorder::finish(const SessionTrailer &trailer)
{
    if (!isRecording())
        return;
    if (writeLine(encodeSessionTrailer(trailer)))
        m_file.flush();
    m_file.close();
}

bool SessionRecorder::writeLine(const QByteArray &line)
{
    if (m_written + line.size() + 1 > m_maxBytes) {
        fail(RecorderError::TooLarge,
             QStringLiteral("the recording would exceed its cap of %1 bytes; it stops here").arg(m_maxBytes));
        return false;
    }
    if (m_file.write(line) != line.size() || !m_file.putChar('\n')) {
        fail(RecorderError::WriteFailed, m_file.errorString());
        return false;
    }
    m_written += line.size() + 1;
    flushSoon();
    return true;
}

// One flush per event-loop turn: whole lines reach the disk without a system call per reply burst.
void SessionRecorder::flushSoon()
{
    if (m_flushPending)
        return;
    m_flushPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_flushPending = false;
            if (m_file.isOpen() && !m_file.flush())
                fail(RecorderError::WriteFailed, m_file.errorString());
        },
        Qt::QueuedConnection);
}

void SessionRecorder::fail(RecorderError error, const QString &detail)
{
    if (m_error != RecorderError::None)
        return;
    m_error = error;
    m_errorDetail = detail;
    m_file.flush(); // what was written stays a usable, trailer-less recording
    m_file.close();
    emit failed(error);
}

} // namespace wf
