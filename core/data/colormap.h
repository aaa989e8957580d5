#pragma once
// Colour maps as 256-entry lookup tables of 0xAARRGGBB (opaque), plus the reserved colours the
// waterfall uses for what is NOT a level: negative samples, missing samples, timestamp gaps.
//
// Owner: none (pure functions over tables built once, on first use, thread-safely).
// Thread: any.
// Invariants: every LUT has exactly 256 opaque entries, index 0 = lowest level; each map's overlay
// colours (overlayColors) lie at least kOverlayMinMapDistance (CIELAB ΔE) from all 256 of its
// entries and kOverlayMinPairDistance from each other (tested), so a highlighted negative sample, a
// gap band, an overlap line or the finding frame can never be mistaken for data or for each other.
#include <QString>
#include <array>
#include <cstdint>

namespace wf {

enum class ColorMapId { Viridis, Inferno, Turbo, Grey, Diverging };

inline constexpr std::array<ColorMapId, 5> kAllColorMaps = {ColorMapId::Viridis, ColorMapId::Inferno,
                                                            ColorMapId::Turbo, ColorMapId::Grey,
                                                            ColorMapId::Diverging};

using ColorLut = std::array<uint32_t, 256>;

// Reserved colours (0xAARRGGBB).
inline constexpr uint32_t kNegativeColor = 0xFFFF00FF; // pure magenta: the colouriser's default highlight
inline constexpr uint32_t kNanColor = 0x00000000;      // transparent: no sample for this cell
inline constexpr uint32_t kSuspectRangeColor = 0xFF6080F0; // periwinkle: a block's suspect min/max (strip)

// What the waterfall draws over or between the data, chosen per map so that each stands out
// from every colour of that map (viridis's greens swallow a green gap band, grey has white).
struct OverlayColors {
    uint32_t negative = kNegativeColor; // a negative sample (the colouriser's highlight)
    uint32_t gap = 0;                   // the band of a timestamp gap (no rows)
    uint32_t overlap = 0;               // the line before a row that overlaps the previous or goes back in time
    uint32_t finding = 0;               // the frame around the finding jumped to
    // The strip left of the image at a block whose reported min/max is suspect: beside the image,
    // never on it, so one colour for every map, apart from the other overlays.
    uint32_t suspect = kSuspectRangeColor;
    bool operator==(const OverlayColors &) const = default;
};
OverlayColors overlayColors(ColorMapId id);
inline constexpr double kOverlayMinMapDistance = 45;  // CIELAB ΔE76 to every entry of the map
inline constexpr double kOverlayMinPairDistance = 50; // CIELAB ΔE76 between two overlays of one map

// Stable machine names ("viridis", "inferno", "turbo", "grey", "diverging") for settings and CLI,
// never shown to the user as is.
QString colorMapName(ColorMapId id);
// Inverse of colorMapName; false when the name is unknown (out untouched).
bool colorMapFromName(const QString &name, ColorMapId *out);

// The 256-entry table of a map. Viridis and inferno come from degree-6 polynomial fits to the
// matplotlib tables, turbo from Google's published polynomial approximation, diverging from the
// ColorBrewer RdBu key points (reversed: blue = low, white = middle, red = high), grey is linear.
// The diverging map is centred on 0 only when the levels are symmetric (min = -max): use
// symmetricLevels() (levels.h) with it; its white middle then means exactly zero.
const ColorLut &colorLut(ColorMapId id);

// Channels of 0xAARRGGBB, and a plain Euclidean RGB distance (0 .. ~441.7) used to keep the
// reserved colours apart from the maps.
constexpr int argbRed(uint32_t c) { return int((c >> 16) & 0xFF); }
constexpr int argbGreen(uint32_t c) { return int((c >> 8) & 0xFF); }
constexpr int argbBlue(uint32_t c) { return int(c & 0xFF); }
constexpr int argbAlpha(uint32_t c) { return int(c >> 24); }
constexpr uint32_t argb(int a, int r, int g, int b)
{
    return (uint32_t(a & 0xFF) << 24) | (uint32_t(r & 0xFF) << 16) | (uint32_t(g & 0xFF) << 8) | uint32_t(b & 0xFF);
}
double rgbDistance(uint32_t a, uint32_t b);
// CIELAB ΔE76 (sRGB, D65): closer to how different two colours look than the RGB distance.
double labDistance(uint32_t a, uint32_t b);

} // namespace wf
