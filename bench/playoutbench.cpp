// ---- playout: frames per second and frames that moved, with the playout and without -----------
//
// The demo's shape: 2222 channels, rows of 30 ms arriving as one batch per second (a REST poll),
// the waterfall panel at 1600x1000 with its real frame timer, for a few seconds of wall time. With
// the playout the picture should move in nearly every frame (rows revealed at their own pace);
// without it, once per batch. The two runs follow each other in the same process; the ratio of
// moving frames says what the playout buys, the frame time what it costs.
#include "benchcommon.h"
#include "base/cputime.h"
#include "waterfallpanel.h"
#include "waterfallplot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <random>

namespace bench {

namespace {

constexpr int kRowMs = 30;
constexpr int kRunMs = 5000;

wf::WaterfallBlocks batch(qint64 firstStartMs, int rows, std::mt19937 &rng)
{
    wf::WaterfallBlock block;
    std::uniform_real_distribution<float> v(5.f, 60.f);
    for (int r = 0; r < rows; ++r) {
        wf::WaterfallRow row;
        row.startMs = firstStartMs + qint64(r) * kRowMs;
        row.endMs = row.startMs + kRowMs;
        row.offsets.push_back(0);
        for (int c = 0; c < kChannels; ++c) {
            row.sensorIds.push_back(c);
            row.samples.push_back(v(rng));
            row.offsets.push_back(uint32_t(row.samples.size()));
        }
        block.rows.push_back(std::move(row));
    }
    block.currentMinAmp = 5;
    block.currentMaxAmp = 60;
    return {std::move(block)};
}

struct PlayoutRun {
    double fps = 0, movingPerS = 0, frameMsP50 = 0;
    double delayMs = 0;
    double cpuPercent = 0; // of one core, the whole process, over the measured part
};


PlayoutRun run(bool playout)
{
    wf::WaterfallPanel panel;
    panel.resize(1600, 1000);
    panel.show();
    panel.setPlayoutEnabled(playout);
    panel.resetJob(1, kChannels, 1.0, 0, kRowMs / 1000.0);
    std::mt19937 rng(7);
    // Data time = wall time: each batch holds the second up to now, as a poll of a live job.
    qint64 dataEnd = QDateTime::currentMSecsSinceEpoch();
    panel.appendBlocks(batch(dataEnd - 1000, 1000 / kRowMs, rng));
    double lastTop = panel.plot()->visibleToMs();
    qint64 moving = 0, frames0 = 0;
    double cpu0 = 0;
    bool measuring = false;
    QObject::connect(panel.plot(), &wf::WaterfallPlot::frameDrawn, &panel, [&] {
        const double top = panel.plot()->visibleToMs();
        if (measuring && top != lastTop)
            ++moving;
        lastTop = top;
    });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &panel, [&] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const int rows = int((now - dataEnd) / kRowMs);
        if (rows > 0) {
            panel.appendBlocks(batch(dataEnd, rows, rng));
            dataEnd += qint64(rows) * kRowMs;
        }
    });
    poll.start(1000);
    QEventLoop loop;
    // Two seconds to learn the arrivals, then the measured part.
    QTimer::singleShot(2000, &loop, [&] {
        measuring = true;
        frames0 = panel.plot()->framesDrawn();
        cpu0 = wf::processCpuSeconds();
    });
    QTimer::singleShot(2000 + kRunMs, &loop, &QEventLoop::quit);
    loop.exec();
    PlayoutRun r;
    r.cpuPercent = 100.0 * (wf::processCpuSeconds() - cpu0) / (kRunMs / 1000.0);
    r.fps = double(panel.plot()->framesDrawn() - frames0) * 1000.0 / kRunMs;
    r.movingPerS = double(moving) * 1000.0 / kRunMs;
    r.frameMsP50 = panel.plot()->frameMsP50();
    r.delayMs = panel.plot()->playoutDelayMs();
    return r;
}

} // namespace

void benchPlayout(Report &report)
{
    const PlayoutRun on = run(true);
    const PlayoutRun off = run(false);
    if (on.movingPerS <= 0 || off.movingPerS <= 0)
        report.ok = false;
    report.add(QStringLiteral("playout_fps"), round3(on.fps), QStringLiteral("fps"),
               QStringLiteral("frames drawn per second with the playout: 2222 channels, 30 ms rows, one batch per second, "
                              "1600x1000 panel"));
    report.add(QStringLiteral("playout_moving_frames_per_s"), round3(on.movingPerS), QStringLiteral("fps"),
               QStringLiteral("frames whose picture moved, with the playout"));
    report.add(QStringLiteral("burst_moving_frames_per_s"), round3(off.movingPerS), QStringLiteral("fps"),
               QStringLiteral("the same without the playout (each batch shown as it arrives)"));
    report.add(QStringLiteral("playout_moving_ratio"), round3(off.movingPerS > 0 ? on.movingPerS / off.movingPerS : 0),
               QStringLiteral("x"), QStringLiteral("moving frames with / without the playout"));
    report.add(QStringLiteral("playout_frame_ms_p50"), round3(on.frameMsP50), QStringLiteral("ms"),
               QStringLiteral("our frame with the playout (the time axis moves every frame)"));
    report.add(QStringLiteral("playout_cpu_percent_of_core"), round3(on.cpuPercent), QStringLiteral("%"),
               QStringLiteral("CPU of the process (rows, store, frames, painting offscreen) with the playout"));
    report.add(QStringLiteral("burst_cpu_percent_of_core"), round3(off.cpuPercent), QStringLiteral("%"),
               QStringLiteral("the same without the playout"));
    report.add(QStringLiteral("playout_delay_ms"), round3(on.delayMs), QStringLiteral("ms"),
               QStringLiteral("the jitter buffer's delay behind the newest row (one poll of 1 s + margin)"));
}

} // namespace bench
