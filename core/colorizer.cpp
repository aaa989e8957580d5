#include "colorizer.h"

#include <QtGlobal>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

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
        f = f > 0.0f ? f : 0.0f;
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
    for (int c = 0; c < nOut; ++c) {
        int end = begin + q;
        acc += r;
        if (acc >= nOut) {
            acc -= nOut;
            ++end;
        }
        if (q == 1) {
            const float a = in[begin], b = in[end - 1];
            const float v = (std::fabs(b) > std::fabs(a) || a != a) ? b : a;
            out[c] = highlightNegative && ((a < 0) | (b < 0)) ? kNegativeColor : colorOne(v, map, lut, false);
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
