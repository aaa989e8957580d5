// WaterfallRenderer on its own: a rebuild painted in slices (a tiny budget per call, as the frame
// timer gives it) ends in exactly the picture, marks and row references of a rebuild in one go,
// live (with gap bands) and over a scrolled window; appending while a rebuild is unfinished
// finishes it first; the parameters say when pixels must be redrawn.
#include "data/rowstore.h"
#include "waterfallimage.h"
#include "waterfallrenderer.h"

#include <QtTest>
#include <functional>

using namespace wf;

namespace {

constexpr qint64 kT0 = 1'764'946'703'000;

WaterfallRow makeRow(qint64 startMs, int lo, int hi, qint64 i)
{
    WaterfallRow row;
    row.startMs = startMs;
    row.endMs = startMs + 100;
    row.offsets.push_back(0);
    for (int ch = lo; ch <= hi; ++ch) {
        row.sensorIds.push_back(sensorOfChannel(ch));
        row.samples.push_back(float((ch * 7 + i * 13) % 100) - (ch == 5 && i % 50 == 0 ? 150.0f : 0.0f));
        row.offsets.push_back(uint32_t(row.samples.size()));
    }
    return row;
}

// 1200 rows of channels 1..64, a 2 s gap every 300 rows; `appended` is told after each.
void fill(RowStore &store, const std::function<void(qint64)> &appended = {})
{
    qint64 t = kT0;
    for (qint64 i = 0; i < 1200; ++i) {
        if (i > 0 && i % 300 == 0)
            t += 2000;
        store.append(makeRow(t, 1, 64, i));
        t += 100;
        if (appended)
            appended(i);
    }
}

WaterfallParams params()
{
    WaterfallParams p;
    p.levels = Levels{0, 100, false};
    p.map = ColorMapId::Inferno;
    return p;
}

// Two renderers of one store, the same params and size: one painted in one go, one in slices.
void setUp(WaterfallRenderer &a, WaterfallRenderer &b, const RowStore &store, int cols, int rows)
{
    for (WaterfallRenderer *r : {&a, &b}) {
        r->setStore(&store);
        r->setParams(params());
        r->resize(cols, rows);
    }
}

struct Picture {
    QImage ring, marks;
    std::vector<qint64> seqs;
};

Picture pictureOf(const WaterfallRenderer &r)
{
    Picture p{r.ring()->toImage(), r.marks()->toImage(), {}};
    for (int d = 0; d < r.ring()->rows(); ++d)
        p.seqs.push_back(r.refAt(d) ? r.refAt(d)->seq : -2);
    return p;
}

void compare(const Picture &a, const Picture &b)
{
    QCOMPARE(a.ring, b.ring);
    QCOMPARE(a.marks, b.marks);
    QCOMPARE(a.seqs, b.seqs);
}

} // namespace

class TestWaterfallRenderer : public QObject
{
    Q_OBJECT
  private slots:
    void slicedLiveRebuildIsTheSamePicture()
    {
        RowStore store(1, 64);
        fill(store);
        WaterfallRenderer whole, sliced;
        setUp(whole, sliced, store, 200, 400);
        QCOMPARE(whole.ring()->rows(), 400);
        QVERIFY(whole.rebuildLive(1, 64));
        QVERIFY(!whole.rebuilding());
        int calls = 1;
        bool done = sliced.rebuildLive(1, 64, 1e-6); // 16 rows per call: the budget is read every 16 rows
        while (!done) {
            QVERIFY(sliced.rebuilding());
            done = sliced.continueRebuild(1e-6);
            ++calls;
        }
        QVERIFY(calls >= 400 / 16);
        compare(pictureOf(sliced), pictureOf(whole));
        QCOMPARE(sliced.topMs(), whole.topMs());
        // A gap band is in the picture, and the newest row is the newest line.
        const Picture p = pictureOf(whole);
        QCOMPARE(p.seqs.front(), store.endSeq() - 1);
        QVERIFY(std::count(p.seqs.begin(), p.seqs.end(), -1) > 0);
    }

    // The configured time axis longer than the ring holds a line a row: rows are time bins, lines
    // appended one by one fold into exactly the picture a rebuild paints (gap rows included), and
    // a negative sample or a spike in one line of a bin is what its pixel shows.
    void binnedLiveAppendIsTheRebuiltPicture()
    {
        RowStore store(1, 64);
        fill(store); // 100 ms lines, a 2 s gap every 300; line i % 50 == 0 has channel 5 at -150 + ...
        WaterfallRenderer appended, rebuilt;
        setUp(appended, rebuilt, store, 64, 100);
        for (WaterfallRenderer *r : {&appended, &rebuilt})
            r->setLiveSpanMs(37'000); // 370 ms a row: three or four lines each
        QCOMPARE(appended.liveRowMs(), 370.0);
        RowStore growing(1, 64);
        appended.setStore(&growing);
        fill(growing, [&](qint64 i) {
            if (i == 10)
                appended.rebuildLive(1, 64);
            else if (i > 10 && i % 7 == 0)
                appended.appendNewLines();
        });
        appended.appendNewLines();
        rebuilt.rebuildLive(1, 64);
        const Picture a = pictureOf(appended), b = pictureOf(rebuilt);
        QCOMPARE(a.ring, b.ring);
        QCOMPARE(a.marks, b.marks);
        QCOMPARE(a.seqs, b.seqs);
        QCOMPARE(appended.topMs(), rebuilt.topMs());
        QCOMPARE(rebuilt.rowMs(), 370.0);
        QVERIFY(std::count(b.seqs.begin(), b.seqs.end(), -1) > 0); // the 2 s gap is gap rows
        // 100 rows x 370 ms: the ring spans 37 s, more than its 100 rows hold one line each (10 s).
        QVERIFY(rebuilt.refAt(0)->count >= 1 && rebuilt.refAt(1)->count >= 3);
        // Line 1150 (i % 50 == 0) has channel 5 at -150 + ...: its row's pixel is the negative colour
        // although the row's other lines are positive there; its mark says so.
        const WaterfallParams p = params();
        for (int d = 0; d < rebuilt.ring()->rows(); ++d) {
            const WaterfallRenderer::RowRef *ref = rebuilt.refAt(d);
            if (ref->seq < 0 || !(ref->seq <= 1150 && 1150 < ref->seq + ref->count))
                continue;
            QVERIFY(ref->count > 1);
            QCOMPARE(b.ring.pixel(4, d), QRgb(p.overlays.negative));
            QCOMPARE(b.marks.pixel(0, d), QRgb(p.overlays.negative));
        }
    }

    void aSpikeInOneFoldedLineKeepsItsMagnitude()
    {
        RowStore store(1, 8);
        for (int i = 0; i < 400; ++i) {
            WaterfallRow row;
            row.startMs = kT0 + i * 30;
            row.endMs = row.startMs + 30;
            row.offsets.push_back(0);
            for (int ch = 1; ch <= 8; ++ch) {
                row.sensorIds.push_back(sensorOfChannel(ch));
                row.samples.push_back(ch == 3 && i == 200 ? 97.0f : 10.0f);
                row.offsets.push_back(uint32_t(row.samples.size()));
            }
            store.append(row);
        }
        WaterfallRenderer r;
        r.setStore(&store);
        r.setParams(params());
        r.resize(8, 40);
        r.setLiveSpanMs(12'000); // 300 ms a row: ten lines
        r.rebuildLive(1, 8);
        const QImage img = r.ring()->toImage();
        const WaterfallParams p = params();
        bool seen = false;
        for (int d = 0; d < 40; ++d) {
            const WaterfallRenderer::RowRef *ref = r.refAt(d);
            QVERIFY(ref->count == 10 || (d == 0 && ref->count < 10)); // the newest bin is still filling
            const bool spike = ref->seq <= 200 && 200 < ref->seq + ref->count;
            seen = seen || spike;
            QCOMPARE(img.pixel(2, d), QRgb(colorOf(spike ? 97 : 10, p.levels, colorLut(p.map), true)));
        }
        QVERIFY(seen);
        // Paused over the same window, a row of ten lines shows the spike the same way.
        r.rebuildWindow(1, 8, r.topMs(), 12'000);
        QCOMPARE(r.ring()->toImage(), img);
    }

    void slicedWindowRebuildIsTheSamePicture()
    {
        RowStore store(1, 64);
        fill(store);
        WaterfallRenderer whole, sliced;
        setUp(whole, sliced, store, 150, 300);
        const double top = kT0 + 40'000, span = 25'000;
        whole.rebuildWindow(2, 60, top, span);
        QVERIFY(!sliced.rebuildWindow(2, 60, top, span, 1e-6));
        while (!sliced.continueRebuild(1e-6)) {
        }
        compare(pictureOf(sliced), pictureOf(whole));
        QCOMPARE(whole.firstChannel(), 2);
        QCOMPARE(whole.lastChannel(), 60);
    }

    void appendingFinishesAnUnfinishedRebuild()
    {
        RowStore store(1, 64);
        fill(store);
        WaterfallRenderer r, reference;
        setUp(r, reference, store, 100, 200);
        QVERIFY(!r.rebuildLive(1, 64, 1e-6));
        reference.rebuildLive(1, 64);
        store.append(makeRow(kT0 + 200'000, 1, 64, 5000));
        r.appendNewLines();
        reference.appendNewLines();
        QVERIFY(!r.rebuilding());
        compare(pictureOf(r), pictureOf(reference));
        QCOMPARE(r.refAt(0)->seq, store.endSeq() - 1);
    }

    void paramsSayWhenPixelsChange()
    {
        WaterfallRenderer r;
        WaterfallParams p = params();
        QVERIFY(r.setParams(p));
        QVERIFY(!r.setParams(p));
        p.linesDtMs = 30; // a row-time hint changes no pixel already drawn
        QVERIFY(!r.setParams(p));
        p.overlays.finding = 0xFF123456; // the finding frame is drawn over the image, not in it
        QVERIFY(!r.setParams(p));
        p.overlays.gap = 0xFF0000FF;
        QVERIFY(r.setParams(p));
        p.overlays.overlap = 0xFF00FFFF;
        QVERIFY(r.setParams(p));
        p.highlightNegatives = false;
        QVERIFY(r.setParams(p));
        QCOMPARE(r.params().linesDtMs, 30.0);
    }
};

QTEST_GUILESS_MAIN(TestWaterfallRenderer)
#include "tst_waterfallrenderer.moc"
