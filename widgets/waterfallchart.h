#pragma once
// WaterfallChart: the QCustomPlot the waterfall is drawn in, with its chrome and no data: the
// channel (or frequency bin) axis below, metres (or Hz) above, time on round steps at the left, the
// active map's colour bar at the right, and the dashed cross under the cursor.
// Owner: WaterfallPlot, which puts the image in it. Thread: GUI thread.
#include "data/colormap.h"
#include "data/levels.h"

#include <qcustomplot.h>

namespace wf {

class WaterfallChart : public QCustomPlot
{
    Q_OBJECT
  public:
    explicit WaterfallChart(QWidget *parent = nullptr);

    // The colour bar: the map's gradient over the levels.
    void setColorMap(ColorMapId map, const Levels &levels);
    void setLevels(const Levels &levels);
    // The axis and colour bar labels, in the current language. spectrum: frequency, not channels;
    // db: the levels are in dB; scaleNote: said after "Amplitude" (empty: nothing).
    void retranslate(bool spectrum, bool db, const QString &scaleNote);
    // The cross under the cursor at (channel, time in s); hidden when !visible. Replots its layer only.
    void showCursorCross(bool visible, double channel, double timeS);

  private:
    QCPColorScale *m_scale;
    QCPItemStraightLine *m_hLine;
    QCPItemStraightLine *m_vLine;
};

} // namespace wf
