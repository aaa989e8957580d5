// libFuzzer target for the reading of one gRPC DataStream message into lines: the bytes of a message
// as the wire brings them (protobuf, parsed by the generated code), then frameFromMessage and
// decodeStreamFrame, the one place that reads main_data. The first byte is the configure reply's
// frequencies_amount (0: derived from the shape). Besides "never crash": a frame is either refused
// with a reason and no line, or every line holds exactly channels × bins values; nothing is allocated
// from a declared size (run-fuzzers.sh sets a malloc limit far below what a declared shape could ask);
// writing the frame back and reading it again gives the same lines.
#include "grpc/framemessage.h"
#include "fuzzcheck.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace {

using wf::fuzz::require;

void checkDecoded(const wf::StreamFrame &f, const wf::DecodedFrame &d, int bins)
{
    if (!d.error.isEmpty()) {
        require(d.lines.empty(), "a refused frame kept lines");
        return;
    }
    require(d.channels == f.endChannel - f.startChannel + 1 && d.channels >= 1, "channels differ from the frame's range");
    require(d.bins >= 1 && (bins == 0 || d.bins == bins), "bins differ from the configure reply's");
    require(int(d.lines.size()) == f.shapeY, "lines differ from data_shape_y");
    require(int(f.mainData.size()) == f.shapeY, "a frame read with main_data elements the shape does not have");
    for (size_t y = 0; y < d.lines.size(); ++y) {
        const wf::StreamLine &line = d.lines[y];
        require(line.values.size() == size_t(d.channels) * size_t(d.bins), "a line of the wrong length");
        require(qint64(f.mainData[y].size()) == qint64(line.values.size()) * 4, "values not read from main_data's bytes");
        require(line.rowIndex == f.rowIndex[y] && line.timestampMs == f.timestampsMs[y], "a line lost its row index or time");
    }
    bool anyFinite = false;
    for (const wf::StreamLine &line : d.lines)
        for (float v : line.values)
            if (std::isfinite(v)) {
                anyFinite = true;
                require(v >= d.decodedMin && v <= d.decodedMax, "a finite value outside the decoded range");
            }
    if (anyFinite)
        require(d.decodedMin <= d.decodedMax, "decoded range upside down");
}

void requireSame(const wf::DecodedFrame &a, const wf::DecodedFrame &b)
{
    require(a.error == b.error, "round trip changed the refusal");
    require(a.lines.size() == b.lines.size(), "round trip changed the line count");
    for (size_t i = 0; i < a.lines.size(); ++i) {
        require(a.lines[i].rowIndex == b.lines[i].rowIndex, "round trip changed a row index");
        require(a.lines[i].values.size() == b.lines[i].values.size(), "round trip changed a line's length");
        require(std::memcmp(a.lines[i].values.data(), b.lines[i].values.data(), a.lines[i].values.size() * 4) == 0,
                "round trip changed a value");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int bins = data[0];
    pandadatastream::DataStream message;
    if (!message.ParseFromArray(data + 1, int(size - 1)))
        return 0; // the transport refuses what protobuf cannot read
    const wf::StreamFrame frame = wf::frameFromMessage(message, 0);
    const wf::DecodedFrame decoded = wf::decodeStreamFrame(frame, bins);
    checkDecoded(frame, decoded, bins);
    pandadatastream::DataStream written;
    wf::frameToMessage(frame, written);
    std::string bytes;
    require(written.SerializeToString(&bytes), "a read frame cannot be written back");
    pandadatastream::DataStream again;
    require(again.ParseFromString(bytes), "a written frame cannot be read");
    requireSame(decoded, wf::decodeStreamFrame(wf::frameFromMessage(again, 0), bins));
    return 0;
}
