#include "session/replaystreamsource.h"

namespace wf {

ReplayStreamSource::ReplayStreamSource(const std::vector<SessionStreamEvent> *events, Clock *clock,
                                       std::function<qint64()> sessionNow, QObject *parent)
    : AssemblingStreamSource(parent), m_events(events), m_clock(clock), m_sessionNow(std::move(sessionNow))
{
}

ReplayStreamSource::~ReplayStreamSource()
{
    if (m_timer)
        m_clock->cancel(m_timer);
}

void ReplayStreamSource::start(const StreamSourceConfig &config)
{
    begin(config);
    // The recorded events of this stream start from where the session is now.
    m_next = 0;
    const qint64 now = m_sessionNow();
    while (m_next < m_events->size() && (*m_events)[m_next].atMs < now)
        ++m_next;
    scheduleNext();
}

void ReplayStreamSource::stop()
{
    if (m_timer)
        m_clock->cancel(m_timer);
    m_timer = 0;
    end();
}

void ReplayStreamSource::scheduleNext()
{
    m_timer = 0;
    if (!running() || m_next >= m_events->size())
        return;
    const qint64 wait = std::max<qint64>(0, (*m_events)[m_next].atMs - m_sessionNow());
    m_timer = m_clock->callAfter(int(std::min<qint64>(wait, std::numeric_limits<int>::max())), this, [this] {
        m_timer = 0;
        // Every event due at this instant, in recorded order.
        const qint64 now = m_sessionNow();
        while (running() && m_next < m_events->size() && (*m_events)[m_next].atMs <= now)
            handle((*m_events)[m_next++].event);
        scheduleNext();
    });
}

} // namespace wf
