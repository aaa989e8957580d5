#pragma once
// DasScene: a deterministic synthetic DAS scene. Amplitude is a pure function of (seed, fiber
// channel, time), so every job, poll order and replay sees the same world. Any thread.
#include <QtGlobal>
#include <cstdint>

namespace wf::emu {

// A reproducible hash in [0, 1) of a few integers; the emulator's only source of randomness.
double unitHash(uint64_t seed, uint64_t a, uint64_t b = 0, uint64_t c = 0);

class DasScene
{
  public:
    DasScene(uint64_t seed, int fiberChannels);

    // Amplitude of fiber channel (1-based) at epoch time tMs; always > 0 (negatives are injected
    // defects, added by the emulator, never part of the scene). `sampleKey` decorrelates noise.
    float amplitude(int channel, double tMs, uint64_t sampleKey) const;

  private:
    struct Vehicle {
        double startChannel, speedChannelsPerS, amplitude, width;
    };
    uint64_t m_seed;
    int m_channels;
    Vehicle m_vehicles[4];
    double m_machineLo, m_machineHi;
    double m_walkerChannel, m_walkerSpeed;
};

} // namespace wf::emu
