#pragma once
// RingPlanner: which store line, gap band row or overlap mark each row of the waterfall's ring
// shows, newest row first: the live ring's newest lines (a line a row, or time bins of several), or
// a paused window sampled per row. No pixels: WaterfallRenderer paints the plan.
// Owner: WaterfallRenderer, for one rebuild. Thread: GUI thread. The store is not owned.
#include <QtGlobal>
#include <vector>

namespace wf {

class RowStore;
struct LineInfo;

// What a ring row shows.
struct RingRowRef {
    qint64 seq = -1; // -1: gap, overlap line or empty
    double startMs = 0;
    double endMs = 0;
    bool gap = false;     // a row of a timestamp gap's band
    bool overlap = false; // the line drawn before a row that overlaps the previous one or goes back in time
    qint64 next = -1;     // gap or overlap: the store line after it
    int count = 1;        // lines folded into the row, seq .. seq + count - 1 (several when a row is longer than a line)
};

class RingPlanner
{
  public:
    // lineDtMs: the time of a line (what an overlap is measured against).
    RingPlanner(const RowStore *store, double lineDtMs) : m_store(store), m_lineDtMs(lineDtMs) {}

    // Live, a line a row of rowMs: the lines before `end`, each after the gap band (rows in
    // proportion to the gap, at most a quarter of the ring) or overlap mark before it; the newest
    // ringRows rows. Needs a line before `end`.
    std::vector<RingRowRef> live(qint64 end, int ringRows, double rowMs) const;
    // Live, rows are time bins of binMs, the newest `topBin`: the lines starting in each, newest
    // first (a line back in time stays in the row it arrived in). Needs a line before `end`.
    std::vector<RingRowRef> binned(qint64 end, int ringRows, double binMs, qint64 topBin) const;
    // Paused or scrolled: `rows` rows of rowMs ending at topMs (epoch ms), each the line at its
    // middle, or the lines starting in it when a row is longer than a line.
    std::vector<RingRowRef> window(double topMs, double rowMs, int rows) const;

  private:
    bool overlapsPrevious(const LineInfo &info) const; // by more than a quarter of a line

    const RowStore *m_store;
    double m_lineDtMs;
};

} // namespace wf
