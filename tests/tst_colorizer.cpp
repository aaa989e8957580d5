// Colour maps and the colouriser (the level maths are tst_levels.cpp). What a user would notice if
// they broke: a negative amplitude that does not show in the highlight colour (or shows somewhere
// else), a colour map that happens to contain the highlight colour, missing samples painted as data.
#include "data/colorizer.h"
#include "data/colormap.h"
#include "data/levels.h"

#include <QSet>
#include <array>
#include <QtTest>
#include <cmath>
#include <random>
#include <vector>

using namespace wf;


namespace {

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

} // namespace

class TestColorizer : public QObject
{
    Q_OBJECT

  private slots:
    void lutsHave256OpaqueEntriesAndDiffer();
    void lutAnchors();
    void reservedColorsFarFromEveryLut();
    void overlayColorsStandOutFromTheirMap_data();
    void overlayColorsStandOutFromTheirMap();
    void mapNames();
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

void TestColorizer::lutsHave256OpaqueEntriesAndDiffer()
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

void TestColorizer::lutAnchors()
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

void TestColorizer::reservedColorsFarFromEveryLut()
{
    QCOMPARE(argbAlpha(kNegativeColor), 0xFF);
    QCOMPARE(argbAlpha(kNanColor), 0); // transparent: the background shows through
    for (ColorMapId id : kAllColorMaps)
        for (uint32_t c : colorLut(id))
            QVERIFY(c != kNanColor);
}

void TestColorizer::overlayColorsStandOutFromTheirMap_data()
{
    QTest::addColumn<int>("map");
    for (ColorMapId id : kAllColorMaps)
        QTest::newRow(qPrintable(colorMapName(id))) << int(id);
}

void TestColorizer::overlayColorsStandOutFromTheirMap()
{
    QFETCH(int, map);
    const ColorMapId id = ColorMapId(map);
    const OverlayColors o = overlayColors(id);
    const std::array<uint32_t, 4> overlays{o.negative, o.gap, o.overlap, o.finding};
    const char *names[4] = {"negative", "gap", "overlap", "finding"};
    // Every one of the map's 256 colours (the LUT is the whole map, sampled 256 times).
    for (size_t k = 0; k < overlays.size(); ++k) {
        QCOMPARE(argbAlpha(overlays[k]), 0xFF);
        double nearest = 1e9;
        for (uint32_t c : colorLut(id))
            nearest = std::min(nearest, labDistance(c, overlays[k]));
        QVERIFY2(nearest >= kOverlayMinMapDistance, qPrintable(QStringLiteral("%1: ΔE %2").arg(names[k]).arg(nearest)));
        for (size_t j = k + 1; j < overlays.size(); ++j)
            QVERIFY2(labDistance(overlays[k], overlays[j]) >= kOverlayMinPairDistance,
                     qPrintable(QStringLiteral("%1 vs %2").arg(names[k], names[j])));
    }
    // The suspect-range strip lies beside the image, not on it: one colour, apart from every overlay
    // of every map (it used to be the negatives' magenta).
    for (uint32_t c : overlays)
        QVERIFY2(labDistance(o.suspect, c) >= kOverlayMinPairDistance, qPrintable(QString::number(c, 16)));
    // The bound bites: the dark-green gap band used before lies within it of viridis's greens.
    double oldGap = 1e9;
    for (uint32_t c : colorLut(ColorMapId::Viridis))
        oldGap = std::min(oldGap, labDistance(c, 0xFF007000));
    QVERIFY(oldGap < kOverlayMinMapDistance);
    // The colouriser paints negatives in the colour it is given.
    const float line[3] = {1, -1, 0.5f};
    uint32_t out[3];
    colorizeLine(line, 3, out, 3, Levels{0, 1, false}, colorLut(id), true, o.negative);
    QCOMPARE(out[1], o.negative);
    colorizeLine(line, 3, out, 3, Levels{0, 1, false}, colorLut(id), true, 0xFF123456);
    QCOMPARE(out[1], 0xFF123456u);
    QCOMPARE(colorOf(-2, Levels{0, 1, false}, colorLut(id), true, 0xFF123456), 0xFF123456u);
    const ColumnMap columns(3, 2); // two columns of 1-2 channels: the paired kernel
    colorizeLine(line, columns, out, Levels{0, 1, false}, colorLut(id), true, 0xFF654321);
    QCOMPARE(out[1], 0xFF654321u); // channels 1-2, one of them negative
}

void TestColorizer::mapNames()
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

void TestColorizer::negativeSampleGetsHighlightAtItsColumn_data()
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

void TestColorizer::negativeSampleGetsHighlightAtItsColumn()
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

void TestColorizer::nanIsNanColor()
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

void TestColorizer::highlightOffClampsNegativeToLowEnd()
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

void TestColorizer::valuesClampToLutEnds()
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

void TestColorizer::downsamplingKeepsLargestMagnitudeWithSign()
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

void TestColorizer::dbColorizingMatchesExactLog()
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

void TestColorizer::geometryAgreesWithColorizer_data()
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

void TestColorizer::geometryAgreesWithColorizer()
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

void TestColorizer::columnMapGivesTheSamePixels_data()
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

void TestColorizer::columnMapGivesTheSamePixels()
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

QTEST_GUILESS_MAIN(TestColorizer)
#include "tst_colorizer.moc"
