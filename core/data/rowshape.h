#pragma once
// Row shaping: the step between a row source and the RowStore. A received row becomes the row the
// store keeps, one value per sensor per line: the single-channel view's spectrogram transform, and
// the reduction of a multichannel row's frequency bins to one value per channel (its SIMD pass in
// base/binreduce.h). The store below it is a plain ring and knows nothing of bins.
// Owner: the waterfall model (one shaper for every history it keeps). Thread: the caller's, one at a time.
#include "api/models.h"

namespace wf {

// How a gRPC row's frequency bins become the one value per channel a multichannel line shows.
// Negative bins are never averaged away: a channel holding one shows its most negative bin, so the
// highlight of the known backend defect stays exactly where the data has it.
enum class BinReduction { Mean, Max, Bin };

// The single-channel view's spectrogram: one line of one channel's frequency bins as a row whose
// "sensors" are the bins (ids 0..n-1, one value each), so the store and the plot draw frequency
// across and time down. Other rows come back unchanged.
WaterfallRow spectrumRow(const WaterfallRow &row);

class RowShaper
{
  public:
    // Single-channel view: rows of one channel's bins become spectrum rows (spectrumRow()).
    void setSpectrum(bool spectrum) { m_spectrum = spectrum; }
    bool spectrum() const { return m_spectrum; }
    // Rows of several channels' bins: mean (default), max, or the bin `bin` (clamped to the bins there are).
    void setBinReduction(BinReduction mode, int bin = 0);
    BinReduction binReduction() const { return m_reduction; }
    int reductionBin() const { return m_reductionBin; }

    // The row as the store keeps it (never frequencyBins): `row` itself when it needs no shaping,
    // else a row held here, valid until the next call.
    const WaterfallRow &shape(const WaterfallRow &row);

  private:
    const WaterfallRow &reduceBins(const WaterfallRow &row);

    bool m_spectrum = false;
    BinReduction m_reduction = BinReduction::Mean;
    int m_reductionBin = 0;
    WaterfallRow m_spectrumRow; // scratch of shape()
    WaterfallRow m_reduced;     // scratch of shape()
};

} // namespace wf
