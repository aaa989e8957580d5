#include "contrastcontrols.h"

#include "flowlayout.h"
#include "data/levels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSlider>
#include <algorithm>
#include <cmath>

namespace wf {

namespace {
constexpr int kDecimals = 2;

double roundToDecimals(double v)
{
    const double scale = std::pow(10.0, kDecimals);
    return std::round(v * scale) / scale;
}
} // namespace

ContrastControls::ContrastControls(ContrastTracker *tracker, QWidget *parent)
    : QWidget(parent), m_tracker(tracker), m_mode(new QComboBox(this)), m_db(new QCheckBox(this)),
      m_min(new QDoubleSpinBox(this)), m_minSlider(new QSlider(Qt::Horizontal, this)),
      m_maxSlider(new QSlider(Qt::Horizontal, this)), m_max(new QDoubleSpinBox(this))
{
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToContents); // follows the language's longest item
    for (QDoubleSpinBox *box : {m_min, m_max}) {
        box->setRange(-1e6, 1e6);
        box->setDecimals(kDecimals);
    }
    for (QSlider *s : {m_minSlider, m_maxSlider}) {
        s->setRange(0, kSliderSteps);
        s->setPageStep(kSliderSteps / 20);
        s->setMinimumWidth(90);
    }
    // One row when there is room (the sliders take what is left), wrapping when the window is narrow.
    auto *layout = new FlowLayout(this);
    for (QWidget *w : std::initializer_list<QWidget *>{m_mode, m_db, m_min, m_minSlider, m_maxSlider, m_max})
        layout->addWidget(w);

    connect(m_mode, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int i) {
        m_tracker->setMode(ContrastMode(std::clamp(i, 0, int(ContrastMode::Server))));
        refresh();
        emit levelsEdited();
    });
    connect(m_db, &QCheckBox::toggled, this, [this](bool on) {
        m_tracker->setDb(on);
        refresh();
        emit levelsEdited();
    });
    for (QDoubleSpinBox *box : {m_min, m_max})
        connect(box, &QDoubleSpinBox::editingFinished, this, &ContrastControls::onTyped);
    for (QSlider *s : {m_minSlider, m_maxSlider})
        connect(s, &QSlider::valueChanged, this, [this, s] { onSlider(s); });
    retranslate();
    refresh();
}

void ContrastControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ContrastControls::retranslate()
{
    {
        QSignalBlocker block(m_mode);
        m_mode->clear();
        m_mode->addItems({tr("Auto contrast"), tr("Auto once"), tr("Fixed range"), tr("Server range")});
        m_mode->setCurrentIndex(int(m_tracker->mode()));
    }
    m_mode->setToolTip(tr("How the colour map's ends are chosen"));
    m_mode->setItemData(int(ContrastMode::Server),
                        tr("The range the server gives: each REST block's current_min_amp … current_max_amp, or the "
                           "gRPC stream's scale, global_minimum … global_maximum"),
                        Qt::ToolTipRole);
    m_db->setText(tr("dB"));
    m_min->setToolTip(tr("Lowest level"));
    m_max->setToolTip(tr("Highest level"));
    m_minSlider->setToolTip(tr("Lowest level: drag to fix the contrast"));
    m_maxSlider->setToolTip(tr("Highest level: drag to fix the contrast"));
}

double ContrastControls::levelAt(int position) const
{
    const double t = double(std::clamp(position, 0, kSliderSteps)) / kSliderSteps;
    return roundToDecimals(m_spanLo + t * (m_spanHi - m_spanLo));
}

int ContrastControls::positionOf(double level) const
{
    const double t = (level - m_spanLo) / (m_spanHi - m_spanLo);
    return int(std::clamp<long>(std::lround(t * kSliderSteps), 0, kSliderSteps));
}

void ContrastControls::updateSpan()
{
    if (m_minSlider->isSliderDown() || m_maxSlider->isSliderDown())
        return; // never move the scale under the user's hand
    const Levels seen = m_tracker->observedRange();
    const Levels used = m_tracker->levels();
    double lo = std::min(seen.min, used.min);
    double hi = std::max(seen.max, used.max);
    if (!std::isfinite(lo) || !std::isfinite(hi) || !(hi > lo)) {
        lo = used.min;
        hi = used.max;
    }
    m_spanLo = lo;
    m_spanHi = hi;
}

void ContrastControls::showLevels(double min, double max)
{
    // A value being typed or a handle being dragged is the user's; everything else follows.
    if (!m_min->hasFocus()) {
        QSignalBlocker block(m_min);
        m_min->setValue(min);
    }
    if (!m_max->hasFocus()) {
        QSignalBlocker block(m_max);
        m_max->setValue(max);
    }
    if (!m_minSlider->isSliderDown() && !m_maxSlider->isSliderDown()) {
        QSignalBlocker a(m_minSlider), b(m_maxSlider);
        m_minSlider->setValue(positionOf(min));
        m_maxSlider->setValue(positionOf(max));
    }
}

void ContrastControls::refresh()
{
    {
        QSignalBlocker a(m_mode), b(m_db);
        m_mode->setCurrentIndex(int(m_tracker->mode()));
        m_db->setChecked(m_tracker->db());
    }
    updateSpan();
    const Levels lv = m_tracker->levels();
    showLevels(lv.min, lv.max);
}

void ContrastControls::setFixed(double min, double max)
{
    m_tracker->setFixedLevels(min, max);
    if (m_tracker->mode() != ContrastMode::Fixed) {
        m_tracker->setMode(ContrastMode::Fixed);
        QSignalBlocker block(m_mode);
        m_mode->setCurrentIndex(int(ContrastMode::Fixed));
    }
    emit levelsEdited();
}

void ContrastControls::onSlider(QSlider *moved)
{
    int lo = m_minSlider->value();
    int hi = m_maxSlider->value();
    if (lo >= hi) { // one handle pushes the other: the low level stays below the high one
        QSignalBlocker a(m_minSlider), b(m_maxSlider);
        if (moved == m_minSlider) {
            lo = std::min(lo, kSliderSteps - 1);
            hi = lo + 1;
        } else {
            hi = std::max(hi, 1);
            lo = hi - 1;
        }
        m_minSlider->setValue(lo);
        m_maxSlider->setValue(hi);
    }
    const double min = levelAt(lo), max = levelAt(hi);
    {
        QSignalBlocker a(m_min), b(m_max);
        m_min->setValue(min);
        m_max->setValue(max);
    }
    setFixed(min, max);
}

void ContrastControls::onTyped()
{
    // editingFinished also comes when focus just passes through: only a changed value is an edit.
    const Levels shown = m_tracker->levels();
    const double min = m_min->value(), max = m_max->value();
    if (min == roundToDecimals(shown.min) && max == roundToDecimals(shown.max))
        return;
    {
        QSignalBlocker a(m_minSlider), b(m_maxSlider);
        updateSpan();
        m_spanLo = std::min(m_spanLo, std::min(min, max));
        m_spanHi = std::max(m_spanHi, std::max(min, max));
        m_minSlider->setValue(positionOf(std::min(min, max)));
        m_maxSlider->setValue(positionOf(std::max(min, max)));
    }
    setFixed(min, max);
}

} // namespace wf
