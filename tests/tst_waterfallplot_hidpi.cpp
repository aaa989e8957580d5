// The waterfall at a device pixel ratio of 2 (run with QT_SCALE_FACTOR=2, as ctest does): the ring
// is as many pixels as the screen shows, one image pixel per device pixel (not a logical-size image
// upscaled), and the cursor mapping (logical widget pixels <-> lines and channels) still holds.
#include "data/colorizer.h"
#include "data/colormap.h"
#include "data/rowstore.h"
#include "waterfallplot.h"
#include "waterfallplottable.h"

#include <QtTest>
#include <cmath>
#include <memory>
#include <qcustomplot.h>

using namespace wf;

namespace {
constexpr qint64 kT0 = 1'764'946'703'000; // epoch ms
constexpr qint64 kRowMs = 100;
constexpr float kLow = 20, kHigh = 80;

// A checkerboard: line `line`, channel ch is high when line + ch is odd.
float valueAt(qint64 line, int ch) { return ((line + ch) % 2) ? kHigh : kLow; }

WaterfallRow makeRow(qint64 line, int lo, int hi)
{
    WaterfallRow row;
    row.startMs = kT0 + line * kRowMs;
    row.endMs = row.startMs + kRowMs;
    row.offsets.push_back(0);
    for (int ch = lo; ch <= hi; ++ch) {
        row.sensorIds.push_back(ch - 1);
        row.samples.push_back(valueAt(line, ch));
        row.offsets.push_back(uint32_t(row.samples.size()));
    }
    return row;
}

QRgb colorFor(float value)
{
    return QRgb(colorOf(value, Levels{0, 100, false}, colorLut(ColorMapId::Viridis), true)) | 0xFF000000u;
}
} // namespace

class TestWaterfallPlotHiDpi : public QObject
{
    Q_OBJECT
  private slots:
    void ringIsDrawnAtDevicePixels();
};

void TestWaterfallPlotHiDpi::ringIsDrawnAtDevicePixels()
{
    WaterfallPlot plot;
    plot.setFrameRate(0);
    plot.resize(640, 420);
    plot.setLevels(Levels{0, 100, false});
    plot.setColorMap(ColorMapId::Viridis);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    const double dpr = plot.customPlot()->devicePixelRatioF();
    if (dpr != 2)
        QSKIP("needs QT_SCALE_FACTOR=2 (ctest sets it)");

    // First as many channels as the ring has columns (known after a frame), so that adjacent
    // channels are adjacent device pixels; then more lines than it has rows.
    auto store = std::make_unique<RowStore>(1, 100);
    plot.setStore(store.get());
    for (qint64 i = 0; i < 10; ++i)
        store->append(makeRow(i, 1, 100));
    plot.linesAppended();
    plot.renderFrame(true);
    plot.renderFrame();
    const int channels = plot.ringImage().width();
    QVERIFY(channels > 100);
    store = std::make_unique<RowStore>(1, channels);
    plot.setStore(store.get());
    const int lines = plot.ringImage().height() + 40;
    for (qint64 i = 0; i < lines; ++i)
        store->append(makeRow(i, 1, channels));
    plot.linesAppended();
    plot.renderFrame(true);
    plot.renderFrame();

    // The ring is the axis rect in device pixels.
    const QRect axis = plot.customPlot()->axisRect()->rect();
    const QImage ring = plot.ringImage();
    QCOMPARE(ring.size(), axis.size() * 2);
    QCOMPARE(ring.width(), channels); // the layout did not move with the new channels

    // The grab (a pixmap at ratio 2) holds the ring 1:1: every device pixel of a block in the
    // middle is the ring's pixel, and adjacent device pixels differ as the checkerboard does.
    const QPixmap pixmap = plot.customPlot()->grab();
    QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    const QImage img = pixmap.toImage().convertToFormat(QImage::Format_RGB32);
    auto *plottable = qobject_cast<WaterfallPlottable *>(plot.customPlot()->plottable(0));
    QVERIFY(plottable);
    const QRectF at = plottable->pixelRect();
    const int ox = int(std::lround(at.left() * 2)), oy = int(std::lround(at.top() * 2));
    QCOMPARE(ox, axis.left() * 2);
    QCOMPARE(oy, axis.top() * 2);
    const int cx = ring.width() / 2, cy = ring.height() / 2;
    for (int y = cy - 6; y <= cy + 6; ++y) {
        for (int x = cx - 6; x <= cx + 6; ++x) {
            const QRgb seen = img.pixel(ox + x, oy + y);
            QCOMPARE(seen, ring.pixel(x, y) | 0xFF000000u);
            QVERIFY(seen == colorFor(kLow) || seen == colorFor(kHigh));
            QVERIFY(seen != img.pixel(ox + x + 1, oy + y)); // the next channel
            QVERIFY(seen != img.pixel(ox + x, oy + y + 1)); // the line before
        }
    }

    // The cursor: logical pixels to lines and channels and back. A logical pixel is two lines
    // tall and two channels wide.
    const qint64 newest = lines - 1;
    for (qint64 line : {newest, newest - 1, newest - 101, newest - 250}) {
        for (int ch : {2, 3, channels / 2, channels / 2 + 1, channels - 1}) { // (1: under the time axis line)
            const double mid = kT0 + line * kRowMs + kRowMs / 2.0;
            const QPointF p = plot.pixelOf(ch, mid);
            const CursorSample s = plot.sampleAt(p);
            QVERIFY(s.valid);
            QCOMPARE(s.channel, ch);
            QCOMPARE(s.seq, line);
            QCOMPARE(s.value, valueAt(line, ch));
            // What the screen shows at that point is that sample's colour.
            const QPoint device(int(std::floor(p.x() * 2)), int(std::floor(p.y() * 2)));
            QVERIFY2(img.pixel(device) == colorFor(valueAt(line, ch)),
                     qPrintable(QStringLiteral("line %1 channel %2 at %3,%4").arg(line).arg(ch).arg(p.x()).arg(p.y())));
        }
    }
    const QPointF p = plot.pixelOf(channels / 2, kT0 + (newest - 20) * kRowMs + kRowMs / 2.0);
    QCOMPARE(plot.sampleAt(p + QPointF(0, 0.5)).seq, newest - 21); // half a logical pixel lower: the line before
    QCOMPARE(plot.sampleAt(p + QPointF(0.5, 0)).channel, channels / 2 + 1);
}

QTEST_MAIN(TestWaterfallPlotHiDpi)
#include "tst_waterfallplot_hidpi.moc"
