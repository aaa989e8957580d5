#pragma once
// WaterfallPlot: the live waterfall view. Channel on x (and metres on a top axis when dx is known),
// wall-clock time on y, newest at the top, falling down.
//
// Owner: WaterfallPanel (or a test). Thread: GUI thread. The RowStore is not owned. The pixels
// are the WaterfallRenderer's (configured by WaterfallParams); the plot holds the axes, zoom and
// follow state and hit-testing; FrameStats keeps the frame statistics, PlayoutPacer the playout's pace.
// How it stays cheap: linesAppended() colourises only the new lines into a display-resolution
// WaterfallImage ring (one image row per line while live; the ring is the axis rect in device
// pixels, so at a device pixel ratio of 2 a line is one screen pixel tall, half a logical pixel, and
// is drawn 1:1 rather than upscaled; the cursor mapping works in logical widget pixels and scales by
// the ring's rows per pixel rect); a 40 Hz frame timer is the only caller
// of replot(), and only when something changed; a contrast, colour-map or zoom change rebuilds
// just the visible rows from the store. While live, a timestamp gap before a line becomes a band
// of gap-coloured rows proportional to gap / line duration (capped, so rows after a very long gap sit
// slightly off the linear time axis; the cursor readout still reads the exact line). With a
// Playout (setPlayout) the live ring shows only the lines the playout's head has reached and the
// time axis follows the head, so the picture moves every frame while rows arrive in bursts.
#include "framestats.h"
#include "playoutpacer.h"
#include "waterfallplotlegend.h"
#include "waterfallmarks.h"
#include "waterfallrenderer.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <vector>

class QCustomPlot;
class QScrollBar;
class QTimer;
class QMouseEvent;
class QLabel;
class QHelpEvent;

namespace wf {

class FindingMarker;
class Playout;
class RowStore;
class WaterfallChart;
class WaterfallImage;
class WaterfallPlotLegend;
class WaterfallPlottable;

// What lies under a point of the plot.
struct CursorSample {
    bool valid = false;
    int channel = 0;
    double meters = 0;     // NaN when dx is unknown
    double timeMs = 0;     // epoch ms under the cursor
    qint64 seq = -1;       // store line; -1 in a gap or outside the history
    float value = 0;       // NaN when there is no sample
    bool inGap = false;
};

class WaterfallPlot : public QWidget
{
    Q_OBJECT
  public:
    explicit WaterfallPlot(QWidget *parent = nullptr);
    ~WaterfallPlot() override;

    void setStore(const RowStore *store); // not owned; nullptr detaches. Rebuilds the view.
    const RowStore *store() const { return m_renderer.store(); }
    // Channels lo..hi (x axis); a top axis in metres when dxMeters > 0.
    void setChannelGeometry(int lo, int hi, double dxMeters, double fiberStartMeters);
    // Spectrogram (the single-channel view over the gRPC stream): the columns are frequency bins, the
    // top axis (set by setChannelGeometry's dx/start) reads Hz instead of metres.
    void setSpectrum(bool on);
    // Said after the colour bar's "Amplitude": how a gRPC line's bins became one value per channel.
    void setScaleNote(const QString &note);
    bool isSpectrum() const { return m_spectrum; }
    // How lines become pixels (map, levels, highlight, overlay colours, row time); the setters
    // below change one field each.
    void setParams(const WaterfallParams &params);
    const WaterfallParams &params() const { return m_renderer.params(); }
    void setColorMap(ColorMapId id);
    ColorMapId colorMap() const { return params().map; }
    void setLevels(const Levels &levels);
    Levels levels() const { return params().levels; }
    void setHighlightNegatives(bool on);
    bool highlightNegatives() const { return params().highlightNegatives; }
    // Hint for the row height in time before lines have arrived (configure reply's lines_dt).
    void setLinesDtSeconds(double seconds);
    // The configured time axis (the configure request's displayTimeAxisDuration): the live view
    // spans it, several lines to a ring row when the plot is shorter than its lines (0: a line a
    // row). Zooming out while live widens the live span up to the whole history.
    void setTimeAxisSeconds(double seconds);
    double timeAxisSeconds() const { return m_timeAxisMs / 1000; }
    // Frames per second of the frame timer (40 by default); 0 stops it (tests drive renderFrame()).
    void setFrameRate(double hz);

    // Playout (the live view scrolls at the pace of the rows' timestamps, a small delay behind the
    // newest row, instead of jumping once per batch): each frame advances `playout` on `clockMs`
    // (the source's clock) and shows the lines whose start the head has reached; the time axis
    // follows the head. Not owned; nullptr: none. Paused, scrolled back, the readout and exports
    // see the whole store; goLive() jumps to the newest row.
    void setPlayout(Playout *playout, std::function<qint64()> clockMs);
    void setPlayoutEnabled(bool on); // off: every line as it arrives (on by default)
    bool playoutEnabled() const { return m_pacer.enabled(); }
    bool playoutActive() const { return m_pacer.active(); } // enabled, attached, and the job's rows started
    double playoutDelayMs() const { return m_pacer.delayMs(); } // 0 when not active

    // New lines are in the store: colourise them into the ring (live) or just note them (paused).
    void linesAppended();
    // Forget the image (after the store was cleared or reset).
    void clearView();

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    bool isLive() const { return m_following; }
    void goLive();
    double secondsBehindLive() const;
    // Shows the time window whose newest edge is `topMs` (epoch ms), leaving live mode.
    void scrollToTime(double topMs);
    // Channels back to the whole range and time to the live span; a paused view stays paused
    // where it is, a live one stays live.
    void resetZoom();
    // Keyboard navigation (the Waterfall menu): a page is the height of the view.
    void pageThroughHistory(int pages); // > 0: older, < 0: newer (the newest page goes live)
    void showOldest();                  // the oldest rows in the history (pauses)
    void zoomBy(double factor);         // < 1 zooms in (channels and time), around the centre

    // Draws a frame now if anything changed (what the timer calls). force: replot even if not.
    void renderFrame(bool force = false);

    CursorSample sampleAt(const QPointF &plotPixel) const;
    // The inverse: the widget pixel showing a channel at a time (same mapping as the image).
    QPointF pixelOf(double channel, double timeMs) const;
    // Visible window: channels [first, last] and times [fromMs, toMs].
    int visibleFirstChannel() const;
    int visibleLastChannel() const;
    double visibleFromMs() const;
    double visibleToMs() const;
    // Store lines shown in the visible time window, oldest first (gaps excluded).
    std::vector<qint64> visibleLines() const;

    // The strip under the plot saying what the overlay colours mean, in the active map's colours.
    WaterfallPlotLegend *legend() const { return m_legend; }
    // Which of the legend's marks the plot shows at this moment in its visible window (a gap band,
    // an overlap line, a strip mark, the finding's frame): what an exported picture's legend lists.
    WaterfallPlotLegend::Entries marksInView() const;
    // The frame flashed around a finding jumped to (made on first use, in the map's finding colour;
    // from then on the legend lists it).
    FindingMarker *findingMarker();
    // What the tool tip says over a plot pixel: a gap band, an overlap line, a negative sample, a
    // mark in the strips beside the image, the finding's frame; empty elsewhere.
    QString markToolTipAt(const QPointF &plotPixel) const;

    // Said in the middle of the plot while it has no rows: why (e.g. "Waiting for the consumer…",
    // "No rows: the waterfall route is not deployed — reading the gRPC stream"). Empty: "No rows
    // yet". Hidden as soon as the history holds a row.
    void setEmptyMessage(const QString &message);
    QString emptyMessage() const { return m_emptyMessage; }
    QString emptyMessageShown() const; // what the plot says now; empty when it shows rows
    // Epoch ms for the empty time axis (which ends now); the system's by default (tests set one).
    void setWallClock(std::function<qint64()> epochMs);

    QCustomPlot *customPlot() const;
    QImage ringImage() const; // the display ring, newest row on top
    // Statistics for a HUD.
    double frameMsP50() const { return m_frames.msP50(); }
    double frameMsP95() const { return m_frames.msP95(); }
    double framesPerSecond() const { return m_frames.perSecond(); }
    qint64 framesDrawn() const { return m_frames.drawn(); }

  signals:
    void cursorMoved(const wf::CursorSample &sample);
    void viewChanged(); // live/paused, scroll or zoom changed
    void frameDrawn();

  protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

  private:
    WaterfallMarks::View marksView() const; // what WaterfallMarks reads off the plot
    bool m_spectrum = false;
    QString m_scaleNote;
    void retranslate();
    void updateOverlays(); // the legend and the finding frame in the params' overlay colours
    bool showMarkToolTip(QHelpEvent *event);
    void updateEmptyMessage();
    double nowMs() const; // epoch ms: the wall clock, or the one set with setWallClock
    void applyPalette(); // axes, text, grid, background and the empty message from palette()
    QSize ringTargetSize() const; // the axis rect in device pixels
    void ensureRingSize();
    void rebuild();
    double rebuildBudgetMs() const;
    void applyRanges();
    void onXRangeChanged();
    void onYRangeChanged();
    void onMouseMove(QMouseEvent *event);
    void onMousePress(QMouseEvent *event);
    void updateScrollBar();
    bool clampView(); // the view within the data's range (channels, history); true when it moved it
    void onScrollBar(int value);
    void markDirty() { m_dirty = true; }
    void advancePlayout();

    WaterfallChart *m_plot;
    WaterfallPlottable *m_plottable;
    QScrollBar *m_scroll;
    WaterfallPlotLegend *m_legend;
    FindingMarker *m_marker = nullptr;
    QLabel *m_emptyLabel;
    QString m_emptyMessage;
    double m_emptyAxisMs = 0;
    std::function<qint64()> m_wallClock;
    QTimer *m_timer;
    WaterfallRenderer m_renderer;
    const RowStore *m_store = nullptr; // the renderer's, for the axes, scroll bar and readout
    int m_lo = 1, m_hi = 0;
    double m_dx = 0, m_fiberStart = 0;

    bool m_following = true;
    bool m_paused = false;
    bool m_dirty = true;
    bool m_needRebuild = true;
    bool m_internal = false;   // ranges being set by the plot itself
    PlayoutPacer m_pacer;
    double m_timeAxisMs = 0;   // setTimeAxisSeconds()
    double m_liveZoomMs = 0;   // the live span after zooming out; 0: the configured one
    void applyLiveSpan();      // the renderer's live span from the two above

    FrameStats m_frames; // drawn at the wall clock's times (nowMs())
};

} // namespace wf
