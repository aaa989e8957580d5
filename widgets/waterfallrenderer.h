#pragma once
// WaterfallRenderer: turns a RowStore's lines into the display-resolution image the plot shows: the
// image ring, the strip of marks beside it (negative line, suspect block range), the store line (or
// gap band row, or overlap line) of each ring row, and the channel→column map. A plain class: no widget, no axes, no timer; the plot
// tells it the visible channels and time window and draws what it holds.
// Owner: WaterfallPlot (or a test). Thread: GUI thread. The store is not owned.
// Invariants: ring and marks have the same rows; refs has one entry per physical ring row; while
// live, consumed() lines of the store are in the ring (the newest at display row 0).
#include "data/colorizer.h"
#include "data/colormap.h"
#include "data/levels.h"
#include "ringplanner.h"

#include <memory>
#include <vector>

namespace wf {

class RowStore;
class WaterfallImage;
struct LineInfo;

// How lines become pixels: one value, used by the plot, the full-resolution export and the
// session report alike.
struct WaterfallParams {
    ColorMapId map = ColorMapId::Viridis;
    Levels levels;
    bool highlightNegatives = true;
    // Negative samples (and the marks strip), gap bands, overlap lines, the finding frame: the map's
    // own (overlayColors(map)) unless a caller says otherwise; WaterfallPlot::setColorMap sets them.
    OverlayColors overlays = overlayColors(ColorMapId::Viridis);
    double linesDtMs = 0;            // row time before lines have arrived (configure reply's lines_dt); 0: unknown
    // Equal in everything that changes a pixel already drawn.
    bool samePixels(const WaterfallParams &o) const
    {
        return map == o.map && levels == o.levels && highlightNegatives == o.highlightNegatives
               && overlays.negative == o.overlays.negative && overlays.gap == o.overlays.gap
               && overlays.overlap == o.overlays.overlap;
    }
};

class WaterfallRenderer
{
  public:
    using RowRef = RingRowRef; // what a ring row shows (RingPlanner plans them)

    WaterfallRenderer();
    ~WaterfallRenderer();

    void setStore(const RowStore *store); // forgets the image
    const RowStore *store() const { return m_store; }
    // True when the new parameters change pixels already drawn (the caller rebuilds).
    bool setParams(const WaterfallParams &params);
    const WaterfallParams &params() const { return m_params; }

    // The ring's size in pixels; true when it changed (everything must be rebuilt).
    bool resize(int cols, int rows);
    void clear(); // forgets the image; lines appended from now on are new

    // A rebuild is planned at once (which line or gap each ring row shows: cheap) and painted newest
    // row first within `budgetMs` per call (0: no limit); continueRebuild() paints on, so a zoom on
    // a big history shows its newest rows in the first frame and the rest on the next ones (as
    // Sonic Visualiser's renderer does). Both return true when the picture is complete.
    // The live view's time span (the configured time axis, or wider after zooming out); 0: one
    // ring row per line. When it is longer than the ring's rows hold one line each, the live ring
    // rows are time bins of span / rows: the lines starting in a bin are folded into its row, per
    // channel the largest magnitude with its sign (with highlightNegatives, a negative sample wins
    // over positive ones), so a spike or a negative never vanishes; the marks strip says whether
    // any line of the row had a negative sample. Takes effect at the next rebuildLive().
    void setLiveSpanMs(double spanMs) { m_liveSpanMs = spanMs; }
    double liveSpanMs() const { return m_liveSpanMs; }
    // The time a live ring row covers: the line time, or span / rows when that is longer.
    double liveRowMs() const;
    // True when the live ring was laid out for another row time than liveRowMs() asks for now
    // (the span or the line time changed): the caller rebuilds.
    bool liveLayoutStale() const;
    // Live: the newest lines, as many as fill the ring, channels first..last across.
    bool rebuildLive(int firstChannel, int lastChannel, double budgetMs = 0);
    // Paused or scrolled: the window of `spanMs` ending at `topMs` (epoch ms), sampled per row.
    bool rebuildWindow(int firstChannel, int lastChannel, double topMs, double spanMs, double budgetMs = 0);
    bool continueRebuild(double budgetMs = 0);
    bool rebuilding() const { return m_paintNext < m_plan.size(); }
    // Live: colourises the lines the store gained since the last call (or rebuild); a rebuild in
    // progress is finished first.
    void appendNewLines();
    // The playout: while live, only store lines before `endSeq` are shown (rebuildLive and
    // appendNewLines stop there); -1 (the default) shows every line.
    void setRevealEnd(qint64 endSeq) { m_revealEnd = endSeq; }
    qint64 revealEnd() const { return m_revealEnd; }
    // One past the newest line the live ring may show now.
    qint64 liveEnd() const;

    WaterfallImage *ring() const { return m_ring.get(); }
    WaterfallImage *marks() const { return m_marks.get(); }
    bool isEmpty() const;
    // The store line (or gap) shown at a display row (0 = top); nullptr outside the ring.
    const RowRef *refAt(int displayRow) const;
    bool isGapRow(int displayRow) const;
    bool isOverlapRow(int displayRow) const;
    double topMs() const { return m_topMs; }     // newest edge of the ring's time extent
    double rowMs() const { return m_rowMs; }     // time per ring row
    int firstChannel() const { return m_first; } // channels the ring's columns cover
    int lastChannel() const { return m_last; }
    // Time per line: the newest line's span, else the params' hint, else 100 ms.
    double lineDtMs() const;

  private:
    void startPlan(std::vector<RowRef> plan); // newest row first
    bool paint(double budgetMs);
    void appendLine(qint64 seq, bool allowGap);
    void colorizeInto(qint64 seq, uint32_t *dst);
    void writeMarks(qint64 seq, int displayRow, int count = 1);
    void foldLines(qint64 seq, int count, std::vector<float> &acc) const; // acc = fold of the lines' channels
    void foldInto(qint64 seq, std::vector<float> &acc) const;            // one more line into acc
    void colorizeValues(const float *values, uint32_t *dst);             // m_first..m_last values
    void appendBinned(qint64 seq);
    bool rebuildBinned(double budgetMs);
    void setRef(int displayRow, const RowRef &ref);

    const RowStore *m_store = nullptr;
    WaterfallParams m_params;
    std::unique_ptr<WaterfallImage> m_ring;
    std::unique_ptr<WaterfallImage> m_marks;
    std::vector<RowRef> m_refs; // by physical ring row
    ColumnMap m_columns;        // channels of each ring column, rebuilt when the geometry changes
    qint64 m_consumed = 0;      // store lines already in the live ring
    qint64 m_revealEnd = -1;    // the playout's limit; -1: none
    int m_first = 1, m_last = 0;
    double m_topMs = 0;
    double m_rowMs = 1;
    std::vector<RowRef> m_plan;     // by display row of the rebuild being painted
    size_t m_paintNext = 0;         // the next display row to paint; m_plan.size(): done
    double m_liveSpanMs = 0;        // setLiveSpanMs()
    double m_binMs = 0;             // live ring rows are time bins of this length; 0: a row per line
    qint64 m_topBin = 0;            // the bin of display row 0 (m_binMs > 0)
    bool m_accValid = false;        // m_acc holds display row 0's fold
    std::vector<float> m_acc;       // the fold of the top row's lines, channels m_first..m_last
    std::vector<float> m_scratch;   // a rebuild's fold of one row
};

} // namespace wf
