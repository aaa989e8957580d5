#include "colorizer.h"

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

inline uint32_t colorOne(float v, const Mapper &map, const ColorLut &lut, bool highlight)
{
    if (v != v)
        return kNanColor;
    if (highlight && v < 0)
        return kNegativeColor;
    return lut[size_t(map.index(v))];
}

// Column value of channels [begin, end): the largest |v|, with its sign; NaN when all are NaN.
inline uint32_t colorColumn(const float *in, int begin, int end, const Mapper &map, const ColorLut &lut,
                            bool highlight)
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
    return highlight && negative ? kNegativeColor : colorOne(best, map, lut, false);
}

} // namespace

int lutIndex(float value, const Levels &levels)
{
    return std::isnan(value) ? 0 : Mapper(levels).index(value);
}

uint32_t colorOf(float value, const Levels &levels, const ColorLut &lut, bool highlightNegative)
{
    return colorOne(value, Mapper(levels), lut, highlightNegative);
}

void colorizeLine(const float *in, int nIn, uint32_t *out, int nOut, const Levels &levels,
                  const ColorLut &lut, bool highlightNegative)
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
            out[i] = colorOne(in[i], map, lut, highlightNegative);
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
            out[c] = colorOne(in[channel], map, lut, highlightNegative);
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
        // Four columns per step, branch-free: on real data |b| > |a| is a coin toss, and a
        // mispredicted branch per column cost more than the rest of the column together. The same
        // arithmetic as the scalar path below (maxps/minps clamp exactly like the ternaries).
        const __m128 absMask = _mm_castsi128_ps(_mm_set1_epi32(0x7FFFFFFF));
        const __m128 zero = _mm_setzero_ps();
        const __m128 lo = _mm_set1_ps(map.lo), scale = _mm_set1_ps(map.scale), top = _mm_set1_ps(255.0f);
        const __m128i nanColor = _mm_set1_epi32(int32_t(kNanColor));
        const __m128i negColor = _mm_set1_epi32(int32_t(kNegativeColor));
        const __m128 highlight = _mm_castsi128_ps(_mm_set1_epi32(highlightNegative ? -1 : 0));
        alignas(16) float av[4], bv[4];
        alignas(16) int32_t idx[4];
        for (; c + 4 <= nOut; c += 4) {
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
            const __m128 a = _mm_load_ps(av), b = _mm_load_ps(bv);
            const __m128 pickB = _mm_or_ps(_mm_cmpgt_ps(_mm_and_ps(b, absMask), _mm_and_ps(a, absMask)), _mm_cmpunord_ps(a, a));
            const __m128 v = _mm_or_ps(_mm_andnot_ps(pickB, a), _mm_and_ps(pickB, b));
            const __m128 negative = _mm_and_ps(highlight, _mm_or_ps(_mm_cmplt_ps(a, zero), _mm_cmplt_ps(b, zero)));
            const __m128 nan = _mm_cmpunord_ps(v, v);
            __m128 f = _mm_mul_ps(_mm_sub_ps(v, lo), scale);
            f = _mm_max_ps(f, zero); // NaN gives 0, as f > 0 ? f : 0
            f = _mm_min_ps(f, top);
            _mm_store_si128(reinterpret_cast<__m128i *>(idx), _mm_cvttps_epi32(f));
            __m128i color = _mm_setr_epi32(int32_t(lut[size_t(idx[0])]), int32_t(lut[size_t(idx[1])]),
                                           int32_t(lut[size_t(idx[2])]), int32_t(lut[size_t(idx[3])]));
            const __m128i nanI = _mm_castps_si128(nan), negI = _mm_castps_si128(negative);
            color = _mm_or_si128(_mm_andnot_si128(nanI, color), _mm_and_si128(nanI, nanColor));
            color = _mm_or_si128(_mm_andnot_si128(negI, color), _mm_and_si128(negI, negColor));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(out + c), color);
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
            // Branch-free: on real data |b| > |a| is a coin toss, and a mispredicted branch per
            // column cost more than the rest of the column together.
            const float a = in[begin], b = in[end - 1];
            const uint32_t ua = std::bit_cast<uint32_t>(a), ub = std::bit_cast<uint32_t>(b);
            const uint32_t pickB = uint32_t(-int32_t((std::fabs(b) > std::fabs(a)) | (a != a)));
            const float v = std::bit_cast<float>((ua & ~pickB) | (ub & pickB));
            const uint32_t negative = uint32_t(-int32_t(highlightNegative & ((a < 0) | (b < 0))));
            const uint32_t color = v != v ? kNanColor : lut[size_t(map.index(v))]; // index(NaN) = 0
            out[c] = (color & ~negative) | (kNegativeColor & negative);
        } else {
            out[c] = colorColumn(in, begin, end, map, lut, highlightNegative);
        }
        begin = end;
    }
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
