#pragma once
// WaterfallHud: the one-line health read-out beside the cursor read-out: rows/s, frames/s, the
// playout delay, the process's CPU (every thread, % of one core, over intervals of >= 0.4 s), the
// last poll's latency, frame p95 and the history's memory; smoothness first, so an elided HUD keeps
// those. Slow frames (p95 over 50 ms) go to the log, at most once in ten seconds.
// Owner: WaterfallPanel; GUI thread.
#include "elidedlabel.h"

#include <QElapsedTimer>

namespace wf {

class WaterfallModel;
class WaterfallPlot;

class WaterfallHud : public ElidedLabel
{
    Q_OBJECT
  public:
    explicit WaterfallHud(QWidget *parent = nullptr);
    void refresh(const WaterfallModel &model, const WaterfallPlot &plot);

  private:
    double m_cpuS = 0;        // process CPU when the interval began
    QElapsedTimer m_cpuWall;  // since the interval began
    double m_cpuPercent = -1; // of one core, over the last full interval (-1: none yet)
    QElapsedTimer m_slowLogged; // the last "frames are slow" log line
};

} // namespace wf
