#pragma once
// ShownSession (logic, no widgets): which job the main window's panels follow — the live job (a LiveJobSession), or a
// recorded session replayed in its place (File → Open recording): a SessionReplay, owned here. The live pair is never touched; a live job goes on
// (and may be recorded) while a replay is shown. Owner: the main window; GUI thread.
// Invariants: at most one replay and at most one background load that counts; switched() is emitted after every change, while the previous
// followers still exist, so the panels can let go of them; a replay starts only after switched(), with the panels already following it.
#include <QObject>
#include <memory>

class QThread;

namespace wf {

class JobSession;
class LiveJobSession;
class QualityMonitor;
class ReadinessController;
class SessionReplay;
struct Session;

class ShownSession : public QObject
{
    Q_OBJECT
  public:
    explicit ShownSession(LiveJobSession *live, QObject *parent = nullptr);
    ~ShownSession() override;

    // Loads `path` and replays it at `speed` (0: as fast as possible, 1: real time). False, with
    // what is wrong and on which line (technical English, as focusctl replay says it; the window words
    // it: AppText::recordingOpenFailed), when it is not a valid session; nothing changes then.
    // Reads the file on the calling thread: for start-up, before the window is shown.
    bool open(const QString &path, double speed, QString *error);
    // The same, with the file read and parsed on a worker thread (a recording may be hundreds of
    // megabytes): loading() now, then opened() after switched(), or openFailed() with nothing
    // changed. A later open, openInBackground() or close() supersedes a load still running.
    void openInBackground(const QString &path, double speed);
    bool isLoading() const { return m_loader != nullptr; }
    void cancelOpening() { cancelLoad(); } // a load still running is dropped; nothing changes
    void replayAgain(); // the same recording from its start, at the same speed
    void close();       // back to the live pair

    bool isReplay() const { return m_replay != nullptr; }
    JobSession *current() const; // the session shown: the replay, else the live one
    ReadinessController *controller() const;
    QualityMonitor *quality() const;
    SessionReplay *replay() const { return m_replay.get(); }
    QualityMonitor *replayQuality() const;
    QString file() const { return m_file; } // the recording's path; empty when live

  signals:
    void switched();
    void loading(const QString &path);
    void opened(const QString &path);
    void openFailed(const QString &path, const QString &detail); // technical English, as open()'s

  private:
    void show(Session session, const QString &path, double speed);
    void cancelLoad();

    LiveJobSession *m_live;
    std::unique_ptr<SessionReplay> m_replay;
    QString m_file;
    QThread *m_loader = nullptr; // the background load that counts; superseded ones finish alone
};

} // namespace wf
