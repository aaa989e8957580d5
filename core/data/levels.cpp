#include "data/levels.h"

#include "base/stats.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace wf {

double amplitudeToDb(double amplitude)
{
    if (std::isnan(amplitude))
        return amplitude;
    if (!(amplitude > 0))
        return kDbFloor;
    return std::max(kDbFloor, 20.0 * std::log10(amplitude));
}

double dbToAmplitude(double db)
{
    return std::pow(10.0, db / 20.0);
}

Levels orderedLevels(Levels levels)
{
    if (!std::isfinite(levels.min) || !std::isfinite(levels.max))
        return Levels{0, 1, levels.db};
    if (levels.min > levels.max)
        std::swap(levels.min, levels.max);
    if (!(levels.max > levels.min)) {
        const double half = std::max(0.5, std::abs(levels.min) * 0.0005);
        levels.min -= half;
        levels.max += half;
    }
    return levels;
}

Levels symmetricLevels(Levels levels)
{
    const double m = std::max(std::abs(levels.min), std::abs(levels.max));
    return orderedLevels(Levels{-m, m, levels.db});
}

QString contrastModeName(ContrastMode mode)
{
    switch (mode) {
    case ContrastMode::Auto: return QStringLiteral("auto");
    case ContrastMode::AutoOnce: return QStringLiteral("auto-once");
    case ContrastMode::Fixed: return QStringLiteral("fixed");
    case ContrastMode::Server: return QStringLiteral("server");
    }
    return QString();
}

bool contrastModeFromName(const QString &name, ContrastMode *out)
{
    for (ContrastMode m : {ContrastMode::Auto, ContrastMode::AutoOnce, ContrastMode::Fixed, ContrastMode::Server}) {
        if (contrastModeName(m) == name) {
            if (out)
                *out = m;
            return true;
        }
    }
    return false;
}

ContrastTracker::ContrastTracker(const AutoContrastSettings &settings)
{
    setSettings(settings);
}

void ContrastTracker::setSettings(const AutoContrastSettings &settings)
{
    m_settings = settings;
    m_settings.windowLines = std::max(1, m_settings.windowLines);
    m_settings.samplesPerLine = std::max(1, m_settings.samplesPerLine);
    m_settings.updateEveryLines = std::max(1, m_settings.updateEveryLines);
    m_settings.smoothingLines = std::max(0.0, m_settings.smoothingLines);
    m_window.assign(size_t(m_settings.windowLines) * size_t(m_settings.samplesPerLine), 0.0f);
    m_scratch.clear();
    m_scratch.reserve(m_window.size());
    clear();
}

void ContrastTracker::clear()
{
    m_windowHead = 0;
    m_windowFill = 0;
    m_linesSeen = 0;
    m_linesSinceUpdate = 0;
    m_haveEstimate = false;
    m_estMin = 0;
    m_estMax = 1;
    m_haveServer = false;
}

void ContrastTracker::addLine(const float *line, int n)
{
    if (!line || n <= 0)
        return;
    const int wanted = m_settings.samplesPerLine;
    const int stride = std::max(1, n / wanted);
    const int phase = int(m_linesSeen % stride);
    const size_t cap = m_window.size();
    for (int c = phase, taken = 0; c < n && taken < wanted; c += stride, ++taken) {
        const float v = line[c];
        if (!std::isfinite(v))
            continue;
        m_window[m_windowHead] = v;
        m_windowHead = m_windowHead + 1 == cap ? 0 : m_windowHead + 1;
        m_windowFill = std::min(cap, m_windowFill + 1);
    }
    ++m_linesSeen;
    ++m_linesSinceUpdate;

    // Re-estimating costs ~ the window's fill: do it every line while the window is small, then
    // spread it out, so that the amortised cost per line stays ~8 × samplesPerLine values.
    const qint64 perUpdate = qint64(wanted) * 8;
    const qint64 interval =
        std::clamp<qint64>((qint64(m_windowFill) + perUpdate - 1) / perUpdate, 1, m_settings.updateEveryLines);
    if (!m_haveEstimate || m_linesSinceUpdate >= interval)
        update(false);
}

void ContrastTracker::update(bool jump)
{
    m_scratch.clear();
    const bool symmetric = m_symmetric && !m_db; // |x| percentiles; in dB the ends are made symmetric below
    if (m_db) {
        for (size_t i = 0; i < m_windowFill; ++i)
            if (m_window[i] > 0) // only positive amplitudes have a dB value
                m_scratch.push_back(m_window[i]);
    } else if (symmetric) {
        for (size_t i = 0; i < m_windowFill; ++i)
            m_scratch.push_back(std::abs(m_window[i]));
    } else {
        m_scratch.assign(m_window.begin(), m_window.begin() + ptrdiff_t(m_windowFill));
    }
    if (m_scratch.empty())
        return; // keep the previous estimate; m_linesSinceUpdate keeps counting
    std::span<float> all(m_scratch);
    const double hiRank = percentileRank(m_settings.highPercentile, all.size());
    const double loRank = percentileRank(m_settings.lowPercentile, all.size());
    const double hi = valueAtRank(all, hiRank);
    const double lo = symmetric ? -hi : valueAtRank(all, loRank); // any order of the values will do
    // The diverging map's white middle is 0 in either scale: 0 dB (amplitude 1) with dB on.
    const Levels target = m_symmetric && m_db ? symmetricLevels(toScale(lo, hi)) : toScale(lo, hi);

    if (!m_haveEstimate || jump || m_settings.smoothingLines <= 0) {
        m_estMin = target.min;
        m_estMax = target.max;
    } else {
        const double w = 1.0 - std::exp(-double(m_linesSinceUpdate) / m_settings.smoothingLines);
        m_estMin += w * (target.min - m_estMin);
        m_estMax += w * (target.max - m_estMax);
    }
    m_haveEstimate = true;
    m_linesSinceUpdate = 0;
}

Levels ContrastTracker::toScale(double lo, double hi) const
{
    if (m_db)
        return Levels{amplitudeToDb(lo), amplitudeToDb(hi), true};
    return Levels{lo, hi, false};
}

void ContrastTracker::addBlockRange(double minAmp, double maxAmp)
{
    if (!std::isfinite(minAmp) || !std::isfinite(maxAmp))
        return;
    m_serverMin = minAmp;
    m_serverMax = maxAmp;
    m_haveServer = true;
}

void ContrastTracker::setMode(ContrastMode mode)
{
    m_mode = mode;
    if (mode == ContrastMode::AutoOnce)
        m_frozen = autoLevels();
}

void ContrastTracker::setDb(bool db)
{
    if (db == m_db)
        return;
    m_db = db;
    if (m_haveEstimate) {
        m_haveEstimate = false;
        update(true);
        if (!m_haveEstimate) { // no positive sample to estimate dB levels from: convert the old ones
            const Levels old{m_estMin, m_estMax, !db};
            const Levels now = db ? toScale(old.min, old.max)
                                  : Levels{dbToAmplitude(old.min), dbToAmplitude(old.max), false};
            m_estMin = now.min;
            m_estMax = now.max;
            m_haveEstimate = true;
        }
    }
    if (db)
        m_fixed = Levels{amplitudeToDb(m_fixed.min), amplitudeToDb(m_fixed.max), true};
    else
        m_fixed = Levels{dbToAmplitude(m_fixed.min), dbToAmplitude(m_fixed.max), false};
    if (m_mode == ContrastMode::AutoOnce)
        m_frozen = autoLevels();
}

void ContrastTracker::setSymmetric(bool on)
{
    if (on == m_symmetric)
        return;
    m_symmetric = on;
    if (m_haveEstimate)
        update(true);
    if (m_mode == ContrastMode::AutoOnce)
        m_frozen = autoLevels();
}

void ContrastTracker::setFixedLevels(double min, double max)
{
    m_fixed = Levels{min, max, m_db};
}

Levels ContrastTracker::autoLevels() const
{
    return orderedLevels(Levels{m_estMin, m_estMax, m_db});
}

Levels ContrastTracker::observedRange() const
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    if (m_windowFill > 0) {
        const auto [mn, mx] = std::minmax_element(m_window.begin(), m_window.begin() + ptrdiff_t(m_windowFill));
        lo = *mn;
        hi = *mx;
    }
    if (m_haveServer) {
        lo = std::min(lo, m_serverMin);
        hi = std::max(hi, m_serverMax);
    }
    if (!(hi >= lo))
        return autoLevels();
    return orderedLevels(toScale(lo, hi));
}

Levels ContrastTracker::levels() const
{
    switch (m_mode) {
    case ContrastMode::Auto: return autoLevels();
    case ContrastMode::AutoOnce: return orderedLevels(Levels{m_frozen.min, m_frozen.max, m_db});
    case ContrastMode::Fixed: return orderedLevels(Levels{m_fixed.min, m_fixed.max, m_db});
    case ContrastMode::Server:
        if (!m_haveServer)
            return autoLevels();
        return orderedLevels(toScale(m_serverMin, m_serverMax));
    }
    return autoLevels();
}

} // namespace wf
