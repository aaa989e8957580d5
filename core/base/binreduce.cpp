#include "base/binreduce.h"

#include <algorithm>
#include <cmath>
#include <limits>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define WF_BINSTATS_X86 1
#endif

namespace wf {

namespace {

constexpr float kInf = std::numeric_limits<float>::infinity();

// The tail (and the whole of a non-x86 build): the same rules as the lanes.
void addScalar(BinStats &s, const float *v, size_t n)
{
    for (size_t i = 0; i < n; ++i) {
        const float x = v[i];
        if (!std::isfinite(x))
            continue;
        s.sum += x;
        s.max = std::max(s.max, x);
        s.min = std::min(s.min, x);
        s.negatives += x < 0 ? 1 : 0;
        ++s.finite;
    }
}

BinStats empty()
{
    BinStats s;
    s.max = -kInf;
    s.min = kInf;
    return s;
}

#ifdef WF_BINSTATS_X86
#define WF_AVX2 __attribute__((target("avx2"), always_inline)) inline

// Eight lanes of every statistic. Finite lanes: x - x is 0 for a finite x, NaN otherwise. A
// non-finite value enters the sum as 0 and max/min as NaN, which max_ps/min_ps skip when it is
// their first operand (they return the second).
struct Lanes8 {
    __m256 sum, mx, mn;
    __m256i fin, neg;
};

WF_AVX2 void addLanes(Lanes8 &a, __m256 x)
{
    const __m256 zero = _mm256_setzero_ps();
    const __m256 ok = _mm256_cmp_ps(_mm256_sub_ps(x, x), zero, _CMP_EQ_OQ);
    const __m256 xn = _mm256_or_ps(x, _mm256_andnot_ps(ok, _mm256_castsi256_ps(_mm256_set1_epi32(-1))));
    a.sum = _mm256_add_ps(a.sum, _mm256_and_ps(ok, x));
    a.mx = _mm256_max_ps(xn, a.mx);
    a.mn = _mm256_min_ps(xn, a.mn);
    a.fin = _mm256_sub_epi32(a.fin, _mm256_castps_si256(ok));
    a.neg = _mm256_sub_epi32(a.neg, _mm256_castps_si256(_mm256_cmp_ps(xn, zero, _CMP_LT_OQ)));
}

WF_AVX2 __m128 fold(__m256 v, __m128 (*op)(__m128, __m128))
{
    __m128 x = op(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    x = op(x, _mm_movehl_ps(x, x));
    return op(x, _mm_shuffle_ps(x, x, 1));
}

WF_AVX2 uint32_t foldCount(__m256i v)
{
    __m128i x = _mm_add_epi32(_mm256_castsi256_si128(v), _mm256_extracti128_si256(v, 1));
    x = _mm_add_epi32(x, _mm_shuffle_epi32(x, 0x4E));
    x = _mm_add_epi32(x, _mm_shuffle_epi32(x, 0xB1));
    return uint32_t(_mm_cvtsi128_si32(x));
}

__attribute__((target("avx2"))) BinStats binStatsAvx2(const float *v, size_t n)
{
    const Lanes8 start{_mm256_setzero_ps(), _mm256_set1_ps(-kInf), _mm256_set1_ps(kInf), _mm256_setzero_si256(),
                       _mm256_setzero_si256()};
    Lanes8 a = start, b = start; // two chains, so that the adds do not wait on each other
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        addLanes(a, _mm256_loadu_ps(v + i));
        addLanes(b, _mm256_loadu_ps(v + i + 8));
    }
    if (i + 8 <= n) {
        addLanes(a, _mm256_loadu_ps(v + i));
        i += 8;
    }
    BinStats s;
    s.sum = _mm_cvtss_f32(fold(_mm256_add_ps(a.sum, b.sum), [](__m128 x, __m128 y) { return _mm_add_ps(x, y); }));
    s.max = _mm_cvtss_f32(fold(_mm256_max_ps(a.mx, b.mx), [](__m128 x, __m128 y) { return _mm_max_ps(x, y); }));
    s.min = _mm_cvtss_f32(fold(_mm256_min_ps(a.mn, b.mn), [](__m128 x, __m128 y) { return _mm_min_ps(x, y); }));
    s.finite = foldCount(_mm256_add_epi32(a.fin, b.fin));
    s.negatives = foldCount(_mm256_add_epi32(a.neg, b.neg));
    // Clean upper halves before SSE code runs again (GCC emits no vzeroupper for a target("avx2")
    // function here; without it every SSE instruction of the caller paid a transition penalty).
    _mm256_zeroupper();
    addScalar(s, v + i, n - i);
    return s;
}

BinStats binStatsSse2(const float *v, size_t n)
{
    const __m128 zero = _mm_setzero_ps(), inf = _mm_set1_ps(kInf), ninf = _mm_set1_ps(-kInf);
    __m128 sum = zero, mx = ninf, mn = inf;
    __m128i fin = _mm_setzero_si128(), neg = fin;
    size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        const __m128 x = _mm_loadu_ps(v + i);
        const __m128 ok = _mm_cmpeq_ps(_mm_sub_ps(x, x), zero);
        sum = _mm_add_ps(sum, _mm_and_ps(ok, x));
        mx = _mm_max_ps(mx, _mm_or_ps(_mm_and_ps(ok, x), _mm_andnot_ps(ok, ninf)));
        mn = _mm_min_ps(mn, _mm_or_ps(_mm_and_ps(ok, x), _mm_andnot_ps(ok, inf)));
        fin = _mm_sub_epi32(fin, _mm_castps_si128(ok));
        neg = _mm_sub_epi32(neg, _mm_castps_si128(_mm_and_ps(ok, _mm_cmplt_ps(x, zero))));
    }
    alignas(16) float fs[4], fx[4], fn[4];
    alignas(16) int32_t fc[4], nc[4];
    _mm_store_ps(fs, sum);
    _mm_store_ps(fx, mx);
    _mm_store_ps(fn, mn);
    _mm_store_si128(reinterpret_cast<__m128i *>(fc), fin);
    _mm_store_si128(reinterpret_cast<__m128i *>(nc), neg);
    BinStats s = empty();
    for (int k = 0; k < 4; ++k) {
        s.sum += fs[k];
        s.max = std::max(s.max, fx[k]);
        s.min = std::min(s.min, fn[k]);
        s.finite += uint32_t(fc[k]);
        s.negatives += uint32_t(nc[k]);
    }
    addScalar(s, v + i, n - i);
    return s;
}

using Kernel = BinStats (*)(const float *, size_t);
Kernel chooseKernel()
{
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") ? binStatsAvx2 : binStatsSse2;
}
#endif

} // namespace

BinStats binStatsScalar(const float *values, size_t n)
{
    BinStats s = empty();
    addScalar(s, values, n);
    return s;
}

BinStats binStats(const float *values, size_t n)
{
#ifdef WF_BINSTATS_X86
    static const Kernel kernel = chooseKernel();
    return kernel(values, n);
#else
    return binStatsScalar(values, n);
#endif
}

const char *binStatsImplementation()
{
#ifdef WF_BINSTATS_X86
    return chooseKernel() == binStatsAvx2 ? "avx2" : "sse2";
#else
    return "scalar";
#endif
}

} // namespace wf
