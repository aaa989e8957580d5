#pragma once
// SessionReplay: plays a recorded session (session.h) through the same ingest path as a live job:
// a ReadinessController fed by a ReplayJobApi on a VirtualClock, with its QualityMonitor (the
// recorded thresholds), the counterpart of LiveJobSession. Attach the waterfall panel, the
// readiness panel and the quality panel exactly as to a live job, then start().
// Virtual time runs forward in slices from the event loop (each at most ~15 ms of wall time), as
// fast as possible or at a speed factor, up to the session's end; a controller not terminal by
// then is stopped, and finished() follows. Time-dependent verdicts (timeouts) come out as recorded
// because all time is virtual. Owner: focusctl replay or the GUI; lives on their thread.
// Invariants: the session is never modified; virtual time never passes endMs(); finished() is
// emitted once per start().
#include "session/jobsession.h"
#include "job/qualitymonitor.h"
#include "job/readinesscontroller.h"
#include "session/replayjobapi.h"
#include "session/session.h"
#include "base/virtualclock.h"

#include <QElapsedTimer>
#include <QTimer>

namespace wf {

class SessionReplay : public JobSession
{
    Q_OBJECT
  public:
    explicit SessionReplay(Session session, QObject *parent = nullptr);
    ~SessionReplay() override;

    const Session &session() const { return m_session; }
    ReadinessController *controller() override { return &m_controller; }
    JobApi *api() override { return &m_api; } // for a QualityMonitor: /live_metadata as recorded
    ReplayJobApi *replayApi() { return &m_api; }
    Clock *clock() override { return &m_clock; }
    QualityMonitor *quality() override { return &m_quality; } // on the recorded /live_metadata, the recorded thresholds
    bool isReplay() const override { return true; }

    // 0 (the default): as fast as possible; 1: real time; 2: twice as fast, ...
    void setSpeed(double factor);
    double speed() const { return m_speed; }

    // Starts the controller with the recorded request and settings at virtual time 0 and runs.
    void start();
    void pause();  // keeps the position; start() is not needed to go on — resume() is
    void resume();
    bool isRunning() const { return m_timer.isActive(); }
    bool isFinished() const { return m_finished; }
    qint64 positionMs() const { return m_clock.nowMs(); } // virtual session time
    qint64 endMs() const { return m_session.endMs(); }

    // Runs the whole replay now, without returning to the event loop (tests, batch use).
    void runToEnd();

  signals:
    void progress(qint64 positionMs, qint64 endMs);
    void finished();

  private:
    void slice();
    bool step(qint64 limitMs); // one timer or the final jump; false once finished
    void finish();

    Session m_session;
    VirtualClock m_clock;
    ReplayJobApi m_api;
    ReadinessController m_controller;
    QualityMonitor m_quality; // declared after the controller: goes first
    QTimer m_timer;
    QElapsedTimer m_wall;   // wall time since (re)start, for the speed factor
    qint64 m_wallBaseMs = 0; // virtual position when m_wall started
    double m_speed = 0;
    bool m_started = false, m_finished = false;
};

} // namespace wf
