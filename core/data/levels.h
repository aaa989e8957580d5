#pragma once
// Level (contrast) maths of the waterfall: which sample values map to the ends of a colour map.
//
// Levels are plain values (any thread). ContrastTracker:
// Owner: the waterfall model, next to its RowStore. Thread: one thread (the GUI thread); not
// thread-safe. Invariants: memory is bounded by the settings (a fixed ring of subsampled values,
// allocated once); levels() always returns max > min; the automatic estimate only changes when
// lines are added or the scale (linear/dB) changes, never because it is read, so its smoothing
// is measured in lines, not in frames.
#include "base/stats.h"

#include <QString>
#include <cstdint>
#include <span>
#include <vector>

namespace wf {

// dB values are 20·log10(amplitude); amplitudes at or below 10^(kDbFloor/20) = 0.001, zero and
// negative ones included (they have no logarithm), read as kDbFloor. Amplitudes seen in the field
// run from 0 to about 1143 (up to 61 dB).
inline constexpr double kDbFloor = -60.0;

struct Levels {
    double min = 0;   // value shown with the first LUT entry (dB when db)
    double max = 1;   // value shown with the last LUT entry (dB when db)
    bool db = false;  // samples are mapped through amplitudeToDb() before min/max apply
    bool operator==(const Levels &) const = default;
};

// 20·log10(amplitude), never below kDbFloor; NaN stays NaN.
double amplitudeToDb(double amplitude);
// Inverse of amplitudeToDb above the floor.
double dbToAmplitude(double db);

// min <= max swapped into order, and an empty range widened (by 0.5 each side, or 0.05% of the
// value when that is larger) so that a division by max - min is always defined. A NaN or infinite
// bound gives {0, 1}.
Levels orderedLevels(Levels levels);
// Symmetric around zero, m = max(|min|, |max|): what the diverging colour map needs so that its
// white middle means 0 (in dB: 0 dB, an amplitude of 1).
Levels symmetricLevels(Levels levels);

enum class ContrastMode {
    Auto,     // robust percentiles over a sliding window of recent lines, smoothed over time
    AutoOnce, // the automatic levels frozen when this mode was chosen
    Fixed,    // the user's min/max
    Server,   // the latest block's current_min_amp/current_max_amp (Auto until one arrives)
};
// Stable machine names ("auto", "auto-once", "fixed", "server") for settings; not user text.
QString contrastModeName(ContrastMode mode);
bool contrastModeFromName(const QString &name, ContrastMode *out);

struct AutoContrastSettings {
    double lowPercentile = 1;    // the low level, in percent of the window's samples
    double highPercentile = 99;  // the high level
    int windowLines = 256;       // lines in the sliding window
    int samplesPerLine = 32;     // evenly spaced channels sampled per line (the phase rotates, so
                                 // every channel is seen over time)
    int updateEveryLines = 32;   // the window is re-estimated at least this often once full
    double smoothingLines = 32;  // time constant of the exponential smoothing, in lines
};

class ContrastTracker
{
  public:
    explicit ContrastTracker(const AutoContrastSettings &settings = {});

    // New settings drop the window and the estimate (mode, scale and fixed levels are kept).
    void setSettings(const AutoContrastSettings &settings);
    const AutoContrastSettings &settings() const { return m_settings; }

    // One display line (n channels, NaN = no sample). Cheap: a subsample is copied, and the window
    // is re-estimated every few lines: O(window), amortised to O(8 × samplesPerLine) per line.
    void addLine(const float *line, int n);
    // The reported current_min_amp/current_max_amp of a block (linear amplitudes); ignored unless
    // both are finite.
    void addBlockRange(double minAmp, double maxAmp);

    // Choosing AutoOnce (again) freezes the automatic levels of this moment.
    void setMode(ContrastMode mode);
    ContrastMode mode() const { return m_mode; }

    // Linear or dB. The estimate is recomputed from the window at once (no smoothing across the
    // switch); fixed levels are converted into the new scale; AutoOnce refreezes in the new scale.
    void setDb(bool db);
    bool db() const { return m_db; }

    // Centred on zero (the diverging colour map, whose white middle means 0): the automatic levels
    // are -a..+a with a the high percentile of |x| over the window, so the picture's balance of
    // blue and red is that of the data's signs. In dB: -m..+m dB around 0 dB, m the larger end of the
    // dB percentiles.
    // Re-estimated at once, like setDb; AutoOnce refreezes.
    void setSymmetric(bool on);
    bool symmetric() const { return m_symmetric; }

    // In the units of the current scale (dB when db()). Ordered with orderedLevels().
    void setFixedLevels(double min, double max);

    Levels levels() const;     // what to draw with, for the current mode
    Levels autoLevels() const; // the live automatic estimate, whatever the mode
    // The extremes of the sliding window's values and of the latest block range, in the current
    // scale (dB values never below kDbFloor): the span a fixed-level control should offer.
    // autoLevels() while nothing has been seen. O(window); meant for controls, not per line.
    Levels observedRange() const;
    bool hasAutoEstimate() const { return m_haveEstimate; }
    bool hasServerRange() const { return m_haveServer; }
    qint64 linesSeen() const { return m_linesSeen; }

    // Forgets lines, the estimate and the server range; keeps settings, mode, scale, fixed levels.
    void clear();

  private:
    void update(bool jump);
    Levels toScale(double lo, double hi) const;

    AutoContrastSettings m_settings;
    ContrastMode m_mode = ContrastMode::Auto;
    bool m_db = false;
    bool m_symmetric = false;

    std::vector<float> m_window;  // ring of subsampled finite values
    size_t m_windowHead = 0;
    size_t m_windowFill = 0;
    std::vector<float> m_scratch; // reused by update()
    qint64 m_linesSeen = 0;
    qint64 m_linesSinceUpdate = 0;

    bool m_haveEstimate = false;
    double m_estMin = 0;          // smoothed, in the current scale
    double m_estMax = 1;
    Levels m_frozen;
    Levels m_fixed;
    bool m_haveServer = false;
    double m_serverMin = 0;       // linear amplitudes
    double m_serverMax = 1;
};

} // namespace wf
