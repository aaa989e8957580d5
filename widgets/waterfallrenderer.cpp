#include "waterfallrenderer.h"

#include "data/rowstore.h"
#include "ringplanner.h"
#include "waterfallimage.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

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
    m_accValid = false;
    m_refs.assign(size_t(rows), RowRef{});
    return true;
}

void WaterfallRenderer::clear()
{
    m_ring->clear();
    m_marks->clear();
    std::fill(m_refs.begin(), m_refs.end(), RowRef{});
    m_accValid = false;
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

void WaterfallRenderer::colorizeValues(const float *values, uint32_t *dst)
{
    const int n = m_last - m_first + 1;
    if (!values || n <= 0) {
        std::fill(dst, dst + m_ring->cols(), kNanColor);
        return;
    }
    if (!m_columns.matches(n, m_ring->cols()))
        m_columns = ColumnMap(n, m_ring->cols());
    colorizeLine(values, m_columns, dst, m_params.levels, colorLut(m_params.map), m_params.highlightNegatives,
                 m_params.overlays.negative);
}

void WaterfallRenderer::foldInto(qint64 seq, std::vector<float> &acc) const
{
    const float *line = m_store ? m_store->line(seq) : nullptr;
    if (!line)
        return;
    line += m_first - m_store->channelLo();
    const size_t n = acc.size();
    float *a = acc.data();
    if (m_params.highlightNegatives) {
        // The largest magnitude with its sign; a negative wins over a positive (it is the finding).
        for (size_t i = 0; i < n; ++i) {
            const float v = line[i], o = a[i];
            const bool take = o != o || (v == v && ((v < 0) != (o < 0) ? v < 0 : std::fabs(v) > std::fabs(o)));
            a[i] = take ? v : o;
        }
    } else {
        for (size_t i = 0; i < n; ++i) {
            const float v = line[i], o = a[i];
            a[i] = (o != o || std::fabs(v) > std::fabs(o)) ? v : o; // NaN never beats a number
        }
    }
}

void WaterfallRenderer::foldLines(qint64 seq, int count, std::vector<float> &acc) const
{
    acc.assign(size_t(std::max(0, m_last - m_first + 1)), std::numeric_limits<float>::quiet_NaN());
    for (int i = 0; i < count; ++i)
        foldInto(seq + i, acc);
}

void WaterfallRenderer::writeMarks(qint64 seq, int displayRow, int count)
{
    uint32_t *mark = m_marks->row(displayRow);
    if (!mark)
        return;
    if (seq < 0 || !m_store || !m_store->contains(seq)) {
        mark[0] = mark[1] = kNanColor;
        return;
    }
    bool negative = false, suspect = false;
    for (qint64 s = seq; s < seq + count && m_store->contains(s); ++s) {
        const LineInfo info = m_store->lineInfo(s);
        negative = negative || info.negativeCount > 0;
        suspect = suspect || info.blockRangeSuspect();
    }
    mark[0] = negative ? m_params.overlays.negative : kNanColor;
    mark[1] = suspect ? m_params.overlays.suspect : kNanColor;
}

double WaterfallRenderer::liveRowMs() const
{
    const double dt = lineDtMs();
    const int rows = m_ring->rows();
    return (m_liveSpanMs > 0 && rows > 0 && m_liveSpanMs / rows > dt * (1 + 1e-6)) ? m_liveSpanMs / rows : dt;
}

bool WaterfallRenderer::liveLayoutStale() const
{
    const double row = liveRowMs();
    const bool binned = row > lineDtMs();
    return binned != (m_binMs > 0) || (binned && std::abs(row - m_binMs) > 1e-9 * row);
}

void WaterfallRenderer::appendBinned(qint64 seq)
{
    const LineInfo info = m_store->lineInfo(seq);
    const qint64 bin = qint64(std::floor(info.startMs / m_binMs));
    const int rows = m_ring->rows();
    if (m_accValid && bin <= m_topBin) { // the top row's bin (or a line back in time): folded in
        foldInto(seq, m_acc);
        colorizeValues(m_acc.data(), m_ring->row(0));
        const int p = m_ring->physicalRow(0);
        RowRef &ref = m_refs[size_t(p)];
        if (ref.seq >= 0 && seq == ref.seq + ref.count)
            ++ref.count;
        uint32_t *mark = m_marks->row(0);
        if (mark && info.negativeCount > 0)
            mark[0] = m_params.overlays.negative;
        if (mark && info.blockRangeSuspect())
            mark[1] = m_params.overlays.suspect;
        return;
    }
    if (m_accValid) { // bins without a line between the top row and this one: a gap
        const qint64 skipped = std::min<qint64>(bin - m_topBin - 1, rows);
        for (qint64 b = bin - skipped; b < bin; ++b) {
            m_ring->appendGapBand(1, m_params.overlays.gap);
            m_marks->appendRow();
            writeMarks(-1, 0);
            setRef(0, RowRef{-1, b * m_binMs, (b + 1) * m_binMs, true, false, seq});
        }
    }
    foldLines(seq, 1, m_acc);
    m_accValid = true;
    m_topBin = bin;
    colorizeValues(m_acc.data(), m_ring->appendRow());
    m_marks->appendRow();
    writeMarks(seq, 0);
    setRef(0, RowRef{seq, bin * m_binMs, (bin + 1) * m_binMs});
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
    if (m_binMs > 0) {
        for (qint64 seq = std::max(m_consumed, m_store->firstSeq()); seq < end; ++seq)
            appendBinned(seq);
        m_consumed = end;
        m_rowMs = m_binMs;
        if (m_accValid)
            m_topMs = (m_topBin + 1) * m_binMs;
        return;
    }
    const qint64 from = std::max({m_consumed, m_store->firstSeq(), end - m_ring->rows()});
    for (qint64 seq = from; seq < end; ++seq)
        appendLine(seq, true);
    m_consumed = end;
    m_rowMs = lineDtMs();
}

void WaterfallRenderer::startPlan(std::vector<RowRef> plan)
{
    // The ring holds the plan's rows, transparent (display row 0 the newest); paint() fills them in.
    m_ring->clear();
    m_marks->clear();
    std::fill(m_refs.begin(), m_refs.end(), RowRef{});
    const size_t rows = std::min(plan.size(), size_t(m_ring->rows()));
    m_plan = std::move(plan);
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
        const RowRef &row = m_plan[m_paintNext];
        uint32_t *dst = m_ring->row(d);
        const qint64 seq = row.seq;
        if (seq >= 0 && row.count > 1) { // several lines, one row
            foldLines(seq, row.count, m_scratch);
            colorizeValues(m_scratch.data(), dst);
        } else if (seq >= 0 && d > 0 && m_plan[m_paintNext - 1].seq == seq && m_plan[m_paintNext - 1].count == 1)
            std::memcpy(dst, m_ring->row(d - 1), size_t(m_ring->cols()) * sizeof(uint32_t)); // one line, several rows
        else if (seq >= 0)
            colorizeInto(seq, dst);
        else
            std::fill(dst, dst + m_ring->cols(),
                      row.gap ? m_params.overlays.gap : row.overlap ? m_params.overlays.overlap : kNanColor);
        writeMarks(seq, d, row.count);
        setRef(d, row);
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
    m_accValid = false;
    m_rowMs = liveRowMs();
    m_binMs = m_rowMs > lineDtMs() ? m_rowMs : 0;
    if (!m_store || m_store->isEmpty() || m_ring->isEmpty() || liveEnd() <= m_store->firstSeq())
        return true;
    if (m_binMs > 0)
        return rebuildBinned(budgetMs);
    const qint64 end = liveEnd();
    startPlan(RingPlanner(m_store, lineDtMs()).live(end, m_ring->rows(), m_rowMs));
    m_topMs = m_store->lineInfo(end - 1).endMs;
    m_consumed = end;
    return paint(budgetMs);
}

bool WaterfallRenderer::rebuildBinned(double budgetMs)
{
    const qint64 end = liveEnd();
    m_topBin = qint64(std::floor(m_store->lineInfo(end - 1).startMs / m_binMs));
    startPlan(RingPlanner(m_store, lineDtMs()).binned(end, m_ring->rows(), m_binMs, m_topBin));
    m_topMs = (m_topBin + 1) * m_binMs;
    m_consumed = end;
    foldLines(m_plan.front().seq, m_plan.front().count, m_acc);
    m_accValid = true;
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
    m_binMs = 0;
    m_accValid = false;
    startPlan(RingPlanner(m_store, lineDtMs()).window(m_topMs, m_rowMs, rows));
    return paint(budgetMs);
}

} // namespace wf
