// Level maths, colour maps and the colouriser. What a user would notice if they broke: colours that
// pump with every burst, "auto once" that keeps moving, a negative amplitude that does not show in
// the highlight colour (or shows somewhere else), a colour map that happens to contain the highlight
// colour, missing samples painted as data.
#include "colorizer.h"
#include "colormap.h"
#include "levels.h"

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
    // percentiles and level helpers
    void percentileKnownData_data();
    void percentileKnownData();
    void percentileIgnoresNaN();
    void dbMapping_data();
    void dbMapping();
    void orderedAndSymmetricLevels();
    void modeNames();

    // the tracker
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

    // colour maps
    void lutsHave256OpaqueEntriesAndDiffer();
    void lutAnchors();
    void reservedColorsFarFromEveryLut();
    void mapNames();

    // the colouriser
    void negativeSampleGetsHighlightAtItsColumn_data();
    void negativeSampleGetsHighlightAtItsColumn();
    void nanIsNanColor();
    void highlightOffClampsNegativeToLowEnd();
    void valuesClampToLutEnds();
    void downsamplingKeepsLargestMagnitudeWithSign();
    void dbColorizingMatchesExactLog();
    void geometryAgreesWithColorizer_data();
    void geometryAgreesWithColorizer();
    void columnMapGivesTheSamePixels_data();
    void columnMapGivesTheSamePixels();
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

void TestLevels::lutsHave256OpaqueEntriesAndDiffer()
{
    for (ColorMapId a : kAllColorMaps) {
        const ColorLut &lut = colorLut(a);
        QCOMPARE(lut.size(), size_t(256));
        QSet<uint32_t> distinct;
        for (uint32_t c : lut) {
            QCOMPARE(argbAlpha(c), 0xFF);
            distinct.insert(c);
        }
        QVERIFY2(distinct.size() > 200, qPrintable(colorMapName(a))); // a ramp, not a few colours
        for (ColorMapId b : kAllColorMaps) {
            if (a == b)
                continue;
            int differing = 0;
            for (size_t i = 0; i < 256; ++i)
                differing += rgbDistance(lut[i], colorLut(b)[i]) > 20 ? 1 : 0;
            QVERIFY2(differing > 128, qPrintable(colorMapName(a) + QLatin1Char('/') + colorMapName(b)));
        }
    }
}

void TestLevels::lutAnchors()
{
    // The published end points of each map, within the error of the polynomial fits.
    struct Anchor {
        ColorMapId map;
        int index;
        uint32_t rgb;
        double tolerance;
    };
    const Anchor anchors[] = {
        {ColorMapId::Viridis, 0, 0xFF440154, 6},   {ColorMapId::Viridis, 255, 0xFFFDE725, 6},
        {ColorMapId::Viridis, 128, 0xFF21918C, 6}, {ColorMapId::Inferno, 0, 0xFF000004, 6},
        {ColorMapId::Inferno, 255, 0xFFFCFFA4, 12}, {ColorMapId::Turbo, 128, 0xFFA4FC3C, 30},
        {ColorMapId::Turbo, 255, 0xFF7A0403, 30},  {ColorMapId::Grey, 0, 0xFF000000, 0},
        {ColorMapId::Grey, 255, 0xFFFFFFFF, 0},    {ColorMapId::Diverging, 0, 0xFF053061, 0},
        {ColorMapId::Diverging, 255, 0xFF67001F, 0}, {ColorMapId::Diverging, 128, 0xFFF7F7F7, 4},
    };
    for (const Anchor &a : anchors) {
        const uint32_t got = colorLut(a.map)[size_t(a.index)];
        QVERIFY2(rgbDistance(got, a.rgb) <= a.tolerance,
                 qPrintable(QStringLiteral("%1[%2] = %3").arg(colorMapName(a.map)).arg(a.index).arg(got, 8, 16)));
    }
}

void TestLevels::reservedColorsFarFromEveryLut()
{
    QVERIFY(rgbDistance(kNegativeColor, kGapColor) > 200);
    QCOMPARE(argbAlpha(kNegativeColor), 0xFF);
    QCOMPARE(argbAlpha(kGapColor), 0xFF);
    QCOMPARE(argbAlpha(kNanColor), 0); // transparent: the background shows through
    for (ColorMapId id : kAllColorMaps) {
        for (uint32_t c : colorLut(id)) {
            QVERIFY2(rgbDistance(c, kNegativeColor) > 150, qPrintable(colorMapName(id)));
            QVERIFY2(rgbDistance(c, kGapColor) > 60, qPrintable(colorMapName(id)));
            QVERIFY(c != kNanColor);
        }
    }
}

void TestLevels::mapNames()
{
    QSet<QString> names;
    for (ColorMapId id : kAllColorMaps) {
        names.insert(colorMapName(id));
        ColorMapId back = ColorMapId::Grey;
        QVERIFY(colorMapFromName(colorMapName(id), &back));
        QCOMPARE(back, id);
    }
    QCOMPARE(names, (QSet<QString>{"viridis", "inferno", "turbo", "grey", "diverging"}));
    QVERIFY(!colorMapFromName(QStringLiteral("jet"), nullptr));
}

// ---- the colouriser ------------------------------------------------------------------------------

void TestLevels::negativeSampleGetsHighlightAtItsColumn_data()
{
    QTest::addColumn<int>("nIn");
    QTest::addColumn<int>("nOut");
    QTest::addColumn<int>("channel");
    for (int channel : {0, 1, 777, 1234, 2221}) {
        QTest::addRow("2222->2222 ch%d", channel) << 2222 << 2222 << channel;
        QTest::addRow("2222->1920 ch%d", channel) << 2222 << 1920 << channel;
        QTest::addRow("2222->500 ch%d", channel) << 2222 << 500 << channel;
        QTest::addRow("2222->7 ch%d", channel) << 2222 << 7 << channel;
    }
    for (int channel : {0, 13, 98}) {
        QTest::addRow("99->500 ch%d", channel) << 99 << 500 << channel;
        QTest::addRow("99->1920 ch%d", channel) << 99 << 1920 << channel;
    }
}

void TestLevels::negativeSampleGetsHighlightAtItsColumn()
{
    QFETCH(int, nIn);
    QFETCH(int, nOut);
    QFETCH(int, channel);
    std::vector<float> line(static_cast<size_t>(nIn));
    for (int c = 0; c < nIn; ++c)
        line[size_t(c)] = float(10 + (c * 37) % 900); // loud neighbours must not out-vote it
    line[size_t(channel)] = -0.125f;
    std::vector<uint32_t> out(size_t(nOut), 0x12345678);
    const Levels levels{0, 1000, false};
    for (ColorMapId id : kAllColorMaps) {
        colorizeLine(line.data(), nIn, out.data(), nOut, levels, colorLut(id), true);
        const IndexSpan cols = columnsOfChannel(channel, nIn, nOut);
        QVERIFY(cols.end > cols.begin);
        for (int c = 0; c < nOut; ++c) {
            const bool expected = c >= cols.begin && c < cols.end;
            QVERIFY2((out[size_t(c)] == kNegativeColor) == expected,
                     qPrintable(QStringLiteral("%1: column %2").arg(colorMapName(id)).arg(c)));
        }
    }
}

void TestLevels::nanIsNanColor()
{
    const ColorLut &lut = colorLut(ColorMapId::Viridis);
    const Levels levels{0, 100, false};
    std::vector<float> line(2222, 50.0f);
    line[10] = kNaN;
    std::vector<uint32_t> out(2222);
    colorizeLine(line.data(), 2222, out.data(), 2222, levels, lut, true);
    QCOMPARE(out[10], kNanColor);
    QCOMPARE(out[11], lut[128]);
    // Down-sampled: a column of NaN only is NaN; a column with one value shows that value.
    for (int c = 0; c < 2222; ++c)
        line[size_t(c)] = c < 1111 ? kNaN : 50.0f;
    line[0] = 100.0f;
    std::vector<uint32_t> small(500);
    colorizeLine(line.data(), 2222, small.data(), 500, levels, lut, true);
    QCOMPARE(small[0], lut[255]);
    QCOMPARE(small[1], kNanColor);
    QCOMPARE(small[249], kNanColor);
    QCOMPARE(small[499], lut[128]);
    QCOMPARE(colorOf(kNaN, levels, lut, false), kNanColor);
    // No input at all: nothing to show.
    colorizeLine(nullptr, 0, small.data(), 500, levels, lut, true);
    QCOMPARE(small[0], kNanColor);
}

void TestLevels::highlightOffClampsNegativeToLowEnd()
{
    const ColorLut &lut = colorLut(ColorMapId::Inferno);
    std::vector<float> line = {-6.91f, 0.0f, 50.0f, -0.001f};
    std::vector<uint32_t> out(4);
    colorizeLine(line.data(), 4, out.data(), 4, Levels{0, 100, false}, lut, false);
    QCOMPARE(out[0], lut[0]);
    QCOMPARE(out[1], lut[0]);
    QCOMPARE(out[3], lut[0]);
    // Down-sampled too.
    std::vector<uint32_t> one(1);
    colorizeLine(line.data(), 4, one.data(), 1, Levels{0, 100, false}, lut, false);
    QCOMPARE(one[0], lut[128]); // 50 has the largest magnitude
    colorizeLine(line.data(), 4, one.data(), 1, Levels{0, 100, false}, lut, true);
    QCOMPARE(one[0], kNegativeColor);
    // With symmetric levels (diverging map) a negative value is an ordinary, lower colour.
    const ColorLut &div = colorLut(ColorMapId::Diverging);
    colorizeLine(line.data(), 4, out.data(), 4, symmetricLevels({0, 100, false}), div, false);
    QVERIFY(out[0] != div[0] && out[0] != div[128]);
}

void TestLevels::valuesClampToLutEnds()
{
    const ColorLut &lut = colorLut(ColorMapId::Grey);
    const Levels levels{100, 200, false};
    const float inf = std::numeric_limits<float>::infinity();
    std::vector<float> line = {50, 100, 150, 199.99f, 200, 1e30f, inf, -inf};
    std::vector<uint32_t> out(line.size());
    colorizeLine(line.data(), int(line.size()), out.data(), int(out.size()), levels, lut, false);
    QCOMPARE(out[0], lut[0]);
    QCOMPARE(out[1], lut[0]);
    QCOMPARE(out[2], lut[128]);
    QCOMPARE(out[3], lut[255]);
    QCOMPARE(out[4], lut[255]);
    QCOMPARE(out[5], lut[255]);
    QCOMPARE(out[6], lut[255]);
    QCOMPARE(out[7], lut[0]);
    // Degenerate levels are widened, never divided by zero.
    QCOMPARE(colorOf(150, Levels{150, 150, false}, lut, false), lut[128]);
}

void TestLevels::downsamplingKeepsLargestMagnitudeWithSign()
{
    const ColorLut &lut = colorLut(ColorMapId::Diverging);
    const Levels levels{-100, 100, false};
    // Two columns of three channels: {10, -80, 30} and {5, 60, -20}.
    std::vector<float> line = {10, -80, 30, 5, 60, -20};
    std::vector<uint32_t> out(2);
    colorizeLine(line.data(), 6, out.data(), 2, levels, lut, false);
    QCOMPARE(out[0], colorOf(-80, levels, lut, false));
    QCOMPARE(out[1], colorOf(60, levels, lut, false));
    colorizeLine(line.data(), 6, out.data(), 2, levels, lut, true);
    QCOMPARE(out[0], kNegativeColor);
    QCOMPARE(out[1], kNegativeColor);
}

void TestLevels::dbColorizingMatchesExactLog()
{
    const Levels levels{0, 60, true};
    QCOMPARE(lutIndex(1.0f, levels), 0);
    QCOMPARE(lutIndex(1000.0f, levels), 255);
    QCOMPARE(lutIndex(std::pow(10.0f, 30.1f / 20), levels), 128); // 30.1 dB: just above the middle
    QCOMPARE(lutIndex(0.0f, levels), 0);
    QCOMPARE(lutIndex(-5.0f, levels), 0);
    QCOMPARE(colorOf(-5.0f, levels, colorLut(ColorMapId::Turbo), true), kNegativeColor);
    // Below the floor, as amplitudeToDb(): with levels reaching under it, zero, negative and tiny
    // amplitudes all show the floor's colour, -60 dB of [-80, 0] dB.
    const Levels deep{-80, 0, true};
    QCOMPARE(lutIndex(0.0f, deep), 64);
    QCOMPARE(lutIndex(-5.0f, deep), 64);
    QCOMPARE(lutIndex(1e-5f, deep), 64);
    QCOMPARE(lutIndex(0.0101f, deep), 128); // -39.9 dB
    // The fast logarithm agrees with std::log10 to within one step, and exactly almost always.
    std::mt19937 rng(3);
    int exact = 0;
    const int n = 20000;
    for (int i = 0; i < n; ++i) {
        const float v = std::pow(10.0f, float(double(rng()) / 4294967296.0 * 4 - 0.5)); // 0.3 .. 3000
        const double x = (20 * std::log10(double(v)) - levels.min) * 256 / (levels.max - levels.min);
        const int expected = int(std::clamp(x, 0.0, 255.0));
        const int got = lutIndex(v, levels);
        QVERIFY(std::abs(got - expected) <= 1);
        exact += got == expected ? 1 : 0;
    }
    QVERIFY(exact > n * 99 / 100);
}

void TestLevels::geometryAgreesWithColorizer_data()
{
    QTest::addColumn<int>("nIn");
    QTest::addColumn<int>("nOut");
    QTest::newRow("2222->1920") << 2222 << 1920;
    QTest::newRow("2222->500") << 2222 << 500;
    QTest::newRow("2222->2222") << 2222 << 2222;
    QTest::newRow("2222->1") << 2222 << 1;
    QTest::newRow("99->1920") << 99 << 1920;
    QTest::newRow("1->300") << 1 << 300;
    QTest::newRow("50->51") << 50 << 51;
    QTest::newRow("51->50") << 51 << 50;
}

void TestLevels::geometryAgreesWithColorizer()
{
    QFETCH(int, nIn);
    QFETCH(int, nOut);
    // Each channel shown by columnsOfChannel is exactly where channelsOfColumn says it is, every
    // channel lands somewhere, and colorizeLine paints each column from those channels.
    std::vector<int> seen(static_cast<size_t>(nIn), 0);
    int previousEnd = 0;
    for (int c = 0; c < nOut; ++c) {
        const IndexSpan ch = channelsOfColumn(c, nIn, nOut);
        QVERIFY(ch.end > ch.begin && ch.begin >= 0 && ch.end <= nIn);
        if (nOut <= nIn) {
            QCOMPARE(ch.begin, previousEnd); // a partition, in order
            previousEnd = ch.end;
        }
        for (int i = ch.begin; i < ch.end; ++i) {
            ++seen[size_t(i)];
            const IndexSpan cols = columnsOfChannel(i, nIn, nOut);
            QVERIFY2(c >= cols.begin && c < cols.end, qPrintable(QStringLiteral("column %1 channel %2").arg(c).arg(i)));
        }
    }
    if (nOut <= nIn)
        QCOMPARE(previousEnd, nIn);
    for (int i = 0; i < nIn; ++i) {
        QVERIFY(seen[size_t(i)] >= 1);
        const IndexSpan cols = columnsOfChannel(i, nIn, nOut);
        QCOMPARE(seen[size_t(i)], cols.end - cols.begin);
    }

    std::vector<float> line(static_cast<size_t>(nIn));
    std::mt19937 rng(11);
    for (float &v : line)
        v = float(rng() % 1000);
    std::vector<uint32_t> out(static_cast<size_t>(nOut));
    const Levels levels{0, 1000, false};
    const ColorLut &lut = colorLut(ColorMapId::Turbo);
    colorizeLine(line.data(), nIn, out.data(), nOut, levels, lut, true);
    for (int c = 0; c < nOut; ++c) {
        const IndexSpan ch = channelsOfColumn(c, nIn, nOut);
        const float top = *std::max_element(line.begin() + ch.begin, line.begin() + ch.end);
        QCOMPARE(out[size_t(c)], colorOf(top, levels, lut, true));
    }
}

void TestLevels::columnMapGivesTheSamePixels_data()
{
    QTest::addColumn<int>("nIn");
    QTest::addColumn<int>("nOut");
    QTest::newRow("2222 -> 1747 (the live ring)") << 2222 << 1747;
    QTest::newRow("2222 -> 1920") << 2222 << 1920;
    QTest::newRow("2222 -> 1112 (just under two per column)") << 2222 << 1112;
    QTest::newRow("2222 -> 1111 (two per column: own loop)") << 2222 << 1111;
    QTest::newRow("2222 -> 600 (many per column)") << 2222 << 600;
    QTest::newRow("equal") << 1001 << 1001;
    QTest::newRow("upsampled") << 50 << 1203;
    QTest::newRow("one channel") << 1 << 7;
    QTest::newRow("odd widths") << 7 << 5;
}

void TestLevels::columnMapGivesTheSamePixels()
{
    QFETCH(int, nIn);
    QFETCH(int, nOut);
    // The precomputed path of the live ring must paint exactly what colorizeLine() paints: random
    // values around the levels, NaN, negative samples, -0, linear and dB, highlight on and off.
    std::mt19937 rng(uint32_t(nIn * 7919 + nOut));
    std::vector<float> line(static_cast<size_t>(nIn));
    for (float &v : line) {
        const uint32_t u = rng() % 100;
        v = u < 5 ? kNaN : u < 10 ? -float(rng() % 700) / 8 : u < 12 ? -0.0f : float(rng() % 12000) / 8;
    }
    const ColumnMap columns(nIn, nOut);
    QVERIFY(columns.matches(nIn, nOut));
    std::vector<uint32_t> expected(static_cast<size_t>(nOut)), actual(static_cast<size_t>(nOut));
    for (const Levels &levels : {Levels{0, 400, false}, Levels{-50, 50, false}, Levels{-20, 55, true}}) {
        for (bool highlight : {true, false}) {
            for (ColorMapId map : {ColorMapId::Viridis, ColorMapId::Diverging}) {
                colorizeLine(line.data(), nIn, expected.data(), nOut, levels, colorLut(map), highlight);
                std::fill(actual.begin(), actual.end(), 0x12345678u);
                colorizeLine(line.data(), columns, actual.data(), levels, colorLut(map), highlight);
                for (int c = 0; c < nOut; ++c)
                    QVERIFY2(actual[size_t(c)] == expected[size_t(c)],
                             qPrintable(QStringLiteral("column %1: %2 vs %3, db %4 highlight %5")
                                            .arg(c)
                                            .arg(actual[size_t(c)], 8, 16)
                                            .arg(expected[size_t(c)], 8, 16)
                                            .arg(levels.db)
                                            .arg(highlight)));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestLevels)
#include "tst_levels.moc"
