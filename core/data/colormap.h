#pragma once
// Colour maps as 256-entry lookup tables of 0xAARRGGBB (opaque), plus the reserved colours the
// waterfall uses for what is NOT a level: negative samples, missing samples, timestamp gaps.
//
// Owner: none (pure functions over tables built once, on first use, thread-safely).
// Thread: any.
// Invariants: every LUT has exactly 256 opaque entries, index 0 = lowest level; no entry of any map
// lies near kNegativeColor or kGapColor (tested), so a highlighted negative sample or a gap band can
// never be mistaken for data.
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
inline constexpr uint32_t kNegativeColor = 0xFFFF00FF; // pure magenta: no map comes near it
inline constexpr uint32_t kNanColor = 0x00000000;      // transparent: no sample for this cell
inline constexpr uint32_t kGapColor = 0xFF007000;      // dark green, solid fill of a timestamp gap
                                                       // band; the nearest map entry is ~90 away

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

} // namespace wf
