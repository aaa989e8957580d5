#include "base/stats.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace wf {

// The value at a fractional rank (0 .. n-1) of the sorted values, interpolated linearly; reorders.
// Ranks near an end (the 1st and 99th percentiles of auto-contrast) use a heap selection of the
// short tail, which rejects most values with one well-predicted comparison: several times cheaper
// than nth_element's partitioning of the whole window.
double valueAtRank(std::span<float> values, double rank)
{
    const size_t n = values.size();
    const size_t i = std::min(n - 1, size_t(rank));
    const double frac = rank - double(i);
    const bool needNext = frac > 0 && i + 1 < n;
    double a = 0, b = 0;
    if (i + 2 <= n / 4) {
        const size_t m = i + 2; // ranks 0 .. i + 1, sorted in front
        std::partial_sort(values.begin(), values.begin() + ptrdiff_t(m), values.end());
        a = values[i];
        b = values[i + 1];
    } else if (n - i <= n / 4) {
        const size_t m = n - i; // ranks n - 1 down to i, sorted in front, largest first
        std::partial_sort(values.begin(), values.begin() + ptrdiff_t(m), values.end(), std::greater<float>());
        a = values[m - 1];
        b = m >= 2 ? values[m - 2] : a;
    } else {
        std::nth_element(values.begin(), values.begin() + ptrdiff_t(i), values.end());
        a = values[i];
        b = needNext ? *std::min_element(values.begin() + ptrdiff_t(i) + 1, values.end()) : a;
    }
    return needNext ? a + frac * (b - a) : a;
}

double percentileRank(double p, size_t n)
{
    return std::clamp(p, 0.0, 100.0) / 100.0 * double(n - 1);
}

double percentileInPlace(std::span<float> values, double p)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    return valueAtRank(values, percentileRank(p, values.size()));
}

double percentile(std::vector<float> values, double p)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](float v) { return std::isnan(v); }),
                 values.end());
    return percentileInPlace(values, p);
}

double observedPercentile(std::vector<double> values, double p)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const double n = double(values.size());
    const double rank = std::ceil(std::clamp(p, 0.0, 100.0) / 100.0 * n);
    const size_t k = size_t(std::clamp(rank, 1.0, n)) - 1;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(k), values.end());
    return values[k];
}

} // namespace wf
