#pragma once
// SessionRecording: File → Record session, in the reader's language. The recording itself is the
// live session's JobRecording (core/session/jobrecording.h: one job per file, the header at the
// job's start, the trailer at stop); this starts and stops it and says what it did (AppText).
// Owner: the main window; GUI thread. The live session outlives it.
#include "session/jobrecording.h"

#include <QObject>

namespace wf {

class SessionRecording : public QObject
{
    Q_OBJECT
  public:
    explicit SessionRecording(JobRecording *recording, QObject *parent = nullptr);

    // Creates `path` with `provisional` as its header (replaced when the job starts). False, with the
    // reason in words, when the file cannot be written or a recording is already running.
    bool start(const QString &path, const SessionHeader &provisional, QString *error);
    // Writes the trailer and closes the file; stopped() tells what the file holds. No-op when idle.
    void stop() { m_recording->stop(); }

    bool isRecording() const { return m_recording->isRecording(); }
    bool jobStarted() const { return m_recording->jobStarted(); }
    QString path() const { return m_recording->path(); }
    qint64 repliesRecorded() const { return m_recording->repliesRecorded(); }
    void setMaxBytes(qint64 bytes) { m_recording->setMaxBytes(bytes); } // kSessionMaxBytes by default

  signals:
    void changed(); // started, a reply recorded, the job began or ended, stopped
    // The recording is over; `failed`: it stopped on an error (size cap, write error), not on request.
    void stopped(const QString &message, bool failed);

  private:
    JobRecording *m_recording;
};

} // namespace wf
