#include "data/colorizer.h"

#include <QtGlobal>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace wf {

namespace {

// log2 of a positive finite float to ~3e-6 (2e-5 dB): exponent bits plus a degree-6 polynomial
// (Chebyshev interpolation, no division) of the mantissa m in [1, 2). Far finer than one of 256
// colour steps, and several times cheaper than std::log10 in the per-sample loop.
inline float fastLog2(float x)
{
    const uint32_t bits = std::bit_cast<uint32_t>(x);
    const int exponent = int((bits >> 23) & 0xFF) - 127;
    const float d = std::bit_cast<float>((bits & 0x007FFFFFu) | 0x3F800000u) - 1.5f;
    // Estrin's scheme: a shallower dependency chain than Horner's, so samples overlap in the pipeline.
    const float d2 = d * d;
    const float d4 = d2 * d2;
    const float p = (0.58496250f + 0.96182082f * d) + d2 * (-0.32061304f + 0.14172474f * d) +
                    d4 * ((-0.07079686f + 0.04390748f * d) + d2 * -0.02456853f);
    return float(exponent) + p;
}

// Levels turned into one multiply-add per sample.
struct Mapper {
    float lo = 0;
    float scale = 1;
    bool db = false;

    explicit Mapper(const Levels &levels)
    {
        const Levels l = orderedLevels(levels);
        lo = float(l.min);
        scale = float(256.0 / (l.max - l.min));
        db = l.db;
    }

    // NaN gives 0 (callers paint NaN themselves). In dB, as amplitudeToDb(): never below
    // kDbFloor, which zero and negative values (no logarithm) read as.
    int index(float v) const
    {
        float x = v;
        if (db) {
            constexpr float kDbPerOctave = 6.0205999132796239f; // 20·log10(2)
            constexpr float kFloor = float(kDbFloor);
            x = v > 0 ? std::max(kFloor, kDbPerOctave * fastLog2(v)) : kFloor;
        }
        float f = (x - lo) * scale;
        f = f > 0.0f ? f : 0.0f; // maxss: NaN gives 0
        f = f < 255.0f ? f : 255.0f;
        return int(f);
    }
};

inline uint32_t colorOne(float v, const Mapper &map, const ColorLut &lut, bool highlight, uint32_t negColor)
{
    if (v != v)
        return kNanColor;
    if (highlight && v < 0)
        return negColor;
    return lut[size_t(map.index(v))];
}

// Column value of channels [begin, end): the largest |v|, with its sign; NaN when all are NaN.
inline uint32_t colorColumn(const float *in, int begin, int end, const Mapper &map, const ColorLut &lut,
                            bool highlight, uint32_t negColor)
{
    float best = std::numeric_limits<float>::quiet_NaN();
    float bestAbs = -1.0f;
    bool negative = false;
    for (int i = begin; i < end; ++i) {
        const float v = in[i];
        const float a = std::fabs(v);
        negative |= v < 0;
        if (a > bestAbs) { // false for NaN: skipped
            bestAbs = a;
            best = v;
        }
    }
    return highlight && negative ? negColor : colorOne(best, map, lut, false, negColor);
}

// One column showing channels a and b (the same channel twice when it shows one): the larger |v|
// with its sign, NaN only when both are; negColor when highlighting and either is negative.
// Branch-free: on real data |b| > |a| is a coin toss, and a mispredicted branch per column cost
// more than the rest of the column together.
inline uint32_t colorPair(float a, float b, const Mapper &map, const ColorLut &lut, bool highlight, uint32_t negColor)
{
    const uint32_t ua = std::bit_cast<uint32_t>(a), ub = std::bit_cast<uint32_t>(b);
    const uint32_t pickB = uint32_t(-int32_t((std::fabs(b) > std::fabs(a)) | (a != a)));
    const float v = std::bit_cast<float>((ua & ~pickB) | (ub & pickB));
    const uint32_t negative = uint32_t(-int32_t(highlight & ((a < 0) | (b < 0))));
    const uint32_t color = v != v ? kNanColor : lut[size_t(map.index(v))]; // index(NaN) = 0
    return (color & ~negative) | (negColor & negative);
}

#if defined(__SSE2__)
// colorPair() for four columns at once, linear levels only; the same arithmetic (maxps/minps clamp
// exactly like Mapper::index's ternaries, NaN included).
struct PairKernel {
    __m128 absMask, zero, lo, scale, top, highlight;
    __m128i nanColor, negColor;

    PairKernel(const Mapper &map, bool highlightNegative, uint32_t negativeColor)
        : absMask(_mm_castsi128_ps(_mm_set1_epi32(0x7FFFFFFF))), zero(_mm_setzero_ps()), lo(_mm_set1_ps(map.lo)),
          scale(_mm_set1_ps(map.scale)), top(_mm_set1_ps(255.0f)),
          highlight(_mm_castsi128_ps(_mm_set1_epi32(highlightNegative ? -1 : 0))),
          nanColor(_mm_set1_epi32(int32_t(kNanColor))), negColor(_mm_set1_epi32(int32_t(negativeColor)))
    {
    }

    void run(__m128 a, __m128 b, const ColorLut &lut, uint32_t *out) const
    {
        const __m128 pickB = _mm_or_ps(_mm_cmpgt_ps(_mm_and_ps(b, absMask), _mm_and_ps(a, absMask)), _mm_cmpunord_ps(a, a));
        const __m128 v = _mm_or_ps(_mm_andnot_ps(pickB, a), _mm_and_ps(pickB, b));
        const __m128 negative = _mm_and_ps(highlight, _mm_or_ps(_mm_cmplt_ps(a, zero), _mm_cmplt_ps(b, zero)));
        const __m128 nan = _mm_cmpunord_ps(v, v);
        __m128 f = _mm_mul_ps(_mm_sub_ps(v, lo), scale);
        f = _mm_max_ps(f, zero); // NaN gives 0, as f > 0 ? f : 0
        f = _mm_min_ps(f, top);
        const __m128i idx = _mm_cvttps_epi32(f);
        // Lane extraction through registers: a store to memory read back as a vector (or the
        // reverse) stalls on store forwarding, which cost more than the whole column.
        const int i0 = _mm_cvtsi128_si32(idx), i1 = _mm_cvtsi128_si32(_mm_shuffle_epi32(idx, 0x55));
        const int i2 = _mm_cvtsi128_si32(_mm_shuffle_epi32(idx, 0xAA)), i3 = _mm_cvtsi128_si32(_mm_shuffle_epi32(idx, 0xFF));
        __m128i color = _mm_setr_epi32(int32_t(lut[size_t(i0)]), int32_t(lut[size_t(i1)]), int32_t(lut[size_t(i2)]),
                                       int32_t(lut[size_t(i3)]));
        const __m128i nanI = _mm_castps_si128(nan), negI = _mm_castps_si128(negative);
        color = _mm_or_si128(_mm_andnot_si128(nanI, color), _mm_and_si128(nanI, nanColor));
        color = _mm_or_si128(_mm_andnot_si128(negI, color), _mm_and_si128(negI, negColor));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out), color);
    }
};
#endif

} // namespace

int lutIndex(float value, const Levels &levels)
{
    return std::isnan(value) ? 0 : Mapper(levels).index(value);
}

uint32_t colorOf(float value, const Levels &levels, const ColorLut &lut, bool highlightNegative, uint32_t negativeColor)
{
    return colorOne(value, Mapper(levels), lut, highlightNegative, negativeColor);
}

void colorizeLine(const float *in, int nIn, uint32_t *out, int nOut, const Levels &levels,
                  const ColorLut &lut, bool highlightNegative, uint32_t negativeColor)
{
    if (!out || nOut <= 0)
        return;
    if (!in || nIn <= 0) {
        std::fill(out, out + nOut, kNanColor);
        return;
    }
    const Mapper map(levels);

    if (nOut == nIn) {
        for (int i = 0; i < nIn; ++i)
            out[i] = colorOne(in[i], map, lut, highlightNegative, negativeColor);
        return;
    }

    if (nOut > nIn) {
        // Column c shows channel floor((2c + 1)·nIn / (2·nOut)), stepped without a division.
        const qint64 den = 2 * qint64(nOut);
        const qint64 step = 2 * qint64(nIn);
        int channel = 0;
        qint64 rem = nIn; // numerator of the current column minus channel·den
        for (int c = 0; c < nOut; ++c) {
            while (rem >= den) {
                rem -= den;
                ++channel;
            }
            out[c] = colorOne(in[channel], map, lut, highlightNegative, negativeColor);
            rem += step;
        }
        return;
    }

    // nOut < nIn: column c covers [floor(c·nIn/nOut), floor((c+1)·nIn/nOut)), stepped without a
    // division. With fewer than two channels per column (q == 1) each column has one or two: both
    // ends are compared, without a loop whose length the branch predictor cannot guess.
    const int q = nIn / nOut;
    const int r = nIn % nOut;
    int begin = 0;
    int acc = 0;
    int c = 0;
#if defined(__SSE2__)
    if (q == 1 && !map.db) {
        const PairKernel kernel(map, highlightNegative, negativeColor);
        for (; c + 4 <= nOut; c += 4) {
            float av[4], bv[4];
            for (int k = 0; k < 4; ++k) {
                int end = begin + 1;
                acc += r;
                if (acc >= nOut) { // a fixed pattern, predicted well
                    acc -= nOut;
                    ++end;
                }
                av[k] = in[begin];
                bv[k] = in[end - 1];
                begin = end;
            }
            kernel.run(_mm_setr_ps(av[0], av[1], av[2], av[3]), _mm_setr_ps(bv[0], bv[1], bv[2], bv[3]), lut, out + c);
        }
    }
#endif
    for (; c < nOut; ++c) {
        int end = begin + q;
        acc += r;
        if (acc >= nOut) {
            acc -= nOut;
            ++end;
        }
        if (q == 1) {
            out[c] = colorPair(in[begin], in[end - 1], map, lut, highlightNegative, negativeColor);
        } else {
            out[c] = colorColumn(in, begin, end, map, lut, highlightNegative, negativeColor);
        }
        begin = end;
    }
}

ColumnMap::ColumnMap(int nIn, int nOut) : m_nIn(std::max(0, nIn)), m_nOut(std::max(0, nOut))
{
    // One or two channels per column (fewer than two channels per pixel, or more pixels than
    // channels): a table of both ends. Wider columns keep colorizeLine()'s own loop.
    m_pairs = m_nIn > 0 && m_nOut > 0 && m_nIn < 2 * qint64(m_nOut);
    if (!m_pairs)
        return;
    m_first.resize(size_t(m_nOut));
    m_last.resize(size_t(m_nOut));
    for (int c = 0; c < m_nOut; ++c) {
        const IndexSpan span = channelsOfColumn(c, m_nIn, m_nOut);
        m_first[size_t(c)] = span.begin;
        m_last[size_t(c)] = span.end - 1;
    }
}

void colorizeLine(const float *in, const ColumnMap &columns, uint32_t *out, const Levels &levels, const ColorLut &lut,
                  bool highlightNegative, uint32_t negativeColor)
{
    const int nOut = columns.m_nOut;
    if (!columns.m_pairs || !in || !out) {
        colorizeLine(in, columns.m_nIn, out, nOut, levels, lut, highlightNegative, negativeColor);
        return;
    }
    const Mapper map(levels);
    const int32_t *first = columns.m_first.data();
    const int32_t *last = columns.m_last.data();
    int c = 0;
#if defined(__SSE2__)
    if (!map.db) {
        const PairKernel kernel(map, highlightNegative, negativeColor);
        for (; c + 4 <= nOut; c += 4)
            kernel.run(_mm_setr_ps(in[first[c]], in[first[c + 1]], in[first[c + 2]], in[first[c + 3]]),
                       _mm_setr_ps(in[last[c]], in[last[c + 1]], in[last[c + 2]], in[last[c + 3]]), lut, out + c);
    }
#endif
    for (; c < nOut; ++c)
        out[c] = colorPair(in[first[c]], in[last[c]], map, lut, highlightNegative, negativeColor);
}

IndexSpan channelsOfColumn(int column, int nIn, int nOut)
{
    if (nIn <= 0 || nOut <= 0 || column < 0 || column >= nOut)
        return {};
    if (nOut > nIn) {
        const int channel = int((2 * qint64(column) + 1) * nIn / (2 * qint64(nOut)));
        return {channel, channel + 1};
    }
    return {int(qint64(column) * nIn / nOut), int((qint64(column) + 1) * nIn / nOut)};
}

IndexSpan columnsOfChannel(int channel, int nIn, int nOut)
{
    if (nIn <= 0 || nOut <= 0 || channel < 0 || channel >= nIn)
        return {};
    if (nOut <= nIn) {
        const int column = int(((qint64(channel) + 1) * nOut - 1) / nIn);
        return {column, column + 1};
    }
    // Smallest c with (2c + 1)·nIn >= 2·k·nOut, for k = channel and channel + 1.
    auto firstColumnAtOrAfter = [nIn, nOut](qint64 k) {
        const qint64 num = 2 * k * nOut - nIn;
        if (num <= 0)
            return qint64(0);
        return (num + 2 * qint64(nIn) - 1) / (2 * qint64(nIn));
    };
    return {int(firstColumnAtOrAfter(channel)), int(std::min<qint64>(nOut, firstColumnAtOrAfter(channel + 1)))};
}

} // namespace wf
