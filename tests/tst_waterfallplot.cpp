// Widget tests of the live waterfall: known rows in, pixels of the grabbed widget checked.
#include "colorizer.h"
#include "colormap.h"
#include "rowstore.h"
#include "waterfallimage.h"
#include "waterfallpanel.h"
#include "waterfallplot.h"

#include <QtTest>
#include <qcustomplot.h>

using namespace wf;

namespace {

constexpr qint64 kT0 = 1'764'946'703'000; // epoch ms
constexpr qint64 kRowMs = 100;

// One row of channels lo..hi (sensor id = channel - 1), every sample `value` except `special`.
WaterfallRow makeRow(qint64 startMs, int lo, int hi, float value, int specialChannel = -1, float special = 0)
{
    WaterfallRow row;
    row.startMs = startMs;
    row.endMs = startMs + kRowMs;
    row.offsets.push_back(0);
    for (int ch = lo; ch <= hi; ++ch) {
        row.sensorIds.push_back(ch - 1);
        row.samples.push_back(ch == specialChannel ? special : value);
        row.offsets.push_back(uint32_t(row.samples.size()));
    }
    return row;
}

QRgb rgbOf(uint32_t argb) { return QRgb(argb) | 0xFF000000u; }

struct Fixture {
    RowStore store{1, 100, 64 * 1024 * 1024};
    WaterfallPlot plot;
    Fixture()
    {
        plot.setFrameRate(0); // frames are driven by the test
        plot.resize(900, 600);
        plot.setStore(&store);
        plot.setLevels(Levels{0, 100, false});
        plot.setColorMap(ColorMapId::Viridis);
        plot.show();
    }
    void frame()
    {
        plot.linesAppended();
        plot.renderFrame(true);
        plot.renderFrame(); // a layout change on the first frame is fitted on the next
    }
    QImage grab() { return plot.grab().toImage().convertToFormat(QImage::Format_RGB32); }
    // Widget pixel of a channel at a time (centre of the line that covers it).
    QPoint pixelOf(int channel, double ms) const
    {
        const QPointF p = plot.pixelOf(channel, ms);
        return QPoint(int(std::floor(p.x())), int(std::floor(p.y())));
    }
};

} // namespace

class TestWaterfallPlot : public QObject
{
    Q_OBJECT
  private slots:
    void imageRingNewestOnTop();
    void negativeSampleShowsHighlightAtItsPixel();
    void newestRowIsAtTheTop();
    void timestampGapShowsGapBand();
    void pauseFreezesAndGoLiveCatchesUp();
    void exportsAreWrittenAndReadable();
};

void TestWaterfallPlot::imageRingNewestOnTop()
{
    WaterfallImage ring(4, 3);
    const uint32_t a[4] = {0xFF0000FF, 0xFF0000FF, 0xFF0000FF, 0xFF0000FF};
    const uint32_t b[4] = {0xFFFF0000, 0xFFFF0000, 0xFFFF0000, 0xFFFF0000};
    ring.appendLine(a);
    ring.appendLine(b);
    ring.appendGapBand(1);
    ring.appendLine(a); // wraps over the oldest
    const QImage img = ring.toImage();
    QCOMPARE(img.pixel(0, 0), QRgb(a[0]));
    QCOMPARE(img.pixel(0, 1), QRgb(kGapColor));
    QCOMPARE(img.pixel(0, 2), QRgb(b[0]));
    QImage target(4, 3, QImage::Format_ARGB32_Premultiplied);
    target.fill(Qt::black);
    QPainter painter(&target);
    ring.draw(painter, QRectF(0, 0, 4, 3));
    painter.end();
    QCOMPARE(target, img);
}

void TestWaterfallPlot::negativeSampleShowsHighlightAtItsPixel()
{
    Fixture f;
    for (int i = 0; i < 60; ++i)
        f.store.append(i == 40 ? makeRow(kT0 + i * kRowMs, 1, 100, 50, 30, -5) : makeRow(kT0 + i * kRowMs, 1, 100, 50));
    f.frame();
    const QImage img = f.grab();
    const double mid = kT0 + 40 * kRowMs + kRowMs / 2.0;
    const QPoint neg = f.pixelOf(30, mid);
    QCOMPARE(img.pixel(neg), rgbOf(kNegativeColor));
    // Its neighbours in channel and in time are ordinary data.
    const QRgb normal = rgbOf(colorOf(50, Levels{0, 100, false}, colorLut(ColorMapId::Viridis), true));
    QCOMPARE(img.pixel(f.pixelOf(40, mid)), normal);
    QCOMPARE(img.pixel(f.pixelOf(30, mid - 3 * kRowMs)), normal);
    // Without highlighting it is an ordinary (clamped) value again.
    f.plot.setHighlightNegatives(false);
    f.plot.renderFrame();
    QVERIFY(f.grab().pixel(neg) != rgbOf(kNegativeColor));
}

void TestWaterfallPlot::newestRowIsAtTheTop()
{
    Fixture f;
    for (int i = 0; i < 100; ++i)
        f.store.append(makeRow(kT0 + i * kRowMs, 1, 100, float(i)));
    f.frame();
    const QImage img = f.grab();
    const QRect r = f.plot.customPlot()->axisRect()->rect();
    const ColorLut &lut = colorLut(ColorMapId::Viridis);
    const Levels lv{0, 100, false};
    QCOMPARE(img.pixel(r.center().x(), r.top()), rgbOf(colorOf(99, lv, lut, true)));
    QCOMPARE(img.pixel(r.center().x(), r.top() + 10), rgbOf(colorOf(89, lv, lut, true)));
    QVERIFY(f.plot.isLive());
    QCOMPARE(f.plot.secondsBehindLive(), 0.0);
}

void TestWaterfallPlot::timestampGapShowsGapBand()
{
    Fixture f;
    for (int i = 0; i < 30; ++i)
        f.store.append(makeRow(kT0 + i * kRowMs, 1, 100, 50));
    const qint64 after = kT0 + 30 * kRowMs + 2000; // a 2 s hole: 20 rows
    for (int i = 0; i < 30; ++i)
        f.store.append(makeRow(after + i * kRowMs, 1, 100, 50));
    f.frame();
    const QImage img = f.grab();
    QCOMPARE(img.pixel(f.pixelOf(50, kT0 + 30 * kRowMs + 1000)), rgbOf(kGapColor));
    QVERIFY(img.pixel(f.pixelOf(50, after + 500)) != rgbOf(kGapColor));
    QVERIFY(img.pixel(f.pixelOf(50, kT0 + 25 * kRowMs)) != rgbOf(kGapColor));
    const CursorSample s = f.plot.sampleAt(f.pixelOf(50, kT0 + 30 * kRowMs + 1000));
    QVERIFY(s.valid);
    QVERIFY(s.inGap);
    QCOMPARE(s.seq, -1);
    // The same band when the window is rebuilt from the store (paused, then zoomed).
    f.plot.setPaused(true);
    f.plot.customPlot()->xAxis->setRange(20, 80);
    f.plot.renderFrame();
    f.plot.renderFrame();
    QCOMPARE(f.grab().pixel(f.pixelOf(50, kT0 + 30 * kRowMs + 1000)), rgbOf(kGapColor));
}

void TestWaterfallPlot::pauseFreezesAndGoLiveCatchesUp()
{
    Fixture f;
    for (int i = 0; i < 50; ++i)
        f.store.append(makeRow(kT0 + i * kRowMs, 1, 100, 20));
    f.frame();
    f.plot.setPaused(true);
    const QImage before = f.plot.customPlot()->grab().toImage();
    for (int i = 50; i < 80; ++i)
        f.store.append(makeRow(kT0 + i * kRowMs, 1, 100, 90));
    f.frame();
    QCOMPARE(f.plot.customPlot()->grab().toImage(), before);
    QVERIFY(f.plot.isPaused());
    QVERIFY(qAbs(f.plot.secondsBehindLive() - 3.0) < 0.01);
    f.plot.goLive();
    f.frame();
    const QRect r = f.plot.customPlot()->axisRect()->rect();
    const QRgb top = f.grab().pixel(r.center().x(), r.top() + 1);
    QCOMPARE(top, rgbOf(colorOf(90, Levels{0, 100, false}, colorLut(ColorMapId::Viridis), true)));
    QCOMPARE(f.plot.secondsBehindLive(), 0.0);
}

void TestWaterfallPlot::exportsAreWrittenAndReadable()
{
    WaterfallPanel panel;
    panel.plot()->setFrameRate(0);
    panel.resize(1000, 800);
    panel.resetJob(11, 20);
    WaterfallBlock block;
    block.currentMinAmp = -2;
    block.currentMaxAmp = 40;
    for (int i = 0; i < 40; ++i)
        block.rows.push_back(makeRow(kT0 + i * kRowMs, 11, 20, float(i), 15, -2));
    // A decoded wire value "50.123" (the float nearest to it) is exported as 50.123 again.
    block.rows.back().samples[1] = float(50.123);
    panel.appendBlocks({block});
    panel.show();
    panel.plot()->renderFrame(true);
    panel.plot()->renderFrame();
    QCOMPARE(panel.store().totalNegativeSamples(), 40);
    // For looking at it: WF_SCREENSHOT_DIR=/tmp tst_waterfallplot (WF_SCREENSHOT_RTL=1 for a Hebrew layout).
    if (qEnvironmentVariableIsSet("WF_SCREENSHOT_DIR")) {
        if (qEnvironmentVariableIsSet("WF_SCREENSHOT_RTL"))
            QApplication::setLayoutDirection(Qt::RightToLeft);
        panel.plot()->renderFrame(true);
        panel.grab().save(qEnvironmentVariable("WF_SCREENSHOT_DIR") + "/waterfallpanel.png");
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString view = dir.filePath("view.png"), full = dir.filePath("full.png"), csv = dir.filePath("window.csv");
    QVERIFY(panel.exportViewPng(view));
    QVERIFY(panel.exportFullResolutionPng(full));
    QVERIFY(panel.exportCsv(csv));
    QCOMPARE(QImage(view).size(), panel.plot()->size());
    const QImage fullImg(full);
    QCOMPARE(fullImg.width(), 10);                     // one pixel per channel
    QCOMPARE(fullImg.height(), 40);                    // and per line
    QCOMPARE(fullImg.pixel(15 - 11, 0) | 0xFF000000u, rgbOf(kNegativeColor));

    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 41);
    QCOMPARE(lines.first(), QStringLiteral("start_ms,end_ms,ch11,ch12,ch13,ch14,ch15,ch16,ch17,ch18,ch19,ch20,start_utc"));
    const QStringList last = lines.last().split(',');
    QCOMPARE(last.size(), 13);
    // The same instant as start_ms, in ISO 8601 (UTC, milliseconds).
    QCOMPARE(QDateTime::fromString(last[12], Qt::ISODateWithMs).toMSecsSinceEpoch(), kT0 + 39 * kRowMs);
    QVERIFY2(last[12].endsWith(QLatin1Char('Z')), qPrintable(last[12]));
    QCOMPARE(last[0].toDouble(), double(kT0 + 39 * kRowMs));
    QCOMPARE(last[2].toDouble(), 39.0);
    QCOMPARE(last[6].toDouble(), -2.0);
    QCOMPARE(last[3], QStringLiteral("50.123")); // not 50.12300109863281
}

QTEST_MAIN(TestWaterfallPlot)
#include "tst_waterfallplot.moc"
