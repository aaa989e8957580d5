#include "data/playout.h"

#include <algorithm>
#include <limits>

namespace wf {

void Playout::reset()
{
    const Settings s = m_settings;
    *this = Playout(s);
}

void Playout::arrived(qint64 clockMs, double newestEndMs)
{
    if (!m_started) {
        // The first batch is shown whole, as without playout; the steering takes over from there.
        m_started = true;
        m_head = newestEndMs;
        m_newest = newestEndMs;
        m_lastClock = clockMs;
        m_arrivals.push_back(Arrival{clockMs, newestEndMs, newestEndMs});
        estimateDelay();
        return;
    }
    const double before = m_newest;
    m_newest = std::max(m_newest, newestEndMs);
    m_arrivals.push_back(Arrival{clockMs, m_newest, before});
    // The window: the last windowMs of arrivals, and never more than kMaxArrivals (a stream that
    // delivers every line on its own keeps the estimate O(window), not O(job)).
    constexpr size_t kMaxArrivals = 512;
    while (m_arrivals.size() > 2
           && (m_arrivals.front().atMs < clockMs - m_settings.windowMs || m_arrivals.size() > kMaxArrivals))
        m_arrivals.pop_front();
    estimateDelay();
}

void Playout::estimateDelay()
{
    const Arrival &first = m_arrivals.front(), &last = m_arrivals.back();
    // Measured over at least 3 s of arrivals (two polls close together say little); 1 until then.
    if (last.atMs - first.atMs >= 3000 && last.newestMs > first.newestMs)
        m_rate = std::clamp((last.newestMs - first.newestMs) / double(last.atMs - first.atMs), 0.01, 1000.0);
    m_lead = -std::numeric_limits<double>::infinity();
    for (const Arrival &a : m_arrivals)
        m_lead = std::max(m_lead, a.newestMs - m_rate * double(a.atMs));
    // How far `rate * clock + lead` had run past the data just before each arrival (the first of
    // a job had nothing before it).
    double shortfall = 0;
    for (size_t i = 1; i < m_arrivals.size(); ++i)
        shortfall = std::max(shortfall, m_rate * double(m_arrivals[i].atMs) + m_lead - m_arrivals[i].beforeMs);
    m_delay = std::clamp(shortfall * (1 + m_settings.marginFraction) + m_settings.marginMs, m_settings.minDelayMs,
                         m_settings.maxDelayMs);
}

double Playout::advance(qint64 clockMs)
{
    if (!m_started)
        return m_head;
    const double dt = double(std::max<qint64>(clockMs - m_lastClock, 0));
    m_lastClock = std::max(m_lastClock, clockMs);
    const double want = target(clockMs);
    const double error = want - m_head;
    if (error > m_settings.snapMs || error < -m_settings.snapMs) {
        m_head = want; // a jump in the clock or in the timestamps: not steered out over minutes
    } else {
        const double rate = std::clamp(m_rate + error / m_settings.steerMs, 0.0, m_rate * m_settings.maxRate);
        m_head += dt * rate;
    }
    if (m_head >= m_newest) {
        const bool wanting = want > m_newest;
        if (wanting && !m_waiting && m_arrivals.size() > 1) // before a second arrival no delay is known
            ++m_underruns;
        m_waiting = wanting;
        m_head = m_newest;
    } else {
        m_waiting = false;
    }
    return m_head;
}

void Playout::catchUp()
{
    m_head = m_newest;
}

} // namespace wf
