#pragma once
// Percentiles: the one home of their definitions. Two, for two questions:
//  - percentile(): for estimating a level from samples (auto-contrast), interpolated linearly
//    between the two nearest order statistics (NumPy's default);
//  - observedPercentile(): for reporting a measurement (poll latency, frame and ingest times in the
//    HUD, the report and the benchmark), the nearest-rank value: the smallest observed value with at
//    least p % of the observations at or below it, so a reported p95 is a time that really occurred.
#include <cstddef>
#include <span>
#include <vector>

namespace wf {

// The p-th percentile (0..100) of the values, NaN ones ignored, interpolated. NaN when no value is
// left. About linear: a heap selection of the short tail for ranks in the outer quarters,
// nth_element otherwise.
double percentile(std::vector<float> values, double p);
// The same, reordering `values` in place instead of copying (non-finite values must be removed first).
double percentileInPlace(std::span<float> values, double p);

// The building blocks of percentile(), for callers that take several ranks of one set: the
// fractional rank (0 .. n-1) of the p-th percentile, and the value there (reorders `values`).
double percentileRank(double p, size_t n);
double valueAtRank(std::span<float> values, double rank);

// Nearest rank: the value at rank ceil(p/100 × n) (1-based; rank 1 for p = 0). NaN when empty.
double observedPercentile(std::vector<double> values, double p);

} // namespace wf
