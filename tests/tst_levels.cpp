// Level maths, colour maps and the colouriser. What a user would notice if they broke: colours that
// pump with every burst, "auto once" that keeps moving, a negative amplitude that does not show in
// the highlight colour (or shows somewhere else), a colour map that happens to contain the highlight
// colour, missing samples painted as data.
#include "data/colorizer.h"
#include "data/colormap.h"
#include "data/levels.h"

#include <QSet>
#include <QtTest>
#include <cmath>
#include <random>
#include <vector>

using namespace wf;

Q_DECLARE_METATYPE(std::vector<float>)

namespace {

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
constexpr int kChannels = 2222;

// Lines of uniformly distributed amplitudes in [lo, hi).
class UniformLines
{
  public:
    UniformLines(float lo, float hi, uint32_t seed = 7) : m_lo(lo), m_hi(hi), m_rng(seed) {}
    const std::vector<float> &next()
    {
        m_line.resize(kChannels);
        for (float &v : m_line)
            v = m_lo + (m_hi - m_lo) * float(double(m_rng()) / 4294967296.0);
        return m_line;
    }
    void feed(ContrastTracker &t, int lines)
    {
        for (int i = 0; i < lines; ++i)
            t.addLine(next().data(), kChannels);
    }

  private:
    float m_lo, m_hi;
    std::mt19937 m_rng;
    std::vector<float> m_line;
};

bool near(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance;
}

} // namespace

class TestLevels : public QObject
{
    Q_OBJECT

  private slots:
    void percentileKnownData_data();
    void percentileKnownData();
    void percentileIgnoresNaN();
    void dbMapping_data();
    void dbMapping();
    void orderedAndSymmetricLevels();
    void modeNames();
    void autoConverges();
    void autoLevelsAreTheWindowPercentiles();
    void singleOutlierLineBarelyMovesLevels();
    void stepChangeIsSmoothed();
    void firstLinesGiveLevelsAtOnce();
    void autoOnceFreezes();
    void fixedMode();
    void serverMode();
    void observedRangeSpansWindowAndServer();
    void dbTracking();
    void symmetricAutoCentresOnZero();
};

// ---- percentiles and helpers -------------------------------------------------------------------

void TestLevels::percentileKnownData_data()
{
    QTest::addColumn<std::vector<float>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    std::vector<float> oneToHundred;
    for (int i = 100; i >= 1; --i) // unsorted on purpose
        oneToHundred.push_back(float(i));
    // NumPy: np.percentile(np.arange(1, 101), [0, 1, 50, 99, 100]) = 1, 1.99, 50.5, 99.01, 100
    QTest::newRow("1..100 p0") << oneToHundred << 0.0 << 1.0;
    QTest::newRow("1..100 p1") << oneToHundred << 1.0 << 1.99;
    QTest::newRow("1..100 p50") << oneToHundred << 50.0 << 50.5;
    QTest::newRow("1..100 p99") << oneToHundred << 99.0 << 99.01;
    QTest::newRow("1..100 p100") << oneToHundred << 100.0 << 100.0;
    QTest::newRow("single value") << std::vector<float>{42} << 99.0 << 42.0;
    QTest::newRow("two values p25") << std::vector<float>{10, 0} << 25.0 << 2.5;
    QTest::newRow("repeated") << std::vector<float>{5, 5, 5, 5} << 37.0 << 5.0;
    QTest::newRow("negatives") << std::vector<float>{-6.875f, 0, 12.5f, 1143.375f, 3} << 25.0 << 0.0;
    QTest::newRow("p clamped above 100") << std::vector<float>{1, 2, 3} << 150.0 << 3.0;
    std::vector<float> ramp; // 0..999 shuffled: both tail selections and the partitioning path
    for (int i = 0; i < 1000; ++i)
        ramp.push_back(float((i * 617) % 1000));
    QTest::newRow("ramp p0.5") << ramp << 0.5 << 4.995;
    QTest::newRow("ramp p1") << ramp << 1.0 << 9.99;
    QTest::newRow("ramp p30") << ramp << 30.0 << 299.7;
    QTest::newRow("ramp p99") << ramp << 99.0 << 989.01;
    QTest::newRow("ramp p99.9") << ramp << 99.9 << 998.001;
}

void TestLevels::percentileKnownData()
{
    QFETCH(std::vector<float>, values);
    QFETCH(double, p);
    QFETCH(double, expected);
    QVERIFY2(near(percentile(values, p), expected, 1e-9),
             qPrintable(QString::number(percentile(values, p), 'g', 12)));
    std::vector<float> copy = values;
    QVERIFY(near(percentileInPlace(copy, p), expected, 1e-9));
}

void TestLevels::percentileIgnoresNaN()
{
    QCOMPARE(percentile({kNaN, 3, kNaN, 1, 2}, 50), 2.0);
    QVERIFY(std::isnan(percentile({kNaN, kNaN}, 50)));
    QVERIFY(std::isnan(percentile({}, 50)));
}

void TestLevels::dbMapping_data()
{
    QTest::addColumn<double>("amplitude");
    QTest::addColumn<double>("db");
    QTest::newRow("1") << 1.0 << 0.0;
    QTest::newRow("10") << 10.0 << 20.0;
    QTest::newRow("1000") << 1000.0 << 60.0;
    QTest::newRow("1143.47") << 1143.47 << 20 * std::log10(1143.47);
    QTest::newRow("0.5") << 0.5 << 20 * std::log10(0.5);
    QTest::newRow("floor") << 0.001 << kDbFloor;
    QTest::newRow("below floor") << 1e-9 << kDbFloor;
    QTest::newRow("zero") << 0.0 << kDbFloor;
    QTest::newRow("negative") << -6.91 << kDbFloor;
}

void TestLevels::dbMapping()
{
    QFETCH(double, amplitude);
    QFETCH(double, db);
    QVERIFY(near(amplitudeToDb(amplitude), db, 1e-9));
    if (db > kDbFloor)
        QVERIFY(near(dbToAmplitude(db), amplitude, 1e-9 * amplitude));
    QVERIFY(std::isnan(amplitudeToDb(std::nan(""))));
}

void TestLevels::orderedAndSymmetricLevels()
{
    QCOMPARE(orderedLevels({5, 1, false}), (Levels{1, 5, false}));
    const Levels flat = orderedLevels({10, 10, true});
    QVERIFY(flat.min < 10 && flat.max > 10 && flat.db);
    QCOMPARE(orderedLevels({std::nan(""), 3, false}), (Levels{0, 1, false}));
    QCOMPARE(symmetricLevels({-6.91, 1143.47, false}), (Levels{-1143.47, 1143.47, false}));
    QCOMPARE(symmetricLevels({-20, 5, false}), (Levels{-20, 20, false}));
    // The diverging map's middle (near white) is where zero lands under symmetric levels.
    const Levels sym = symmetricLevels({0, 100, false});
    QVERIFY(std::abs(lutIndex(0.0f, sym) - 128) <= 1);
}

void TestLevels::modeNames()
{
    QSet<QString> names;
    for (ContrastMode m : {ContrastMode::Auto, ContrastMode::AutoOnce, ContrastMode::Fixed, ContrastMode::Server}) {
        names.insert(contrastModeName(m));
        ContrastMode back = ContrastMode::Auto;
        QVERIFY(contrastModeFromName(contrastModeName(m), &back));
        QCOMPARE(back, m);
    }
    QCOMPARE(names.size(), 4);
    QCOMPARE(contrastModeName(ContrastMode::AutoOnce), QStringLiteral("auto-once"));
    QVERIFY(!contrastModeFromName(QStringLiteral("Auto"), nullptr));
}

// ---- the tracker ---------------------------------------------------------------------------------

void TestLevels::autoConverges()
{
    ContrastTracker t;
    UniformLines lines(0, 1000);
    lines.feed(t, 1000);
    const Levels l = t.levels();
    QVERIFY(!l.db);
    // Uniform 0..1000: the 1st and 99th percentiles are 10 and 990 (the window holds ~12k samples).
    QVERIFY2(near(l.min, 10, 6) && near(l.max, 990, 6), qPrintable(QStringLiteral("%1 %2").arg(l.min).arg(l.max)));
}

void TestLevels::autoLevelsAreTheWindowPercentiles()
{
    // Unsmoothed, with a window that keeps every sample: the levels are exactly percentile() of
    // what was fed (the tracker's own selection must agree with the reference function).
    AutoContrastSettings s;
    s.smoothingLines = 0;
    s.samplesPerLine = 100;
    s.windowLines = 50;
    s.updateEveryLines = 1;
    for (const auto &[lo, hi] : {std::pair{1.0, 99.0}, std::pair{5.0, 95.0}, std::pair{0.0, 100.0},
                                 std::pair{25.0, 75.0}, std::pair{40.0, 30.0}}) {
        s.lowPercentile = lo;
        s.highPercentile = hi;
        ContrastTracker t(s);
        std::mt19937 rng(5);
        std::vector<float> all, line(100);
        for (int l = 0; l < 30; ++l) {
            for (float &v : line) {
                v = float(rng() % 100000) / 8;
                all.push_back(v);
            }
            t.addLine(line.data(), 100);
        }
        const Levels got = t.levels();
        const double a = percentile(all, lo), b = percentile(all, hi);
        QCOMPARE(got, orderedLevels(Levels{a, b, false}));
    }
}

void TestLevels::singleOutlierLineBarelyMovesLevels()
{
    ContrastTracker t;
    UniformLines lines(0, 100);
    lines.feed(t, 400);
    const Levels before = t.levels();
    const std::vector<float> burst(kChannels, 1e6f);
    t.addLine(burst.data(), kChannels);
    lines.feed(t, 40); // past at least one re-estimate
    const Levels after = t.levels();
    QVERIFY2(std::abs(after.max - before.max) < 0.02 * before.max,
             qPrintable(QStringLiteral("%1 -> %2").arg(before.max).arg(after.max)));
    QVERIFY(std::abs(after.min - before.min) < 1.0);
}

void TestLevels::stepChangeIsSmoothed()
{
    AutoContrastSettings raw;
    raw.smoothingLines = 0; // the window's percentiles as they are, for comparison
    ContrastTracker smooth, unsmoothed(raw);
    UniformLines quiet(0, 100, 1), quiet2(0, 100, 1), loud(0, 1000, 2), loud2(0, 1000, 2);
    quiet.feed(smooth, 400);
    quiet2.feed(unsmoothed, 400);
    const double oldMax = smooth.levels().max;
    loud.feed(smooth, 40);
    loud2.feed(unsmoothed, 40);
    // The raw window estimate already jumped most of the way; the shown levels only followed part of it.
    const double rawMax = unsmoothed.levels().max, shownMax = smooth.levels().max;
    QVERIFY2(rawMax > 800, qPrintable(QString::number(rawMax)));
    QVERIFY2(shownMax > oldMax + 50 && shownMax < oldMax + 0.8 * (rawMax - oldMax),
             qPrintable(QStringLiteral("%1 %2 %3").arg(oldMax).arg(shownMax).arg(rawMax)));
    // ... and converge all the same.
    loud.feed(smooth, 1000);
    QVERIFY(near(smooth.levels().max, 990, 8));
}

void TestLevels::firstLinesGiveLevelsAtOnce()
{
    // No waiting for a window to fill (rows may arrive at 2 per second): the first line sets levels.
    ContrastTracker t;
    QVERIFY(!t.hasAutoEstimate());
    UniformLines lines(200, 300);
    lines.feed(t, 1);
    QVERIFY(t.hasAutoEstimate());
    QVERIFY(t.levels().min >= 200 && t.levels().max <= 300 && t.levels().max > t.levels().min);
    // A line without any finite sample changes nothing.
    const Levels before = t.levels();
    const std::vector<float> nan(kChannels, kNaN);
    t.addLine(nan.data(), kChannels);
    QCOMPARE(t.levels(), before);
}

void TestLevels::autoOnceFreezes()
{
    ContrastTracker t;
    UniformLines quiet(0, 100), loud(0, 1000);
    quiet.feed(t, 300);
    t.setMode(ContrastMode::AutoOnce);
    const Levels frozen = t.levels();
    loud.feed(t, 1000);
    QCOMPARE(t.levels(), frozen);
    QVERIFY(t.autoLevels().max > 900); // the estimate itself kept following
    t.setMode(ContrastMode::AutoOnce); // choosing it again takes a new snapshot
    QCOMPARE(t.levels(), t.autoLevels());
    t.setMode(ContrastMode::Auto);
    QCOMPARE(t.levels(), t.autoLevels());
}

void TestLevels::fixedMode()
{
    ContrastTracker t;
    UniformLines lines(0, 1000);
    lines.feed(t, 100);
    t.setFixedLevels(5, 50);
    QVERIFY(t.levels() != (Levels{5, 50, false})); // still Auto
    t.setMode(ContrastMode::Fixed);
    QCOMPARE(t.levels(), (Levels{5, 50, false}));
    lines.feed(t, 100);
    QCOMPARE(t.levels(), (Levels{5, 50, false}));
    t.setFixedLevels(50, 5);
    QCOMPARE(t.levels(), (Levels{5, 50, false}));
    t.setFixedLevels(10, 1000);
    t.setDb(true); // converted into the new scale
    QVERIFY(near(t.levels().min, 20, 1e-9) && near(t.levels().max, 60, 1e-9) && t.levels().db);
    t.setDb(false);
    QVERIFY(near(t.levels().min, 10, 1e-9) && near(t.levels().max, 1000, 1e-9));
}

void TestLevels::serverMode()
{
    ContrastTracker t;
    UniformLines lines(0, 100);
    lines.feed(t, 50);
    t.setMode(ContrastMode::Server);
    QVERIFY(!t.hasServerRange());
    QCOMPARE(t.levels(), t.autoLevels()); // nothing reported yet
    t.addBlockRange(-6.91, 1143.47);
    QCOMPARE(t.levels(), (Levels{-6.91, 1143.47, false}));
    t.addBlockRange(0, 800);
    QCOMPARE(t.levels(), (Levels{0, 800, false})); // the latest block
    t.addBlockRange(std::nan(""), 5); // not a range: ignored
    QCOMPARE(t.levels(), (Levels{0, 800, false}));
    t.setDb(true);
    QCOMPARE(t.levels().min, kDbFloor);
    QVERIFY(near(t.levels().max, 20 * std::log10(800.0), 1e-9));
}

void TestLevels::observedRangeSpansWindowAndServer()
{
    ContrastTracker t;
    QCOMPARE(t.observedRange(), t.autoLevels()); // nothing seen yet
    UniformLines lines(10, 20);
    lines.feed(t, 40);
    std::vector<float> line(kChannels, -4.0f); // whichever channels are sampled, they are -4 or NaN
    for (size_t c = 0; c < line.size(); c += 2)
        line[c] = kNaN;
    t.addLine(line.data(), kChannels);
    Levels r = t.observedRange();
    QCOMPARE(r.min, -4.0);
    QVERIFY2(r.max > 19 && r.max < 20, qPrintable(QString::number(r.max)));
    // The slider span follows the data beyond the percentiles the auto levels use.
    QVERIFY(r.max > t.autoLevels().max);
    t.addBlockRange(-7, 1143.5);
    r = t.observedRange();
    QCOMPARE(r.min, -7.0);
    QCOMPARE(r.max, 1143.5);
    t.setDb(true); // negative amplitudes read as the dB floor
    r = t.observedRange();
    QVERIFY(r.db);
    QCOMPARE(r.min, kDbFloor);
    QVERIFY(near(r.max, 20 * std::log10(1143.5), 1e-9));
}

void TestLevels::dbTracking()
{
    ContrastTracker t;
    t.setDb(true);
    UniformLines lines(1, 1000);
    lines.feed(t, 1000);
    Levels l = t.levels();
    QVERIFY(l.db);
    // Percentiles are order statistics: in dB they are the dB of the linear ones.
    QVERIFY2(near(l.max, 20 * std::log10(990.0), 0.2) && near(l.min, 20 * std::log10(11.0), 1.0),
             qPrintable(QStringLiteral("%1 %2").arg(l.min).arg(l.max)));
    // Zeros and negatives have no dB value: they do not drag the low level to the floor.
    std::vector<float> line(kChannels);
    for (int i = 0; i < 300; ++i) {
        const std::vector<float> &src = lines.next();
        for (int c = 0; c < kChannels; ++c)
            line[size_t(c)] = c % 10 == 0 ? 0.0f : (c % 10 == 1 ? -3.0f : src[size_t(c)]);
        t.addLine(line.data(), kChannels);
    }
    l = t.levels();
    QVERIFY2(l.min > 10, qPrintable(QString::number(l.min)));
    // Switching back to linear re-estimates at once, in linear units.
    t.setDb(false);
    QVERIFY(!t.levels().db);
    QVERIFY(t.levels().max > 900 && t.levels().max < 1000);
}

// ---- colour maps ---------------------------------------------------------------------------------

void TestLevels::symmetricAutoCentresOnZero()
{
    // The diverging map: auto contrast is -a..+a with a the high percentile of |x|, exactly.
    AutoContrastSettings s;
    s.smoothingLines = 0;
    s.samplesPerLine = 100;
    s.windowLines = 50;
    s.updateEveryLines = 1;
    ContrastTracker t(s);
    // Mostly small values of both signs, with 0.8 % spikes at -100 and 0.8 % at +100: the
    // per-side percentiles (1 %, 99 %) both fall in the bulk, |x|'s 99th on the spikes.
    std::mt19937 rng(11);
    std::vector<float> all, absolute, line(100);
    for (int l = 0; l < 40; ++l) {
        for (float &v : line) {
            const uint32_t r = rng() % 1000;
            v = r < 8 ? -100.0f : r < 16 ? 100.0f : float(int(rng() % 2001) - 1000) / 1000;
            all.push_back(v);
            absolute.push_back(std::abs(v));
        }
        t.addLine(line.data(), 100);
    }
    const Levels plain = t.levels();
    QCOMPARE(plain, orderedLevels(Levels{percentile(all, 1), percentile(all, 99), false}));
    QVERIFY(plain.max < 2); // what the old "symmetric of the two ends" centred on: +-1, all spikes clipped
    t.setSymmetric(true); // re-estimated at once
    const double a = percentile(absolute, 99);
    QCOMPARE(t.levels(), (Levels{-a, a, false}));
    QCOMPARE(a, 100.0);
    QCOMPARE(lutIndex(0.0f, t.levels()), 128); // zero on the white middle
    // Lines of one sign only still centre on zero (the picture uses half the map, as it should).
    UniformLines positive(20, 120);
    for (int l = 0; l < 60; ++l) {
        const std::vector<float> &p = positive.next();
        t.addLine(p.data(), 100);
    }
    QCOMPARE(t.levels().min, -t.levels().max);
    QVERIFY(t.levels().max > 110 && t.levels().max < 120);
    // Auto once freezes the symmetric levels. In dB the white middle is 0 dB (amplitude 1): the
    // levels are -m..+m dB, m the larger end (20..120 in dB: 26..41.6 dB, so -41.6..41.6).
    t.setMode(ContrastMode::AutoOnce);
    QCOMPARE(t.levels().min, -t.levels().max);
    t.setMode(ContrastMode::Auto);
    t.setDb(true);
    QCOMPARE(t.levels().min, -t.levels().max);
    QVERIFY2(t.levels().max > 40 && t.levels().max < 42, qPrintable(QString::number(t.levels().max)));
    t.setDb(false);
    QCOMPARE(t.levels().min, -t.levels().max);
    t.setSymmetric(false);
    QVERIFY(t.levels().min > 15);
}

QTEST_GUILESS_MAIN(TestLevels)
#include "tst_levels.moc"
