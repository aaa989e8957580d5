#include "plotpalette.h"

#include <QEvent>
#include <qcustomplot.h>

namespace wf {

namespace {
QColor blend(const QColor &a, const QColor &b, double t) // a at t = 0, b at t = 1
{
    auto mix = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

QPen recoloured(QPen pen, const QColor &color)
{
    if (pen.style() != Qt::NoPen)
        pen.setColor(color);
    return pen;
}

void applyToAxis(QCPAxis *axis, const PlotColors &c)
{
    axis->setBasePen(recoloured(axis->basePen(), c.text));
    axis->setTickPen(recoloured(axis->tickPen(), c.text));
    axis->setSubTickPen(recoloured(axis->subTickPen(), c.text));
    axis->setLabelColor(c.text);
    axis->setTickLabelColor(c.text);
    if (QCPGrid *grid = axis->grid()) {
        grid->setPen(recoloured(grid->pen(), c.grid));
        grid->setSubGridPen(recoloured(grid->subGridPen(), c.subGrid));
        grid->setZeroLinePen(recoloured(grid->zeroLinePen(), c.grid));
    }
}
} // namespace

PlotColors plotColors(const QPalette &palette)
{
    PlotColors c;
    c.background = palette.color(QPalette::Active, QPalette::Base);
    c.text = palette.color(QPalette::Active, QPalette::Text);
    // On white with black text: about QCustomPlot's own grey grid (200) and sub grid (220).
    c.grid = blend(c.background, c.text, 0.22);
    c.subGrid = blend(c.background, c.text, 0.12);
    c.strip = blend(c.background, c.text, 0.07);
    return c;
}

void applyPlotPalette(QCustomPlot *plot, const QPalette &palette)
{
    if (!plot)
        return;
    const PlotColors c = plotColors(palette);
    plot->setBackground(QBrush(c.background));
    for (QCPAxisRect *rect : plot->axisRects()) {
        // No brush of its own: the plot's background shows through in the same colour, and a full
        // axis rect fill on every replot would cost the waterfall's frame time for nothing.
        rect->setBackground(QBrush(Qt::NoBrush));
        for (QCPAxis *axis : rect->axes())
            applyToAxis(axis, c);
    }
    // A colour scale keeps its bar in an axis rect of its own, not among axisRects().
    for (QCPLayoutElement *element : plot->plotLayout()->elements(true)) {
        if (auto *scale = qobject_cast<QCPColorScale *>(element); scale && scale->axis() && scale->axis()->axisRect())
            for (QCPAxis *axis : scale->axis()->axisRect()->axes())
                applyToAxis(axis, c);
    }
    if (QCPLegend *legend = plot->legend) {
        legend->setBrush(QBrush(c.background));
        legend->setBorderPen(recoloured(legend->borderPen(), c.text));
        legend->setTextColor(c.text);
    }
}

bool isPaletteChangeEvent(int eventType)
{
    return eventType == QEvent::PaletteChange || eventType == QEvent::ApplicationPaletteChange
           || eventType == QEvent::StyleChange;
}

} // namespace wf
