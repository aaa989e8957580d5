// ---- ingest: one decoded row into the history, the contrast tracker and the display ring --------
//
// Two parts. (1) The per-row work of the viewer's core in isolation: RowStore::append +
// ContrastTracker::addLine + colorizeLine 2222 -> 1920 columns (ingest_us_per_row_*). (2) The
// issue's ratio, ingest_speedup_vs_qcpcolormap: a plain QCPColorMap update (shift by setCell + the
// new row's cells, 2222 x 1000) against ours through the real widget path (RowStore::append +
// WaterfallPlot::linesAppended: colourise + write into the display ring of a 1920x1080 plot), the
// store at its default 256 MiB budget and already wrapped, as in a long run. The two sides are
// interleaved (one baseline row, then a batch of ours) so that load from other processes on this
// shared machine falls on both alike; the ratio is the median of the per-pair ratios.
#include "benchcommon.h"
#include "data/colorizer.h"
#include "data/colormap.h"
#include "data/levels.h"
#include "data/rowstore.h"
#include "waterfallplot.h"

#include <QCoreApplication>
#include <algorithm>
#include <chrono>
#include <qcustomplot.h>

namespace bench {

namespace {

constexpr int kDisplayColumns = 1920;
constexpr qint64 kIngestBudgetBytes = qint64(64) << 20; // part 1: a quarter of the default, the same per-row work
constexpr int kVisibleRows = 1000;
constexpr int kPlotWidth = 1920;
constexpr int kPlotHeight = 1080;
constexpr int kPairs = 41;    // interleaved baseline/ours pairs
constexpr int kOursBatch = 64; // rows of ours per pair (one baseline row lasts ~10 ms, 64 of ours < 1 ms)

using Clock = std::chrono::steady_clock;

double usSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::micro>(Clock::now() - t0).count();
}

std::vector<wf::WaterfallBlock> syntheticBlocks()
{
    std::vector<wf::WaterfallBlock> blocks;
    for (int i = 0; i < kBodies; ++i)
        blocks.push_back(std::move(makeBody(7000u + uint32_t(i), 0).front()));
    return blocks;
}

void benchCore(Report &report)
{
    std::vector<wf::WaterfallBlock> blocks = syntheticBlocks();
    std::vector<wf::WaterfallRow *> pool;
    for (wf::WaterfallBlock &b : blocks)
        for (wf::WaterfallRow &r : b.rows)
            pool.push_back(&r);

    wf::RowStore store(11, 10 + kChannels, kIngestBudgetBytes);
    wf::ContrastTracker tracker;
    const wf::ColorLut &lut = wf::colorLut(wf::ColorMapId::Viridis);
    std::vector<uint32_t> display(kDisplayColumns);
    qint64 expectedNegatives = 0;

    auto ingest = [&](qint64 r) {
        wf::WaterfallRow &row = *pool[size_t(r) % pool.size()];
        const wf::WaterfallBlock &block = blocks[(size_t(r) % pool.size()) / kRowsPerBody];
        row.startMs = 1764946703000 + r * 500; // continuous, as the server sends them
        row.endMs = row.startMs + 500;
        const qint64 first = store.endSeq();
        store.append(row, block.currentMinAmp, block.currentMaxAmp);
        tracker.addBlockRange(block.currentMinAmp, block.currentMaxAmp);
        for (qint64 seq = first; seq < store.endSeq(); ++seq) {
            const float *line = store.line(seq);
            tracker.addLine(line, store.channelCount());
            wf::colorizeLine(line, store.channelCount(), display.data(), kDisplayColumns, tracker.levels(), lut,
                             true);
        }
    };

    // Fill the ring once (so that the timed rows overwrite, as in a long run), then time each row.
    const qint64 warmRows = store.capacity() + 100;
    for (qint64 r = 0; r < warmRows; ++r)
        ingest(r);
    const qint64 usedWhenFull = store.bytesUsed();
    const qint64 timedRows = std::max<qint64>(4000, store.capacity());
    std::vector<double> us;
    us.reserve(size_t(timedRows));
    for (qint64 r = warmRows; r < warmRows + timedRows; ++r) {
        const auto t0 = Clock::now();
        ingest(r);
        us.push_back(usSince(t0));
    }
    for (qint64 r = 0; r < warmRows + timedRows; ++r) {
        const wf::WaterfallRow &row = *pool[size_t(r) % pool.size()];
        expectedNegatives += std::count_if(row.samples.begin(), row.samples.end(), [](float v) { return v < 0; });
    }
    // Sanity: every negative sample counted, memory flat once full.
    const bool sane = store.totalNegativeSamples() == expectedNegatives && store.bytesUsed() == usedWhenFull &&
                      store.bytesUsed() <= kIngestBudgetBytes && store.size() == store.capacity();
    if (!sane)
        report.ok = false;

    double mean = 0;
    for (double v : us)
        mean += v;
    mean /= double(us.size());
    const wf::RowStore defaultStore(11, 10 + kChannels);
    report.add(QStringLiteral("ingest_us_per_row_p95"), round3(percentileOf(us, 95)), QStringLiteral("us"),
               QStringLiteral("RowStore::append + ContrastTracker::addLine + colorizeLine %1 -> %2 columns")
                   .arg(kChannels)
                   .arg(kDisplayColumns));
    report.add(QStringLiteral("ingest_us_per_row_p50"), round3(percentileOf(us, 50)), QStringLiteral("us"),
               QStringLiteral("the same, median"));
    report.add(QStringLiteral("ingest_us_per_row_mean"), round3(mean), QStringLiteral("us"),
               QStringLiteral("the same, mean (includes the contrast re-estimate every few rows)"));
    report.add(QStringLiteral("ingest_us_per_row_max"), round3(percentileOf(us, 100)), QStringLiteral("us"),
               QStringLiteral("the same, slowest row of %1 (after the ring wrapped)").arg(timedRows));
    report.add(QStringLiteral("history_bytes_per_row"), double(store.bytesUsed()) / double(store.size()),
               QStringLiteral("bytes"),
               QStringLiteral("ring memory per 1-sample row of %1 channels (float samples + metadata)").arg(kChannels));
    report.add(QStringLiteral("history_rows_in_default_budget"), double(defaultStore.capacity()), QStringLiteral("rows"),
               QStringLiteral("rows of %1 channels held by the default %2 MiB budget")
                   .arg(kChannels)
                   .arg(wf::RowStore::kDefaultBudgetBytes >> 20));
    report.add(QStringLiteral("ingest_results_sane"), sane, QString(),
               QStringLiteral("negatives counted exactly, memory constant once the ring is full"));
}

void benchRatio(Report &report)
{
    std::vector<wf::WaterfallRow> rows;
    for (int b = 0; int(rows.size()) < kVisibleRows + 200; ++b) {
        wf::WaterfallBlocks body = makeBody(9000u + uint32_t(b), 0);
        for (wf::WaterfallRow &r : body.front().rows)
            rows.push_back(std::move(r));
    }
    const wf::Levels levels{0, 400, false};

    // Baseline: a plain QCPColorMap of 2222 x 1000 cells, shifted by setCell, the new row on top.
    QCustomPlot base;
    base.resize(kPlotWidth, kPlotHeight);
    auto *map = new QCPColorMap(base.xAxis, base.yAxis);
    map->data()->setSize(kChannels, kVisibleRows);
    map->data()->setRange(QCPRange(11, 11 + kChannels - 1), QCPRange(0, kVisibleRows - 1));
    map->setDataRange(QCPRange(levels.min, levels.max));
    for (int y = 0; y < kVisibleRows; ++y)
        for (int x = 0; x < kChannels; ++x)
            map->data()->setCell(x, y, rows[size_t(y)].samples[size_t(x)]);
    auto baseIngest = [&](const wf::WaterfallRow &row) {
        for (int y = 0; y + 1 < kVisibleRows; ++y)
            for (int x = 0; x < kChannels; ++x)
                map->data()->setCell(x, y, map->data()->cell(x, y + 1));
        for (int x = 0; x < kChannels; ++x)
            map->data()->setCell(x, kVisibleRows - 1, row.samples[size_t(x)]);
    };

    // Ours: the default 256 MiB store, wrapped once, feeding a shown 1920x1080 WaterfallPlot.
    wf::RowStore store(11, 10 + kChannels);
    qint64 rowIndex = 0;
    auto append = [&](const wf::WaterfallRow &src) {
        wf::WaterfallRow &row = const_cast<wf::WaterfallRow &>(src);
        row.startMs = qint64(1'764'946'703'000) + rowIndex * 500;
        row.endMs = row.startMs + 500;
        ++rowIndex;
        store.append(row);
    };
    for (qint64 i = 0; i < store.capacity(); ++i)
        append(rows[size_t(i) % rows.size()]);
    wf::WaterfallPlot plot;
    plot.setFrameRate(0);
    plot.show();
    plot.resize(kPlotWidth + (plot.width() - plot.customPlot()->width()), kPlotHeight + (plot.height() - plot.customPlot()->height()));
    QCoreApplication::processEvents();
    plot.resize(kPlotWidth + (plot.width() - plot.customPlot()->width()), kPlotHeight + (plot.height() - plot.customPlot()->height()));
    plot.setStore(&store);
    plot.setLevels(levels);
    for (int i = 0; i < kVisibleRows; ++i)
        append(rows[size_t(i)]);
    plot.linesAppended();
    plot.renderFrame(true);
    QCoreApplication::processEvents();
    plot.renderFrame();
    const int ringColumns = plot.ringImage().width();

    std::vector<double> baseUs, oursUs, pairRatio, oursRowUs;
    size_t next = 0;
    for (int pair = 0; pair < kPairs; ++pair) {
        auto t0 = Clock::now();
        baseIngest(rows[next % rows.size()]);
        const double b = usSince(t0);
        const auto batch0 = Clock::now();
        for (int k = 0; k < kOursBatch; ++k) {
            t0 = Clock::now();
            append(rows[(next + size_t(k)) % rows.size()]);
            plot.linesAppended();
            oursRowUs.push_back(usSince(t0));
        }
        const double o = usSince(batch0) / kOursBatch;
        next += kOursBatch;
        plot.renderFrame(); // frames go on as in the viewer (not timed)
        if (pair == 0)
            continue; // the first pair warms caches and branch predictors
        baseUs.push_back(b);
        oursUs.push_back(o);
        pairRatio.push_back(b / o);
    }
    if (store.endSeq() != rowIndex || store.size() != store.capacity() || ringColumns < kPlotWidth / 2)
        report.ok = false;

    const double ratio = median(pairRatio);
    report.add(QStringLiteral("ingest_speedup_vs_qcpcolormap"), round3(ratio), QStringLiteral("x"),
               QStringLiteral("median of %1 interleaved pairs: QCPColorMap shift by setCell (%2 ms) / ours: store + "
                              "colourise + ring write into %3 columns (%4 us); the goal is >= 1000")
                   .arg(pairRatio.size())
                   .arg(median(baseUs) / 1000, 0, 'f', 2)
                   .arg(ringColumns)
                   .arg(median(oursUs), 0, 'f', 2));
    report.add(QStringLiteral("ingest_speedup_p10"), round3(percentileOf(pairRatio, 10)), QStringLiteral("x"),
               QStringLiteral("the same ratio, 10th percentile of the pairs"));
    report.add(QStringLiteral("ingest_speedup_p90"), round3(percentileOf(pairRatio, 90)), QStringLiteral("x"),
               QStringLiteral("the same ratio, 90th percentile of the pairs"));
    report.add(QStringLiteral("ingest_baseline_ms_per_row"), round3(median(baseUs) / 1000), QStringLiteral("ms"),
               QStringLiteral("QCPColorMap shift + set cells, 2222 x 1000, median"));
    report.add(QStringLiteral("ingest_ours_us_per_row"), round3(median(oursUs)), QStringLiteral("us"),
               QStringLiteral("ours through WaterfallPlot::linesAppended, median of batches of %1").arg(kOursBatch));
    report.add(QStringLiteral("ingest_ours_us_per_row_p95"), round3(percentileOf(oursRowUs, 95)), QStringLiteral("us"),
               QStringLiteral("the same, single rows, 95th percentile"));
}

} // namespace

void benchIngest(Report &report)
{
    benchCore(report);
    benchRatio(report);
}

} // namespace bench
