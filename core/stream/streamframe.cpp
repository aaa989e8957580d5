#include "stream/streamframe.h"

#include "base/binreduce.h"

#include <bit>

#include <cmath>
#include <cstring>
#include <limits>

namespace wf {

namespace {
float readLittleEndianFloat(const char *p)
{
    uint32_t u = uint32_t(uint8_t(p[0])) | uint32_t(uint8_t(p[1])) << 8 | uint32_t(uint8_t(p[2])) << 16
                 | uint32_t(uint8_t(p[3])) << 24;
    float f;
    std::memcpy(&f, &u, sizeof f);
    return f;
}
} // namespace

DecodedFrame decodeStreamFrame(const StreamFrame &f, int binsPerChannel)
{
    DecodedFrame d;
    const qint64 channels = qint64(f.endChannel) - f.startChannel + 1; // a hostile frame may span INT_MIN..INT_MAX
    d.channels = channels < 1 || channels > 100'000 ? 0 : int(channels);
    auto refuse = [&](QString why) {
        d.lines.clear();
        d.error = std::move(why);
        return d;
    };
    if (f.startChannel < 1 || d.channels < 1)
        return refuse(QStringLiteral("channels %1..%2 are not a range of channels").arg(f.startChannel).arg(f.endChannel));
    const int z = f.shapeZ <= 0 ? 1 : f.shapeZ;
    if (f.shapeX <= 0 || f.shapeY <= 0 || qint64(f.shapeX) * z > 64 * 1024 * 1024)
        return refuse(QStringLiteral("shape %1 x %2 x %3 is empty or too large").arg(f.shapeX).arg(f.shapeY).arg(z));
    const qint64 perLine = qint64(f.shapeX) * z;
    if (perLine % d.channels != 0)
        return refuse(QStringLiteral("%1 values per line do not divide among %2 channels").arg(perLine).arg(d.channels));
    d.bins = int(perLine / d.channels);
    if (binsPerChannel > 0 && d.bins != binsPerChannel)
        return refuse(QStringLiteral("%1 values per channel, the configure reply said %2 (frequencies_amount)")
                          .arg(d.bins)
                          .arg(binsPerChannel));
    if (int(f.timestampsMs.size()) != f.shapeY || int(f.rowIndex.size()) != f.shapeY)
        return refuse(QStringLiteral("%1 lines by shape, %2 timestamps, %3 row indices")
                          .arg(f.shapeY)
                          .arg(f.timestampsMs.size())
                          .arg(f.rowIndex.size()));
    if (int(f.mainData.size()) != f.shapeY)
        return refuse(QStringLiteral("%1 lines by shape, main_data holds %2 elements").arg(f.shapeY).arg(f.mainData.size()));
    float lo = std::numeric_limits<float>::infinity(), hi = -std::numeric_limits<float>::infinity();
    d.lines.reserve(size_t(f.shapeY));
    for (int y = 0; y < f.shapeY; ++y) {
        const QByteArray &bytes = f.mainData[size_t(y)];
        if (qint64(bytes.size()) != perLine * 4)
            return refuse(QStringLiteral("main_data[%1] holds %2 bytes, the shape says %3 (float32)")
                              .arg(y)
                              .arg(bytes.size())
                              .arg(perLine * 4));
        StreamLine line;
        line.rowIndex = f.rowIndex[size_t(y)];
        line.timestampMs = f.timestampsMs[size_t(y)];
        line.values.resize(size_t(perLine));
        const char *p = bytes.constData();
        if constexpr (std::endian::native == std::endian::little) {
            // The wire's order: one copy, then the range in one SIMD pass.
            std::memcpy(line.values.data(), p, size_t(perLine) * 4);
            const BinStats st = binStats(line.values.data(), size_t(perLine));
            if (st.finite > 0) {
                lo = std::min(lo, st.min);
                hi = std::max(hi, st.max);
            }
        } else {
            for (qint64 i = 0; i < perLine; ++i) {
                const float v = readLittleEndianFloat(p + 4 * i);
                line.values[size_t(i)] = v;
                if (std::isfinite(v)) {
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                }
            }
        }
        d.lines.push_back(std::move(line));
    }
    if (lo <= hi) {
        d.decodedMin = lo;
        d.decodedMax = hi;
        // Both are float32 on the wire: compared exactly, a value equal to its bound is inside.
        d.rangeMismatch = lo < f.globalMinimum || hi > f.globalMaximum;
    }
    return d;
}

} // namespace wf
