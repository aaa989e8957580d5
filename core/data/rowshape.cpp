#include "data/rowshape.h"

#include "base/binreduce.h"

#include <algorithm>
#include <limits>

namespace wf {

namespace {

// One channel's bins [b, e) of `row`, clamped so that malformed offsets never read out of bounds.
std::pair<size_t, size_t> binsOf(const WaterfallRow &row, size_t sensor)
{
    if (row.offsets.size() < row.sensorIds.size() + 1)
        return {0, 0};
    const size_t b = std::min<size_t>(row.offsets[sensor], row.samples.size());
    return {b, std::clamp<size_t>(row.offsets[sensor + 1], b, row.samples.size())};
}

void makeSpectrumRow(const WaterfallRow &row, WaterfallRow &out)
{
    out.canvasId = row.canvasId;
    out.startMs = row.startMs;
    out.endMs = row.endMs;
    out.nonFinite = row.nonFinite;
    out.frequencyBins = false;
    const auto [b, e] = binsOf(row, 0);
    out.samples.assign(row.samples.begin() + qsizetype(b), row.samples.begin() + qsizetype(e));
    out.sensorIds.resize(e - b);
    out.offsets.resize(e - b + 1);
    for (uint32_t i = 0; i <= uint32_t(e - b); ++i) {
        if (i < e - b)
            out.sensorIds[i] = int32_t(i);
        out.offsets[i] = i;
    }
}

bool isSpectrumShaped(const WaterfallRow &row)
{
    return row.frequencyBins && row.sensorIds.size() == 1 && row.offsets.size() >= 2;
}

} // namespace

WaterfallRow spectrumRow(const WaterfallRow &row)
{
    if (!isSpectrumShaped(row))
        return row;
    WaterfallRow out;
    makeSpectrumRow(row, out);
    return out;
}

void RowShaper::setBinReduction(BinReduction mode, int bin)
{
    m_reduction = mode;
    m_reductionBin = std::max(bin, 0);
}

const WaterfallRow &RowShaper::shape(const WaterfallRow &row)
{
    if (!row.frequencyBins)
        return row;
    if (m_spectrum && isSpectrumShaped(row)) {
        makeSpectrumRow(row, m_spectrumRow);
        return m_spectrumRow;
    }
    return reduceBins(row);
}

const WaterfallRow &RowShaper::reduceBins(const WaterfallRow &row)
{
    constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
    m_reduced.canvasId = row.canvasId;
    m_reduced.startMs = row.startMs;
    m_reduced.endMs = row.endMs;
    m_reduced.nonFinite = row.nonFinite;
    m_reduced.frequencyBins = false;
    m_reduced.sensorIds = row.sensorIds;
    m_reduced.offsets.resize(row.sensorIds.size() + 1);
    m_reduced.samples.resize(row.sensorIds.size());
    for (size_t i = 0; i < row.sensorIds.size(); ++i) {
        m_reduced.offsets[i] = uint32_t(i);
        const auto [b, e] = binsOf(row, i);
        // One SIMD pass over the channel's bins: every reduction from its result.
        const BinStats st = binStats(row.samples.data() + b, e - b);
        float out = kNaN;
        if (st.negatives > 0)
            out = st.min;
        else if (m_reduction == BinReduction::Bin)
            out = e > b ? row.samples[b + std::min<size_t>(size_t(m_reductionBin), e - b - 1)] : kNaN;
        else if (st.finite > 0)
            out = m_reduction == BinReduction::Max ? st.max : st.sum / float(st.finite);
        m_reduced.samples[i] = out;
    }
    m_reduced.offsets.back() = uint32_t(row.sensorIds.size());
    return m_reduced;
}

} // namespace wf
