// focus-bench: on-demand measurements of the viewer's hot paths, each against a baseline measured in
// the same run (ratios are what hold across machines; no absolute time is asserted anywhere).
// Usage: focus-bench [--json]. Every benchmark appends named metrics to one report; --json prints the
// report as ONE JSON object, otherwise a readable table. Single-threaded; keeps well under ~20 s.
#include "benchcommon.h"
#include "data/colorizer.h"
#include "data/colormap.h"
#include "data/levels.h"
#include "qjsonbaseline.h"
#include "data/rowstore.h"
#include "api/waterfallcodec.h"
#include "waterfallplot.h"

#include <QCommandLineParser>
#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <random>
#include <qcustomplot.h>
#include <vector>

namespace {

using namespace bench;

struct Benchmark {
    const char *name;
    std::function<void(Report &)> run;
};

// ---- waterfall decoding: ours (simdjson on-demand) vs QJsonDocument -----------------------------

constexpr int kRepetitions = 15;
constexpr qint64 kMinOursNs = 40'000'000; // each timed run of ours lasts at least this long

size_t rowCount(const wf::WaterfallBlocks &blocks)
{
    size_t n = 0;
    for (const auto &b : blocks)
        n += b.rows.size();
    return n;
}

// Decodes every body `passes` times; returns elapsed ns, adds the rows decoded to `rows`.
template <typename Decode>
qint64 timeDecode(const std::vector<QByteArray> &bodies, int passes, Decode decode, size_t &rows,
                  bool &failed)
{
    QElapsedTimer t;
    t.start();
    for (int p = 0; p < passes; ++p) {
        for (const QByteArray &body : bodies) {
            const auto result = decode(body);
            if (!result.ok()) {
                failed = true;
                continue;
            }
            rows += rowCount(result.value());
        }
    }
    return t.nsecsElapsed();
}

void benchDecode(Report &report)
{
    std::vector<QByteArray> bodies;
    std::vector<QByteArray> unpadded;
    std::vector<wf::WaterfallBlocks> expected;
    qint64 bytesPerPass = 0;
    for (int i = 0; i < kBodies; ++i) {
        wf::WaterfallBlocks blocks =
            makeBody(20251205u + uint32_t(i), 1764946703000 + i * kRowsPerBody * 500);
        const QByteArray json = wf::encodeWaterfall(blocks);
        // As the poller hands bodies over: with the decoder's padding reserved, so it parses in place.
        QByteArray padded;
        padded.reserve(json.size() + qsizetype(wf::waterfallDecoderPadding()));
        padded.append(json);
        bodies.push_back(padded);
        unpadded.push_back(QByteArray(json.constData(), json.size())); // capacity == size: decoder copies
        bytesPerPass += json.size();
        expected.push_back(std::move(blocks));
    }

    auto ours = [](const QByteArray &b) { return wf::decodeWaterfall(b); };
    auto baseline = [](const QByteArray &b) { return wf::decodeWaterfallWithQJson(b); };

    // Both decoders must agree (and round-trip the encoder) before their speed means anything.
    bool identical = true;
    for (int i = 0; i < kBodies; ++i) {
        const auto a = ours(bodies[size_t(i)]);
        const auto b = baseline(bodies[size_t(i)]);
        const auto c = ours(unpadded[size_t(i)]);
        identical = identical && a.ok() && b.ok() && c.ok() && a.value() == expected[size_t(i)] &&
                    b.value() == expected[size_t(i)] && c.value() == expected[size_t(i)];
    }
    if (!identical)
        report.ok = false;

    // Calibrate the passes of ours so that one timed run is long enough for QElapsedTimer.
    size_t rows = 0;
    bool failed = false;
    int oursPasses = 1;
    while (timeDecode(bodies, oursPasses, ours, rows, failed) < kMinOursNs && oursPasses < 4096)
        oursPasses *= 2;

    std::vector<double> oursMBps, oursRowsPs, unpaddedMBps, baseMBps, baseRowsPs;
    for (int rep = 0; rep < kRepetitions; ++rep) {
        // Interleaved, so that load from other processes spreads over both sides alike.
        size_t r1 = 0, r2 = 0, r3 = 0;
        const double tOurs = double(timeDecode(bodies, oursPasses, ours, r1, failed)) / 1e9;
        const double tBase = double(timeDecode(bodies, 1, baseline, r2, failed)) / 1e9;
        const double tCopy = double(timeDecode(unpadded, oursPasses, ours, r3, failed)) / 1e9;
        oursMBps.push_back(double(bytesPerPass) * oursPasses / tOurs / 1e6);
        oursRowsPs.push_back(double(r1) / tOurs);
        baseMBps.push_back(double(bytesPerPass) / tBase / 1e6);
        baseRowsPs.push_back(double(r2) / tBase);
        unpaddedMBps.push_back(double(bytesPerPass) * oursPasses / tCopy / 1e6);
        rows += r1 + r2 + r3;
    }
    if (failed || rows == 0)
        report.ok = false;

    const double oursRows = median(oursRowsPs), baseRows = median(baseRowsPs);
    report.add(QStringLiteral("simd_implementation"),
               QString::fromLatin1(wf::waterfallDecoderImplementation()), QString(),
               QStringLiteral("simdjson kernel our decoder ran (libsimdjson picks it at run time)"));
    report.add(QStringLiteral("decode_mb_per_s"), round3(median(oursMBps)), QStringLiteral("MB/s"),
               QStringLiteral("ours, padded body parsed in place (10^6 bytes)"));
    report.add(QStringLiteral("decode_unpadded_mb_per_s"), round3(median(unpaddedMBps)),
               QStringLiteral("MB/s"), QStringLiteral("ours, body without padding (copied first)"));
    report.add(QStringLiteral("decode_rows_per_s"), round3(oursRows), QStringLiteral("rows/s"),
               QStringLiteral("ours, rows of %1 sensors").arg(kChannels));
    report.add(QStringLiteral("decode_baseline_mb_per_s"), round3(median(baseMBps)), QStringLiteral("MB/s"),
               QStringLiteral("QJsonDocument::fromJson + walk into the same rows"));
    report.add(QStringLiteral("decode_baseline_rows_per_s"), round3(baseRows), QStringLiteral("rows/s"),
               QStringLiteral("QJsonDocument baseline"));
    report.add(QStringLiteral("decode_speedup_vs_qjsondocument"),
               round3(baseRows > 0 ? oursRows / baseRows : 0), QStringLiteral("x"),
               QStringLiteral("rows/s ours / rows/s baseline (medians); the goal is >= 10"));
    report.add(QStringLiteral("decode_results_identical"), identical, QString(),
               QStringLiteral("both decoders return exactly the rows that were encoded"));
    report.add(QStringLiteral("decode_body_bytes"), double(bytesPerPass) / kBodies, QStringLiteral("bytes"),
               QStringLiteral("mean body: %1 rows x %2 sensors x 1 sample, %3 bodies")
                   .arg(kRowsPerBody)
                   .arg(kChannels)
                   .arg(kBodies));
    report.add(QStringLiteral("decode_repetitions"), kRepetitions, QString(),
               QStringLiteral("timed runs per decoder (medians reported); ours decodes %1 passes per run")
                   .arg(oursPasses));
}

// ---- output ------------------------------------------------------------------------------------

QString cell(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'f', std::trunc(v.toDouble()) == v.toDouble() ? 0 : 1);
    return v.toString();
}


// ---- rendering: our image ring + custom plottable vs a plain QCPColorMap, 2222 x 1000 at 1920x1080 ---
//
// Both sides: the same synthetic rows, a QCustomPlot of exactly 1920x1080 that is shown (offscreen)
// with a colour scale beside the axis rect, and a frame = one new row + a full replot (layout, axes,
// colour scale, image) + the widget repaint that the replot queues (processed before the clock
// stops). Both are measured in steady state: the QCPColorMap's 2222 x 1000 cells are allocated and
// touched by setSize/setCell before timing, and our RowStore (the default 256 MiB budget) has
// wrapped once, as in a viewer that has been running for a while (the first fill of the ring also
// pays a page fault per 4 KiB, reported separately as render_ingest_first_fill_us_per_row).

constexpr int kVisibleRows = 1000;
constexpr int kPlotWidth = 1920;
constexpr int kPlotHeight = 1080;

void benchRender(Report &report)
{
    using Clock = std::chrono::steady_clock;
    auto ms = [](Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); };
    // The same synthetic rows for both sides; timestamps are set as they are appended (continuous).
    std::vector<wf::WaterfallRow> rows;
    for (int b = 0; int(rows.size()) < kVisibleRows + 1200; ++b) {
        wf::WaterfallBlocks body = makeBody(9000u + uint32_t(b), qint64(1'764'946'703'000) + qint64(b) * kRowsPerBody * 500);
        for (wf::WaterfallRow &r : body.front().rows)
            rows.push_back(std::move(r));
    }
    const wf::Levels levels{0, 400, false};

    // Baseline: QCPColorMap as a plain user writes it: shifted down by setCell, one new row on top,
    // full replot.
    QCustomPlot base;
    base.resize(kPlotWidth, kPlotHeight);
    auto *map = new QCPColorMap(base.xAxis, base.yAxis);
    auto *scale = new QCPColorScale(&base);
    base.plotLayout()->addElement(0, 1, scale);
    map->setColorScale(scale);
    map->setGradient(QCPColorGradient::gpPolar);
    map->data()->setSize(kChannels, kVisibleRows);
    map->data()->setRange(QCPRange(11, 11 + kChannels - 1), QCPRange(0, kVisibleRows - 1));
    map->setDataRange(QCPRange(levels.min, levels.max));
    for (int y = 0; y < kVisibleRows; ++y)
        for (int x = 0; x < kChannels; ++x)
            map->data()->setCell(x, y, rows[size_t(y)].samples[size_t(x)]);
    base.rescaleAxes();
    base.show();
    base.replot();
    QCoreApplication::processEvents();
    auto baseIngest = [&](const wf::WaterfallRow &row) {
        for (int y = 0; y + 1 < kVisibleRows; ++y)
            for (int x = 0; x < kChannels; ++x)
                map->data()->setCell(x, y, map->data()->cell(x, y + 1));
        for (int x = 0; x < kChannels; ++x)
            map->data()->setCell(x, kVisibleRows - 1, row.samples[size_t(x)]);
    };
    std::vector<double> baseFrameMs;
    for (int i = 0; i < 8; ++i) {
        const auto t0 = Clock::now();
        baseIngest(rows[size_t(kVisibleRows + i)]);
        base.replot();
        QCoreApplication::processEvents(); // the queued widget repaint is part of a frame
        baseFrameMs.push_back(ms(t0));
    }
    const QSize baseSize = base.viewport().size();
    const QSize baseRect = base.axisRect()->rect().size();
    base.hide();

    // Ours: RowStore + WaterfallPlot (colourise new lines into the ring, custom plottable).
    wf::RowStore store(11, 11 + kChannels - 1);
    qint64 rowIndex = 0;
    auto appendRow = [&](size_t i) {
        wf::WaterfallRow &row = rows[i % rows.size()];
        row.startMs = qint64(1'764'946'703'000) + rowIndex * 500;
        row.endMs = row.startMs + 500;
        ++rowIndex;
        store.append(row);
    };
    // Steady state: wrap the store once (and time that first fill, page faults included).
    const auto fill0 = Clock::now();
    const qint64 fillRows = store.capacity();
    for (qint64 i = 0; i < fillRows; ++i)
        appendRow(size_t(i));
    const double firstFillUs = ms(fill0) * 1000 / double(fillRows);

    wf::WaterfallPlot plot;
    plot.setFrameRate(0);
    plot.show();
    // The QCustomPlot itself is 1920x1080, as the baseline's (the plot widget adds a scroll bar
    // beside it and the legend strip under it).
    plot.resize(kPlotWidth + (plot.width() - plot.customPlot()->width()), kPlotHeight + (plot.height() - plot.customPlot()->height()));
    QCoreApplication::processEvents();
    plot.resize(kPlotWidth + (plot.width() - plot.customPlot()->width()), kPlotHeight + (plot.height() - plot.customPlot()->height()));
    plot.setStore(&store);
    plot.setLevels(levels);
    size_t next = 0;
    for (; next < size_t(kVisibleRows); ++next)
        appendRow(next);
    plot.linesAppended();
    plot.renderFrame(true);
    QCoreApplication::processEvents();
    plot.renderFrame();
    QCoreApplication::processEvents();
    std::vector<double> oursIngestUs, oursFrameMs;
    for (int i = 0; i < 600; ++i, ++next) {
        const auto t0 = Clock::now();
        appendRow(next);
        plot.linesAppended();
        oursIngestUs.push_back(ms(t0) * 1000);
    }
    for (int i = 0; i < 120; ++i, ++next) {
        const auto t0 = Clock::now();
        appendRow(next);
        plot.linesAppended();
        plot.renderFrame(true);
        QCoreApplication::processEvents(); // the queued widget repaint is part of a frame
        oursFrameMs.push_back(ms(t0));
    }
    const QSize oursSize = plot.customPlot()->viewport().size();
    const QSize oursRect = plot.customPlot()->axisRect()->rect().size();
    if (qEnvironmentVariableIsSet("FOCUS_BENCH_DEBUG"))
        std::fprintf(stderr, "base viewport %dx%d axis rect %dx%d; ours viewport %dx%d axis rect %dx%d ring %dx%d\n",
                     baseSize.width(), baseSize.height(), baseRect.width(), baseRect.height(), oursSize.width(),
                     oursSize.height(), oursRect.width(), oursRect.height(), plot.ringImage().width(),
                     plot.ringImage().height());

    const double baseFrameMed = median(baseFrameMs), oursFrameMed = median(oursFrameMs);
    report.add(QStringLiteral("render_ingest_us_per_row_p95"), round3(percentileOf(oursIngestUs, 95)), QStringLiteral("us"),
               QStringLiteral("ours through the plot (store + colourise + ring write), 95th percentile"));
    report.add(QStringLiteral("render_ingest_first_fill_us_per_row"), round3(firstFillUs), QStringLiteral("us"),
               QStringLiteral("RowStore::append while the 256 MiB ring is first filled (page faults), mean"));
    report.add(QStringLiteral("frame_speedup_vs_qcpcolormap"), round3(baseFrameMed / oursFrameMed), QStringLiteral("x"),
               QStringLiteral("one new row + full replot + repaint at %3x%4: QCPColorMap %1 ms / ours %2 ms")
                   .arg(baseFrameMed, 0, 'f', 1).arg(oursFrameMed, 0, 'f', 2).arg(kPlotWidth).arg(kPlotHeight));
    report.add(QStringLiteral("frame_ms_p50"), round3(percentileOf(oursFrameMs, 50)), QStringLiteral("ms"),
               QStringLiteral("our frame: one new row + replot with axes and colour scale, 2222 x 1000 at 1920x1080"));
    report.add(QStringLiteral("frame_ms_p95"), round3(percentileOf(oursFrameMs, 95)), QStringLiteral("ms"),
               QStringLiteral("the same, 95th percentile"));
    if (baseSize != QSize(kPlotWidth, kPlotHeight) || oursSize != QSize(kPlotWidth, kPlotHeight))
        report.ok = false; // the two plots must be the same size for the ratio to mean anything
    if (store.endSeq() != rowIndex || plot.framesDrawn() < 120)
        report.ok = false;
}

void printTable(const Report &report)
{
    int keyWidth = 0, valueWidth = 0;
    for (const Metric &m : report.metrics) {
        keyWidth = std::max(keyWidth, int(m.key.size()));
        valueWidth = std::max(valueWidth, int(cell(m.value).size()));
    }
    for (const Metric &m : report.metrics) {
        const QString line = QStringLiteral("%1  %2 %3  %4")
                                 .arg(m.key, -keyWidth)
                                 .arg(cell(m.value), valueWidth)
                                 .arg(m.unit, -6)
                                 .arg(m.what);
        std::printf("%s\n", qPrintable(line));
    }
}

} // namespace

int main(int argc, char **argv)
{
    // The rendering benchmark needs widgets; offscreen unless a platform was chosen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("focus-bench"));
    QCommandLineParser cli;
    cli.setApplicationDescription(
        QStringLiteral("Measures the viewer's hot paths against baselines in the same run."));
    cli.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print one JSON object instead of a table."));
    cli.addOption(jsonOption);
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Run only these benchmarks (comma-separated: decode, ingest, render, grpc, reduce, client, playout)."),
                                        QStringLiteral("names"));
    cli.addOption(onlyOption);
    cli.process(app);
    const QStringList only = cli.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);

    const std::vector<Benchmark> benchmarks = {
        {"decode", benchDecode},
        {"ingest", benchIngest},
        {"render", benchRender},
        {"grpc", benchGrpcIngest},
        {"reduce", benchGrpcReduce},
        {"client", benchClient},
        {"playout", benchPlayout},
    };

    Report report;
    for (const Benchmark &b : benchmarks)
        if (only.isEmpty() || only.contains(QLatin1String(b.name)))
            b.run(report);

    if (cli.isSet(jsonOption)) {
        QJsonObject out;
        for (const Metric &m : report.metrics)
            out.insert(m.key, m.value);
        out.insert(QStringLiteral("ok"), report.ok);
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    } else {
        printTable(report);
        if (!report.ok)
            std::printf("FAILED: a benchmark's sanity check did not hold (see *_identical, *_sane)\n");
    }
    return report.ok ? 0 : 1;
}
