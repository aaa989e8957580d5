#include "waterfallrenderer.h"

#include "rowstore.h"
#include "waterfallimage.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace wf {

WaterfallRenderer::WaterfallRenderer()
    : m_ring(std::make_unique<WaterfallImage>()), m_marks(std::make_unique<WaterfallImage>())
{
}

WaterfallRenderer::~WaterfallRenderer() = default;

void WaterfallRenderer::setStore(const RowStore *store)
{
    m_store = store;
    clear();
}

bool WaterfallRenderer::setParams(const WaterfallParams &params)
{
    const bool repaint = !params.samePixels(m_params);
    m_params = params;
    return repaint;
}

bool WaterfallRenderer::isEmpty() const
{
    return m_ring->isEmpty();
}

bool WaterfallRenderer::resize(int cols, int rows)
{
    if (cols <= 0 || rows <= 0 || (m_ring->cols() == cols && m_ring->rows() == rows))
        return false;
    m_ring->resize(cols, rows);
    m_marks->resize(2, rows);
    m_refs.assign(size_t(rows), RowRef{});
    return true;
}

void WaterfallRenderer::clear()
{
    m_ring->clear();
    m_marks->clear();
    std::fill(m_refs.begin(), m_refs.end(), RowRef{});
    m_consumed = m_store ? liveEnd() : 0;
}

qint64 WaterfallRenderer::liveEnd() const
{
    if (!m_store)
        return 0;
    const qint64 end = m_store->endSeq();
    return m_revealEnd >= 0 ? std::clamp(m_revealEnd, m_store->firstSeq(), end) : end;
}

double WaterfallRenderer::lineDtMs() const
{
    if (m_store && !m_store->isEmpty()) {
        const LineInfo info = m_store->lineInfo(m_store->endSeq() - 1);
        if (info.endMs > info.startMs)
            return info.endMs - info.startMs;
    }
    return m_params.linesDtMs > 0 ? m_params.linesDtMs : 100;
}

const WaterfallRenderer::RowRef *WaterfallRenderer::refAt(int displayRow) const
{
    const int p = m_ring->physicalRow(displayRow);
    return p >= 0 ? &m_refs[size_t(p)] : nullptr;
}

bool WaterfallRenderer::isGapRow(int displayRow) const
{
    const RowRef *ref = refAt(displayRow);
    return ref && ref->gap;
}

bool WaterfallRenderer::isOverlapRow(int displayRow) const
{
    const RowRef *ref = refAt(displayRow);
    return ref && ref->overlap;
}

bool WaterfallRenderer::overlapsPrevious(const LineInfo &info) const
{
    // The same tolerance as a gap: timestamps rounded to the millisecond are not an overlap.
    return info.gapBeforeMs < -0.25 * lineDtMs();
}

void WaterfallRenderer::setRef(int displayRow, const RowRef &ref)
{
    const int p = m_ring->physicalRow(displayRow);
    if (p >= 0)
        m_refs[size_t(p)] = ref;
}

void WaterfallRenderer::colorizeInto(qint64 seq, uint32_t *dst)
{
    const float *line = m_store ? m_store->line(seq) : nullptr;
    const int n = m_last - m_first + 1;
    if (!line || n <= 0) {
        std::fill(dst, dst + m_ring->cols(), kNanColor);
        return;
    }
    if (!m_columns.matches(n, m_ring->cols()))
        m_columns = ColumnMap(n, m_ring->cols()); // once per geometry, not per line
    colorizeLine(line + (m_first - m_store->channelLo()), m_columns, dst, m_params.levels, colorLut(m_params.map),
                 m_params.highlightNegatives, m_params.overlays.negative);
}

void WaterfallRenderer::writeMarks(qint64 seq, int displayRow)
{
    uint32_t *mark = m_marks->row(displayRow);
    if (!mark)
        return;
    if (seq < 0 || !m_store || !m_store->contains(seq)) {
        mark[0] = mark[1] = kNanColor;
        return;
    }
    const LineInfo info = m_store->lineInfo(seq);
    mark[0] = info.negativeCount > 0 ? m_params.overlays.negative : kNanColor;
    mark[1] = info.blockRangeSuspect() ? m_params.overlays.suspect : kNanColor;
}

void WaterfallRenderer::appendLine(qint64 seq, bool allowGap)
{
    const LineInfo info = m_store->lineInfo(seq);
    const double dt = lineDtMs();
    if (allowGap && info.gapBeforeMs > 0.25 * dt) {
        const int cap = std::max(1, m_ring->rows() / 4);
        const int band = int(std::clamp<double>(std::lround(info.gapBeforeMs / dt), 1, cap));
        for (int i = 0; i < band; ++i) {
            m_ring->appendGapBand(1, m_params.overlays.gap);
            m_marks->appendRow();
            writeMarks(-1, 0);
            const double t0 = info.startMs - info.gapBeforeMs + i * info.gapBeforeMs / band;
            setRef(0, RowRef{-1, t0, t0 + info.gapBeforeMs / band, true, false, seq});
        }
    } else if (allowGap && info.gapBeforeMs < -0.25 * dt) {
        // One line of its own before a row that overlaps the one before or goes back in time.
        m_ring->appendGapBand(1, m_params.overlays.overlap);
        m_marks->appendRow();
        writeMarks(-1, 0);
        setRef(0, RowRef{-1, info.startMs, info.startMs, false, true, seq});
    }
    colorizeInto(seq, m_ring->appendRow());
    m_marks->appendRow();
    writeMarks(seq, 0);
    setRef(0, RowRef{seq, info.startMs, info.endMs});
    m_topMs = info.endMs;
}

void WaterfallRenderer::appendNewLines()
{
    if (!m_store || m_ring->isEmpty())
        return;
    if (rebuilding())
        paint(0); // display rows move with every append: the plan is finished first
    const qint64 end = liveEnd();
    const qint64 from = std::max({m_consumed, m_store->firstSeq(), end - m_ring->rows()});
    for (qint64 seq = from; seq < end; ++seq)
        appendLine(seq, true);
    m_consumed = end;
    m_rowMs = lineDtMs();
}

void WaterfallRenderer::startPlan(size_t rows)
{
    // The ring holds `rows` transparent rows (display row 0 the newest); paint() fills them in.
    m_ring->clear();
    m_marks->clear();
    std::fill(m_refs.begin(), m_refs.end(), RowRef{});
    rows = std::min(rows, size_t(m_ring->rows()));
    m_plan.resize(rows);
    for (size_t i = 0; i < rows; ++i) {
        m_ring->appendRow();
        m_marks->appendRow();
    }
    m_paintNext = 0;
}

bool WaterfallRenderer::paint(double budgetMs)
{
    QElapsedTimer clock;
    clock.start();
    const qint64 budgetNs = budgetMs > 0 ? std::max<qint64>(1, qint64(budgetMs * 1e6)) : 0;
    while (m_paintNext < m_plan.size()) {
        const int d = int(m_paintNext);
        const PlannedRow &row = m_plan[m_paintNext];
        uint32_t *dst = m_ring->row(d);
        const qint64 seq = row.ref.seq;
        if (seq >= 0 && d > 0 && m_plan[m_paintNext - 1].ref.seq == seq)
            std::memcpy(dst, m_ring->row(d - 1), size_t(m_ring->cols()) * sizeof(uint32_t)); // one line, several rows
        else if (seq >= 0)
            colorizeInto(seq, dst);
        else
            std::fill(dst, dst + m_ring->cols(),
                      row.ref.gap ? m_params.overlays.gap : row.ref.overlap ? m_params.overlays.overlap : kNanColor);
        writeMarks(seq, d);
        setRef(d, row.ref);
        ++m_paintNext;
        // The clock is read every 16 rows: a row costs microseconds, the budget milliseconds.
        if (budgetNs > 0 && (m_paintNext & 15) == 0 && clock.nsecsElapsed() >= budgetNs)
            break;
    }
    return !rebuilding();
}

bool WaterfallRenderer::continueRebuild(double budgetMs)
{
    return paint(budgetMs);
}

bool WaterfallRenderer::rebuildLive(int firstChannel, int lastChannel, double budgetMs)
{
    m_first = firstChannel;
    m_last = lastChannel;
    clear();
    m_plan.clear();
    m_paintNext = 0;
    m_rowMs = lineDtMs();
    if (!m_store || m_store->isEmpty() || m_ring->isEmpty() || liveEnd() <= m_store->firstSeq())
        return true;
    // Walk back from the newest line shown until the ring is full; then lay the lines out oldest
    // first, each after the gap band before it, exactly as appendLine() would have.
    const qint64 end = liveEnd();
    const int ringRows = m_ring->rows();
    qint64 seq = end;
    int rows = 0;
    while (seq > m_store->firstSeq() && rows < ringRows) {
        --seq;
        const double gap = m_store->gapBeforeMs(seq);
        rows += 1 + (gap > 0.25 * m_rowMs ? int(std::min<double>(std::lround(gap / m_rowMs), ringRows / 4 + 1))
                     : gap < -0.25 * m_rowMs ? 1 : 0);
    }
    std::vector<PlannedRow> oldestFirst;
    oldestFirst.reserve(size_t(rows) + 1);
    const double dt = m_rowMs;
    for (qint64 s = seq; s < end; ++s) {
        const LineInfo info = m_store->lineInfo(s);
        if (s > seq && info.gapBeforeMs > 0.25 * dt) {
            const int cap = std::max(1, ringRows / 4);
            const int band = int(std::clamp<double>(std::lround(info.gapBeforeMs / dt), 1, cap));
            for (int i = 0; i < band; ++i) {
                const double t0 = info.startMs - info.gapBeforeMs + i * info.gapBeforeMs / band;
                oldestFirst.push_back(PlannedRow{RowRef{-1, t0, t0 + info.gapBeforeMs / band, true, false, s}});
            }
        } else if (s > seq && overlapsPrevious(info)) {
            oldestFirst.push_back(PlannedRow{RowRef{-1, info.startMs, info.startMs, false, true, s}});
        }
        oldestFirst.push_back(PlannedRow{RowRef{s, info.startMs, info.endMs}});
    }
    m_topMs = m_store->lineInfo(end - 1).endMs;
    m_consumed = end;
    const size_t shown = std::min(oldestFirst.size(), size_t(ringRows)); // the ring keeps the newest
    startPlan(shown);
    for (size_t d = 0; d < shown; ++d)
        m_plan[d] = oldestFirst[oldestFirst.size() - 1 - d];
    return paint(budgetMs);
}

bool WaterfallRenderer::rebuildWindow(int firstChannel, int lastChannel, double topMs, double spanMs, double budgetMs)
{
    m_first = firstChannel;
    m_last = lastChannel;
    m_topMs = topMs;
    const int rows = m_ring->rows();
    m_plan.clear();
    m_paintNext = 0;
    if (rows <= 0) {
        m_ring->clear();
        m_marks->clear();
        return true;
    }
    m_rowMs = spanMs / rows;
    startPlan(size_t(rows));
    for (int d = 0; d < rows; ++d) { // display row 0 is the newest
        const double t = m_topMs - (d + 0.5) * m_rowMs;
        qint64 seq = (m_store && !m_store->isEmpty()) ? m_store->seqAtTime(t) : -1;
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
        m_plan[size_t(d)] = PlannedRow{RowRef{seq, t - 0.5 * m_rowMs, t + 0.5 * m_rowMs, gap, false, next}};
    }
    // The oldest row showing a line that overlaps the line below it (or goes back in time) becomes
    // that line's overlap mark, as the live ring draws one.
    for (int d = 0; d + 1 < rows; ++d) {
        RowRef &ref = m_plan[size_t(d)].ref;
        const qint64 below = m_plan[size_t(d) + 1].ref.seq;
        if (ref.seq >= 0 && below >= 0 && below != ref.seq && overlapsPrevious(m_store->lineInfo(ref.seq))) {
            ref.next = ref.seq;
            ref.seq = -1;
            ref.overlap = true;
        }
    }
    return paint(budgetMs);
}

} // namespace wf
