#include "playoutpacer.h"

#include "data/playout.h"
#include "data/rowstore.h"

#include <algorithm>

namespace wf {

void PlayoutPacer::attach(Playout *playout, std::function<qint64()> clockMs)
{
    m_playout = playout;
    m_clock = std::move(clockMs);
}

bool PlayoutPacer::active() const
{
    return m_on && m_playout && m_clock && m_playout->started();
}

double PlayoutPacer::delayMs() const
{
    return active() ? m_playout->delayMs() : 0;
}

void PlayoutPacer::catchUp()
{
    if (m_playout)
        m_playout->catchUp();
}

PlayoutPacer::Step PlayoutPacer::advance(const RowStore *store, qint64 revealEnd)
{
    if (!active() || !store)
        return {};
    const double head = m_playout->advance(m_clock());
    // In arrival order: the lines whose start the head has reached (a backwards row goes at once).
    qint64 end = std::max(revealEnd, store->firstSeq());
    while (end < store->endSeq() && store->lineInfo(end).startMs <= head)
        ++end;
    const bool moved = head != m_headMs;
    m_headMs = head;
    return {end, moved};
}

} // namespace wf
