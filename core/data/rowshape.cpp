#include "data/rowshape.h"

#include <algorithm>

namespace wf {

WaterfallRow spectrumRow(const WaterfallRow &row)
{
    if (!row.frequencyBins || row.sensorIds.size() != 1 || row.offsets.size() < 2)
        return row;
    WaterfallRow out;
    out.canvasId = row.canvasId;
    out.startMs = row.startMs;
    out.endMs = row.endMs;
    out.nonFinite = row.nonFinite;
    const uint32_t b = std::min<uint32_t>(row.offsets[0], uint32_t(row.samples.size()));
    const uint32_t e = std::clamp<uint32_t>(row.offsets[1], b, uint32_t(row.samples.size()));
    out.samples.assign(row.samples.begin() + b, row.samples.begin() + e);
    out.sensorIds.resize(out.samples.size());
    out.offsets.resize(out.samples.size() + 1);
    for (uint32_t i = 0; i <= e - b; ++i) {
        if (i < e - b)
            out.sensorIds[i] = int32_t(i);
        out.offsets[i] = i;
    }
    return out;
}

} // namespace wf
