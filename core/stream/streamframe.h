#pragma once
// One DataStream message of a job's gRPC stream, in plain values, and the one place that reads its
// bytes (the byte layout is this project's reading of the contract, unverified on a real server:
// main_data holds one element per time line, each data_shape_x little-endian float32 values,
// channel-major: every bin of start_channel, then of the next). Pure, any thread.
#include <QByteArray>
#include <QString>
#include <cstdint>
#include <vector>

namespace wf {

struct StreamFrame {
    int streamId = 0;              // which StreamData call it came on
    int startChannel = 0, endChannel = 0;
    std::vector<qint64> timestampsMs;
    std::vector<int32_t> rowIndex;
    int shapeX = 0, shapeY = 0, shapeZ = 1;
    float globalMinimum = 0, globalMaximum = 0;
    std::vector<QByteArray> mainData;
    int jobSlot = -1;              // job_id when set
    qint64 bytes = 0;              // of the message on the wire
    qint64 receivedAtMs = 0;       // client clock, when it arrived
};

// One time line of one stream: `channels` × `bins` values, channel-major.
struct StreamLine {
    int32_t rowIndex = 0;
    qint64 timestampMs = 0;
    std::vector<float> values;
};

// What reading a frame found. `error` non-empty: the frame is refused (a finding, never a crash).
struct DecodedFrame {
    std::vector<StreamLine> lines;
    QString error;                 // technical English: "main_data[0] holds 4351 bytes, shape says 17408"
    bool rangeMismatch = false;    // global_minimum/maximum disagree with the values
    float decodedMin = 0, decodedMax = 0; // over the finite values
    int channels = 0;              // end - start + 1
    int bins = 0;                  // values per channel per line
};

// `binsPerChannel` from the configure reply (frequencies_amount); 0: derive from the shape.
DecodedFrame decodeStreamFrame(const StreamFrame &frame, int binsPerChannel);

} // namespace wf
