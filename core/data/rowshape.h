#pragma once
// Row shaping for the view: how a received row becomes the line the store keeps. The one home of
// the single-channel spectrogram transform (the bin reduction of multichannel rows is the store's
// BinReduction, with its SIMD pass in base/binreduce.h). Pure functions, any thread.
#include "api/models.h"

namespace wf {

// The single-channel view's spectrogram: one line of one channel's frequency bins as a row whose
// "sensors" are the bins (ids 0..n-1, one value each), so the store and the plot draw frequency
// across and time down. Other rows come back unchanged.
WaterfallRow spectrumRow(const WaterfallRow &row);

} // namespace wf
