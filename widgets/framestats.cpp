#include "framestats.h"

#include "base/stats.h"

#include <vector>

namespace wf {

namespace {
constexpr size_t kFrameHistory = 240;

double percentileOf(const std::deque<double> &values, double p)
{
    return values.empty() ? 0 : observedPercentile(std::vector<double>(values.begin(), values.end()), p);
}
} // namespace

void FrameStats::record(double frameMs, qint64 nowMs)
{
    m_frameMs.push_back(frameMs);
    if (m_frameMs.size() > kFrameHistory)
        m_frameMs.pop_front();
    m_stamps.push_back(nowMs);
    while (!m_stamps.empty() && m_stamps.front() < nowMs - 1000)
        m_stamps.pop_front();
    ++m_drawn;
}

double FrameStats::msP50() const { return percentileOf(m_frameMs, 50); }
double FrameStats::msP95() const { return percentileOf(m_frameMs, 95); }

} // namespace wf
