#pragma once
// FrameStats: how long the plot's recent frames took to draw and how many it drew in the last
// second, for the HUD. Pure bookkeeping: the caller measures a frame and says when it ended.
// Owner: WaterfallPlot. Thread: GUI thread.
#include <QtGlobal>
#include <deque>

namespace wf {

class FrameStats
{
  public:
    // A frame took `frameMs` to draw and ended at `nowMs` (the caller's clock, ms).
    void record(double frameMs, qint64 nowMs);
    double msP50() const; // nearest rank over the last 240 frames; 0 before the first
    double msP95() const;
    double perSecond() const { return double(m_stamps.size()); } // frames ended in the last second
    qint64 drawn() const { return m_drawn; }

  private:
    std::deque<double> m_frameMs;
    std::deque<qint64> m_stamps; // ms, for frames per second
    qint64 m_drawn = 0;
};

} // namespace wf
