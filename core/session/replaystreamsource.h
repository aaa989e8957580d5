#pragma once
// ReplayStreamSource: the gRPC stream of a recorded session, played again. It hands each recorded
// stream event (connected, frame as it came, transport problem) to the same AssemblingStreamSource
// as a live job, at its recorded session time on the replay's clock, so a replayed gRPC session
// gives the same rows, findings and report. Owner: ReadinessController (through SessionReplay's
// factory); lives on the replay's thread. The session outlives it.
#include "session/session.h"

#include <functional>

namespace wf {

class ReplayStreamSource : public AssemblingStreamSource
{
    Q_OBJECT
  public:
    ReplayStreamSource(const std::vector<SessionStreamEvent> *events, Clock *clock, std::function<qint64()> sessionNow,
                       QObject *parent = nullptr);
    ~ReplayStreamSource() override;

    void start(const StreamSourceConfig &config) override;
    void stop() override;

  private:
    void scheduleNext();

    const std::vector<SessionStreamEvent> *m_events;
    Clock *m_clock;
    std::function<qint64()> m_sessionNow;
    size_t m_next = 0;
    quint64 m_timer = 0;
};

} // namespace wf
