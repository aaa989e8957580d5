#include "waterfallchart.h"

#include "axisfit.h"
#include "waterfallplottable.h"
#include "waterfallplotticker.h"

namespace wf {

WaterfallChart::WaterfallChart(QWidget *parent) : QCustomPlot(parent)
{
    // Plots read left to right whatever the language (house style).
    setLayoutDirection(Qt::LeftToRight);
    setNoAntialiasingOnDrag(true);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    axisRect()->setRangeZoom(Qt::Horizontal | Qt::Vertical);
    setSelectionRectMode(QCP::srmNone);

    // Round steps (1, 2, 5, 10, 15, 30 s, 1 min, ...), labels as precise as the step.
    yAxis->setTicker(QSharedPointer<TimeAxisTicker>::create());
    xAxis->ticker()->setTickCount(8);
    xAxis2->setTickLabels(true);
    xAxis2->setVisible(false);
    keepTickLabelsApart(this); // as many ticks as the axes' lengths hold, at any size

    m_scale = new QCPColorScale(this);
    plotLayout()->addElement(0, 1, m_scale);
    plotLayout()->setColumnSpacing(WaterfallPlottable::kStripWidth + 8);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(14);
    auto *group = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    axisRect()->setMinimumMargins(QMargins(WaterfallPlottable::kStripWidth + 4, 4, 4, 4));

    addLayer(QStringLiteral("cursor"), nullptr, QCustomPlot::limAbove);
    layer(QStringLiteral("cursor"))->setMode(QCPLayer::lmBuffered);
    m_hLine = new QCPItemStraightLine(this);
    m_vLine = new QCPItemStraightLine(this);
    for (QCPItemStraightLine *line : {m_hLine, m_vLine}) {
        line->setLayer(QStringLiteral("cursor"));
        line->setPen(QPen(QColor(255, 255, 255, 170), 1, Qt::DashLine));
        line->setSelectable(false);
        line->setVisible(false);
    }
}

void WaterfallChart::setColorMap(ColorMapId map, const Levels &levels)
{
    const ColorLut &lut = colorLut(map);
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    for (int i = 0; i < 256; i += 15)
        gradient.setColorStopAt(i / 255.0, QColor::fromRgba(lut[size_t(i)]));
    gradient.setColorStopAt(1.0, QColor::fromRgba(lut[255]));
    gradient.setLevelCount(256);
    m_scale->setGradient(gradient);
    setLevels(levels);
}

void WaterfallChart::setLevels(const Levels &levels)
{
    m_scale->setDataRange(QCPRange(levels.min, levels.max));
}

void WaterfallChart::retranslate(bool spectrum, bool db, const QString &scaleNote)
{
    xAxis->setLabel(spectrum ? tr("Frequency bin") : tr("Channel"));
    xAxis2->setLabel(spectrum ? tr("Frequency (Hz)") : tr("Distance (m, derived from dx)"));
    yAxis->setLabel(tr("Time"));
    const QString amplitude = db ? tr("Amplitude (dB)") : tr("Amplitude");
    m_scale->axis()->setLabel(scaleNote.isEmpty() ? amplitude : amplitude + QStringLiteral(" · ") + scaleNote);
}

void WaterfallChart::showCursorCross(bool visible, double channel, double timeS)
{
    m_hLine->setVisible(visible);
    m_vLine->setVisible(visible);
    if (visible) {
        m_hLine->point1->setCoords(0, timeS);
        m_hLine->point2->setCoords(1, timeS);
        m_vLine->point1->setCoords(channel, 0);
        m_vLine->point2->setCoords(channel, 1);
    }
    layer(QStringLiteral("cursor"))->replot(); // the overlay layer only, not the image
}

} // namespace wf
