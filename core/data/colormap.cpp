#include "data/colormap.h"

#include <algorithm>
#include <cmath>

namespace wf {

namespace {

struct Rgb {
    double r, g, b; // 0..1
};

uint32_t pack(Rgb c)
{
    auto byte = [](double v) { return int(std::lround(std::clamp(v, 0.0, 1.0) * 255.0)); };
    return argb(0xFF, byte(c.r), byte(c.g), byte(c.b));
}

// Horner form of c0 + c1 t + ... + c6 t^6, one polynomial per channel.
Rgb poly6(const double (&c)[7][3], double t)
{
    Rgb out{0, 0, 0};
    for (int k = 6; k >= 0; --k) {
        out.r = out.r * t + c[k][0];
        out.g = out.g * t + c[k][1];
        out.b = out.b * t + c[k][2];
    }
    return out;
}

// Degree-6 minimax fits to the matplotlib (BIDS, CC0) tables, by Matt Zucker (shadertoy WlfXRN, CC0).
constexpr double kViridis[7][3] = {
    {0.2777273272234177, 0.005407344544966578, 0.3340998053353061},
    {0.1050930431085774, 1.404613529898575, 1.384590162594685},
    {-0.3308618287255563, 0.214847559468213, 0.09509516302823659},
    {-4.634230498983486, -5.799100973351585, -19.33244095627987},
    {6.228269936347081, 14.17993336680509, 56.69055260068105},
    {4.776384997670288, -13.74514537774601, -65.35303263337234},
    {-5.435455855934631, 4.645852612178535, 26.3124352495832},
};
constexpr double kInferno[7][3] = {
    {0.0002189403691192265, 0.001651004631001012, -0.01948089843709184},
    {0.1065134194856116, 0.5639564367884091, 3.932712388889277},
    {11.60249308247187, -3.972853965665698, -15.9423941062914},
    {-41.70399613139459, 17.43639888205313, 44.35414519872813},
    {77.162935699427, -33.40235894210092, -81.80730925738993},
    {-71.31942824499214, 32.62606426397723, 73.20951985803202},
    {25.13112622477341, -12.24266895238567, -23.07032500287172},
};
// Turbo's published polynomial approximation (Google, Apache-2.0; A. Mikhailov, R. Du), as
// coefficients of 1, t, t^2, t^3, t^4, t^5 per channel.
constexpr double kTurbo[6][3] = {
    {0.13572138, 0.09140261, 0.10667330},
    {4.61539260, 2.19418839, 12.64194608},
    {-42.66032258, 4.84296658, -60.58204836},
    {132.13108234, -14.18503333, 110.36276771},
    {-152.94239396, 4.27729857, -89.90310912},
    {59.28637943, 2.82956604, 27.34824973},
};
// ColorBrewer RdBu, 11 classes, from blue (low) through near-white to red (high).
constexpr uint32_t kDivergingKeys[11] = {0x053061, 0x2166AC, 0x4393C3, 0x92C5DE, 0xD1E5F0, 0xF7F7F7,
                                         0xFDDBC7, 0xF4A582, 0xD6604D, 0xB2182B, 0x67001F};

Rgb turbo(double t)
{
    Rgb out{0, 0, 0};
    for (int k = 5; k >= 0; --k) {
        out.r = out.r * t + kTurbo[k][0];
        out.g = out.g * t + kTurbo[k][1];
        out.b = out.b * t + kTurbo[k][2];
    }
    return out;
}

Rgb diverging(double t)
{
    const double x = t * 10;
    const int i = std::min(9, int(x));
    const double f = x - i;
    const uint32_t a = kDivergingKeys[i], b = kDivergingKeys[i + 1];
    auto mix = [f](int p, int q) { return (p + (q - p) * f) / 255.0; };
    return {mix(argbRed(a), argbRed(b)), mix(argbGreen(a), argbGreen(b)), mix(argbBlue(a), argbBlue(b))};
}

ColorLut build(ColorMapId id)
{
    ColorLut lut{};
    for (int i = 0; i < 256; ++i) {
        const double t = i / 255.0;
        Rgb c{t, t, t};
        switch (id) {
        case ColorMapId::Viridis: c = poly6(kViridis, t); break;
        case ColorMapId::Inferno: c = poly6(kInferno, t); break;
        case ColorMapId::Turbo: c = turbo(t); break;
        case ColorMapId::Grey: break;
        case ColorMapId::Diverging: c = diverging(t); break;
        }
        lut[size_t(i)] = pack(c);
    }
    return lut;
}

} // namespace

QString colorMapName(ColorMapId id)
{
    switch (id) {
    case ColorMapId::Viridis: return QStringLiteral("viridis");
    case ColorMapId::Inferno: return QStringLiteral("inferno");
    case ColorMapId::Turbo: return QStringLiteral("turbo");
    case ColorMapId::Grey: return QStringLiteral("grey");
    case ColorMapId::Diverging: return QStringLiteral("diverging");
    }
    return QString();
}

bool colorMapFromName(const QString &name, ColorMapId *out)
{
    for (ColorMapId id : kAllColorMaps) {
        if (colorMapName(id) == name) {
            if (out)
                *out = id;
            return true;
        }
    }
    return false;
}

const ColorLut &colorLut(ColorMapId id)
{
    // Function-local statics: built once, thread-safely, on first use.
    static const ColorLut viridis = build(ColorMapId::Viridis);
    static const ColorLut inferno = build(ColorMapId::Inferno);
    static const ColorLut turboLut = build(ColorMapId::Turbo);
    static const ColorLut grey = build(ColorMapId::Grey);
    static const ColorLut divergingLut = build(ColorMapId::Diverging);
    switch (id) {
    case ColorMapId::Viridis: return viridis;
    case ColorMapId::Inferno: return inferno;
    case ColorMapId::Turbo: return turboLut;
    case ColorMapId::Grey: return grey;
    case ColorMapId::Diverging: return divergingLut;
    }
    return viridis;
}

OverlayColors overlayColors(ColorMapId id)
{
    // Picked by searching a palette of saturated colours for the set farthest from each map and
    // from each other (ΔE per map, nearest entry: negative / gap / overlap / finding): magenta is
    // far from all five maps; the rest change where a map contains them.
    switch (id) {
    case ColorMapId::Viridis: return {kNegativeColor, 0xFFFF0000, 0xFFFFFFFF, 0xFF0000FF}; // 75 / 100 / 56 / 81
    case ColorMapId::Inferno: return {kNegativeColor, 0xFF00C000, 0xFF0000FF, 0xFF00E5FF}; // 68 / 59 / 82 / 72
    case ColorMapId::Turbo: return {kNegativeColor, 0xFF007000, 0xFFFFFFFF, 0xFF0000FF};   // 64 / 50 / 47 / 58
    case ColorMapId::Grey: return {kNegativeColor, 0xFF00C000, 0xFF0000FF, 0xFFFF8000};    // 116 / 97 / 134 / 86
    case ColorMapId::Diverging: return {kNegativeColor, 0xFF00C000, 0xFFFFFF00, 0xFF0000FF}; // 97 / 97 / 83 / 99
    }
    return overlayColors(ColorMapId::Viridis);
}

double rgbDistance(uint32_t a, uint32_t b)
{
    const double dr = argbRed(a) - argbRed(b);
    const double dg = argbGreen(a) - argbGreen(b);
    const double db = argbBlue(a) - argbBlue(b);
    return std::sqrt(dr * dr + dg * dg + db * db);
}

namespace {
struct Lab {
    double l, a, b;
};

Lab toLab(uint32_t c)
{
    auto linear = [](int v) {
        const double u = v / 255.0;
        return u <= 0.04045 ? u / 12.92 : std::pow((u + 0.055) / 1.055, 2.4);
    };
    const double r = linear(argbRed(c)), g = linear(argbGreen(c)), b = linear(argbBlue(c));
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}
} // namespace

double labDistance(uint32_t a, uint32_t b)
{
    const Lab p = toLab(a), q = toLab(b);
    return std::sqrt((p.l - q.l) * (p.l - q.l) + (p.a - q.a) * (p.a - q.a) + (p.b - q.b) * (p.b - q.b));
}

} // namespace wf
