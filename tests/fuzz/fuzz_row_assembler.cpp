// libFuzzer target for the row assembler (core/stream/rowassembler.h) fed interleaved frames of
// several streams, as a hostile or broken server could send them: row indices anywhere in int32
// (backwards, repeating, at the edges), lines of the wrong length, refused frames, a stream that never
// delivers. Input: one byte of plan (streams 1-4, channels 1-4 each, bins 1-4), then 5-byte records
// {stream, row-index step (int16 LE), lines, flags}. Besides "never crash": every row is well formed
// (offsets frame the samples, each present stream's channels once, in order, a row never ends
// before it starts), and every row counted (complete or not) came out.
#include "fuzzcheck.h"
#include "stream/rowassembler.h"
#include "data/rowshape.h"

#include <cstddef>
#include <cstdint>
#include <limits>

namespace {

using wf::fuzz::require;

struct Feed {
    const uint8_t *p;
    size_t left;
    bool take(size_t n) { return left >= n ? (left -= n, true) : false; }
};

void checkRow(const wf::WaterfallRow &row, int bins)
{
    require(row.offsets.size() == row.sensorIds.size() + 1, "offsets do not frame the sensors");
    require(row.offsets.front() == 0 && row.offsets.back() == row.samples.size(), "offsets do not span the samples");
    for (size_t i = 1; i < row.offsets.size(); ++i)
        require(row.offsets[i] - row.offsets[i - 1] == uint32_t(bins), "a channel without its bins");
    for (size_t i = 1; i < row.sensorIds.size(); ++i)
        require(row.sensorIds[i] > row.sensorIds[i - 1], "channels repeated or out of order");
    require(row.endMs >= row.startMs, "a row that ends before it starts");
    const wf::WaterfallRow spectrum = wf::spectrumRow(row);
    require(spectrum.offsets.size() == spectrum.sensorIds.size() + 1, "spectrum row offsets do not frame its bins");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int streams = 1 + (data[0] & 3), channels = 1 + ((data[0] >> 2) & 3), bins = 1 + ((data[0] >> 4) & 3);
    const bool bounded = data[0] & 0x40; // an explicit row bound (the GUI's default is none)
    std::vector<wf::StreamPlan> plan;
    for (int s = 0; s < streams; ++s)
        plan.push_back({s, 1 + s * channels, (s + 1) * channels});
    wf::RowAssembler a;
    a.reset(plan, bins, 0.03, bounded ? 4 : 0);
    qint64 emitted = 0;
    auto take = [&](const std::vector<wf::WaterfallRow> &rows) {
        for (const wf::WaterfallRow &r : rows)
            checkRow(r, bins);
        emitted += qint64(rows.size());
    };
    std::vector<int32_t> next(size_t(streams), 0);
    Feed in{data + 1, size - 1};
    while (in.left >= 5) {
        const uint8_t *r = in.p + (size - 1 - in.left);
        in.take(5);
        const int stream = r[0] % (streams + 1) - (r[0] >= 250 ? streams + 1 : 0); // now and then out of the plan
        const int16_t step = int16_t(uint16_t(r[1]) | uint16_t(r[2]) << 8);
        const int lines = r[3] & 7;
        const uint8_t flags = r[4];
        wf::DecodedFrame f;
        if (flags & 1)
            f.error = QStringLiteral("refused");
        f.rangeMismatch = flags & 2;
        const size_t slot = size_t(std::max(0, std::min(stream, streams - 1)));
        int32_t index = next[slot];
        // Jumps to the edges of int32 (a hostile row_index), else a step from this stream's last.
        if ((flags & 0x0C) == 0x0C)
            index = (flags & 0x10) ? std::numeric_limits<int32_t>::max() - 2 : std::numeric_limits<int32_t>::min();
        else
            index = int32_t(std::clamp<qint64>(qint64(index) + step, std::numeric_limits<int32_t>::min(), std::numeric_limits<int32_t>::max()));
        for (int l = 0; l < lines; ++l) {
            wf::StreamLine line;
            line.rowIndex = index;
            line.timestampMs = (flags & 0x20) ? qint64(step) * 1000 : qint64(index) * 30;
            const size_t want = size_t(channels) * size_t(bins) + ((flags & 0x80) ? 1 : 0); // now and then the wrong length
            line.values.assign(want, float(l));
            f.lines.push_back(std::move(line));
            if (index < std::numeric_limits<int32_t>::max())
                ++index;
        }
        next[slot] = index;
        take(a.add(stream, f));
        if ((flags & 0x60) == 0x60)
            take(a.flushIncomplete());
    }
    take(a.finish());
    require(emitted == a.completeRows() + a.incompleteRows(), "rows counted that never came out, or the reverse");
    return 0;
}
