// ---- gRPC ingest: full-size DataStream lines against the REST path, in the same run ------------
//
// One time line of a 2222-channel job with 256 frequency bins per channel is 2.3 MB over 3 streams
// (741/741/740 channels). Ours, per line: protobuf parse of the three messages, the frame reading
// (little-endian float32 → floats), the RowAssembler join, the quality checks over every bin, and the
// RowShaper reduction (bins to one value per channel) and the RowStore append. The yardstick is the REST path on the
// same machine: one 201 body of 10 rows × 2222 sensors decoded by simdjson, checked and stored.
// The ratio says how much heavier a gRPC line is than a REST row; MB/s says whether it keeps up
// with ~33 lines/s (~75 MB/s).
#include "benchcommon.h"
#include "base/binreduce.h"
#include "grpc/framemessage.h"
#include "data/quality.h"
#include "stream/rowassembler.h"
#include "data/rowshape.h"
#include "data/rowstore.h"
#include "stream/streamframe.h"
#include "api/waterfallcodec.h"

#include <chrono>
#include <cstring>

namespace bench {

namespace {

constexpr int kBins = 256;
constexpr int kLines = 24;

using Clock = std::chrono::steady_clock;

QByteArray floatsLE(const std::vector<float> &v)
{
    QByteArray b(qsizetype(v.size() * 4), Qt::Uninitialized);
    for (size_t i = 0; i < v.size(); ++i) {
        uint32_t u;
        std::memcpy(&u, &v[i], 4);
        b[qsizetype(4 * i)] = char(u & 0xFF);
        b[qsizetype(4 * i + 1)] = char((u >> 8) & 0xFF);
        b[qsizetype(4 * i + 2)] = char((u >> 16) & 0xFF);
        b[qsizetype(4 * i + 3)] = char((u >> 24) & 0xFF);
    }
    return b;
}

} // namespace

void benchGrpcIngest(Report &report)
{
    const std::vector<wf::StreamPlan> plan{{0, 11, 751}, {1, 752, 1492}, {2, 1493, 10 + kChannels}};
    // Serialized messages, as they come off the wire: kLines lines × 3 streams.
    std::vector<std::vector<std::string>> wire(plan.size());
    qint64 wireBytes = 0;
    for (int line = 0; line < kLines; ++line) {
        for (size_t s = 0; s < plan.size(); ++s) {
            wf::StreamFrame f;
            f.startChannel = plan[s].firstChannel;
            f.endChannel = plan[s].lastChannel;
            f.rowIndex = {line};
            f.timestampsMs = {1764946703000 + line * 30};
            const int channels = f.endChannel - f.startChannel + 1;
            f.shapeX = channels * kBins;
            f.shapeY = 1;
            std::vector<float> v(size_t(f.shapeX));
            for (size_t i = 0; i < v.size(); ++i)
                v[i] = float((i * 2654435761u + uint32_t(line)) % 100000) / 87.0f;
            f.globalMinimum = *std::min_element(v.begin(), v.end());
            f.globalMaximum = *std::max_element(v.begin(), v.end());
            f.mainData = {floatsLE(v)};
            pandadatastream::DataStream m;
            wf::frameToMessage(f, m);
            wire[s].push_back(m.SerializeAsString());
            wireBytes += qint64(wire[s].back().size());
        }
    }
    wf::ConfigureRequest request;
    request.channelMin = 11;
    request.channelMax = 10 + kChannels;

    auto grpcPass = [&](qint64 &rows, qint64 &negatives) {
        wf::RowAssembler assembler;
        assembler.reset(plan, kBins, 0.03);
        wf::RowShaper shaper;
        wf::RowStore store(11, 10 + kChannels, qint64(64) << 20);
        wf::QualityChecker quality;
        quality.reset(request);
        pandadatastream::DataStream m;
        for (int line = 0; line < kLines; ++line) {
            for (size_t s = 0; s < plan.size(); ++s) {
                m.ParseFromString(wire[s][size_t(line)]);
                const wf::DecodedFrame d = wf::decodeStreamFrame(wf::frameFromMessage(m, int(s)), kBins);
                std::vector<wf::WaterfallRow> done = assembler.add(int(s), d);
                if (done.empty())
                    continue;
                wf::WaterfallBlocks blocks(1);
                blocks[0].rows = std::move(done);
                blocks[0].currentMinAmp = blocks[0].currentMaxAmp = std::numeric_limits<double>::quiet_NaN();
                quality.addBlocks(blocks);
                for (const wf::WaterfallRow &row : blocks[0].rows)
                    store.append(shaper.shape(row));
            }
        }
        rows += quality.rowsChecked();
        negatives += quality.count(wf::QualityCheck::NegativeValues);
    };

    // REST: the same machine's path for rows of 2222 sensors.
    std::vector<QByteArray> bodies;
    qint64 restBytes = 0;
    for (int i = 0; i < kBodies; ++i) {
        bodies.push_back(wf::encodeWaterfall(makeBody(4242u + uint32_t(i), 1764946703000 + i * kRowsPerBody * 500)));
        restBytes += bodies.back().size();
    }
    auto restPass = [&](qint64 &rows) {
        wf::RowStore store(11, 10 + kChannels, qint64(64) << 20);
        wf::QualityChecker quality;
        quality.reset(request);
        for (const QByteArray &b : bodies) {
            const auto r = wf::decodeWaterfall(b);
            if (!r.ok())
                continue;
            quality.addBlocks(r.value());
            for (const wf::WaterfallBlock &block : r.value())
                store.append(block);
        }
        rows += quality.rowsChecked();
    };

    std::vector<double> grpcUsPerLine, restUsPerRow, grpcMBps, ratios;
    qint64 grpcRows = 0, restRows = 0, negatives = 0;
    for (int rep = 0; rep < 9; ++rep) { // interleaved, so that other load falls on both alike
        qint64 r1 = 0, r2 = 0, n = 0;
        auto t0 = Clock::now();
        grpcPass(r1, n);
        const double tg = std::chrono::duration<double, std::micro>(Clock::now() - t0).count();
        t0 = Clock::now();
        for (int k = 0; k < 4; ++k)
            restPass(r2);
        const double tr = std::chrono::duration<double, std::micro>(Clock::now() - t0).count();
        grpcRows += r1;
        restRows += r2;
        negatives += n;
        if (r1 == 0 || r2 == 0)
            continue;
        grpcUsPerLine.push_back(tg / double(r1));
        restUsPerRow.push_back(tr / double(r2));
        grpcMBps.push_back(double(wireBytes) / tg);
        ratios.push_back((tg / double(r1)) / (tr / double(r2)));
    }
    // Every line complete (3 streams joined) and checked; kLines - 0 held at the end of a pass.
    if (grpcRows < qint64(9) * (kLines - 1) || restRows == 0 || negatives != 0)
        report.ok = false;
    report.add(QStringLiteral("grpc_ingest_us_per_line"), round3(median(grpcUsPerLine)), QStringLiteral("us"),
               QStringLiteral("one time line, 2222 channels x %1 bins over 3 streams: protobuf parse, frame reading, "
                              "assembly, quality over every bin, store").arg(kBins));
    report.add(QStringLiteral("grpc_ingest_mb_per_s"), round3(median(grpcMBps)), QStringLiteral("MB/s"),
               QStringLiteral("serialized DataStream bytes through that path (a live job sends ~75 MB/s)"));
    report.add(QStringLiteral("grpc_rest_us_per_row"), round3(median(restUsPerRow)), QStringLiteral("us"),
               QStringLiteral("REST yardstick: one row of 2222 sensors decoded (simdjson), checked, stored"));
    report.add(QStringLiteral("grpc_line_vs_rest_row_ratio"), round3(median(ratios)), QStringLiteral("x"),
               QStringLiteral("cost of one gRPC line / one REST row (a line carries %1x the values)").arg(kBins));
    report.add(QStringLiteral("grpc_lines_checked"), double(grpcRows), QString(),
               QStringLiteral("complete lines through the gRPC path in all passes"));
}

// ---- gRPC reduction: one full-size line's bins to one value per channel ------------------------
//
// A line of 2222 channels x 256 bins (2.3 MB) reduced per channel (sum, max, min, finite and
// negative counts: what mean, max, one bin and the negative highlight need), by the SIMD pass the
// RowStore uses and by the plain scalar loop, interleaved in the same run. Some bins are NaN and
// some negative, as on a real stream. The line is in cache between passes, as it is right after
// the frame was read.
void benchGrpcReduce(Report &report)
{
    const size_t n = size_t(kChannels) * kBins;
    std::vector<float> line(n);
    for (size_t i = 0; i < n; ++i)
        line[i] = (i % 997 == 0) ? std::numeric_limits<float>::quiet_NaN()
                                 : float((i * 2654435761u) % 100000) / 87.0f - (i % 4099 == 0 ? 2000.0f : 0.0f);
    auto pass = [&](auto kernel, uint64_t &check) {
        for (int ch = 0; ch < kChannels; ++ch) {
            const wf::BinStats st = kernel(line.data() + size_t(ch) * kBins, size_t(kBins));
            check += st.finite + st.negatives * 1000u + uint64_t(st.max > 0);
        }
    };
    std::vector<double> oursMBps, scalarMBps, ratios;
    uint64_t oursCheck = 0, scalarCheck = 0;
    const double mb = double(n) * sizeof(float) / 1e6;
    for (int rep = 0; rep < 41; ++rep) {
        auto t0 = Clock::now();
        for (int k = 0; k < 8; ++k)
            pass(wf::binStats, oursCheck);
        const double to = std::chrono::duration<double>(Clock::now() - t0).count() / 8;
        t0 = Clock::now();
        for (int k = 0; k < 2; ++k)
            pass(wf::binStatsScalar, scalarCheck);
        const double ts = std::chrono::duration<double>(Clock::now() - t0).count() / 2;
        oursMBps.push_back(mb / to);
        scalarMBps.push_back(mb / ts);
        ratios.push_back(ts / to);
    }
    if (oursCheck != scalarCheck * 4) // 8 passes of ours, 2 of the scalar loop: the same results
        report.ok = false;
    report.add(QStringLiteral("grpc_reduce_mb_per_s"), round3(median(oursMBps)), QStringLiteral("MB/s"),
               QStringLiteral("one line (2222 channels x %1 bins, %2 MB) reduced per channel by the SIMD pass (%3); "
                              "a live job needs ~75 MB/s")
                   .arg(kBins)
                   .arg(mb, 0, 'f', 1)
                   .arg(QLatin1String(wf::binStatsImplementation())));
    report.add(QStringLiteral("grpc_reduce_scalar_mb_per_s"), round3(median(scalarMBps)), QStringLiteral("MB/s"),
               QStringLiteral("the same line through the plain scalar loop"));
    report.add(QStringLiteral("grpc_reduce_speedup_vs_scalar"), round3(median(ratios)), QStringLiteral("x"),
               QStringLiteral("scalar time / SIMD time, median of interleaved pairs; the goal is >= 4"));
}

} // namespace bench
