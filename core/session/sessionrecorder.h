#pragma once
// SessionRecorder: writes a session file (session.h) as it happens: the header at open(), one line
// per reply of the attached FocusClient, the trailer at finish(). Every line is flushed when
// control returns to the event loop, so a crash leaves a usable, trailer-less file.
// Owner: focusctl watch or the GUI's main window; lives on their thread (the client's).
// Invariants: lines are whole and in arrival order; the file never grows past the cap — the
// recording stops with RecorderError::TooLarge instead; nothing is written after finish() or an error.
#include "session/session.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <functional>

namespace wf {

enum class RecorderError { None, CannotOpen, WriteFailed, TooLarge };

class SessionRecorder : public QObject
{
    Q_OBJECT
  public:
    // `now` gives session time (e.g. the controller's elapsedMs()) when a reply arrives.
    explicit SessionRecorder(std::function<qint64()> now, QObject *parent = nullptr);
    ~SessionRecorder() override;

    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    // Creates (truncates) the file and writes the header; false with error() set when it cannot.
    bool open(const QString &path, const SessionHeader &header);
    // Records every reply of `client` until finish(); several clients may be attached.
    void attach(FocusClient *client);
    void record(const CallInfo &info, const QByteArray &body);
    // Records what the controller's gRPC stream source meets (frames as they came), for every job.
    void attachStreams(ReadinessController *controller);
    void recordStream(const StreamEvent &event);
    qint64 streamEventsRecorded() const { return m_streamEvents; }
    // Writes the trailer and closes the file.
    void finish(const SessionTrailer &trailer);

    bool isRecording() const { return m_file.isOpen() && m_error == RecorderError::None; }
    RecorderError error() const { return m_error; }
    QString errorDetail() const { return m_errorDetail; } // technical English
    qint64 bytesWritten() const { return m_written; }
    qint64 repliesRecorded() const { return m_replies; }

  signals:
    void failed(wf::RecorderError error); // once: the recording stopped

  private:
    bool writeLine(const QByteArray &line);
    void flushSoon();
    void fail(RecorderError error, const QString &detail);

    std::function<qint64()> m_now;
    QFile m_file;
    qint64 m_maxBytes = kSessionMaxBytes;
    qint64 m_written = 0, m_replies = 0, m_streamEvents = 0;
    RecorderError m_error = RecorderError::None;
    QString m_errorDetail;
    bool m_flushPending = false;
};

} // namespace wf
