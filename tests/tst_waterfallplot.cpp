// Widget tests of the live waterfall: known rows in, pixels of the grabbed widget checked.
#include "data/colorizer.h"
#include "data/colormap.h"
#include "data/rowstore.h"
#include "waterfallexport.h"
#include "waterfallimage.h"
#include "waterfallpanel.h"
#include "waterfallplot.h"
#include "waterfallplotlegend.h"
#include "waterfallplottable.h"
#include "waterfallplotticker.h"
#include "findingmarker.h"

#include <QLabel>
#include <QtTest>
#include <set>
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

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly | QIODevice::Text) ? QString::fromUtf8(file.readAll()) : QString();
}

// A CSV export's lines after its '#' comment lines: the header first.
QStringList csvRows(const QString &path)
{
    QStringList rows = readText(path).split('\n', Qt::SkipEmptyParts);
    while (!rows.isEmpty() && rows.first().startsWith(QLatin1Char('#')))
        rows.removeFirst();
    return rows;
}

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
    void overlapAndBackwardsRowsShowALineWithToolTip();
    void negativeSampleAndStripsHaveToolTips();
    void legendShowsTheActiveMapsOverlayColors();
    void timeAxisTicksAreRoundAndExact_data();
    void timeAxisTicksAreRoundAndExact();
    void emptyPlotSaysWhyOverTheJobsAxes();
    void pauseFreezesAndGoLiveCatchesUp();
    void liveViewSpansTheConfiguredTimeAxis();
    void exportsAreWrittenAndReadable();
    void csvTellsNaNFromAMissingChannel();
    void plotsFollowTheLightOrDarkPalette();
};

void TestWaterfallPlot::imageRingNewestOnTop()
{
    WaterfallImage ring(4, 3);
    const uint32_t a[4] = {0xFF0000FF, 0xFF0000FF, 0xFF0000FF, 0xFF0000FF};
    const uint32_t b[4] = {0xFFFF0000, 0xFFFF0000, 0xFFFF0000, 0xFFFF0000};
    ring.appendLine(a);
    ring.appendLine(b);
    ring.appendGapBand(1, 0xFF00C000);
    ring.appendLine(a); // wraps over the oldest
    const QImage img = ring.toImage();
    QCOMPARE(img.pixel(0, 0), QRgb(a[0]));
    QCOMPARE(img.pixel(0, 1), QRgb(0xFF00C000));
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
    QCOMPARE(img.pixel(neg), rgbOf(overlayColors(ColorMapId::Viridis).negative));
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
    const uint32_t gapColor = overlayColors(ColorMapId::Viridis).gap;
    QCOMPARE(f.plot.params().overlays.gap, gapColor);
    const QImage img = f.grab();
    QCOMPARE(img.pixel(f.pixelOf(50, kT0 + 30 * kRowMs + 1000)), rgbOf(gapColor));
    QVERIFY(img.pixel(f.pixelOf(50, after + 500)) != rgbOf(gapColor));
    QVERIFY(img.pixel(f.pixelOf(50, kT0 + 25 * kRowMs)) != rgbOf(gapColor));
    const CursorSample s = f.plot.sampleAt(f.pixelOf(50, kT0 + 30 * kRowMs + 1000));
    QVERIFY(s.valid);
    QVERIFY(s.inGap);
    QCOMPARE(s.seq, -1);
    // The tool tip over the band says from when to when, to the millisecond.
    const auto clock = [](qint64 ms) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("HH:mm:ss.zzz"));
    };
    const QString tip = f.plot.markToolTipAt(f.pixelOf(50, kT0 + 30 * kRowMs + 1000));
    QVERIFY2(tip.startsWith(QStringLiteral("Gap: no rows from ")), qPrintable(tip));
    QVERIFY2(tip.contains(clock(kT0 + 30 * kRowMs)) && tip.contains(clock(after)), qPrintable(tip));
    QVERIFY(f.plot.markToolTipAt(f.pixelOf(50, after + 500)).isEmpty()); // ordinary data: no tip
    // The same band when the window is rebuilt from the store (paused, then zoomed).
    f.plot.setPaused(true);
    f.plot.customPlot()->xAxis->setRange(20, 80);
    f.plot.renderFrame();
    f.plot.renderFrame();
    QCOMPARE(f.grab().pixel(f.pixelOf(50, kT0 + 30 * kRowMs + 1000)), rgbOf(gapColor));
    const QString pausedTip = f.plot.markToolTipAt(f.pixelOf(50, kT0 + 30 * kRowMs + 1000));
    QVERIFY2(pausedTip.contains(clock(kT0 + 30 * kRowMs)) && pausedTip.contains(clock(after)), qPrintable(pausedTip));
}

void TestWaterfallPlot::overlapAndBackwardsRowsShowALineWithToolTip()
{
    Fixture f;
    // Rows 0..59 back to back, except row 30 starting 50 ms before row 29 ends (an overlap) and
    // row 45 starting 250 ms before row 44 ends (before row 44 started: time going back).
    qint64 t = kT0;
    for (int i = 0; i < 60; ++i) {
        if (i == 30)
            t -= 50;
        if (i == 45)
            t -= 250;
        f.store.append(makeRow(t, 1, 100, 50));
        t += kRowMs;
    }
    f.frame();
    const uint32_t overlap = overlayColors(ColorMapId::Viridis).overlap;
    // The live ring: one row per line, newest on top, a line of its own before each such row.
    const QImage ring = f.plot.ringImage();
    QCOMPARE(ring.pixel(10, 15), QRgb(overlap)); // below line 45 (display row 14)
    QCOMPARE(ring.pixel(10, 31), QRgb(overlap)); // below line 30 (15 lines and one mark below 45)
    for (int y : {14, 16, 30, 32})
        QVERIFY(ring.pixel(10, y) != QRgb(overlap));
    // The tool tips, over the widget's pixels of those two ring rows.
    const QRect r = f.plot.customPlot()->axisRect()->rect();
    const QImage shot = f.grab();
    int markY = -1, backY = -1;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        if (shot.pixel(r.center().x(), y) == rgbOf(overlap)) {
            if (backY < 0)
                backY = y;
            else if (y > backY + 1 && markY < 0)
                markY = y;
        }
    }
    QVERIFY(backY > 0);
    QVERIFY(markY > backY);
    const QString back = f.plot.markToolTipAt(QPointF(r.center().x() + 0.5, backY + 0.5));
    QVERIFY2(back.startsWith(QStringLiteral("Time going back")), qPrintable(back));
    const QString over = f.plot.markToolTipAt(QPointF(r.center().x() + 0.5, markY + 0.5));
    QVERIFY2(over.startsWith(QStringLiteral("Overlap:")) && over.contains(QStringLiteral("50")), qPrintable(over));
    // Rebuilt from the store (paused and zoomed) the marks are still there.
    f.plot.setPaused(true);
    f.plot.customPlot()->xAxis->setRange(20, 80);
    f.plot.renderFrame();
    f.plot.renderFrame();
    const QImage paused = f.plot.ringImage();
    int marks = 0;
    for (int y = 0; y < paused.height(); ++y)
        marks += paused.pixel(paused.width() / 2, y) == QRgb(overlap) ? 1 : 0;
    QCOMPARE(marks, 2);
}

void TestWaterfallPlot::negativeSampleAndStripsHaveToolTips()
{
    Fixture f;
    for (int i = 0; i < 60; ++i)
        f.store.append(i == 40 ? makeRow(kT0 + i * kRowMs, 1, 100, 50, 30, -5) : makeRow(kT0 + i * kRowMs, 1, 100, 50));
    f.frame();
    const double mid = kT0 + 40 * kRowMs + kRowMs / 2.0;
    const QString tip = f.plot.markToolTipAt(f.pixelOf(30, mid));
    QVERIFY2(tip.startsWith(QStringLiteral("Negative value -5 at channel 30")), qPrintable(tip));
    const QRect r = f.plot.customPlot()->axisRect()->rect();
    const QPoint strip(r.right() + 2 + WaterfallPlottable::kStripWidth / 2, f.pixelOf(30, mid).y());
    QCOMPARE(f.plot.markToolTipAt(strip), QStringLiteral("Row with negative samples"));
    QVERIFY(f.plot.markToolTipAt(QPoint(strip.x(), f.pixelOf(30, mid - 5 * kRowMs).y())).isEmpty());
    // The finding's frame, once flashed.
    f.plot.findingMarker()->flash(70, kT0 + 20 * kRowMs, kRowMs);
    QCOMPARE(f.plot.markToolTipAt(f.pixelOf(70, kT0 + 20 * kRowMs)), QStringLiteral("Jumped-to finding"));

    // A block reporting a negative minimum: the strip left of the image, in its own colour (not the
    // negatives' magenta) and listed in the legend by that colour.
    f.store.append(makeRow(kT0 + 60 * kRowMs, 1, 100, 50), -3.0, 80.0);
    for (int i = 61; i < 70; ++i)
        f.store.append(makeRow(kT0 + i * kRowMs, 1, 100, 50));
    f.frame();
    const double suspectMid = kT0 + 60 * kRowMs + kRowMs / 2.0;
    const QPoint left(r.left() - WaterfallPlottable::kStripWidth / 2 - 1, f.pixelOf(30, suspectMid).y());
    QCOMPARE(f.plot.markToolTipAt(left), QStringLiteral("Block whose reported minimum/maximum is suspect"));
    QCOMPARE(f.grab().pixel(left), rgbOf(kSuspectRangeColor));
    QVERIFY(rgbOf(kSuspectRangeColor) != rgbOf(kNegativeColor));
    QCOMPARE(f.plot.legend()->swatchColor(WaterfallPlotLegend::Entry::SuspectRange).rgba(), QRgb(kSuspectRangeColor));
    QVERIFY(f.plot.marksInView()[size_t(WaterfallPlotLegend::Entry::SuspectRange)]);
}

void TestWaterfallPlot::legendShowsTheActiveMapsOverlayColors()
{
    Fixture f;
    for (int i = 0; i < 30; ++i)
        f.store.append(makeRow(kT0 + i * kRowMs, 1, 100, i == 20 ? -1 : 50));
    for (int i = 0; i < 30; ++i)
        f.store.append(makeRow(kT0 + 5000 + i * kRowMs, 1, 100, 50));
    f.frame();
    WaterfallPlotLegend *legend = f.plot.legend();
    QVERIFY(legend->isVisible());
    QVERIFY(legend->y() >= f.plot.customPlot()->geometry().bottom()); // under the plot: the plot keeps its width
    QCOMPARE(f.plot.customPlot()->width() + 20 >= f.plot.width(), true);
    using E = WaterfallPlotLegend::Entry;
    QVERIFY(!legend->isEntryShown(E::Finding)); // no finding jumped to yet
    std::set<QRgb> gapSwatches;
    for (ColorMapId id : kAllColorMaps) {
        f.plot.setColorMap(id);
        f.plot.renderFrame(true);
        const OverlayColors want = overlayColors(id);
        QCOMPARE(f.plot.params().overlays, want);
        QCOMPARE(legend->swatchColor(E::Negative).rgba(), QRgb(want.negative));
        QCOMPARE(legend->swatchColor(E::Gap).rgba(), QRgb(want.gap));
        QCOMPARE(legend->swatchColor(E::Overlap).rgba(), QRgb(want.overlap));
        QCOMPARE(legend->swatchColor(E::Finding).rgba(), QRgb(want.finding));
        // ... and they are the colours drawn: the gap band and the negative row.
        QCOMPARE(f.grab().pixel(f.pixelOf(50, kT0 + 4000)), rgbOf(want.gap));
        QCOMPARE(f.grab().pixel(f.pixelOf(50, kT0 + 20 * kRowMs + 50)), rgbOf(want.negative));
        gapSwatches.insert(legend->swatchColor(E::Gap).rgba());
    }
    QVERIFY(gapSwatches.size() > 1); // the map changes the legend
    QCOMPARE(legend->text(E::Gap), QStringLiteral("Gap (no rows)"));
    QVERIFY(legend->isEntryShown(E::Negative));
    f.plot.setHighlightNegatives(false); // no magenta can appear: not listed
    QVERIFY(!legend->isEntryShown(E::Negative));
    QCOMPARE(legend->text(E::SuspectRange), QStringLiteral("Suspect block min/max"));
    QCOMPARE(legend->swatchColor(E::SuspectRange).rgba(), QRgb(kSuspectRangeColor));
    QVERIFY(legend->isEntryShown(E::SuspectRange));
    f.plot.findingMarker();
    QVERIFY(!legend->isEntryShown(E::Finding)); // made, not yet flashed: no frame on the plot
    f.plot.findingMarker()->flash(50, kT0 + 20 * kRowMs, kRowMs);
    QVERIFY(legend->isEntryShown(E::Finding));
    QCOMPARE(f.plot.findingMarker()->color().rgba(), QRgb(overlayColors(kAllColorMaps.back()).finding));
}

void TestWaterfallPlot::timeAxisTicksAreRoundAndExact_data()
{
    QTest::addColumn<double>("span");      // seconds shown
    QTest::addColumn<double>("step");      // the round step expected
    QTest::addColumn<QString>("format");   // the labels' precision
    QTest::newRow("12.5 s (was 2.5 s steps labelled :55 :52 :50 :47)") << 12.5 << 2.0 << QStringLiteral("HH:mm:ss");
    QTest::newRow("30 s") << 30.0 << 5.0 << QStringLiteral("HH:mm:ss");
    QTest::newRow("75 s") << 75.0 << 15.0 << QStringLiteral("HH:mm:ss");
    QTest::newRow("1.3 s") << 1.3 << 0.2 << QStringLiteral("HH:mm:ss.z");
    QTest::newRow("0.13 s") << 0.13 << 0.02 << QStringLiteral("HH:mm:ss.zz");
    QTest::newRow("4 min") << 240.0 << 30.0 << QStringLiteral("HH:mm:ss");
    QTest::newRow("40 min") << 2400.0 << 300.0 << QStringLiteral("HH:mm");
}

void TestWaterfallPlot::timeAxisTicksAreRoundAndExact()
{
    QFETCH(double, span);
    QFETCH(double, step);
    QFETCH(QString, format);
    TimeAxisTicker ticker;
    const double top = (kT0 + 1234) / 1000.0; // not on a round second
    QVector<double> ticks, subTicks;
    QVector<QString> labels;
    ticker.generate(QCPRange(top - span, top), QLocale::c(), QLatin1Char('g'), 6, ticks, &subTicks, &labels);
    QCOMPARE(ticker.lastStep(), step);
    QCOMPARE(TimeAxisTicker::formatForStep(step), format);
    QVERIFY(ticks.size() >= 3 && ticks.size() <= 10);
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size()); // every label distinct
    for (int i = 0; i < ticks.size(); ++i) {
        const qint64 ms = qint64(std::llround(ticks[i] * 1000));
        QCOMPARE(ms % qint64(std::llround(step * 1000)), 0); // on the step
        // Exact: the label is the tick's own time at the step's precision, nothing rounded away.
        const QTime time = QDateTime::fromMSecsSinceEpoch(ms).time();
        QString want = time.toString(QStringLiteral("HH:mm:ss.zzz"));
        if (step >= 60)
            want = time.toString(QStringLiteral("HH:mm"));
        else if (step >= 1)
            want.chop(4);
        else if (step >= 0.1)
            want.chop(2);
        else if (step >= 0.01)
            want.chop(1);
        QCOMPARE(labels[i], want);
    }
    // The waterfall's time axis uses it.
    WaterfallPlot plot;
    QVERIFY(plot.customPlot()->yAxis->ticker().dynamicCast<TimeAxisTicker>());
}

void TestWaterfallPlot::emptyPlotSaysWhyOverTheJobsAxes()
{
    RowStore store{11, 60, 64 * 1024 * 1024};
    WaterfallPlot plot;
    plot.setFrameRate(0);
    plot.resize(900, 600);
    qint64 now = kT0;
    plot.setWallClock([&now] { return now; });
    plot.setStore(&store);
    plot.setChannelGeometry(11, 60, 0, 0);
    plot.setLinesDtSeconds(0.1);
    plot.show();
    plot.renderFrame(true);
    plot.renderFrame(true);
    // The job's channels, a time axis ending now (not 0.5-1.5 and 1970).
    QCOMPARE(plot.customPlot()->xAxis->range().lower, 10.5);
    QCOMPARE(plot.customPlot()->xAxis->range().upper, 60.5);
    QCOMPARE(plot.customPlot()->yAxis->range().upper, kT0 / 1000.0);
    QVERIFY(plot.customPlot()->yAxis->range().size() > 10); // the span the rows will fill
    now += 5000;
    plot.renderFrame(); // the empty axis keeps ending now
    QCOMPARE(plot.customPlot()->yAxis->range().upper, now / 1000.0);
    // The message, in the middle of the plot.
    QCOMPARE(plot.emptyMessageShown(), QStringLiteral("No rows yet"));
    plot.setEmptyMessage(QStringLiteral("Waiting for the consumer…"));
    QCOMPARE(plot.emptyMessageShown(), QStringLiteral("Waiting for the consumer…"));
    auto *label = plot.customPlot()->findChild<QLabel *>(QStringLiteral("emptyMessage"));
    QVERIFY(label && label->isVisible());
    QVERIFY(plot.customPlot()->axisRect()->rect().contains(label->geometry()));
    // Rows: the message goes, the axis follows the rows; cleared: it says it again.
    for (int i = 0; i < 40; ++i)
        store.append(makeRow(kT0 + i * kRowMs, 11, 60, 50));
    plot.linesAppended();
    plot.renderFrame(true);
    QVERIFY(plot.emptyMessageShown().isEmpty());
    QVERIFY(!label->isVisible());
    QCOMPARE(plot.customPlot()->yAxis->range().upper, (kT0 + 40 * kRowMs) / 1000.0);
    store.clear();
    plot.clearView();
    plot.renderFrame(true);
    QCOMPARE(plot.emptyMessageShown(), QStringLiteral("Waiting for the consumer…"));
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
        panel.exportViewPng(qEnvironmentVariable("WF_SCREENSHOT_DIR") + "/waterfallpanel-view-export.png");
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString view = dir.filePath("view.png"), full = dir.filePath("full.png"), csv = dir.filePath("window.csv");
    QVERIFY(panel.exportViewPng(view));
    QVERIFY(panel.exportFullResolutionPng(full));
    QVERIFY(panel.exportCsv(csv));
    QCOMPARE(QImage(view).width(), panel.plot()->customPlot()->width()); // the plot (no scroll bar), and its caption under it
    QVERIFY(QImage(view).height() > panel.plot()->height());
    const QImage fullImg(full);
    QCOMPARE(fullImg.width(), 10);                     // one pixel per channel
    QCOMPARE(fullImg.height(), 40);                    // and per line
    QCOMPARE(fullImg.pixel(15 - 11, 0) | 0xFF000000u, rgbOf(kNegativeColor));

    const QStringList lines = csvRows(csv);
    QCOMPARE(lines.size(), 41);
    QCOMPARE(lines.first(), QStringLiteral("start_ms,end_ms,ch11,ch12,ch13,ch14,ch15,ch16,ch17,ch18,ch19,ch20,start_utc"));
    const QStringList last = lines.last().split(',');
    QCOMPARE(last.size(), 13);
    // The same instant as start_ms, in ISO 8601 (UTC, milliseconds).
    QCOMPARE(QDateTime::fromString(last[12], Qt::ISODateWithMs).toMSecsSinceEpoch(), kT0 + 39 * kRowMs);
    QVERIFY2(last[12].endsWith(QLatin1Char('Z')), qPrintable(last[12]));
    QCOMPARE(last[0], QString::number(kT0 + 39 * kRowMs)); // whole ms, not 1764946706900.000
    QCOMPARE(last[2].toDouble(), 39.0);
    QCOMPARE(last[6].toDouble(), -2.0);
    QCOMPARE(last[3], QStringLiteral("50.123")); // not 50.12300109863281
}

void TestWaterfallPlot::csvTellsNaNFromAMissingChannel()
{
    RowStore store(1, 3);
    // Channel 2 sent NaN, channel 3 absent, in a row of 2 samples per channel over 1001 ms.
    WaterfallRow row;
    row.startMs = kT0;
    row.endMs = kT0 + 1001;
    row.sensorIds = {0, 1};
    row.samples = {1.5f, 2.5f, std::numeric_limits<float>::quiet_NaN(), -std::numeric_limits<float>::infinity()};
    row.offsets = {0, 2, 4};
    QCOMPARE(store.append(row), 2);
    QTemporaryDir dir;
    const QString path = dir.filePath("nan.csv");
    QVERIFY(writeCsv(path, store, {store.firstSeq(), store.firstSeq() + 1}, 1, 3));
    const QString text = readText(path);
    // The header comment says how rows became lines.
    QVERIFY2(text.startsWith(QLatin1Char('#')), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("a row of k samples per channel becomes k lines")), qPrintable(text));
    const QStringList rows = csvRows(path);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0], QStringLiteral("start_ms,end_ms,ch1,ch2,ch3,start_utc"));
    // Whole ms (the second line starts at 500.5 ms into the row), NaN written, the absent channel empty.
    QCOMPARE(rows[1], QStringLiteral("%1,%2,1.5,NaN,,%3")
                          .arg(kT0).arg(kT0 + 501)
                          .arg(QDateTime::fromMSecsSinceEpoch(kT0, Qt::UTC).toString(Qt::ISODateWithMs)));
    QCOMPARE(rows[2].section(',', 0, 4), QStringLiteral("%1,%2,2.5,-Infinity,").arg(kT0 + 501).arg(kT0 + 1001));
}

namespace {
// The colours a plot draws its frame in: background, label and tick label of each axis shown.
void checkPlotColors(QCustomPlot *plot, const QColor &background, const QColor &text, const char *what)
{
    // The axis rect has no brush of its own: the plot's background shows through it.
    QVERIFY2(plot->axisRect()->backgroundBrush().style() == Qt::NoBrush, what);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        QVERIFY2(axis->labelColor() == text, what);
        QVERIFY2(axis->tickLabelColor() == text, what);
        QVERIFY2(axis->basePen().color() == text, what);
        QVERIFY2(axis->tickPen().color() == text, what);
        QVERIFY2(axis->grid()->pen().color() != text && axis->grid()->pen().color() != background, what);
    }
    // The background itself (QCustomPlot::setBackground): the viewport's top left corner, outside
    // every axis rect and label.
    const QImage img = plot->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QVERIFY2(QColor(img.pixel(1, 1)) == background, what);
}
} // namespace

void TestWaterfallPlot::plotsFollowTheLightOrDarkPalette()
{
    const QPalette original = QApplication::palette();
    WaterfallPanel panel;
    panel.plot()->setFrameRate(0);
    panel.resize(1000, 800);
    panel.resetJob(1, 50);
    WaterfallBlock block;
    for (int i = 0; i < 40; ++i)
        block.rows.push_back(makeRow(kT0 + i * kRowMs, 1, 50, float(i)));
    panel.appendBlocks({block});
    panel.show();
    panel.plot()->renderFrame(true);
    panel.plot()->renderFrame();
    QCustomPlot *waterfall = panel.plot()->customPlot();
    auto *rowTrace = panel.findChild<QCustomPlot *>(QStringLiteral("rowTrace"));
    auto *channelTrace = panel.findChild<QCustomPlot *>(QStringLiteral("channelTrace"));
    QVERIFY(rowTrace && channelTrace);
    auto *scale = qobject_cast<QCPColorScale *>(waterfall->plotLayout()->element(0, 1));
    QVERIFY(scale);
    const QPoint inImage(waterfall->axisRect()->rect().center().x(), waterfall->axisRect()->rect().top() + 5);
    const QRgb imageBefore = waterfall->grab().toImage().pixel(inImage);
    QVERIFY(QColor(imageBefore) != QColor(Qt::white)); // the image (newest rows), not the background

    const QColor darkBase(0x20, 0x20, 0x20), darkText(0xe0, 0xe0, 0xe0);
    QPalette dark = original;
    for (QPalette::ColorRole role : {QPalette::Base, QPalette::Window})
        dark.setColor(role, darkBase);
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText})
        dark.setColor(role, darkText);
    QApplication::setPalette(dark);
    QCoreApplication::processEvents();
    panel.plot()->renderFrame();
    checkPlotColors(waterfall, darkBase, darkText, "waterfall, dark");
    checkPlotColors(rowTrace, darkBase, darkText, "row trace, dark");
    checkPlotColors(channelTrace, darkBase, darkText, "channel trace, dark");
    QCOMPARE(scale->axis()->labelColor(), darkText);
    QCOMPARE(scale->axis()->tickLabelColor(), darkText);
    // The legend strip's words, on the window's colour.
    QCOMPARE(panel.plot()->legend()->findChild<QLabel *>()->palette().color(QPalette::WindowText), darkText);
    // The image keeps the map's colours.
    QCOMPARE(waterfall->grab().toImage().pixel(inImage), imageBefore);
    // The panel as it is seen: a pixel of the waterfall's margin, left of its time labels.
    const QImage seen = panel.grab().toImage().convertToFormat(QImage::Format_RGB32);
    if (qEnvironmentVariableIsSet("WF_SCREENSHOT_DIR")) // for looking at it
        seen.save(qEnvironmentVariable("WF_SCREENSHOT_DIR") + "/waterfallpanel-dark.png");
    const QPoint margin = waterfall->mapTo(&panel, QPoint(1, waterfall->height() / 2));
    QVERIFY(qGray(seen.pixel(margin)) < 60);

    QPalette light = original;
    for (QPalette::ColorRole role : {QPalette::Base, QPalette::Window})
        light.setColor(role, Qt::white);
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText})
        light.setColor(role, Qt::black);
    QApplication::setPalette(light);
    QCoreApplication::processEvents();
    panel.plot()->renderFrame();
    checkPlotColors(waterfall, Qt::white, Qt::black, "waterfall, light");
    checkPlotColors(rowTrace, Qt::white, Qt::black, "row trace, light");
    QCOMPARE(scale->axis()->tickLabelColor(), QColor(Qt::black));
    const QImage seenLight = panel.grab().toImage().convertToFormat(QImage::Format_RGB32);
    QVERIFY(qGray(seenLight.pixel(margin)) > 200);
    QApplication::setPalette(original);
}

// "Time axis (s) 30" with lines_dt 30 ms: a ~400 px plot cannot hold 1000 lines one a pixel row;
// the live view still spans 30 s (several lines a row, the largest magnitude wins, so a single
// negative sample or a spike among the folded lines is still drawn), and zooming out ('-') reaches
// the oldest line of the history while staying live.
void TestWaterfallPlot::liveViewSpansTheConfiguredTimeAxis()
{
    Fixture f;
    f.plot.resize(700, 500);
    f.plot.setLinesDtSeconds(0.03);
    f.plot.setTimeAxisSeconds(30);
    constexpr qint64 kDt = 30;
    auto line = [](qint64 i, int special, float value) {
        WaterfallRow row = makeRow(kT0 + i * kDt, 1, 100, 20, special, value);
        row.endMs = row.startMs + kDt;
        return row;
    };
    for (qint64 i = 0; i < 4000; ++i) // 120 s of history
        f.store.append(i == 3900 ? line(i, 30, -5) : i == 3950 ? line(i, 60, 95) : line(i, -1, 0));
    f.frame();
    const int rows = f.plot.ringImage().height();
    QVERIFY2(rows > 300 && rows < 1000, qPrintable(QString::number(rows))); // fewer rows than 30 s of lines
    QVERIFY(f.plot.isLive());
    QCOMPARE(f.plot.visibleToMs() - f.plot.visibleFromMs(), 30'000.0);
    QVERIFY(f.plot.visibleToMs() > kT0 + 3999 * kDt); // the newest line is in view
    const QImage img = f.grab();
    const QRgb normal = rgbOf(colorOf(20, Levels{0, 100, false}, colorLut(ColorMapId::Viridis), true));
    QCOMPARE(img.pixel(f.pixelOf(30, kT0 + 3900 * kDt + 15)), rgbOf(overlayColors(ColorMapId::Viridis).negative));
    QCOMPARE(img.pixel(f.pixelOf(60, kT0 + 3950 * kDt + 15)),
             rgbOf(colorOf(95, Levels{0, 100, false}, colorLut(ColorMapId::Viridis), true)));
    QCOMPARE(img.pixel(f.pixelOf(45, kT0 + 3950 * kDt + 15)), normal);
    // The cursor reads the folded line under it.
    const CursorSample s = f.plot.sampleAt(f.plot.pixelOf(30, kT0 + 3900 * kDt + 15));
    QVERIFY(s.valid);
    QCOMPARE(s.seq, f.store.firstSeq() + 3900);
    QCOMPARE(s.value, -5.0f);

    // Zoom out ('-') until the whole history shows: still live, the oldest line drawn.
    for (int i = 0; i < 12; ++i) {
        f.plot.zoomBy(1.25);
        f.plot.renderFrame();
    }
    f.plot.renderFrame(true);
    QVERIFY(f.plot.isLive());
    QVERIFY2(f.plot.visibleFromMs() <= kT0 + 1000, qPrintable(QString::number(f.plot.visibleFromMs() - kT0)));
    QCOMPARE(f.grab().pixel(f.pixelOf(45, kT0 + 300)), normal);
    // Reset zoom: the configured 30 s again.
    f.plot.resetZoom();
    f.plot.renderFrame(true);
    QCOMPARE(f.plot.visibleToMs() - f.plot.visibleFromMs(), 30'000.0);
}

QTEST_MAIN(TestWaterfallPlot)
#include "tst_waterfallplot.moc"
