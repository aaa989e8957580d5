// binStats: the SIMD pass over a channel's frequency bins gives exactly the plain loop's counts,
// min and max (NaN and infinities skipped, -0.0 not negative), and its sum within float rounding,
// at every length (the lanes' tails) and alignment.
#include "base/binreduce.h"

#include <QtTest>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

using namespace wf;

class TestBinReduce : public QObject
{
    Q_OBJECT
  private slots:
    void matchesThePlainLoop()
    {
        std::mt19937 rng(1234);
        std::uniform_real_distribution<float> value(-50.f, 200.f);
        std::uniform_int_distribution<int> kind(0, 19);
        const float specials[] = {std::numeric_limits<float>::quiet_NaN(), std::numeric_limits<float>::infinity(),
                                  -std::numeric_limits<float>::infinity(), -0.0f, 0.0f,
                                  std::numeric_limits<float>::max(), -std::numeric_limits<float>::denorm_min()};
        std::vector<float> buf(1100);
        int cases = 0;
        for (size_t n : {size_t(0), size_t(1), size_t(3), size_t(7), size_t(8), size_t(9), size_t(15), size_t(16),
                         size_t(17), size_t(31), size_t(33), size_t(255), size_t(256), size_t(257), size_t(1024)}) {
            for (size_t offset = 0; offset < 4; ++offset) { // unaligned starts
                for (int rep = 0; rep < 8; ++rep) {
                    for (float &x : buf)
                        x = kind(rng) < 3 ? specials[size_t(kind(rng)) % std::size(specials)] : value(rng);
                    const float *v = buf.data() + offset;
                    const BinStats a = binStats(v, n), b = binStatsScalar(v, n);
                    QCOMPARE(a.finite, b.finite);
                    QCOMPARE(a.negatives, b.negatives);
                    QCOMPARE(a.max, b.max);
                    QCOMPARE(a.min, b.min);
                    double magnitude = 0;
                    for (size_t i = 0; i < n; ++i)
                        magnitude += std::isfinite(v[i]) ? std::abs(double(v[i])) : 0;
                    if (std::isfinite(b.sum))
                        QVERIFY2(std::abs(double(a.sum) - double(b.sum)) <= 1e-5 * magnitude + 1e-30,
                                 qPrintable(QStringLiteral("n=%1 sum %2 vs %3").arg(n).arg(a.sum).arg(b.sum)));
                    ++cases;
                }
            }
        }
        QVERIFY(cases > 400);
    }

    void edgeValues()
    {
        const float nan = std::numeric_limits<float>::quiet_NaN(), inf = std::numeric_limits<float>::infinity();
        std::vector<float> allBad(20, nan);
        allBad[3] = inf;
        allBad[11] = -inf;
        BinStats s = binStats(allBad.data(), allBad.size());
        QCOMPARE(s.finite, 0u);
        QCOMPARE(s.negatives, 0u);
        QCOMPARE(s.max, -inf);
        QCOMPARE(s.min, inf);
        QCOMPARE(s.sum, 0.0f);
        std::vector<float> zeros(24, -0.0f);
        zeros[17] = -1e-30f; // one tiny negative among negative zeros
        s = binStats(zeros.data(), zeros.size());
        QCOMPARE(s.finite, 24u);
        QCOMPARE(s.negatives, 1u);
        QCOMPARE(s.min, -1e-30f);
        QVERIFY(QByteArray(binStatsImplementation()).size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestBinReduce)
#include "tst_binreduce.moc"
