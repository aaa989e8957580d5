#include "ringplanner.h"

#include "data/rowstore.h"

#include <algorithm>
#include <cmath>

namespace wf {

bool RingPlanner::overlapsPrevious(const LineInfo &info) const
{
    // The same tolerance as a gap: timestamps rounded to the millisecond are not an overlap.
    return info.gapBeforeMs < -0.25 * m_lineDtMs;
}

std::vector<RingRowRef> RingPlanner::live(qint64 end, int ringRows, double rowMs) const
{
    // Walk back from the newest line shown until the ring is full; then lay the lines out oldest
    // first, each after the gap band before it, exactly as WaterfallRenderer::appendLine() would have.
    qint64 seq = end;
    int rows = 0;
    while (seq > m_store->firstSeq() && rows < ringRows) {
        --seq;
        const double gap = m_store->gapBeforeMs(seq);
        rows += 1 + (gap > 0.25 * rowMs ? int(std::min<double>(std::lround(gap / rowMs), ringRows / 4 + 1))
                     : gap < -0.25 * rowMs ? 1 : 0);
    }
    std::vector<RingRowRef> oldestFirst;
    oldestFirst.reserve(size_t(rows) + 1);
    const double dt = rowMs;
    for (qint64 s = seq; s < end; ++s) {
        const LineInfo info = m_store->lineInfo(s);
        if (s > seq && info.gapBeforeMs > 0.25 * dt) {
            const int cap = std::max(1, ringRows / 4);
            const int band = int(std::clamp<double>(std::lround(info.gapBeforeMs / dt), 1, cap));
            for (int i = 0; i < band; ++i) {
                const double t0 = info.startMs - info.gapBeforeMs + i * info.gapBeforeMs / band;
                oldestFirst.push_back(RingRowRef{-1, t0, t0 + info.gapBeforeMs / band, true, false, s});
            }
        } else if (s > seq && overlapsPrevious(info)) {
            oldestFirst.push_back(RingRowRef{-1, info.startMs, info.startMs, false, true, s});
        }
        oldestFirst.push_back(RingRowRef{s, info.startMs, info.endMs});
    }
    const size_t shown = std::min(oldestFirst.size(), size_t(std::max(0, ringRows))); // the ring keeps the newest
    return std::vector<RingRowRef>(oldestFirst.rbegin(), oldestFirst.rbegin() + std::ptrdiff_t(shown));
}

std::vector<RingRowRef> RingPlanner::binned(qint64 end, int ringRows, double binMs, qint64 topBin) const
{
    // Display row d is the bin topBin - d; the lines starting in it are folded (newest first, a line
    // back in time stays in the row it arrived in, as WaterfallRenderer::appendBinned() puts it).
    const qint64 first = m_store->firstSeq();
    auto binOf = [this, binMs](qint64 seq) { return qint64(std::floor(m_store->lineInfo(seq).startMs / binMs)); };
    std::vector<RingRowRef> rows;
    rows.reserve(size_t(std::max(0, ringRows)));
    qint64 seq = end - 1;
    for (int d = 0; d < ringRows && seq >= first; ++d) {
        const qint64 b = topBin - d;
        int count = 0;
        while (seq >= first && binOf(seq) >= b) {
            ++count;
            --seq;
        }
        if (count > 0)
            rows.push_back(RingRowRef{seq + 1, b * binMs, (b + 1) * binMs, false, false, -1, count});
        else
            rows.push_back(RingRowRef{-1, b * binMs, (b + 1) * binMs, true, false, seq + 1});
    }
    return rows;
}

std::vector<RingRowRef> RingPlanner::window(double topMs, double rowMs, int rows) const
{
    std::vector<RingRowRef> plan(size_t(std::max(0, rows)));
    const bool hasLines = m_store && !m_store->isEmpty();
    const bool fold = rowMs > m_lineDtMs * (1 + 1e-6); // rows longer than a line: every line starting in a row is folded into it
    for (int d = 0; d < rows; ++d) { // display row 0 is the newest
        const double t = topMs - (d + 0.5) * rowMs;
        if (fold && hasLines) {
            const double t0 = t - 0.5 * rowMs, t1 = t + 0.5 * rowMs;
            qint64 lo = m_store->seqAtTime(t0);
            if (m_store->lineInfo(lo).startMs < t0)
                ++lo;
            qint64 hi = m_store->seqAtTime(t1);
            if (m_store->lineInfo(hi).startMs >= t1)
                --hi;
            if (hi >= lo) {
                plan[size_t(d)] = RingRowRef{lo, t0, t1, false, false, -1, int(hi - lo + 1)};
                continue;
            }
        }
        qint64 seq = hasLines ? m_store->seqAtTime(t) : -1;
        LineInfo info;
        if (seq >= 0)
            info = m_store->lineInfo(seq);
        bool gap = false;
        qint64 next = -1;
        if (seq < 0 || t < info.startMs) {
            seq = -1;
        } else if (t >= info.endMs) {
            gap = seq + 1 < m_store->endSeq(); // past the newest line is the future, not a gap
            next = gap ? seq + 1 : -1;
            seq = -1;
        }
        plan[size_t(d)] = RingRowRef{seq, t - 0.5 * rowMs, t + 0.5 * rowMs, gap, false, next};
    }
    // The oldest row showing a line that overlaps the line below it (or goes back in time) becomes
    // that line's overlap mark, as the live ring draws one.
    for (int d = 0; d + 1 < rows; ++d) {
        RingRowRef &ref = plan[size_t(d)];
        const qint64 below = plan[size_t(d) + 1].seq;
        if (ref.seq >= 0 && ref.count == 1 && below >= 0 && below != ref.seq && overlapsPrevious(m_store->lineInfo(ref.seq))) {
            ref.next = ref.seq;
            ref.seq = -1;
            ref.overlap = true;
        }
    }
    return plan;
}

} // namespace wf
