#include "session/sessionreplay.h"

#include "session/replaystreamsource.h"

#include <cmath>

namespace wf {

namespace {
constexpr int kSliceWallMs = 15; // below a frame: the GUI stays responsive while a replay runs
} // namespace

SessionReplay::SessionReplay(Session session, QObject *parent)
    : JobSession(parent), m_session(std::move(session)), m_clock(0), m_api(&m_session, &m_clock),
      m_controller(&m_api, &m_clock), m_quality(&m_controller, &m_api)
{
    m_quality.setThresholds(m_session.header.thresholds);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &SessionReplay::slice);
    // A job whose rows came from the gRPC stream gets them again from the recorded stream events.
    m_controller.setStreamSourceFactory([this]() -> std::unique_ptr<StreamRowSource> {
        return std::make_unique<ReplayStreamSource>(&m_session.streamEvents, &m_clock,
                                                    [this] { return m_controller.elapsedMs(); });
    });
}

SessionReplay::~SessionReplay()
{
    m_timer.stop();
}

void SessionReplay::setSpeed(double factor)
{
    m_speed = std::isfinite(factor) && factor > 0 ? factor : 0;
    m_wallBaseMs = m_clock.nowMs();
    m_wall.restart();
    m_timer.setInterval(m_speed > 0 ? 10 : 0);
}

void SessionReplay::start()
{
    if (m_started)
        return;
    m_started = true;
    m_controller.start(m_session.header.request, m_session.header.settings);
    resume();
}

void SessionReplay::pause()
{
    m_timer.stop();
}

void SessionReplay::resume()
{
    if (!m_started || m_finished)
        return;
    m_wallBaseMs = m_clock.nowMs();
    m_wall.start();
    m_timer.start();
}

bool SessionReplay::step(qint64 limitMs)
{
    if (m_finished)
        return false;
    if (isTerminal(m_controller.state())) {
        finish();
        return false;
    }
    if (m_clock.runNext(limitMs))
        return true;
    // Nothing due before the limit: move there. At the session's end the story is over.
    m_clock.advanceTo(limitMs);
    if (limitMs >= endMs()) {
        finish();
        return false;
    }
    return false;
}

void SessionReplay::slice()
{
    QElapsedTimer budget;
    budget.start();
    qint64 limit = endMs();
    if (m_speed > 0)
        limit = std::min(limit, m_wallBaseMs + qint64(double(m_wall.elapsed()) * m_speed));
    while (!m_finished && budget.elapsed() < kSliceWallMs) {
        if (!step(limit))
            break;
    }
    if (!m_finished)
        emit progress(m_clock.nowMs(), endMs());
}

void SessionReplay::runToEnd()
{
    if (!m_started) {
        m_started = true;
        m_controller.start(m_session.header.request, m_session.header.settings);
    }
    while (step(endMs())) {
    }
}

void SessionReplay::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (!isTerminal(m_controller.state()))
        m_controller.stop();
    emit progress(m_clock.nowMs(), endMs());
    emit finished();
}

} // namespace wf
