#pragma once
// The colours of a QCustomPlot taken from a widget palette, so a plot follows the system's light or
// dark theme: background (Base; the axis rects are left transparent over it), axes, ticks, labels and text (Text), grid (Text blended into Base).
// Call it again on QEvent::PaletteChange / ApplicationPaletteChange / StyleChange. Data colours
// (graphs, colour maps, overlays) are the caller's and stay as they are. Thread: GUI thread.
#include <QColor>
#include <QPalette>

class QCustomPlot;

namespace wf {

struct PlotColors {
    QColor background; // plot and axis rect
    QColor text;       // axes, ticks, tick labels, axis labels, legend text
    QColor grid;       // major grid lines
    QColor subGrid;    // minor grid lines
    QColor strip;      // behind the marks strips beside the waterfall image
};

PlotColors plotColors(const QPalette &palette);
// Background, every axis (of every axis rect and colour scale), grid, legend. Does not replot.
void applyPlotPalette(QCustomPlot *plot, const QPalette &palette);
// The events after which applyPlotPalette should run again.
bool isPaletteChangeEvent(int eventType);

} // namespace wf
