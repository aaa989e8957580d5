#include "waterfallrenderer.h"

#include "rowstore.h"
#include "waterfallimage.h"

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
    m_consumed = m_store ? m_store->endSeq() : 0;
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
    return ref && ref->seq < 0 && ref->endMs > 0 && m_ring->row(displayRow)[0] == m_params.gapColor;
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
                 m_params.highlightNegatives);
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
    mark[0] = info.negativeCount > 0 ? m_params.markColor : kNanColor;
    mark[1] = info.blockRangeSuspect() ? m_params.markColor : kNanColor;
}

void WaterfallRenderer::appendLine(qint64 seq, bool allowGap)
{
    const LineInfo info = m_store->lineInfo(seq);
    const double dt = lineDtMs();
    if (allowGap && info.gapBeforeMs > 0.25 * dt) {
        const int cap = std::max(1, m_ring->rows() / 4);
        const int band = int(std::clamp<double>(std::lround(info.gapBeforeMs / dt), 1, cap));
        for (int i = 0; i < band; ++i) {
            m_ring->appendGapBand(1, m_params.gapColor);
            m_marks->appendRow();
            writeMarks(-1, 0);
            const double t0 = info.startMs - info.gapBeforeMs + i * info.gapBeforeMs / band;
            setRef(0, RowRef{-1, t0, t0 + info.gapBeforeMs / band});
        }
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
    const qint64 end = m_store->endSeq();
    const qint64 from = std::max({m_consumed, m_store->firstSeq(), end - m_ring->rows()});
    for (qint64 seq = from; seq < end; ++seq)
        appendLine(seq, true);
    m_consumed = end;
    m_rowMs = lineDtMs();
}

void WaterfallRenderer::rebuildLive(int firstChannel, int lastChannel)
{
    m_first = firstChannel;
    m_last = lastChannel;
    clear();
    m_rowMs = lineDtMs();
    if (!m_store || m_store->isEmpty() || m_ring->isEmpty())
        return;
    // Walk back from the newest line until the ring is full, then append oldest first.
    const qint64 end = m_store->endSeq();
    qint64 seq = end;
    int rows = 0;
    while (seq > m_store->firstSeq() && rows < m_ring->rows()) {
        --seq;
        const double gap = m_store->gapBeforeMs(seq);
        rows += 1 + (gap > 0.25 * m_rowMs ? int(std::min<double>(std::lround(gap / m_rowMs), m_ring->rows() / 4 + 1)) : 0);
    }
    for (qint64 s = seq; s < end; ++s)
        appendLine(s, s > seq);
    m_consumed = end;
}

void WaterfallRenderer::rebuildWindow(int firstChannel, int lastChannel, double topMs, double spanMs)
{
    m_first = firstChannel;
    m_last = lastChannel;
    m_ring->clear();
    m_marks->clear();
    m_topMs = topMs;
    const int rows = m_ring->rows();
    if (rows <= 0)
        return;
    m_rowMs = spanMs / rows;
    qint64 prevSeq = -2;
    for (int r = rows - 1; r >= 0; --r) { // oldest first: display row 0 ends up newest
        const double t = m_topMs - (r + 0.5) * m_rowMs;
        uint32_t *dst = m_ring->appendRow();
        m_marks->appendRow();
        qint64 seq = (m_store && !m_store->isEmpty()) ? m_store->seqAtTime(t) : -1;
        LineInfo info;
        if (seq >= 0)
            info = m_store->lineInfo(seq);
        bool gap = false;
        if (seq < 0 || t < info.startMs) {
            seq = -1;
        } else if (t >= info.endMs) {
            gap = seq + 1 < m_store->endSeq(); // past the newest line is the future, not a gap
            seq = -1;
        }
        if (seq >= 0 && seq == prevSeq) {
            std::memcpy(dst, m_ring->row(1), size_t(m_ring->cols()) * sizeof(uint32_t));
        } else if (seq >= 0) {
            colorizeInto(seq, dst);
        } else {
            std::fill(dst, dst + m_ring->cols(), gap ? m_params.gapColor : kNanColor);
        }
        prevSeq = seq;
        writeMarks(seq, 0);
        setRef(0, RowRef{seq, t - 0.5 * m_rowMs, t + 0.5 * m_rowMs});
    }
}

} // namespace wf
