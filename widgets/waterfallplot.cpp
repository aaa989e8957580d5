#include "waterfallplot.h"

#include "findingmarker.h"
#include "plotpalette.h"
#include "waterfallchart.h"

#include "data/rowstore.h"
#include "waterfallimage.h"
#include "waterfallplotlegend.h"
#include "waterfallplottable.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace wf {

WaterfallPlot::WaterfallPlot(QWidget *parent)
    : QWidget(parent), m_plot(new WaterfallChart(this)), m_scroll(new QScrollBar(Qt::Vertical, this)),
      m_legend(new WaterfallPlotLegend(this)), m_emptyLabel(new QLabel(m_plot)), m_timer(new QTimer(this))
{
    // Plots read left to right whatever the language (house style).
    setLayoutDirection(Qt::LeftToRight);
    m_plottable = new WaterfallPlottable(m_plot->xAxis, m_plot->yAxis);
    m_plottable->setImage(m_renderer.ring());
    m_plottable->setMarks(m_renderer.marks());

    // The legend is a strip under the plot: it costs a line of height, never the plot's width.
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    auto *layout = new QHBoxLayout;
    layout->setSpacing(0);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_scroll);
    column->addLayout(layout, 1);
    column->addWidget(m_legend);
    m_legend->setLayoutDirection(QGuiApplication::layoutDirection()); // words, not a plot
    // Said on the plot while it has no rows (setEmptyMessage): why it is empty.
    m_emptyLabel->setObjectName(QStringLiteral("emptyMessage"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyLabel->setLayoutDirection(QGuiApplication::layoutDirection());
    m_emptyLabel->hide();
    m_scroll->setRange(0, 0);

    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &WaterfallPlot::onXRangeChanged);
    connect(m_plot->yAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &WaterfallPlot::onYRangeChanged);
    connect(m_plot, &QCustomPlot::mouseMove, this, &WaterfallPlot::onMouseMove);
    connect(m_plot, &QCustomPlot::mousePress, this, &WaterfallPlot::onMousePress);
    connect(m_scroll, &QScrollBar::valueChanged, this, &WaterfallPlot::onScrollBar);
    connect(m_timer, &QTimer::timeout, this, [this] { renderFrame(false); });
    m_plot->installEventFilter(this);

    setChannelGeometry(1, 1, 0, 0);
    applyPalette();
    m_plot->setColorMap(params().map, levels());
    updateOverlays();
    setFrameRate(40);
    retranslate();
}

WaterfallPlot::~WaterfallPlot() = default;

void WaterfallPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::ApplicationLayoutDirectionChange || event->type() == QEvent::LanguageChange) {
        m_legend->setLayoutDirection(QGuiApplication::layoutDirection());
        m_emptyLabel->setLayoutDirection(QGuiApplication::layoutDirection());
    }
    if (isPaletteChangeEvent(event->type()))
        applyPalette();
    QWidget::changeEvent(event);
}

void WaterfallPlot::applyPalette()
{
    // The axes, labels, grid and background follow the light or dark theme; the image, the colour
    // bar's gradient and the overlay colours are the map's.
    const QPalette pal = palette();
    applyPlotPalette(m_plot, pal);
    const PlotColors c = plotColors(pal);
    m_plottable->setStripBackground(c.strip);
    QColor box = c.background;
    box.setAlpha(225);
    m_emptyLabel->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; "
                                               "border-radius: 4px; padding: 8px; }")
                                    .arg(box.name(QColor::HexArgb), c.text.name(), c.grid.name()));
    markDirty();
}

void WaterfallPlot::retranslate()
{
    m_plot->retranslate(m_spectrum, levels().db, m_scaleNote);
    m_scroll->setToolTip(tr("Scroll back through history; the top is live"));
    updateEmptyMessage();
    markDirty();
}

void WaterfallPlot::setSpectrum(bool on)
{
    if (m_spectrum == on)
        return;
    m_spectrum = on;
    retranslate();
}

void WaterfallPlot::setScaleNote(const QString &note)
{
    if (m_scaleNote == note)
        return;
    m_scaleNote = note;
    retranslate();
}

double WaterfallPlot::nowMs() const
{
    return m_wallClock ? double(m_wallClock()) : double(QDateTime::currentMSecsSinceEpoch());
}

void WaterfallPlot::setWallClock(std::function<qint64()> epochMs)
{
    m_wallClock = std::move(epochMs);
    markDirty();
}

void WaterfallPlot::setFrameRate(double hz)
{
    if (hz <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(std::max(1, int(std::lround(1000.0 / hz))));
}

void WaterfallPlot::setPlayout(Playout *playout, std::function<qint64()> clockMs)
{
    m_pacer.attach(playout, std::move(clockMs));
    m_renderer.setRevealEnd(-1);
    markDirty();
}

void WaterfallPlot::setPlayoutEnabled(bool on)
{
    if (m_pacer.enabled() == on)
        return;
    m_pacer.setEnabled(on);
    advancePlayout(); // off: the lines held back are shown now
    markDirty();
}

void WaterfallPlot::advancePlayout()
{
    const bool appendable = m_following && !m_needRebuild && !m_renderer.isEmpty();
    const PlayoutPacer::Step step = m_pacer.advance(m_store, m_renderer.revealEnd());
    if (step.revealEnd != m_renderer.revealEnd()) { // (not active: -1, every line)
        m_renderer.setRevealEnd(step.revealEnd);
        if (appendable)
            m_renderer.appendNewLines();
        markDirty();
    }
    if (step.headMoved && m_following)
        markDirty(); // the time axis moves with the head between lines
}

void WaterfallPlot::setStore(const RowStore *store)
{
    m_store = store;
    m_renderer.setStore(store);
    m_renderer.setRevealEnd(-1); // sequence numbers are the store's own
    if (store)
        setChannelGeometry(store->channelLo(), store->channelHi(), m_dx, m_fiberStart);
    clearView();
}

void WaterfallPlot::setChannelGeometry(int lo, int hi, double dxMeters, double fiberStartMeters)
{
    m_lo = lo;
    m_hi = std::max(lo, hi);
    m_dx = dxMeters;
    m_fiberStart = fiberStartMeters;
    m_plot->xAxis2->setVisible(m_dx > 0);
    m_plot->xAxis->setRange(m_lo - 0.5, m_hi + 0.5); // a user range change: rebuilds
    m_needRebuild = true;
    markDirty();
}

void WaterfallPlot::setParams(const WaterfallParams &params)
{
    WaterfallParams p = params;
    p.levels = orderedLevels(p.levels);
    const WaterfallParams before = m_renderer.params();
    if (m_renderer.setParams(p)) {
        m_needRebuild = true;
        markDirty();
    }
    if (p.map != before.map)
        m_plot->setColorMap(p.map, p.levels);
    if (!(p.overlays == before.overlays) || p.highlightNegatives != before.highlightNegatives)
        updateOverlays();
    if (!(p.levels == before.levels))
        m_plot->setLevels(p.levels);
    if (p.levels.db != before.levels.db)
        retranslate();
}

void WaterfallPlot::setColorMap(ColorMapId id)
{
    WaterfallParams p = params();
    p.map = id;
    p.overlays = overlayColors(id);
    setParams(p);
}

void WaterfallPlot::setLevels(const Levels &levels)
{
    WaterfallParams p = params();
    p.levels = levels;
    setParams(p);
}

void WaterfallPlot::setHighlightNegatives(bool on)
{
    WaterfallParams p = params();
    p.highlightNegatives = on;
    setParams(p);
}

void WaterfallPlot::setLinesDtSeconds(double seconds)
{
    WaterfallParams p = params();
    p.linesDtMs = seconds * 1000;
    setParams(p);
}

void WaterfallPlot::setTimeAxisSeconds(double seconds)
{
    const double ms = std::isfinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
    if (ms == m_timeAxisMs)
        return;
    m_timeAxisMs = ms;
    m_liveZoomMs = 0;
    applyLiveSpan();
}

void WaterfallPlot::applyLiveSpan()
{
    const double span = m_liveZoomMs > 0 ? m_liveZoomMs : m_timeAxisMs;
    if (span == m_renderer.liveSpanMs())
        return;
    m_renderer.setLiveSpanMs(span);
    if (m_following)
        m_needRebuild = true;
    markDirty();
}

void WaterfallPlot::clearView()
{
    m_renderer.clear();
    m_needRebuild = true;
    markDirty();
}

QSize WaterfallPlot::ringTargetSize() const
{
    // Device pixels: at a device pixel ratio of 2 one ring pixel is one screen pixel (the plot's
    // buffer is drawn at that ratio), not a logical pixel upscaled. At 1 it is the axis rect.
    const QRect r = m_plot->axisRect()->rect();
    const double dpr = m_plot->devicePixelRatioF();
    if (dpr == 1)
        return r.size();
    return QSize(int(std::lround(r.width() * dpr)), int(std::lround(r.height() * dpr)));
}

void WaterfallPlot::ensureRingSize()
{
    const QSize size = ringTargetSize();
    if (m_renderer.resize(size.width(), size.height()))
        m_needRebuild = true;
}

void WaterfallPlot::linesAppended()
{
    if (!m_store)
        return;
    markDirty(); // paused: the badge and scroll bar move; the image does not
    if (!m_following || m_needRebuild || m_renderer.isEmpty())
        return; // (not following) nothing to draw; (otherwise) the next frame rebuilds from the store anyway
    m_renderer.appendNewLines();
}

void WaterfallPlot::rebuild()
{
    m_needRebuild = false;
    if (m_renderer.isEmpty())
        return;
    const QCPRange x = m_plot->xAxis->range();
    const int first = std::max(m_lo, int(std::floor(x.lower - 0.5)) + 1);
    const int last = std::min(m_hi, int(std::ceil(x.upper + 0.5)) - 1);
    if (m_following) {
        m_renderer.rebuildLive(first, last, rebuildBudgetMs());
    } else {
        const QCPRange y = m_plot->yAxis->range();
        m_renderer.rebuildWindow(first, last, y.upper * 1000, y.size() * 1000, rebuildBudgetMs());
    }
}

double WaterfallPlot::rebuildBudgetMs() const
{
    // Half a frame while the frame timer runs: the rest of a big rebuild is painted on the next
    // frames. Without the timer (tests, exports driving renderFrame) there is no next frame: all.
    return m_timer->isActive() ? 0.5 * m_timer->interval() : 0;
}

void WaterfallPlot::applyRanges()
{
    m_internal = true;
    if (m_following && (!m_store || m_store->isEmpty())) {
        // No rows yet: the time axis ends now, over the span the rows will fill.
        const double span = std::max(std::max(1, ringTargetSize().height()) * m_renderer.lineDtMs(), // a line a ring row
                                     m_renderer.liveSpanMs()) / 1000; // or the configured time axis
        const double now = nowMs() / 1000;
        m_plot->yAxis->setRange(now - span, now);
    }
    const int rows = m_renderer.ring()->rows();
    const double top = m_renderer.topMs() / 1000;
    const double bottom = top - rows * m_renderer.rowMs() / 1000;
    if (m_following && rows > 0 && m_renderer.topMs() > 0) {
        // With playout the axis follows the head, which lies within the newest line shown.
        const double axisTop = playoutActive()
                                   ? std::clamp(m_pacer.headMs() / 1000, top - m_renderer.rowMs() / 1000, top)
                                   : top;
        m_plot->yAxis->setRange(bottom - (top - axisTop), axisTop);
    }
    m_plottable->setExtent(QCPRange(m_renderer.firstChannel() - 0.5, m_renderer.lastChannel() + 0.5), QCPRange(bottom, top));
    const QCPRange x = m_plot->xAxis->range();
    m_plot->xAxis2->setRange(m_fiberStart + (x.lower - 1) * m_dx, m_fiberStart + (x.upper - 1) * m_dx);
    m_internal = false;
}

void WaterfallPlot::renderFrame(bool force)
{
    advancePlayout();
    if (m_following && (!m_store || m_store->isEmpty()) && std::abs(nowMs() - m_emptyAxisMs) >= 1000) {
        m_emptyAxisMs = nowMs(); // the empty time axis keeps ending now, a second at a time
        markDirty();
    }
    if (!force && !m_dirty)
        return;
    QElapsedTimer clock;
    clock.start();
    if (m_plot->axisRect()->rect().isEmpty())
        m_plot->replot(QCustomPlot::rpQueuedRefresh); // lay out once so the ring knows its size
    ensureRingSize();
    if (m_following && !m_renderer.rebuilding() && m_renderer.liveLayoutStale())
        m_needRebuild = true; // the line time became known, or the span changed: rows are re-binned
    if (m_needRebuild)
        rebuild();
    else if (m_renderer.rebuilding())
        m_renderer.continueRebuild(rebuildBudgetMs());
    applyRanges();
    updateScrollBar();
    m_plot->replot(QCustomPlot::rpQueuedRefresh);
    updateEmptyMessage();
    const QSize size = ringTargetSize();
    if (size.width() != m_renderer.ring()->cols() || size.height() != m_renderer.ring()->rows())
        m_needRebuild = true; // the layout moved (tick labels, resize): fit on the next frame
    m_dirty = m_needRebuild || m_renderer.rebuilding(); // an unfinished rebuild goes on next frame
    m_frames.record(clock.nsecsElapsed() / 1e6, qint64(nowMs()));
    emit frameDrawn();
}

void WaterfallPlot::onXRangeChanged()
{
    if (m_internal)
        return;
    if (m_store) { // a zoom past the channels comes back to them
        m_internal = true;
        clampView();
        m_internal = false;
    }
    m_needRebuild = true;
    markDirty();
    emit viewChanged();
}

void WaterfallPlot::onYRangeChanged()
{
    if (m_internal)
        return;
    m_following = false;
    if (m_store) {
        m_internal = true;
        clampView();
        m_internal = false;
    }
    m_needRebuild = true;
    markDirty();
    emit viewChanged();
}

void WaterfallPlot::setPaused(bool paused)
{
    if (!paused) {
        goLive();
        return;
    }
    m_paused = true;
    m_following = false; // the ring and the axes stay as they are; the store keeps growing
    markDirty();
    emit viewChanged();
}

void WaterfallPlot::goLive()
{
    m_pacer.catchUp(); // back to live is the newest row, not the playout's delay behind it
    m_paused = false;
    m_following = true;
    m_needRebuild = true;
    markDirty();
    emit viewChanged();
}

QCustomPlot *WaterfallPlot::customPlot() const { return m_plot; }
QImage WaterfallPlot::ringImage() const { return m_renderer.ring()->toImage(); }

} // namespace wf
