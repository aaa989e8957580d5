#include "benchcommon.h"

#include "base/stats.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace bench {

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double round3(double v)
{
    return std::round(v * 1000) / 1000;
}

double percentileOf(std::vector<double> v, double p)
{
    return v.empty() ? 0 : wf::observedPercentile(std::move(v), p);
}

wf::WaterfallBlocks makeBody(uint32_t seed, qint64 startMs)
{
    std::mt19937 rng(seed);
    auto unit = [&rng] { return double(rng()) / 4294967296.0; }; // [0, 1), identical on every library
    std::vector<double> background(kChannels);
    for (int c = 0; c < kChannels; ++c)
        background[size_t(c)] = 8 + 40 * unit() + (c % 97 < 5 ? 300 : 0);
    wf::WaterfallBlock block;
    double lo = 1e300, hi = -1e300;
    for (int r = 0; r < kRowsPerBody; ++r) {
        wf::WaterfallRow row;
        row.canvasId = "canvas-1";
        row.startMs = startMs + r * 500;
        row.endMs = row.startMs + 500;
        row.offsets.push_back(0);
        for (int c = 0; c < kChannels; ++c) {
            double v = background[size_t(c)] * (0.6 + 0.8 * unit());
            const double u = unit();
            if (u < 0.002)
                v = -(1 + 54 * unit()) / 8; // down to -6.875
            else if (u < 0.01)
                v = 600 + 543 * unit(); // an event, up to ~1143
            const float sample = float(std::round(v * 8) / 8);
            row.sensorIds.push_back(10 + c); // channels 11..2232, ids are 0-based
            row.samples.push_back(sample);
            row.offsets.push_back(uint32_t(row.samples.size()));
            lo = std::min(lo, double(sample));
            hi = std::max(hi, double(sample));
        }
        block.rows.push_back(std::move(row));
    }
    block.currentMinAmp = lo;
    block.currentMaxAmp = hi;
    return {std::move(block)};
}
} // namespace bench
