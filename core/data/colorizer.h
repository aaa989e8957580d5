#pragma once
// The colouriser: one line of samples (one float per channel) into one row of 0xAARRGGBB display
// pixels through a colour map's LUT. Pure functions, any thread, no allocation.
//
// Channels onto columns:
//  - nOut <= nIn: column c aggregates channels [floor(c·nIn/nOut), floor((c+1)·nIn/nOut)) (every
//    channel in exactly one column) by the largest |v|, keeping its sign; a column with ANY negative
//    sample is the highlight colour when highlighting is on, so a single negative sample is never averaged
//    or out-voted away. NaN samples are skipped; a column of NaN only is kNanColor.
//  - nOut > nIn: column c shows the nearest channel, floor((c + 0.5)·nIn/nOut).
// Values to colours: index = floor((x − min) · 256 / (max − min)) clamped to 0..255, where x is the
// sample (linear) or amplitudeToDb(sample) (dB, through a fast log2 good to ~2e-5 dB; zero and
// negative samples read as kDbFloor). Values beyond the levels clamp to the LUT ends; NaN is
// kNanColor; a negative sample is the highlight colour when highlighting is on, otherwise an ordinary
// value (clamped to the low end unless the levels go below zero, as symmetric levels for the
// diverging map do).
#include "data/colormap.h"
#include "data/levels.h"

#include <cstdint>
#include <vector>

namespace wf {

// Half-open index range [begin, end).
struct IndexSpan {
    int begin = 0;
    int end = 0;
    bool operator==(const IndexSpan &) const = default;
};

// negativeColor: the highlight (the map's OverlayColors::negative; kNegativeColor by default).
void colorizeLine(const float *in, int nIn, uint32_t *out, int nOut, const Levels &levels,
                  const ColorLut &lut, bool highlightNegative, uint32_t negativeColor = kNegativeColor);

// The channels of every column precomputed once per geometry, for callers that colourise many
// lines of the same width (the live ring): the same pixels as colorizeLine(), without the per-column
// stepping. Building it allocates; using it does not.
class ColumnMap
{
  public:
    ColumnMap() = default;
    ColumnMap(int nIn, int nOut);
    int nIn() const { return m_nIn; }
    int nOut() const { return m_nOut; }
    bool matches(int nIn, int nOut) const { return nIn == m_nIn && nOut == m_nOut; }

  private:
    friend void colorizeLine(const float *, const ColumnMap &, uint32_t *, const Levels &, const ColorLut &, bool,
                             uint32_t);
    int m_nIn = 0;
    int m_nOut = 0;
    bool m_pairs = false;         // every column shows one or two channels: first[c], last[c]
    std::vector<int32_t> m_first; // per column, when m_pairs
    std::vector<int32_t> m_last;
};
void colorizeLine(const float *in, const ColumnMap &columns, uint32_t *out, const Levels &levels, const ColorLut &lut,
                  bool highlightNegative, uint32_t negativeColor = kNegativeColor);

// The same mapping for one value (colour scale, cursor readout, tests).
int lutIndex(float value, const Levels &levels); // 0..255; 0 for NaN
uint32_t colorOf(float value, const Levels &levels, const ColorLut &lut, bool highlightNegative,
                 uint32_t negativeColor = kNegativeColor);

// The geometry colorizeLine uses, so that cursors and pixel tests agree with it exactly:
// the channels (0-based, of nIn) that display column `column` (of nOut) shows, and the columns
// showing channel `channel`. Empty spans for indices out of range.
IndexSpan channelsOfColumn(int column, int nIn, int nOut);
IndexSpan columnsOfChannel(int channel, int nIn, int nOut);

} // namespace wf
