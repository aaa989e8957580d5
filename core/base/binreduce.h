#pragma once
// binStats: one pass over a channel's frequency bins (a gRPC line holds 2222 channels x 256 bins,
// 2.3 MB, ~33 times a second) giving what every bin reduction needs: the sum, largest and smallest
// of the finite values, how many are finite and how many negative. SIMD (AVX2 when the CPU has
// it, else SSE2, chosen once at run time), no allocation; binStatsScalar() is the plain loop, the
// reference for the tests and the benchmark's baseline.
// Exact: counts, min and max equal the scalar loop's; the sum is added in another order (eight
// lanes), so it may differ from the scalar sum in the last bits of a float.
#include <cstddef>
#include <cstdint>

namespace wf {

struct BinStats {
    float sum = 0;      // of the finite values
    float max = 0;      // of the finite values; -infinity when none
    float min = 0;      // of the finite values; +infinity when none
    uint32_t finite = 0;
    uint32_t negatives = 0; // finite values < 0 (-0.0 is not negative)
};

BinStats binStats(const float *values, size_t n);
BinStats binStatsScalar(const float *values, size_t n);
const char *binStatsImplementation(); // "avx2", "sse2" or "scalar"

} // namespace wf
