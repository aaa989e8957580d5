// The waterfall panel as a user drives it: rows from a real job (emulator → client → controller →
// attach()), the mouse wheel over the plot and over the time axis, the scroll bar, the rubber band,
// the contrast sliders and typed levels, the full-resolution export of the whole history, and a
// run-time switch of the layout direction. Pixels of the grabbed plot are checked where a user
// would see the difference.
#include "apptext.h"
#include "base/clock.h"
#include "data/colorizer.h"
#include "data/colormap.h"
#include "contrastcontrols.h"
#include "elidedlabel.h"
#include "findingmarker.h"
#include "net/focusclient.h"
#include "focusemulator.h"
#include "net/jobapi.h"
#include "data/quality.h"
#include "qualitytext.h"
#include "job/readinesscontroller.h"
#include "data/rowstore.h"
#include "waterfallexport.h"
#include "waterfallexportcaption.h"
#include "waterfallpanel.h"
#include "waterfallplot.h"
#include "waterfallplotlegend.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QSettings>
#include <QtTest>
#include <memory>
#include <qcustomplot.h>

using namespace wf;

namespace {

constexpr qint64 kT0 = 1'764'946'703'000; // epoch ms
constexpr qint64 kRowMs = 100;
constexpr int kLo = 11, kHi = 60;
constexpr int kRows = 1200; // two minutes: more than the window shows

// The value of row i: steps of 2 over 0..98, so that neighbouring rows differ by several LUT entries.
float valueOfRow(qint64 i) { return float((i % 50) * 2); }

WaterfallRow makeRow(qint64 i, int negativeChannel = -1)
{
    WaterfallRow row;
    row.startMs = kT0 + i * kRowMs;
    row.endMs = row.startMs + kRowMs;
    row.offsets.push_back(0);
    for (int ch = kLo; ch <= kHi; ++ch) {
        row.sensorIds.push_back(ch - 1);
        row.samples.push_back(ch == negativeChannel ? -3.0f : valueOfRow(i));
        row.offsets.push_back(uint32_t(row.samples.size()));
    }
    return row;
}

QRgb rgbOf(uint32_t argb) { return QRgb(argb) | 0xFF000000u; }

// A panel with kRows rows (row 100 has a negative sample at channel 30), fixed levels 0..100.
struct Rig {
    WaterfallPanel panel;
    Rig()
    {
        panel.plot()->setFrameRate(0);
        panel.resize(1200, 900);
        panel.resetJob(kLo, kHi);
        WaterfallBlock block;
        for (qint64 i = 0; i < kRows; ++i)
            block.rows.push_back(makeRow(i, i == 100 ? 30 : -1));
        panel.show();
        panel.contrast().setFixedLevels(0, 100);
        panel.contrastControls()->modeBox()->setCurrentIndex(int(ContrastMode::Fixed));
        panel.appendBlocks({block});
        frame();
    }
    WaterfallPlot *plot() const { return panel.plot(); }
    QCustomPlot *cp() const { return panel.plot()->customPlot(); }
    void frame()
    {
        plot()->renderFrame(true);
        plot()->renderFrame(); // a layout change on the first frame is fitted on the next
    }
    QImage grab() const { return cp()->grab().toImage().convertToFormat(QImage::Format_RGB32); }
    QPoint pixelOf(int channel, double ms) const
    {
        const QPointF p = plot()->pixelOf(channel, ms);
        const QPoint inPlot(int(std::floor(p.x())), int(std::floor(p.y())));
        return inPlot; // customPlot coordinates
    }
    // The colour the plot must show for row i (levels as drawn).
    QRgb colorOfRow(qint64 i) const
    {
        return rgbOf(colorOf(valueOfRow(i), plot()->levels(), colorLut(plot()->colorMap()), true));
    }
    double newestMs() const { return double(kT0 + kRows * kRowMs); }
    // The row a time falls in.
    static qint64 rowAt(double ms) { return qint64(std::floor((ms - kT0) / kRowMs)); }
};

// Doubles every text of the waterfall panel's contexts: a language with longer words.
class LongWordsTranslator : public QTranslator
{
  public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const QByteArray c(context);
        if (c != "wf::WaterfallPanel" && c != "wf::ContrastControls")
            return QString();
        return QString::fromUtf8(source).repeated(2);
    }
    bool isEmpty() const override { return false; }
};

void sendWheel(QWidget *w, QPointF pos, int angle)
{
    QWheelEvent ev(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, angle), Qt::NoButton, Qt::NoModifier,
                   Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(w, &ev);
}

void sendMouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButtons buttons, Qt::KeyboardModifiers mods)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent ev(type, pos, w->mapToGlobal(pos), button, buttons, mods);
    QCoreApplication::sendEvent(w, &ev);
}

} // namespace

class TestWaterfallPanel : public QObject
{
    Q_OBJECT
  private slots:
    void viewSettingsAreRemembered();
    void attachFollowsAControllersRows();
    void wheelInThePlotZoomsTimeAndChannels();
    void wheelOverTheTimeAxisScrollsHistory();
    void scrollBarScrollsBackAndReturnsLive();
    void rubberBandZoomsToTheDraggedRectangle();
    void slidersFixTheContrast();
    void pausedPictureKeepsItsColours();
    void divergingMapCentresAutoContrastOnZero();
    void tracesShowTheNewestRowAndMiddleChannelWithoutACursor();
    void beforeRowsThePlotShowsTheJobAndWhy();
    void typedLevelsMoveTheSliders();
    void slidersSpanTheDataInDb();
    void fullResolutionExportHoldsTheWholeHistory();
    void viewExportHasNoCrosshairAndACaption();
    void viewExportsLegendListsOnlyWhatIsInThePicture();
    void exportDialogsProposeAFileName();
    void exportMessageClearsAfterItsTimeout();
    void countsSayOneRowNotOneRows();
    void hudShowsWholePartsAndAllOfThemInPresentation();
    void fullResolutionExportIsBoundedAndSaysSo();
    void toolbarMirrorsWhenTheDirectionChanges();
    void comboBoxesFitTextsOfANewLanguage();
};

void TestWaterfallPanel::attachFollowsAControllersRows()
{
    emu::EmulatorOptions o;
    o.consumerDelayMs = 100;
    emu::FocusEmulator emulator(o);
    QVERIFY(emulator.start() != 0);
    ClientOptions c;
    c.baseUrl = QUrl(emulator.baseUrl());
    c.timeoutMs = 5000;
    FocusClient client(c);
    ClientJobApi api(&client);
    SystemClock clock;
    ReadinessController controller(&api, &clock);

    WaterfallPanel panel;
    panel.attach(&controller);
    qint64 rowsSignalled = 0;
    connect(&controller, &ReadinessController::rowsReceivedBlocks, &panel,
            [&rowsSignalled](const std::shared_ptr<const WaterfallBlocks> &blocks) {
                for (const WaterfallBlock &b : *blocks)
                    rowsSignalled += qint64(b.rows.size());
            });

    ConfigureRequest request;
    request.channelMin = 5;
    request.channelMax = 44;
    ReadinessSettings settings;
    settings.rowCount = 20;
    settings.maxPollMs = 200;
    controller.start(request, settings);
    QTRY_VERIFY_WITH_TIMEOUT(panel.store().totalRows() >= 30, 15000);
    controller.stop();
    // The store took the job's channel range, and every row the controller delivered.
    QCOMPARE(panel.store().channelLo(), 5);
    QCOMPARE(panel.store().channelHi(), 44);
    QCOMPARE(panel.store().totalRows(), rowsSignalled);
    QCOMPARE(panel.plot()->visibleFirstChannel(), 5);
    QCOMPARE(panel.plot()->visibleLastChannel(), 44);
    // dx from the configure reply: a metres axis on top.
    QVERIFY(panel.plot()->customPlot()->xAxis2->visible());

    // A new job starts a new history on its own channel range.
    const QString firstJob = controller.jobId();
    request.channelMin = 100;
    request.channelMax = 119;
    rowsSignalled = 0;
    controller.start(request, settings);
    QTRY_VERIFY_WITH_TIMEOUT(controller.jobId() != firstJob && panel.store().channelLo() == 100, 15000);
    QVERIFY(panel.store().totalRows() > 0);
    controller.stop();
    QCOMPARE(panel.store().channelHi(), 119);
    QCOMPARE(panel.store().totalRows(), rowsSignalled);
}

void TestWaterfallPanel::wheelInThePlotZoomsTimeAndChannels()
{
    Rig r;
    QVERIFY(r.plot()->isLive());
    const QCPRange x0 = r.cp()->xAxis->range(), y0 = r.cp()->yAxis->range();
    const QPoint centre = r.cp()->axisRect()->rect().center();
    sendWheel(r.cp(), centre, 120); // one notch in
    const QCPRange x1 = r.cp()->xAxis->range(), y1 = r.cp()->yAxis->range();
    QVERIFY2(y1.size() < 0.9 * y0.size(), qPrintable(QStringLiteral("%1 -> %2").arg(y0.size()).arg(y1.size())));
    QVERIFY(x1.size() < 0.9 * x0.size());
    QVERIFY(y1.contains(y0.center()) && x1.contains(x0.center())); // around the cursor
    QVERIFY(!r.plot()->isLive()); // zoomed into the past: the view holds still
    // The image is rebuilt for the zoomed window: rows are taller and still at their times.
    r.frame();
    const QImage img = r.grab();
    // Away from the edges, where the axes' ticks reach into the image, and between major ticks.
    for (double ms : {y1.lower * 1000 + 0.1 * y1.size() * 1000, y1.center() * 1000, y1.upper * 1000 - 0.1 * y1.size() * 1000}) {
        const double mid = (std::floor((ms - kT0) / kRowMs) + 0.5) * kRowMs + kT0;
        QCOMPARE(img.pixel(r.pixelOf(33, mid)), r.colorOfRow(Rig::rowAt(mid)));
    }
}

void TestWaterfallPanel::wheelOverTheTimeAxisScrollsHistory()
{
    Rig r;
    const QCPRange y0 = r.cp()->yAxis->range();
    const QRect rect = r.cp()->axisRect()->rect();
    const QPointF overAxis(rect.left() - 20, rect.center().y());
    sendWheel(r.cp(), overAxis, -120); // one notch back in time
    const QCPRange y1 = r.cp()->yAxis->range();
    QVERIFY(!r.plot()->isLive());
    QVERIFY(qAbs(y1.size() - y0.size()) < 1e-6); // a scroll, not a zoom
    QVERIFY(qAbs((y0.upper - y1.upper) - 0.1 * y0.size()) < 1e-3);
    QVERIFY(qAbs(r.plot()->secondsBehindLive() - 0.1 * y0.size()) < 0.01);
    r.frame();
    const double top = y1.upper * 1000 - 250;
    QCOMPARE(r.grab().pixel(r.pixelOf(20, top)), r.colorOfRow(Rig::rowAt(top)));
    // Forward again past the newest row: live.
    sendWheel(r.cp(), overAxis, 240);
    QVERIFY(r.plot()->isLive());
    QCOMPARE(r.plot()->secondsBehindLive(), 0.0);
}

void TestWaterfallPanel::scrollBarScrollsBackAndReturnsLive()
{
    Rig r;
    auto *bar = r.plot()->findChild<QScrollBar *>();
    QVERIFY(bar);
    const double span = r.cp()->yAxis->range().size();
    // The bar spans the history that is not on screen, in 0.1 s steps; live is at 0.
    QCOMPARE(bar->value(), 0);
    QVERIFY2(qAbs(bar->maximum() - (kRows * kRowMs / 1000.0 - span) * 10) <= 1, qPrintable(QString::number(bar->maximum())));
    bar->setValue(300); // 30 s back
    QVERIFY(!r.plot()->isLive());
    QVERIFY(qAbs(r.plot()->secondsBehindLive() - 30.0) < 0.01);
    QVERIFY(qAbs(r.cp()->yAxis->range().upper * 1000 - (r.newestMs() - 30'000)) < 1);
    r.frame();
    const QImage img = r.grab();
    const double t = r.newestMs() - 30'000 - 1'050; // 1 s below the top edge
    QCOMPARE(img.pixel(r.pixelOf(40, t)), r.colorOfRow(Rig::rowAt(t)));
    const CursorSample s = r.plot()->sampleAt(r.pixelOf(40, t));
    QCOMPARE(s.value, valueOfRow(Rig::rowAt(t)));
    // Rows keep arriving while scrolled back: the view stays, the badge counts.
    WaterfallBlock more;
    for (qint64 i = kRows; i < kRows + 20; ++i)
        more.rows.push_back(makeRow(i));
    r.panel.appendBlocks({more});
    r.frame();
    QVERIFY(qAbs(r.plot()->secondsBehindLive() - 32.0) < 0.01);
    bar->setValue(0);
    QVERIFY(r.plot()->isLive());
    r.frame();
    QCOMPARE(bar->value(), 0);
}

void TestWaterfallPanel::rubberBandZoomsToTheDraggedRectangle()
{
    Rig r;
    const QRect rect = r.cp()->axisRect()->rect();
    const QPoint a(rect.left() + rect.width() / 4, rect.top() + rect.height() * 3 / 10);
    const QPoint b(rect.left() + rect.width() * 6 / 10, rect.top() + rect.height() * 7 / 10);
    const double x0 = r.cp()->xAxis->pixelToCoord(a.x()), x1 = r.cp()->xAxis->pixelToCoord(b.x());
    const double yTop = r.cp()->yAxis->pixelToCoord(a.y()), yBottom = r.cp()->yAxis->pixelToCoord(b.y());
    // A plain drag pans; with Ctrl held it draws a band and zooms to it.
    sendMouse(r.cp(), QEvent::MouseButtonPress, a, Qt::LeftButton, Qt::ControlModifier);
    sendMouse(r.cp(), QEvent::MouseMove, (a + b) / 2, Qt::LeftButton, Qt::ControlModifier);
    sendMouse(r.cp(), QEvent::MouseMove, b, Qt::LeftButton, Qt::ControlModifier);
    sendMouse(r.cp(), QEvent::MouseButtonRelease, b, Qt::NoButton, Qt::ControlModifier);
    const QCPRange x = r.cp()->xAxis->range(), y = r.cp()->yAxis->range();
    const double xPixel = (x1 - x0) / (b.x() - a.x()), yPixel = (yTop - yBottom) / (b.y() - a.y());
    QVERIFY2(qAbs(x.lower - x0) <= 1.5 * xPixel && qAbs(x.upper - x1) <= 1.5 * xPixel,
             qPrintable(QStringLiteral("%1..%2 vs %3..%4").arg(x.lower).arg(x.upper).arg(x0).arg(x1)));
    QVERIFY(qAbs(y.lower - yBottom) <= 1.5 * yPixel && qAbs(y.upper - yTop) <= 1.5 * yPixel);
    QVERIFY(!r.plot()->isLive());
    QCOMPARE(r.plot()->visibleFirstChannel(), int(std::floor(x.lower - 0.5)) + 1);
    QCOMPARE(r.plot()->visibleLastChannel(), int(std::ceil(x.upper + 0.5)) - 1);
    QVERIFY(r.plot()->visibleFirstChannel() > kLo + 5 && r.plot()->visibleLastChannel() < kHi - 5);
    r.frame();
    const QImage img = r.grab();
    const int ch = (r.plot()->visibleFirstChannel() + r.plot()->visibleLastChannel()) / 2;
    const double mid = (Rig::rowAt(y.center() * 1000) + 0.5) * kRowMs + kT0;
    QCOMPARE(img.pixel(r.pixelOf(ch, mid)), r.colorOfRow(Rig::rowAt(mid)));
    // Reset zoom returns to every channel, live.
    r.plot()->resetZoom();
    QVERIFY(r.plot()->isLive());
    QCOMPARE(r.plot()->visibleFirstChannel(), kLo);
    QCOMPARE(r.plot()->visibleLastChannel(), kHi);
}

void TestWaterfallPanel::pausedPictureKeepsItsColours()
{
    // Auto contrast follows the data while live; a paused (or scrolled back) picture keeps its
    // colours whatever arrives behind the pause, and takes the new levels back at LIVE.
    Rig r;
    r.panel.contrastControls()->modeBox()->setCurrentIndex(int(ContrastMode::Auto));
    const Levels before = r.plot()->levels();
    r.plot()->setPaused(true);
    WaterfallBlock loud;
    for (qint64 i = kRows; i < kRows + 400; ++i) {
        WaterfallRow row = makeRow(i);
        for (float &v : row.samples)
            v = 1000 + float(i % 7);
        loud.rows.push_back(std::move(row));
    }
    r.panel.appendBlocks({loud});
    r.frame();
    QCOMPARE(r.plot()->levels(), before);
    QVERIFY(r.panel.contrast().levels().max > before.max); // the tracker did see the new rows
    r.plot()->goLive();
    r.frame();
    QVERIFY2(r.plot()->levels().max > before.max, qPrintable(QString::number(r.plot()->levels().max)));
}

void TestWaterfallPanel::divergingMapCentresAutoContrastOnZero()
{
    // Rows of 0..98: auto contrast on the diverging map is -a..+a, a the 99th percentile of |x|
    // (not the ends of the data made symmetric), so 0 is the white middle.
    Rig r;
    auto *map = r.panel.findChild<QComboBox *>(QStringLiteral("colorMap"));
    QVERIFY(map);
    r.panel.contrastControls()->modeBox()->setCurrentIndex(int(ContrastMode::Auto));
    QVERIFY(!r.panel.contrast().symmetric());
    map->setCurrentIndex(int(ColorMapId::Diverging));
    QCOMPARE(r.plot()->colorMap(), ColorMapId::Diverging);
    QVERIFY(r.panel.contrast().symmetric());
    const Levels lv = r.plot()->levels();
    QCOMPARE(lv, r.panel.contrast().levels());
    QCOMPARE(lv.min, -lv.max);
    QVERIFY2(lv.max > 90 && lv.max <= 98, qPrintable(QString::number(lv.max)));
    QCOMPARE(lutIndex(0.0f, lv), 128);
    // dB on: still centred, on 0 dB (the colour bar reads -m .. +m dB, white in the middle); the
    // fixed levels too.
    r.panel.contrastControls()->dbBox()->setChecked(true);
    Levels db = r.plot()->levels();
    QVERIFY(db.db);
    QCOMPARE(db.min, -db.max);
    QVERIFY2(db.max > 30 && db.max < 41, qPrintable(QString::number(db.max))); // 20·log10(~98) = 39.8
    r.panel.contrast().setFixedLevels(-10, 35);
    r.panel.contrastControls()->modeBox()->setCurrentIndex(int(ContrastMode::Fixed));
    db = r.plot()->levels();
    QCOMPARE(db, (Levels{-35, 35, true}));
    r.panel.contrastControls()->dbBox()->setChecked(false);
    map->setCurrentIndex(int(ColorMapId::Viridis));
    QVERIFY(!r.panel.contrast().symmetric());
    QVERIFY(r.plot()->levels().min >= 0);
}

void TestWaterfallPanel::tracesShowTheNewestRowAndMiddleChannelWithoutACursor()
{
    Rig r;
    auto *rowTrace = r.panel.findChild<QCustomPlot *>(QStringLiteral("rowTrace"));
    auto *channelTrace = r.panel.findChild<QCustomPlot *>(QStringLiteral("channelTrace"));
    QVERIFY(rowTrace && channelTrace);
    // The HUD's tick fills them while no cursor is on the plot.
    QTRY_VERIFY(!rowTrace->graph(0)->data()->isEmpty());
    QCOMPARE(rowTrace->graph(0)->data()->size(), kHi - kLo + 1); // every channel of the newest row shown
    const qint64 newest = r.plot()->visibleLines().back();
    QCOMPARE(rowTrace->graph(0)->data()->at(0)->value, double(r.panel.store().line(newest)[0]));
    QCOMPARE(channelTrace->graph(0)->data()->size(), int(r.plot()->visibleLines().size()));
    // Through time, the middle channel: this rig's rows are one value across, row by row.
    const qint64 oldest = r.plot()->visibleLines().front();
    QCOMPARE(channelTrace->graph(0)->data()->at(0)->value, double(valueOfRow(oldest)));
    QCOMPARE(channelTrace->graph(0)->data()->at(0)->key, r.panel.store().lineInfo(oldest).startMs / 1000);
}

void TestWaterfallPanel::beforeRowsThePlotShowsTheJobAndWhy()
{
    WaterfallPanel panel;
    panel.plot()->setFrameRate(0);
    panel.resize(1200, 900);
    panel.show();
    panel.resetJob(kLo, kHi, 0, 0, 0.1);
    panel.plot()->renderFrame(true);
    panel.plot()->renderFrame(true);
    QCOMPARE(panel.plot()->customPlot()->xAxis->range().lower, kLo - 0.5);
    QCOMPARE(panel.plot()->customPlot()->xAxis->range().upper, kHi + 0.5);
    // Time ends now (the wall clock), not at 1970.
    const double top = panel.plot()->customPlot()->yAxis->range().upper;
    const double nowS = QDateTime::currentMSecsSinceEpoch() / 1000.0;
    QVERIFY(top <= nowS && top > nowS - 3600);
    QCOMPARE(panel.plot()->emptyMessageShown(), QStringLiteral("No rows yet"));
    panel.setEmptyMessage(QStringLiteral("No rows: the server is unreachable"));
    QCOMPARE(panel.plot()->emptyMessageShown(), QStringLiteral("No rows: the server is unreachable"));
    WaterfallBlock block;
    for (qint64 i = 0; i < 10; ++i)
        block.rows.push_back(makeRow(i));
    panel.appendBlocks({block});
    panel.plot()->renderFrame(true);
    QVERIFY(panel.plot()->emptyMessageShown().isEmpty());
}

void TestWaterfallPanel::slidersFixTheContrast()
{
    Rig r;
    ContrastControls *cc = r.panel.contrastControls();
    cc->modeBox()->setCurrentIndex(int(ContrastMode::Auto));
    QCOMPARE(r.panel.contrast().mode(), ContrastMode::Auto);
    // The sliders span the recent data (0..98), wider than the auto levels (its percentiles).
    QVERIFY2(cc->spanLow() == 0 && cc->spanHigh() == 98,
             qPrintable(QStringLiteral("%1..%2").arg(cc->spanLow()).arg(cc->spanHigh())));
    QCOMPARE(cc->minBox()->value(), std::round(r.panel.contrast().levels().min * 100) / 100);

    // Dragging the high level down to the middle: fixed contrast, values above it saturate.
    const int pos = cc->positionOf(50);
    cc->maxSlider()->setSliderDown(true);
    cc->maxSlider()->setValue(pos);
    cc->maxSlider()->setSliderDown(false);
    QCOMPARE(r.panel.contrast().mode(), ContrastMode::Fixed);
    QCOMPARE(cc->modeBox()->currentIndex(), int(ContrastMode::Fixed));
    const double max = cc->levelAt(pos);
    QVERIFY(qAbs(max - 50) <= (cc->spanHigh() - cc->spanLow()) / ContrastControls::kSliderSteps);
    QCOMPARE(cc->maxBox()->value(), max);
    QCOMPARE(r.plot()->levels().max, max);
    r.frame();
    const QImage img = r.grab();
    const ColorLut &lut = colorLut(r.plot()->colorMap());
    const double t98 = kT0 + (kRows - 50 + 49 + 0.5) * kRowMs; // the newest row of value 98
    QCOMPARE(Rig::rowAt(t98) % 50, qint64(49));
    QCOMPARE(img.pixel(r.pixelOf(30, t98)), rgbOf(lut[255]));
    const double t20 = kT0 + (kRows - 50 + 10 + 0.5) * kRowMs; // value 20: below the new max
    QCOMPARE(img.pixel(r.pixelOf(30, t20)), r.colorOfRow(Rig::rowAt(t20)));
    QVERIFY(img.pixel(r.pixelOf(30, t20)) != rgbOf(lut[255]));

    // The keyboard moves a slider too; the low handle cannot pass the high one.
    QTest::keyClick(cc->minSlider(), Qt::Key_End);
    QVERIFY(cc->minSlider()->value() < cc->maxSlider()->value());
    QVERIFY(r.plot()->levels().min < r.plot()->levels().max);
    QCOMPARE(cc->minBox()->value(), cc->levelAt(cc->minSlider()->value()));
}

void TestWaterfallPanel::typedLevelsMoveTheSliders()
{
    Rig r;
    ContrastControls *cc = r.panel.contrastControls();
    cc->modeBox()->setCurrentIndex(int(ContrastMode::Auto));
    QDoubleSpinBox *max = cc->maxBox();
    max->setFocus();
    max->selectAll();
    QTest::keyClicks(max, QStringLiteral("40"));
    QTest::keyClick(max, Qt::Key_Return);
    QCOMPARE(r.panel.contrast().mode(), ContrastMode::Fixed);
    QCOMPARE(r.plot()->levels().max, 40.0);
    QCOMPARE(cc->maxSlider()->value(), cc->positionOf(40));
    // Focus passing through without a change is not an edit.
    cc->modeBox()->setCurrentIndex(int(ContrastMode::Auto));
    const Levels autoLevels = r.plot()->levels();
    cc->minBox()->setFocus();
    max->setFocus();
    r.panel.setFocus();
    QCOMPARE(r.panel.contrast().mode(), ContrastMode::Auto);
    QCOMPARE(r.plot()->levels(), autoLevels);
}

void TestWaterfallPanel::slidersSpanTheDataInDb()
{
    Rig r;
    ContrastControls *cc = r.panel.contrastControls();
    cc->modeBox()->setCurrentIndex(int(ContrastMode::Auto));
    cc->dbBox()->setChecked(true);
    QVERIFY(r.plot()->levels().db);
    // Zero and negative amplitudes read as the dB floor; the top is the loudest sample in dB.
    QCOMPARE(cc->spanLow(), kDbFloor);
    QVERIFY2(qAbs(cc->spanHigh() - 20 * std::log10(98.0)) < 0.01, qPrintable(QString::number(cc->spanHigh())));
    cc->minSlider()->setValue(cc->positionOf(20));
    QCOMPARE(r.panel.contrast().mode(), ContrastMode::Fixed);
    QVERIFY(r.plot()->levels().db);
    QVERIFY(qAbs(r.plot()->levels().min - 20) < 0.2);
}

void TestWaterfallPanel::fullResolutionExportHoldsTheWholeHistory()
{
    Rig r;
    // Row 100 (with the negative sample) is long out of the visible window.
    QVERIFY(r.plot()->visibleFromMs() > kT0 + 101 * kRowMs);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.png"));
    FullExportInfo info;
    QVERIFY(r.panel.exportFullResolutionPng(path, &info));
    QCOMPARE(info.linesLeftOut, 0);
    QImageReader reader(path);
    const QImage img = reader.read();
    QVERIFY2(!img.isNull(), qPrintable(reader.errorString()));
    QCOMPARE(img.width(), kHi - kLo + 1);          // one pixel per channel
    QCOMPARE(qint64(img.height()), r.panel.store().size()); // one row per stored line
    QCOMPARE(img.height(), kRows);
    QCOMPARE(img.text(QStringLiteral("channel_lo")), QString::number(kLo));
    // Newest at the top: row y is line kRows - 1 - y.
    const int y100 = kRows - 1 - 100;
    QCOMPARE(img.pixel(30 - kLo, y100), rgbOf(kNegativeColor));
    QCOMPARE(img.pixel(31 - kLo, y100), r.colorOfRow(100));
    QCOMPARE(img.pixel(30 - kLo, y100 - 1), r.colorOfRow(101));
    QCOMPARE(img.pixel(0, 0), r.colorOfRow(kRows - 1));
    QCOMPARE(img.pixel(0, kRows - 1), r.colorOfRow(0));
    QVERIFY(WaterfallPanel::fullExportMessage(info, path).contains(QStringLiteral("50")));
    // Without the highlight the sample is an ordinary (clamped) value.
    r.plot()->setHighlightNegatives(false);
    QVERIFY(r.panel.exportFullResolutionPng(path));
    QVERIFY(QImage(path).pixel(30 - kLo, y100) != rgbOf(kNegativeColor));
}

void TestWaterfallPanel::viewExportHasNoCrosshairAndACaption()
{
    Rig r;
    r.panel.setServer(QStringLiteral("http://127.0.0.1:5005"));
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.png")), hovered = dir.filePath(QStringLiteral("hovered.png"));
    QVERIFY(r.panel.exportViewPng(plain));
    const QImage before = r.grab();
    sendMouse(r.cp(), QEvent::MouseMove, r.pixelOf(35, r.newestMs() - 5000), Qt::NoButton, Qt::NoModifier);
    const QImage shown = r.grab();
    QVERIFY(shown != before); // the crosshair is on the screen
    QVERIFY(r.panel.exportViewPng(hovered));
    const QImage img(hovered);
    QCOMPARE(img.convertToFormat(QImage::Format_RGB32), QImage(plain).convertToFormat(QImage::Format_RGB32)); // not in the file
    QCOMPARE(r.grab(), shown); // and back on the screen after

    // The caption: a band under the plot saying server, job, time range (UTC and local), map, levels.
    // The picture is the plot, without the scroll bar beside it.
    QCOMPARE(img.width(), r.cp()->width());
    QVERIFY(r.cp()->width() < r.plot()->width());
    const int picture = r.panel.viewPicture().height();
    QVERIFY(img.height() > picture + 10);
    QCOMPARE(img.copy(0, 0, img.width(), r.cp()->height()).convertToFormat(QImage::Format_RGB32),
             WaterfallExportCaption::grabWithoutCrosshair(r.cp(), r.cp()).convertToFormat(QImage::Format_RGB32));
    const QString caption = r.panel.exportCaption();
    QCOMPARE(img.text(QStringLiteral("caption")), caption);
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(qint64(std::floor(r.plot()->visibleFromMs())), Qt::UTC);
    for (const QString &part : {QStringLiteral("http://127.0.0.1:5005"), QStringLiteral("no job"),
                                from.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), QStringLiteral("UTC"),
                                from.toLocalTime().toString(QStringLiteral("HH:mm:ss")), QStringLiteral("Viridis"),
                                QStringLiteral("levels \u20660\u2069 to \u2066100\u2069")})
        QVERIFY2(caption.contains(part), qPrintable(caption + QStringLiteral(" lacks ") + part));
    // The band holds drawn text: dark pixels on white.
    int dark = 0;
    for (int y = picture + 1; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            dark += qGray(img.pixel(x, y)) < 128;
    QVERIFY(dark > 50);
}

void TestWaterfallPanel::viewExportsLegendListsOnlyWhatIsInThePicture()
{
    Rig r;
    using E = WaterfallPlotLegend::Entry;
    const auto legendRows = [&r] { return r.panel.viewPicture().height() - r.cp()->height(); };
    // The newest rows: no gap, no overlap, no negative, no finding in view: no legend under the picture.
    r.plot()->scrollToTime(r.newestMs());
    r.frame();
    QCOMPARE(r.plot()->marksInView(), WaterfallPlotLegend::Entries{});
    QCOMPARE(legendRows(), 0);
    // The row holding a negative sample in view: its mark, and only it, is listed.
    r.plot()->scrollToTime(double(kT0 + 110 * kRowMs));
    r.frame();
    WaterfallPlotLegend::Entries negative{};
    negative[size_t(E::Negative)] = true;
    QCOMPARE(r.plot()->marksInView(), negative);
    const int oneEntry = legendRows();
    QVERIFY(oneEntry > 5);
    // A finding jumped to: its frame is in the picture while it flashes, and listed then only.
    FindingMarker *marker = r.plot()->findingMarker();
    QVERIFY(!r.plot()->legend()->isEntryShown(E::Finding));
    marker->flash(30, double(kT0 + 100 * kRowMs), kRowMs);
    QVERIFY(r.plot()->legend()->isEntryShown(E::Finding));
    QVERIFY(r.plot()->marksInView()[size_t(E::Finding)]);
    QTRY_VERIFY_WITH_TIMEOUT(!marker->isShowing(), 10'000);
    QVERIFY(!r.plot()->legend()->isEntryShown(E::Finding)); // "Jumped-to finding" with no frame: not listed
    QCOMPARE(r.plot()->marksInView(), negative);
    QCOMPARE(legendRows(), oneEntry);
}

void TestWaterfallPanel::exportDialogsProposeAFileName()
{
    Rig r;
    r.panel.setServer(QStringLiteral("https://focus.example.org:5005/api"));
    const QString stamp = QDateTime::fromMSecsSinceEpoch(qint64(std::ceil(r.plot()->visibleToMs())), Qt::UTC)
                              .toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString view = r.panel.proposedExportName(int(WaterfallPanel::ExportKind::ViewPng));
    QCOMPARE(view, QStringLiteral("focus-focus.example.org_5005-%1Z-view.png").arg(stamp));
    QVERIFY(r.panel.proposedExportName(int(WaterfallPanel::ExportKind::Csv)).endsWith(QStringLiteral("Z-window.csv")));
    QVERIFY(r.panel.proposedExportName(int(WaterfallPanel::ExportKind::FullPng)).endsWith(QStringLiteral("Z-history.png")));
    // The session report's dialog proposes the same server, job and time.
    const QString report = r.panel.proposedFileName(QStringLiteral("report.html"));
    QCOMPARE(report, QString(view).replace(QStringLiteral("view.png"), QStringLiteral("report.html")));
}

void TestWaterfallPanel::exportMessageClearsAfterItsTimeout()
{
    Rig r;
    QCOMPARE(r.panel.exportMessageTimeoutMs(), 10'000);
    r.panel.setExportMessageTimeoutMs(50);
    QTemporaryDir dir;
    r.panel.exportTo(WaterfallPanel::ExportKind::Csv, dir.filePath(QStringLiteral("w.csv")));
    QVERIFY2(r.panel.statusText().startsWith(QStringLiteral("Saved the visible window")), qPrintable(r.panel.statusText()));
    QTRY_VERIFY(r.panel.statusText().isEmpty());
    r.panel.exportTo(WaterfallPanel::ExportKind::ViewPng, dir.filePath(QStringLiteral("no/such/folder/v.png")));
    QVERIFY2(r.panel.statusText().startsWith(QStringLiteral("Could not write")), qPrintable(r.panel.statusText()));
    QTRY_VERIFY(r.panel.statusText().isEmpty());
    // The cursor readout that replaced a message stays when the message's time is up.
    r.panel.exportTo(WaterfallPanel::ExportKind::FullPng, dir.filePath(QStringLiteral("f.png")));
    QVERIFY(r.panel.statusText().startsWith(QStringLiteral("Saved")));
    auto *timer = r.panel.findChild<QTimer *>(QStringLiteral("exportMessageTimer"));
    QVERIFY(timer);
    sendMouse(r.cp(), QEvent::MouseMove, r.pixelOf(35, r.newestMs() - 5000), Qt::NoButton, Qt::NoModifier);
    const QString readout = r.panel.statusText();
    QVERIFY(readout.startsWith(QStringLiteral("Channel")));
    QSignalSpy timedOut(timer, &QTimer::timeout);
    QVERIFY(timedOut.wait());
    QCOMPARE(r.panel.statusText(), readout);
}

void TestWaterfallPanel::fullResolutionExportIsBoundedAndSaysSo()
{
    RowStore store(kLo, kHi);
    for (qint64 i = 0; i < 300; ++i)
        store.append(makeRow(i, i == 299 ? 12 : -1));
    ExportLimits limits;
    limits.maxHeight = 120;
    WaterfallParams grey;
    grey.levels = Levels{0, 100, false};
    grey.map = ColorMapId::Grey;
    const HistoryImage h = historyImage(store, grey, limits);
    QVERIFY(h.cropped());
    QCOMPARE(h.image.size(), QSize(kHi - kLo + 1, 120));
    QCOMPARE(h.lastSeq, store.endSeq() - 1); // the newest lines are kept
    QCOMPARE(h.firstSeq, store.endSeq() - 120);
    QCOMPARE(h.image.pixel(12 - kLo, 0), rgbOf(kNegativeColor));
    QCOMPARE(h.image.text(QStringLiteral("lines_left_out")), QStringLiteral("180"));
    // The byte bound: 50 columns x 4 bytes x 100 rows.
    limits.maxBytes = 50 * 4 * 100;
    QCOMPARE(historyImage(store, grey, limits).image.height(), 100);
    // The panel's message names what was left out.
    FullExportInfo info;
    info.size = QSize(50, 120);
    info.linesHeld = 300;
    info.linesLeftOut = 180;
    const QString message = WaterfallPanel::fullExportMessage(info, QStringLiteral("/tmp/x.png"));
    QVERIFY2(message.contains(QStringLiteral("180")) && message.contains(QStringLiteral("300")), qPrintable(message));
    info.linesLeftOut = 0;
    QVERIFY(!WaterfallPanel::fullExportMessage(info, QStringLiteral("/tmp/x.png")).contains(QStringLiteral("180")));
}

void TestWaterfallPanel::toolbarMirrorsWhenTheDirectionChanges()
{
    QApplication::setLayoutDirection(Qt::LeftToRight);
    Rig r;
    r.panel.resize(1500, 900);
    QCoreApplication::processEvents();
    QWidget *toolbar = r.panel.toolbar();
    auto *map = toolbar->findChildren<QComboBox *>().value(0);
    QPushButton *exportButton = nullptr;
    for (QPushButton *b : toolbar->findChildren<QPushButton *>())
        if (b->menu())
            exportButton = b;
    QVERIFY(map && exportButton);
    ContrastControls *cc = r.panel.contrastControls();
    auto centreX = [](QWidget *w) { return w->mapTo(w->window(), w->rect().center()).x(); };
    QVERIFY(centreX(map) < centreX(exportButton));
    QVERIFY(centreX(cc->minBox()) < centreX(cc->maxBox()));

    QApplication::setLayoutDirection(Qt::RightToLeft);
    QCoreApplication::processEvents();
    r.panel.layout()->activate();
    toolbar->layout()->activate();
    QVERIFY2(centreX(map) > centreX(exportButton), "the toolbar did not mirror");
    QVERIFY(centreX(cc->minBox()) > centreX(cc->maxBox()));
    QVERIFY(map->x() + map->width() > toolbar->width() - 30); // starts at the right-hand edge
    // The status labels hold to the right-hand (leading) edge; the plot keeps channels left to right.
    const QLabel *readout = nullptr;
    for (const QLabel *l : r.panel.findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly))
        if (l->alignment() & Qt::AlignAbsolute && l->alignment() & Qt::AlignRight)
            readout = l;
    QVERIFY(readout);
    QCOMPARE(r.plot()->layoutDirection(), Qt::LeftToRight);
    QVERIFY(r.cp()->xAxis->coordToPixel(kLo) < r.cp()->xAxis->coordToPixel(kHi));
    r.frame();
    const double t = r.newestMs() - 2050;
    QCOMPARE(r.grab().pixel(r.pixelOf(kLo + 2, t)), r.colorOfRow(Rig::rowAt(t)));

    QApplication::setLayoutDirection(Qt::LeftToRight);
    QCoreApplication::processEvents();
    r.panel.layout()->activate();
    toolbar->layout()->activate();
    QVERIFY(centreX(map) < centreX(exportButton));
}

void TestWaterfallPanel::comboBoxesFitTextsOfANewLanguage()
{
    Rig r;
    r.panel.resize(1800, 900);
    QCoreApplication::processEvents();
    QComboBox *mode = r.panel.contrastControls()->modeBox();
    const int before = mode->width();
    LongWordsTranslator longer;
    QCoreApplication::installTranslator(&longer); // posts a LanguageChange to every window
    QCoreApplication::processEvents();
    QCOMPARE(mode->currentText(), QStringLiteral("Fixed rangeFixed range"));
    QTRY_VERIFY2(mode->width() > before && mode->width() >= mode->sizeHint().width(),
             qPrintable(QStringLiteral("%1 -> %2, hint %3").arg(before).arg(mode->width()).arg(mode->sizeHint().width())));
    QCoreApplication::removeTranslator(&longer);
    QCoreApplication::processEvents();
    QCOMPARE(mode->currentText(), QStringLiteral("Fixed range"));
}

void TestWaterfallPanel::viewSettingsAreRemembered()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("view.ini"));
    {
        WaterfallPanel panel;
        panel.findChild<QComboBox *>()->setCurrentIndex(int(ColorMapId::Diverging));
        panel.contrast().setFixedLevels(-3, 5);
        panel.contrast().setMode(ContrastMode::Fixed);
        panel.setPlayoutEnabled(false);
        QSettings settings(ini, QSettings::IniFormat);
        panel.saveSettings(settings);
    }
    {
        WaterfallPanel panel;
        QSettings settings(ini, QSettings::IniFormat);
        panel.loadSettings(settings);
        QCOMPARE(panel.plot()->params().map, ColorMapId::Diverging);
        QCOMPARE(panel.contrast().mode(), ContrastMode::Fixed);
        QCOMPARE(panel.contrast().levels().min, -3.0);
        QCOMPARE(panel.contrast().levels().max, 5.0);
        QVERIFY(!panel.playoutEnabled());
        QVERIFY(panel.plot()->highlightNegatives());
    }
    {
        // Damaged values keep the defaults.
        QSettings settings(ini, QSettings::IniFormat);
        settings.setValue(QStringLiteral("waterfall/colorMap"), QStringLiteral("no such map"));
        settings.setValue(QStringLiteral("waterfall/fixedMin"), QStringLiteral("abc"));
        settings.setValue(QStringLiteral("waterfall/smoothScroll"), QStringLiteral("perhaps"));
        WaterfallPanel panel;
        panel.loadSettings(settings);
        QCOMPARE(panel.plot()->params().map, ColorMapId::Viridis);
        QCOMPARE(panel.contrast().mode(), ContrastMode::Auto);
    }
}

void TestWaterfallPanel::countsSayOneRowNotOneRows()
{
    // "1 in 1 rows" read wrong: plural forms come from the catalogue (%n), in English as in Hebrew.
    installTranslations(*qApp, QStringLiteral("en"));
    Rig r; // one negative sample, in one row
    auto *counter = r.panel.findChild<QPushButton *>(QStringLiteral("negativeCounter"));
    QCOMPARE(counter->text(), QStringLiteral("Negative samples: 1 in 1 row"));
    WaterfallBlock more;
    more.rows.push_back(makeRow(kRows, 31));
    r.panel.appendBlocks({more});
    QCOMPARE(counter->text(), QStringLiteral("Negative samples: 2 in 2 rows"));
    QualityChecker one;
    ConfigureRequest q;
    q.channelMin = kLo;
    q.channelMax = kHi;
    one.reset(q);
    one.addBlocks({more});
    QVERIFY2(QualityText::summary(one).endsWith(QStringLiteral("1 row checked")), qPrintable(QualityText::summary(one)));
    installTranslations(*qApp, QStringLiteral("he"));
    QVERIFY2(!QualityText::summary(one).contains(QStringLiteral("row")), qPrintable(QualityText::summary(one)));
    installTranslations(*qApp, QStringLiteral("en"));
}

void TestWaterfallPanel::hudShowsWholePartsAndAllOfThemInPresentation()
{
    Rig r;
    auto *hud = r.panel.findChild<ElidedLabel *>(QStringLiteral("hud"));
    QVERIFY(hud);
    QTRY_VERIFY(hud->text().contains(QStringLiteral("history")));
    // Presentation mode on a 1366-pixel screen: the whole HUD, "playout delay 1…" no more.
    r.panel.setPresentationMode(true);
    r.panel.resize(1366, 700);
    QTRY_COMPARE(hud->shownText(), hud->text());
    // Narrow: the last parts are left out whole; what is shown is a run of whole parts.
    r.panel.setPresentationMode(false);
    r.panel.resize(520, 700);
    QTRY_VERIFY(hud->shownText() != hud->text());
    const QString shown = hud->shownText();
    QVERIFY2(!shown.isEmpty() && hud->text().startsWith(shown), qPrintable(shown));
    QVERIFY2(!shown.contains(QChar(0x2026)), qPrintable(shown));
    QVERIFY2(hud->text().mid(shown.size()).startsWith(QStringLiteral(" · ")), qPrintable(shown));
}

QTEST_MAIN(TestWaterfallPanel)
#include "tst_waterfallpanel.moc"
