#pragma once
// PlayoutPacer: the live view's pace. Each frame it advances the job's Playout on the source's
// clock and says how far into the store the view may show: the lines whose start the head reached.
// Owner: WaterfallPlot. Thread: GUI thread. The Playout is not owned.
#include <QtGlobal>
#include <functional>

namespace wf {

class Playout;
class RowStore;

class PlayoutPacer
{
  public:
    // `clockMs`: the source's clock. nullptr: no playout.
    void attach(Playout *playout, std::function<qint64()> clockMs);
    void setEnabled(bool on) { m_on = on; }
    bool enabled() const { return m_on; }
    bool active() const;   // enabled, attached, and the job's rows started
    double delayMs() const; // 0 when not active
    double headMs() const { return m_headMs; } // the head at the last advance()
    void catchUp(); // the head jumps to the newest row

    struct Step {
        qint64 revealEnd = -1; // one past the newest store line to show; -1: every line
        bool headMoved = false;
    };
    // Moves the head to the clock's now; `revealEnd`: the end shown so far (-1: none).
    Step advance(const RowStore *store, qint64 revealEnd);

  private:
    Playout *m_playout = nullptr;
    std::function<qint64()> m_clock;
    bool m_on = true;
    double m_headMs = 0;
};

} // namespace wf
