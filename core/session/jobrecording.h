#pragma once
// JobRecording: records one live job of a LiveJobSession to a session file (session.h) with a
// SessionRecorder. The file is created when recording starts, so an unwritable path is refused
// before anything is recorded; the next job the controller starts is recorded from its configure
// request on (its header, from the session's one header builder, written at that moment), with
// every reply of the job's own calls (the controller's and its quality monitor's, not a probe's
// that shares the client) while the job runs, each at the job's time (the controller's
// clock, held at the reply's arrival: the session connects its hold before it builds this); the
// trailer, with the job's final state and diagnosis names, is written at stop(). A second job ends
// the recording (one job per file), and so does a failing recorder. What happened is told as a
// RecordingNews value, worded by the text layer. Owner: LiveJobSession; its thread. Invariants:
// nothing is recorded before the job started or after it finished; the trailer is written at most
// once; the client and controller outlive it.
#include "net/focusclient.h"
#include "job/readinesscontroller.h"
#include "session/session.h"

#include <QObject>
#include <functional>
#include <optional>

namespace wf {

class SessionRecorder;

// What a recording did, for the words of the GUI and the CLI.
struct RecordingNews {
    enum Kind {
        Saved,            // stopped on request; replies: what the file holds
        SavedNoJob,       // stopped before any job started: the file holds no replies
        AnotherJob,       // a second job started: the file holds the first one (replies)
        SizeCap,          // the file reached its size cap (maxBytes) and stopped there
        CannotWrite,      // opening or writing the file failed (detail: the system's words)
        AlreadyRecording, // start() while a recording runs
    } kind = Saved;
    QString path = {};
    qint64 replies = 0;
    qint64 maxBytes = 0;
    QString detail = {};
    bool failed() const { return kind == SizeCap || kind == CannotWrite; }
};

class JobRecording : public QObject
{
    Q_OBJECT
  public:
    // `header` describes the job the controller is starting (request, settings, thresholds, server);
    // `ours` tells the replies of the job's own calls from those of other users of the client (a
    // probe's /waterfall/focusctl-probe/0 400 once answered a replayed job's waterfall poll).
    JobRecording(FocusClient *client, ReadinessController *controller, std::function<SessionHeader()> header,
                 std::function<bool(const CallInfo &)> ours, QObject *parent = nullptr);
    ~JobRecording() override;

    // Creates `path` with `provisional` as its header (replaced when the job starts). False, with
    // what went wrong in `news`, when the file cannot be written or a recording is already running.
    bool start(const QString &path, const SessionHeader &provisional, RecordingNews *news = nullptr);
    // Writes the trailer and closes the file; stopped() tells what the file holds. No-op when idle.
    void stop();

    bool isRecording() const { return m_recorder != nullptr; }
    bool jobStarted() const { return m_jobStarted; }
    QString path() const { return m_path; }
    qint64 repliesRecorded() const;
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; } // the file's size cap; kSessionMaxBytes by default

  signals:
    void changed(); // started, a reply recorded, the job began or ended, stopped
    void stopped(const wf::RecordingNews &news); // the recording is over (news.failed(): not on request)

  private:
    void onState(JobState state);
    void onFinished(JobState state, Diagnosis diagnosis);
    void onReply(const CallInfo &info, const QByteArray &body);
    bool openRecorder(const SessionHeader &header);
    void closeRecorder(bool later);
    // Writes the trailer and closes the file: the replies it holds, or nothing after fail().
    std::optional<qint64> finishFile(qint64 endedAtMs);
    void fail();
    RecordingNews failure() const;
    qint64 jobMs() const;

    FocusClient *m_client;
    ReadinessController *m_controller;
    std::function<SessionHeader()> m_header;
    std::function<bool(const CallInfo &)> m_ours;
    SessionRecorder *m_recorder = nullptr; // a child; null when not recording
    QString m_path;
    qint64 m_maxBytes = kSessionMaxBytes;
    qint64 m_replies = 0;
    bool m_jobStarted = false, m_jobRunning = false;
    qint64 m_jobStartMs = 0;          // the controller's clock when the recorded job started
    std::optional<qint64> m_jobEndMs; // job time when it finished
    SessionTrailer m_last;            // the recorded job's latest state and diagnosis names
};

} // namespace wf

Q_DECLARE_METATYPE(wf::RecordingNews)
