#pragma once
// ScriptedSource: a RowSource the test drives by hand, on its own VirtualClock. send() publishes
// one block of `rows` rows (each `rowMs` long, every channel of the geometry once, value =
// channel) arriving at the clock's now.
#include "data/rowsource.h"
#include "base/virtualclock.h"

#include <memory>
#include <optional>

namespace wf::test {

class ScriptedSource final : public RowSource
{
  public:
    Clock *clock() const override { return &m_clock; }
    VirtualClock &virtualClock() { return m_clock; }
    void newJob() { beginJob(); }
    void send(const RowGeometry &g, qint64 rows, qint64 firstStartMs, std::optional<double> latency = {},
              qint64 rowMs = 100)
    {
        auto blocks = std::make_shared<WaterfallBlocks>();
        WaterfallBlock block;
        for (qint64 r = 0; r < rows; ++r) {
            WaterfallRow row;
            row.startMs = firstStartMs + r * rowMs;
            row.endMs = row.startMs + rowMs;
            row.offsets.push_back(0);
            for (int ch = g.lo; ch <= g.hi; ++ch) {
                row.sensorIds.push_back(sensorOfChannel(ch));
                row.samples.push_back(float(ch));
                row.offsets.push_back(uint32_t(row.samples.size()));
            }
            block.rows.push_back(std::move(row));
        }
        blocks->push_back(std::move(block));
        publish(g, std::move(blocks), RowArrival{m_clock.nowMs(), latency});
    }

  private:
    mutable VirtualClock m_clock; // a clock's timers are not the source's state
};

inline RowGeometry geometry(const QString &job, int lo, int hi)
{
    RowGeometry g;
    g.jobId = job;
    g.lo = lo;
    g.hi = hi;
    return g;
}

} // namespace wf::test
