#include "dasscene.h"

#include <algorithm>
#include <cmath>

namespace wf::emu {

namespace {
uint64_t mix(uint64_t x)
{
    // splitmix64 finaliser
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}
} // namespace

double unitHash(uint64_t seed, uint64_t a, uint64_t b, uint64_t c)
{
    const uint64_t h = mix(mix(mix(mix(seed) ^ a) ^ b) ^ c);
    return double(h >> 11) * (1.0 / 9007199254740992.0);
}

DasScene::DasScene(uint64_t seed, int fiberChannels) : m_seed(seed), m_channels(std::max(fiberChannels, 1))
{
    for (int i = 0; i < 4; ++i) {
        const double dir = unitHash(seed, 101, i) < 0.5 ? -1.0 : 1.0;
        m_vehicles[i] = Vehicle{unitHash(seed, 102, i) * m_channels, dir * (6.0 + 18.0 * unitHash(seed, 103, i)),
                                450.0 + 500.0 * unitHash(seed, 104, i), 4.0 + 6.0 * unitHash(seed, 105, i)};
    }
    m_machineLo = m_channels * (0.55 + 0.1 * unitHash(seed, 106));
    m_machineHi = m_machineLo + 12.0;
    m_walkerChannel = m_channels * (0.2 + 0.1 * unitHash(seed, 107));
    m_walkerSpeed = 0.7;
}

float DasScene::amplitude(int channel, double tMs, uint64_t sampleKey) const
{
    const double t = tMs / 1000.0;
    const double c = channel;
    // Positive background noise: never below ~12.
    double v = 12.0 + 10.0 * unitHash(m_seed, uint64_t(channel), sampleKey, 7);
    // Stationary machinery: a band that hums.
    if (c >= m_machineLo && c <= m_machineHi)
        v += 140.0 + 40.0 * std::sin(2 * M_PI * 0.3 * t + c * 0.2);
    // Vehicles: diagonal tracks, wrapping along the fiber.
    for (const Vehicle &veh : m_vehicles) {
        double pos = std::fmod(veh.startChannel + veh.speedChannelsPerS * t, double(m_channels));
        if (pos < 0)
            pos += m_channels;
        const double d = (c - pos) / veh.width;
        if (std::fabs(d) < 4)
            v += veh.amplitude * std::exp(-d * d);
    }
    // Footsteps: short pulses of a slow walker.
    const double walker = m_walkerChannel + m_walkerSpeed * std::fmod(t, 600.0);
    if (std::fabs(c - walker) < 3) {
        const double phase = std::fmod(t, 0.6);
        if (phase < 0.08)
            v += 260.0 * (1.0 - std::fabs(c - walker) / 3.0);
    }
    return float(std::min(v, 1143.47));
}

} // namespace wf::emu
