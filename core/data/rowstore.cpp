#include "data/rowstore.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace wf {

namespace {
// True when ids[i] == firstId + i and offsets[i + 1] - offsets[i] == k for every i < n (offsets
// holds n + 1 entries): the server's normal row shape. Four sensors per step on SSE2.
bool isDenseShape(const int32_t *ids, const uint32_t *offsets, size_t n, int32_t firstId, uint32_t k)
{
    size_t i = 0;
    bool ok = true;
#if defined(__SSE2__)
    const __m128i four = _mm_set1_epi32(4);
    const __m128i vk = _mm_set1_epi32(int32_t(k));
    __m128i expect = _mm_setr_epi32(firstId, firstId + 1, firstId + 2, firstId + 3);
    __m128i all = _mm_set1_epi32(-1);
    for (; i + 4 <= n; i += 4) {
        const __m128i id = _mm_loadu_si128(reinterpret_cast<const __m128i *>(ids + i));
        const __m128i o0 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(offsets + i));
        const __m128i o1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(offsets + i + 1));
        all = _mm_and_si128(all, _mm_cmpeq_epi32(id, expect));
        all = _mm_and_si128(all, _mm_cmpeq_epi32(_mm_sub_epi32(o1, o0), vk));
        expect = _mm_add_epi32(expect, four);
    }
    ok = _mm_movemask_epi8(all) == 0xFFFF;
#endif
    for (; i < n; ++i)
        ok &= (ids[i] == firstId + int32_t(i)) & (offsets[i + 1] - offsets[i] == k);
    return ok;
}

// Copies n floats and returns how many are < 0 (NaN is not).
int copyCountingNegatives(const float *src, float *dst, int n)
{
    int i = 0;
    int negatives = 0;
#if defined(__SSE2__)
    const __m128 zero = _mm_setzero_ps();
    __m128i count = _mm_setzero_si128();
    for (; i + 4 <= n; i += 4) {
        const __m128 v = _mm_loadu_ps(src + i);
        _mm_storeu_ps(dst + i, v);
        count = _mm_sub_epi32(count, _mm_castps_si128(_mm_cmplt_ps(v, zero))); // a lane of -1 per negative
    }
    alignas(16) int32_t lanes[4];
    _mm_store_si128(reinterpret_cast<__m128i *>(lanes), count);
    negatives = lanes[0] + lanes[1] + lanes[2] + lanes[3];
#endif
    for (; i < n; ++i) {
        dst[i] = src[i];
        negatives += int(src[i] < 0);
    }
    return negatives;
}
} // namespace

RowStore::RowStore(int channelLo, int channelHi, qint64 budgetBytes)
{
    reset(channelLo, channelHi, budgetBytes);
}

void RowStore::reset(int channelLo, int channelHi, qint64 budgetBytes)
{
    m_lo = channelLo;
    m_hi = channelHi;
    m_channels = channelHi >= channelLo ? channelHi - channelLo + 1 : 0;
    m_budget = budgetBytes;
    m_capacity = std::max<qint64>(1, budgetBytes / bytesPerLine());
    allocate();
    clear();
}

void RowStore::allocate()
{
    m_samples.reset();
    m_slots.reset();
    // Default-initialised on purpose: the pages are only touched when a line is written.
    m_samples.reset(new float[size_t(m_capacity) * size_t(m_channels)]);
    m_slots.reset(new Slot[size_t(m_capacity)]);
}

void RowStore::clear()
{
    m_size = 0;
    m_haveLast = false;
    m_lastEndMs = 0;
    m_totalRows = 0;
    m_totalNegativeSamples = 0;
    m_totalRowsWithNegatives = 0;
    m_latestNegativeSeq = -1;
    m_ignoredSensors = 0;
}

qint64 RowStore::bytesPerLine() const
{
    return qint64(m_channels) * qint64(sizeof(float)) + qint64(sizeof(Slot));
}

int RowStore::append(const WaterfallRow &row, double blockMinAmp, double blockMaxAmp)
{
    Q_ASSERT(!row.frequencyBins);
    const size_t nSensors = row.sensorIds.size();
    const size_t nSamples = row.samples.size();
    const bool offsetsValid = row.offsets.size() >= nSensors + 1;

    // "Dense" = every configured channel once, in order, with the same k samples each: the server's
    // normal shape, checked in one branch-free pass and then copied without a scatter.
    int k = 0;
    bool dense = offsetsValid && nSensors == size_t(m_channels) && nSensors > 0;
    if (dense) {
        const uint32_t first = row.offsets[0];
        k = int(row.offsets[1] - first);
        dense = k > 0 && size_t(first) + nSensors * size_t(k) <= nSamples;
        dense = dense && isDenseShape(row.sensorIds.data(), row.offsets.data(), nSensors, sensorOfChannel(m_lo), uint32_t(k));
    }
    // Otherwise: where each in-range sensor goes and which samples it has (clamped, so that
    // malformed offsets never read out of bounds).
    m_plan.clear();
    if (!dense) {
        k = 0;
        for (size_t i = 0; i < nSensors; ++i) {
            const qint64 col = channelOfSensor(row.sensorIds[i]) - m_lo;
            if (col < 0 || col >= m_channels) {
                ++m_ignoredSensors;
                continue;
            }
            uint32_t b = 0, e = 0;
            if (offsetsValid) {
                b = uint32_t(std::min<size_t>(row.offsets[i], nSamples));
                e = uint32_t(std::clamp<size_t>(row.offsets[i + 1], b, nSamples));
            }
            k = std::max(k, int(e - b));
            m_plan.push_back(PlanEntry{int32_t(col), b, e - b});
        }
    }
    const int lines = std::max(k, 1);
    const double start = double(row.startMs);
    const double span = double(row.endMs - row.startMs);
    const qint64 rowIndex = m_nextRowIndex++;
    qint64 rowNegatives = 0;

    for (int j = 0; j < lines; ++j) {
        const qint64 seq = m_endSeq;
        const qint64 slot = slotOf(seq);
        float *dst = m_samples.get() + slot * m_channels;
        int negatives = 0;
        if (dense && k == 1) {
            negatives = copyCountingNegatives(row.samples.data() + row.offsets[0], dst, m_channels);
        } else if (dense) {
            const float *src = row.samples.data() + row.offsets[0] + j;
            for (int c = 0; c < m_channels; ++c) {
                const float v = src[size_t(c) * size_t(k)];
                negatives += int(v < 0);
                dst[c] = v;
            }
        } else {
            std::fill(dst, dst + m_channels, missingSample());
            for (const PlanEntry &p : m_plan) {
                if (uint32_t(j) >= p.count)
                    continue; // this sensor has fewer samples than the row's longest: missing here
                const float v = row.samples[p.begin + uint32_t(j)];
                float &cell = dst[p.column];
                negatives += int(v < 0) - int(cell < 0); // a duplicate id replaces the earlier sample
                cell = v;
            }
        }

        Slot &s = m_slots[size_t(slot)];
        s.startMs = start + span * j / lines;
        s.endMs = j + 1 == lines ? double(row.endMs) : start + span * (j + 1) / lines;
        s.gapBeforeMs = m_haveLast ? s.startMs - m_lastEndMs : 0;
        s.blockMin = blockMinAmp;
        s.blockMax = blockMaxAmp;
        s.rowIndex = rowIndex;
        s.lineInRow = j;
        s.linesInRow = lines;
        s.negativeCount = negatives;
        m_lastEndMs = s.endMs;
        m_haveLast = true;

        if (negatives > 0)
            m_latestNegativeSeq = seq;
        rowNegatives += negatives;
        ++m_endSeq;
        m_size = std::min(m_size + 1, m_capacity);
    }

    ++m_totalRows;
    m_totalNegativeSamples += rowNegatives;
    if (rowNegatives > 0)
        ++m_totalRowsWithNegatives;
    return lines;
}

qint64 RowStore::append(const WaterfallBlock &block)
{
    qint64 lines = 0;
    for (const WaterfallRow &row : block.rows)
        lines += append(row, block.currentMinAmp, block.currentMaxAmp);
    return lines;
}

const float *RowStore::line(qint64 seq) const
{
    if (!contains(seq))
        return nullptr;
    return m_samples.get() + slotOf(seq) * m_channels;
}

LineInfo RowStore::lineInfo(qint64 seq) const
{
    if (!contains(seq))
        return {};
    const Slot &s = m_slots[size_t(slotOf(seq))];
    LineInfo info;
    info.startMs = s.startMs;
    info.endMs = s.endMs;
    info.gapBeforeMs = s.gapBeforeMs;
    info.blockMinAmp = s.blockMin;
    info.blockMaxAmp = s.blockMax;
    info.rowIndex = s.rowIndex;
    info.lineInRow = s.lineInRow;
    info.linesInRow = s.linesInRow;
    info.negativeCount = s.negativeCount;
    return info;
}

double RowStore::gapBeforeMs(qint64 seq) const
{
    return contains(seq) ? m_slots[size_t(slotOf(seq))].gapBeforeMs : 0;
}

qint64 RowStore::seqAtTime(double ms) const
{
    if (m_size == 0)
        return -1;
    // First held line whose start is after ms; the answer is the one before it.
    qint64 lo = firstSeq(), hi = m_endSeq;
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (m_slots[size_t(slotOf(mid))].startMs <= ms)
            lo = mid + 1;
        else
            hi = mid;
    }
    return std::max(firstSeq(), lo - 1);
}

} // namespace wf
