// WaterfallPanel, the remembered view: colour map, contrast (mode, dB, fixed levels), the negative
// highlight and smooth scrolling, by stable machine names (a renamed or translated label never
// loses a setting; an unknown or damaged value keeps the default).
#include "waterfallpanel.h"

#include "data/colormap.h"
#include "contrastcontrols.h"
#include "data/levels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <cmath>

namespace wf {

void WaterfallPanel::saveSettings(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("waterfall"));
    const int map = std::clamp(m_mapBox->currentIndex(), 0, int(kAllColorMaps.size()) - 1);
    settings.setValue(QStringLiteral("colorMap"), colorMapName(kAllColorMaps[size_t(map)]));
    const ContrastTracker &contrast = m_model->contrast();
    settings.setValue(QStringLiteral("contrast"), contrastModeName(contrast.mode()));
    settings.setValue(QStringLiteral("db"), contrast.db());
    if (contrast.mode() == ContrastMode::Fixed) {
        const Levels fixed = contrast.levels();
        settings.setValue(QStringLiteral("fixedMin"), fixed.min);
        settings.setValue(QStringLiteral("fixedMax"), fixed.max);
    }
    settings.setValue(QStringLiteral("highlightNegatives"), m_highlight->isChecked());
    settings.setValue(QStringLiteral("smoothScroll"), m_playoutBox->isChecked());
    settings.endGroup();
}

void WaterfallPanel::loadSettings(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("waterfall"));
    ColorMapId map = ColorMapId::Viridis;
    if (colorMapFromName(settings.value(QStringLiteral("colorMap")).toString(), &map)) {
        const auto it = std::find(kAllColorMaps.begin(), kAllColorMaps.end(), map);
        m_mapBox->setCurrentIndex(int(it - kAllColorMaps.begin()));
    }
    ContrastTracker &contrast = m_model->contrast();
    contrast.setDb(settings.value(QStringLiteral("db"), false).toBool());
    ContrastMode mode = ContrastMode::Auto;
    if (contrastModeFromName(settings.value(QStringLiteral("contrast")).toString(), &mode)) {
        bool okMin = false;
        bool okMax = false;
        const double lo = settings.value(QStringLiteral("fixedMin")).toDouble(&okMin);
        const double hi = settings.value(QStringLiteral("fixedMax")).toDouble(&okMax);
        if (mode == ContrastMode::Fixed && okMin && okMax && std::isfinite(lo) && std::isfinite(hi) && lo < hi)
            contrast.setFixedLevels(lo, hi);
        else if (mode == ContrastMode::Fixed)
            mode = ContrastMode::Auto; // fixed levels that do not hold: automatic rather than nonsense
        if (mode == ContrastMode::AutoOnce)
            mode = ContrastMode::Auto; // "once" froze another session's data: it starts over
        contrast.setMode(mode);
    }
    m_contrastControls->refresh();
    m_highlight->setChecked(settings.value(QStringLiteral("highlightNegatives"), true).toBool());
    m_playoutBox->setChecked(settings.value(QStringLiteral("smoothScroll"), true).toBool());
    settings.endGroup();
    applyLevels(true);
}

} // namespace wf
