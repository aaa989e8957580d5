// libFuzzer target for the waterfall decoder (core/api/waterfallcodec.h). Besides "never crash": what
// decodes must survive encode → decode unchanged (the emulator's encoder and our decoder agree).
#include "fuzzcheck.h"
#include "api/waterfallcodec.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace {

bool sameSample(float a, float b)
{
    return (std::isnan(a) && std::isnan(b)) || std::memcmp(&a, &b, sizeof a) == 0 || a == b;
}

bool sameAmp(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

void requireSame(const wf::WaterfallBlocks &a, const wf::WaterfallBlocks &b)
{
    using wf::fuzz::require;
    require(a.size() == b.size(), "round trip changed the block count");
    for (size_t i = 0; i < a.size(); ++i) {
        require(sameAmp(a[i].currentMaxAmp, b[i].currentMaxAmp), "round trip changed current_max_amp");
        require(sameAmp(a[i].currentMinAmp, b[i].currentMinAmp), "round trip changed current_min_amp");
        require(a[i].rows.size() == b[i].rows.size(), "round trip changed the row count");
        for (size_t r = 0; r < a[i].rows.size(); ++r) {
            const wf::WaterfallRow &x = a[i].rows[r];
            const wf::WaterfallRow &y = b[i].rows[r];
            require(x.canvasId == y.canvasId, "round trip changed canvasId");
            require(x.startMs == y.startMs && x.endMs == y.endMs, "round trip changed timestamps");
            require(x.sensorIds == y.sensorIds && x.offsets == y.offsets, "round trip changed sensors");
            require(x.nonFinite == y.nonFinite, "round trip changed the non-finite count");
            require(x.samples.size() == y.samples.size(), "round trip changed the sample count");
            for (size_t k = 0; k < x.samples.size(); ++k)
                require(sameSample(x.samples[k], y.samples[k]), "round trip changed a sample");
        }
    }
}

void checkShape(const wf::WaterfallBlocks &blocks)
{
    for (const wf::WaterfallBlock &b : blocks)
        for (const wf::WaterfallRow &r : b.rows) {
            wf::fuzz::require(r.offsets.size() == r.sensorIds.size() + 1, "offsets do not frame the sensors");
            wf::fuzz::require(r.offsets.back() == r.samples.size(), "offsets do not end at the samples");
        }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = wf::decodeWaterfall(body);
    wf::fuzz::check(decoded);
    // The in-place path (a buffer with room for simdjson's padding) must agree with the copying one.
    QByteArray roomy;
    roomy.reserve(qsizetype(size + wf::waterfallDecoderPadding()));
    roomy.append(body);
    const auto inPlace = wf::decodeWaterfall(roomy);
    wf::fuzz::require(inPlace.ok() == decoded.ok(), "in-place and copying decodes disagree");
    if (!decoded.ok())
        wf::fuzz::require(inPlace.error().toString() == decoded.error().toString(), "in-place and copying errors differ");
    if (!decoded.ok())
        return 0;
    checkShape(decoded.value());
    requireSame(decoded.value(), inPlace.value());
    const auto again = wf::decodeWaterfall(wf::encodeWaterfall(decoded.value()));
    if (!again.ok())
        wf::fuzz::fail(qPrintable(QStringLiteral("the encoder wrote what the decoder refuses: ") + again.error().toString()));
    requireSame(decoded.value(), again.value());
    return 0;
}
