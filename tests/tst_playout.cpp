// Playout: the live waterfall scrolls at the pace of the rows' own timestamps while they arrive in
// bursts. The jitter buffer (core): a delay sized from the arrivals, a head that never passes the
// newest row, never stalls once the delay is known, follows a data rate other than the clock's,
// snaps over a jump and catches up on "back to live". The view (widgets): frames whose picture
// moved between two arrivals, with playout and without; pause and back to live.
#include "elidedlabel.h"
#include "data/playout.h"
#include "support/scriptedsource.h"
#include "waterfallpanel.h"
#include "waterfallplot.h"

#include <QtTest>
#include <cmath>

using namespace wf;
using namespace wf::test;

namespace {
constexpr qint64 kT0 = 1'764'946'703'000; // data time of clock 0
constexpr qint64 kFrameMs = 25;

// Drives a Playout with one batch per `gapMs[i % n]` carrying exactly that much data time, frames
// every kFrameMs, data time = clock + kT0 (rows end at the moment they are polled).
struct BurstRun {
    Playout p;
    qint64 clock = 0;
    double newest = kT0;
    std::vector<double> heads;    // at every frame
    std::vector<size_t> arrivalAt; // frame index of each arrival
    qint64 underrunsAfterWarmup = 0;
    qint64 next = 0; // clock of the next arrival

    void run(const std::vector<qint64> &gapsMs, int arrivals, double dataPerClock = 1.0, int warmup = 4)
    {
        for (int a = 0; a < arrivals; ++a) {
            const qint64 gap = gapsMs[size_t(a) % gapsMs.size()];
            while (clock < next) {
                heads.push_back(p.advance(clock));
                clock += kFrameMs;
            }
            newest += double(gap) * dataPerClock;
            if (a == warmup)
                underrunsAfterWarmup = -p.underruns();
            p.arrived(clock, newest);
            arrivalAt.push_back(heads.size());
            next = clock + gap;
        }
        underrunsAfterWarmup += p.underruns();
    }
};
} // namespace

class TestPlayout : public QObject
{
    Q_OBJECT
  private slots:
    void steadyPollsScrollEveryFrame()
    {
        BurstRun r;
        r.run({1000}, 12);
        // The delay covers one poll and its margin: 1 s * 1.1 + 50 ms.
        QCOMPARE(r.p.delayMs(), 1150.0);
        QCOMPARE(r.underrunsAfterWarmup, 0);
        // After the warm-up every frame moves the head forward, never back, never past the data.
        for (size_t f = r.arrivalAt[4]; f + 1 < r.heads.size(); ++f) {
            QVERIFY2(r.heads[f + 1] > r.heads[f], qPrintable(QStringLiteral("frame %1 did not move").arg(f)));
            QVERIFY(r.heads[f + 1] - r.heads[f] < 2.5 * kFrameMs); // no jump: about one frame of data
        }
        QVERIFY(r.p.head() <= r.p.newest());
        // Behind the newest row by about the delay (steered to it within a few percent).
        QVERIFY(std::abs((r.p.newest() - r.p.head()) - 1000.0) < 400);
    }

    void irregularArrivalsWidenTheDelay()
    {
        // Gaps of 0.7, 1.3 and 1.0 s (each bringing its own span): the delay covers the longest.
        BurstRun r;
        r.run({700, 1300, 1000}, 24);
        QCOMPARE(r.p.delayMs(), 1300 * 1.1 + 50);
        QCOMPARE(r.underrunsAfterWarmup, 0);
        for (size_t f = r.arrivalAt[6]; f + 1 < r.heads.size(); ++f)
            QVERIFY(r.heads[f + 1] > r.heads[f]);
    }

    void aDelayTooShortIsAnUnderrunThatGrowsIt()
    {
        BurstRun r;
        r.run({500}, 10);
        const double before = r.p.delayMs();
        QCOMPARE(before, 500 * 1.1 + 50);
        // A stall of 3 s: the head waits at the newest row (one underrun), the delay grows to cover it.
        r.run({3000, 500}, 4, 1.0, 0);
        QVERIFY(r.p.underruns() >= 1);
        QVERIFY(r.p.delayMs() >= 3000);
        QVERIFY(r.p.head() <= r.p.newest());
    }

    void aFasterDataRateIsFollowed()
    {
        // A historic job or a replay at 4x: 4 s of data per second of clock.
        BurstRun r;
        r.run({1000}, 16, 4.0);
        const size_t a = r.arrivalAt[12], b = r.arrivalAt[14];
        const double rate = (r.heads[b] - r.heads[a]) / double((b - a) * kFrameMs);
        QVERIFY2(std::abs(rate - 4.0) < 0.4, qPrintable(QString::number(rate)));
        QVERIFY(r.p.newest() - r.p.head() < 2 * r.p.delayMs());
    }

    void aTimestampJumpSnaps()
    {
        BurstRun r;
        r.run({1000}, 6);
        r.newest += 3'600'000; // the server's clock jumped an hour
        r.p.arrived(r.clock, r.newest);
        r.p.advance(r.clock + 1000);
        QVERIFY(r.p.newest() - r.p.head() < 2 * r.p.delayMs()); // not minutes of fast scrolling
    }

    void catchUpAndReset()
    {
        BurstRun r;
        r.run({1000}, 5);
        QVERIFY(r.p.head() < r.p.newest());
        r.p.catchUp();
        QCOMPARE(r.p.head(), r.p.newest());
        r.p.advance(r.clock + 100);
        QCOMPARE(r.p.head(), r.p.newest()); // waits there for the next rows, never beyond
        r.p.reset();
        QVERIFY(!r.p.started());
        r.p.arrived(0, 5000);
        QCOMPARE(r.p.head(), 5000.0); // a job's first batch is shown whole
    }

    // The view: a job of 40 rows of 25 ms per second, one batch per second, frames every 25 ms.
    // With playout the picture moves in (almost) every frame between two arrivals; without it, in
    // the arrival's frame only.
    void framesMoveBetweenArrivals_data()
    {
        QTest::addColumn<bool>("playout");
        QTest::newRow("playout") << true;
        QTest::newRow("off") << false;
    }
    void framesMoveBetweenArrivals()
    {
        QFETCH(bool, playout);
        WaterfallPanel panel;
        panel.resize(900, 640);
        panel.show();
        panel.plot()->setFrameRate(0); // the test draws the frames
        panel.setPlayoutEnabled(playout);
        ScriptedSource source;
        panel.attach(&source);
        VirtualClock &clock = source.virtualClock();
        RowGeometry g = geometry(QStringLiteral("job"), 1, 60);
        g.linesDtSeconds = 0.025;
        int moved = 0, frames = 0;
        double lastTop = 0;
        for (int second = 0; second < 6; ++second) {
            source.send(g, 40, kT0 + clock.nowMs() - 1000, std::nullopt, 25);
            for (int f = 0; f < 40; ++f) {
                panel.plot()->renderFrame(false);
                const double top = panel.plot()->visibleToMs();
                QVERIFY(top <= double(kT0 + clock.nowMs()) + 0.5); // never past the newest row
                if (second >= 3) { // the delay is known
                    ++frames;
                    moved += top > lastTop ? 1 : 0;
                }
                lastTop = top;
                clock.advance(kFrameMs);
            }
        }
        if (playout) {
            QVERIFY2(moved >= frames * 9 / 10, qPrintable(QStringLiteral("%1 of %2 frames moved").arg(moved).arg(frames)));
            QVERIFY(panel.plot()->playoutActive());
            QVERIFY(panel.plot()->playoutDelayMs() > 1000);
        } else {
            QCOMPARE(moved, 3); // one per arrival
            QVERIFY(!panel.plot()->playoutActive());
        }
        // Paused and back to live: the newest row at the top, whatever the playout's delay.
        panel.plot()->setPaused(true);
        panel.plot()->goLive();
        panel.plot()->renderFrame(true);
        const RowStore &store = panel.store();
        QCOMPARE(panel.plot()->visibleToMs(), store.lineInfo(store.endSeq() - 1).endMs);
    }

    void switchingOffShowsWhatWasHeldBack()
    {
        WaterfallPanel panel;
        panel.resize(900, 640);
        panel.show();
        panel.plot()->setFrameRate(0);
        ScriptedSource source;
        panel.attach(&source);
        VirtualClock &clock = source.virtualClock();
        RowGeometry g = geometry(QStringLiteral("job"), 1, 60);
        for (int second = 0; second < 3; ++second) {
            source.send(g, 40, kT0 + clock.nowMs() - 1000, std::nullopt, 25);
            panel.plot()->renderFrame(false);
            clock.advance(1000);
        }
        source.send(g, 40, kT0 + clock.nowMs() - 1000, std::nullopt, 25);
        panel.plot()->renderFrame(false);
        const RowStore &store = panel.store();
        const double newest = store.lineInfo(store.endSeq() - 1).endMs;
        QVERIFY(panel.plot()->visibleToMs() < newest); // held back by the delay
        panel.setPlayoutEnabled(false);
        panel.plot()->renderFrame(false);
        QCOMPARE(panel.plot()->visibleToMs(), newest);
    }

    // The HUD (now with the playout delay and CPU) and the cursor readout elide: however long
    // their text, the panel asks for no more width (the window never grows while you hover).
    void hudAndReadoutNeverWidenThePanel()
    {
        WaterfallPanel panel;
        panel.show();
        const auto labels = panel.findChildren<ElidedLabel *>();
        QCOMPARE(labels.size(), 2);
        const int before = panel.minimumSizeHint().width();
        for (ElidedLabel *l : labels)
            l->setText(QString(400, QLatin1Char('x')));
        QCOMPARE(panel.minimumSizeHint().width(), before);
        QCOMPARE(labels.front()->toolTip(), QString(400, QLatin1Char('x'))); // all of it, on hover
    }
};

QTEST_MAIN(TestPlayout)
#include "tst_playout.moc"
