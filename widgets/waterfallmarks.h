#pragma once
// WaterfallMarks: what the marks drawn over the waterfall mean, read off the picture as it is. Which
// kinds are in view (for the legend of an exported view) and the tool tip at a pixel: a gap band, an
// overlap or time-going-back line, a highlighted negative sample (its most negative value, channel and
// time), a mark in the strips beside the image, the jumped-to finding's frame. Pure functions of a
// View; GUI thread; translated (context "WaterfallMarks").
#include "waterfallplotlegend.h"

#include <QCoreApplication>
#include <QPointF>
#include <QString>

class QCustomPlot;

namespace wf {

class FindingMarker;
class RowStore;
class WaterfallPlottable;
class WaterfallRenderer;

class WaterfallMarks
{
    Q_DECLARE_TR_FUNCTIONS(WaterfallMarks)
  public:
    // The plot as drawn now; store and marker may be null.
    struct View {
        const QCustomPlot *plot;
        const WaterfallPlottable *image;
        const WaterfallRenderer *renderer;
        const RowStore *store;
        const FindingMarker *marker;
    };
    static WaterfallPlotLegend::Entries inView(const View &v);
    // Empty where no mark is (ordinary data, outside the plot).
    static QString toolTipAt(const View &v, const QPointF &plotPixel);
};

} // namespace wf
