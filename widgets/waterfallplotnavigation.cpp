// WaterfallPlot, navigation and hit-testing: scrolling through history (scroll bar, wheel over the
// time axis), zoom reset, the cursor readout and crosshair, and the visible window. Drawing and the
// frame timer are in waterfallplot.cpp.
#include "waterfallplot.h"
#include "waterfallchart.h"

#include "data/rowstore.h"
#include "waterfallimage.h"
#include "waterfallplottable.h"

#include <QHelpEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace wf {

namespace {
constexpr double kScrollUnitMs = 100; // one scroll bar step
} // namespace

void WaterfallPlot::scrollToTime(double topMs)
{
    if (!m_store || m_store->isEmpty())
        return;
    const double newest = m_store->lineInfo(m_store->endSeq() - 1).endMs;
    if (topMs >= newest && !m_paused) {
        goLive();
        return;
    }
    topMs = std::min(topMs, newest);
    const double span = m_plot->yAxis->range().size();
    m_plot->yAxis->setRange(topMs / 1000 - span, topMs / 1000); // leaves live mode
}

void WaterfallPlot::resetZoom()
{
    m_plot->xAxis->setRange(m_lo - 0.5, m_hi + 0.5);
    m_liveZoomMs = 0; // the configured time axis again
    m_renderer.setLiveSpanMs(m_timeAxisMs);
    if (!m_paused) {
        goLive();
        return;
    }
    // Paused: the same moment stays at the top, over the live span; the view stays paused.
    const double span = m_renderer.ring()->rows() * m_renderer.liveRowMs() / 1000;
    const double top = m_plot->yAxis->range().upper;
    if (span > 0)
        m_plot->yAxis->setRange(top - span, top);
    m_needRebuild = true;
    markDirty();
    emit viewChanged();
}

void WaterfallPlot::pageThroughHistory(int pages)
{
    if (!m_store || m_store->isEmpty() || pages == 0)
        return;
    if (pages > 0 && !m_paused)
        setPaused(true); // going back in time holds the view there
    const double span = m_plot->yAxis->range().size() * 1000;
    const double newest = m_store->lineInfo(m_store->endSeq() - 1).endMs;
    const double oldest = m_store->lineInfo(m_store->firstSeq()).startMs;
    double top = m_plot->yAxis->range().upper * 1000 - pages * span;
    if (top >= newest) {
        goLive();
        return;
    }
    top = std::max(top, std::min(newest, oldest + span));
    m_plot->yAxis->setRange(top / 1000 - span / 1000, top / 1000);
}

void WaterfallPlot::showOldest()
{
    if (!m_store || m_store->isEmpty())
        return;
    if (!m_paused)
        setPaused(true);
    const double span = m_plot->yAxis->range().size() * 1000;
    const double newest = m_store->lineInfo(m_store->endSeq() - 1).endMs;
    const double oldest = m_store->lineInfo(m_store->firstSeq()).startMs;
    const double top = std::min(newest, oldest + span);
    m_plot->yAxis->setRange(top / 1000 - span / 1000, top / 1000);
}

void WaterfallPlot::zoomBy(double factor)
{
    if (!(factor > 0))
        return;
    const QCPRange x = m_plot->xAxis->range();
    const double cx = x.center();
    m_plot->xAxis->setRange(cx - x.size() * factor / 2, cx + x.size() * factor / 2);
    if (!m_following) { // a paused view zooms in time around its top edge
        const QCPRange y = m_plot->yAxis->range();
        m_plot->yAxis->setRange(y.upper - y.size() * factor, y.upper);
    } else if (m_store && !m_store->isEmpty()) {
        // A live view stays live over a wider span (up to the whole history) or back down to the
        // configured time axis, never shorter.
        const double history = m_store->lineInfo(m_store->endSeq() - 1).endMs - m_store->lineInfo(m_store->firstSeq()).startMs;
        const double base = std::max(m_timeAxisMs, m_renderer.ring()->rows() * m_renderer.lineDtMs());
        // (Two rows more than the history: the bins need not start at its first line.)
        const int rows = std::max(1, m_renderer.ring()->rows());
        const double span = std::min(m_plot->yAxis->range().size() * 1000 * factor, std::max(history * (rows + 2) / rows, base));
        m_liveZoomMs = span > base * (1 + 1e-9) ? span : 0;
        applyLiveSpan();
        emit viewChanged();
    }
    clampView();
}

bool WaterfallPlot::clampView()
{
    // The wheel and the keys zoom no further out than the data: all channels, the whole history
    // (or the live span when the history is shorter), and not into less than two channels.
    bool moved = false;
    const double loX = m_lo - 0.5;
    const double hiX = m_hi + 0.5;
    QCPRange x = m_plot->xAxis->range();
    if (x.size() > hiX - loX || x.size() < 2) {
        const double size = std::clamp(x.size(), std::min(2.0, hiX - loX), hiX - loX);
        x = QCPRange(x.center() - size / 2, x.center() + size / 2);
    }
    if (x.lower < loX)
        x = QCPRange(loX, loX + x.size());
    if (x.upper > hiX)
        x = QCPRange(hiX - x.size(), hiX);
    if (x != m_plot->xAxis->range()) {
        m_plot->xAxis->setRange(x);
        moved = true;
    }
    if (!m_following && m_store && !m_store->isEmpty()) {
        const double newest = m_store->lineInfo(m_store->endSeq() - 1).endMs / 1000;
        const double oldest = m_store->lineInfo(m_store->firstSeq()).startMs / 1000;
        const double live = m_renderer.ring()->rows() * m_renderer.liveRowMs() / 1000;
        const double maxSpan = std::max(newest - oldest, live);
        QCPRange y = m_plot->yAxis->range();
        if (maxSpan > 0 && y.size() > maxSpan)
            y = QCPRange(y.upper - maxSpan, y.upper);
        if (y.upper > newest)
            y = QCPRange(newest - y.size(), newest);
        if (y != m_plot->yAxis->range()) {
            m_plot->yAxis->setRange(y);
            moved = true;
        }
    }
    return moved;
}

double WaterfallPlot::secondsBehindLive() const
{
    if (m_following || !m_store || m_store->isEmpty())
        return 0;
    const double newest = m_store->lineInfo(m_store->endSeq() - 1).endMs;
    return std::max(0.0, (newest - m_plot->yAxis->range().upper * 1000) / 1000);
}

void WaterfallPlot::updateScrollBar()
{
    QSignalBlocker block(m_scroll);
    if (!m_store || m_store->isEmpty()) {
        m_scroll->setRange(0, 0);
        return;
    }
    const double newest = m_store->lineInfo(m_store->endSeq() - 1).endMs;
    const double oldest = m_store->lineInfo(m_store->firstSeq()).startMs;
    const double span = m_plot->yAxis->range().size() * 1000;
    const int maxSteps = int(std::max(0.0, (newest - oldest - span) / kScrollUnitMs));
    m_scroll->setRange(0, std::max(maxSteps, int(secondsBehindLive() * 1000 / kScrollUnitMs)));
    m_scroll->setPageStep(std::max(1, int(span / kScrollUnitMs)));
    m_scroll->setValue(int(std::lround(secondsBehindLive() * 1000 / kScrollUnitMs)));
}

void WaterfallPlot::onScrollBar(int value)
{
    if (!m_store || m_store->isEmpty())
        return;
    if (value == 0) {
        goLive();
        return;
    }
    const double newest = m_store->lineInfo(m_store->endSeq() - 1).endMs;
    scrollToTime(newest - value * kScrollUnitMs);
}

bool WaterfallPlot::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Resize)
        markDirty();
    if (watched == m_plot && event->type() == QEvent::ToolTip)
        return showMarkToolTip(static_cast<QHelpEvent *>(event));
    if (watched == m_plot && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        // The wheel over the time axis scrolls through history instead of zooming.
        if (wheel->position().x() < m_plot->axisRect()->left()) {
            const double notches = wheel->angleDelta().y() / 120.0;
            const double span = m_plot->yAxis->range().size() * 1000;
            scrollToTime(m_plot->yAxis->range().upper * 1000 + notches * 0.1 * span);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WaterfallPlot::onMousePress(QMouseEvent *event)
{
    // Rubber-band zoom with Ctrl or Shift held; a plain drag pans.
    const bool band = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    m_plot->setSelectionRectMode(band ? QCP::srmZoom : QCP::srmNone);
}

void WaterfallPlot::onMouseMove(QMouseEvent *event)
{
    const CursorSample s = sampleAt(event->position());
    m_plot->showCursorCross(s.valid, s.channel, m_plot->yAxis->pixelToCoord(event->position().y()));
    emit cursorMoved(s);
}

CursorSample WaterfallPlot::sampleAt(const QPointF &p) const
{
    CursorSample s;
    const QRect r = m_plot->axisRect()->rect();
    if (!r.contains(p.toPoint()))
        return s;
    s.channel = int(std::lround(m_plot->xAxis->pixelToCoord(p.x())));
    if (s.channel < m_lo || s.channel > m_hi)
        return s;
    s.valid = true;
    s.meters = m_dx > 0 ? m_fiberStart + (s.channel - 1) * m_dx : std::nan("");
    s.timeMs = m_plot->yAxis->pixelToCoord(p.y()) * 1000;
    s.value = std::nanf("");
    const QRectF img = m_plottable->pixelRect();
    if (m_renderer.isEmpty() || img.height() <= 0)
        return s;
    const int displayRow = int(std::floor((p.y() - img.top()) * m_renderer.ring()->rows() / img.height()));
    const WaterfallRenderer::RowRef *found = m_renderer.refAt(displayRow);
    if (!found)
        return s;
    const WaterfallRenderer::RowRef &ref = *found;
    s.seq = ref.seq;
    s.inGap = m_renderer.isGapRow(displayRow);
    if (ref.seq >= 0 && m_store && m_store->contains(ref.seq)) {
        // A row folding several lines reads the line under the cursor's time.
        if (ref.count > 1)
            s.seq = std::clamp(m_store->seqAtTime(s.timeMs), ref.seq, ref.seq + ref.count - 1);
        s.value = m_store->line(s.seq)[s.channel - m_store->channelLo()];
        s.timeMs = std::clamp(s.timeMs, ref.startMs, ref.endMs);
    } else {
        s.seq = -1;
    }
    return s;
}

QPointF WaterfallPlot::pixelOf(double channel, double timeMs) const
{
    // +1: see WaterfallPlottable::pixelRect().
    return QPointF(m_plot->xAxis->coordToPixel(channel), m_plot->yAxis->coordToPixel(timeMs / 1000) + 1);
}

int WaterfallPlot::visibleFirstChannel() const
{
    return std::max(m_lo, int(std::floor(m_plot->xAxis->range().lower - 0.5)) + 1);
}

int WaterfallPlot::visibleLastChannel() const
{
    return std::min(m_hi, int(std::ceil(m_plot->xAxis->range().upper + 0.5)) - 1);
}

double WaterfallPlot::visibleFromMs() const { return m_plot->yAxis->range().lower * 1000; }
double WaterfallPlot::visibleToMs() const { return m_plot->yAxis->range().upper * 1000; }

std::vector<qint64> WaterfallPlot::visibleLines() const
{
    std::vector<qint64> out;
    if (!m_store || m_store->isEmpty())
        return out;
    const double from = visibleFromMs(), to = visibleToMs();
    for (qint64 seq = std::max(m_store->firstSeq(), m_store->seqAtTime(from)); seq < m_store->endSeq(); ++seq) {
        const LineInfo info = m_store->lineInfo(seq);
        if (info.startMs >= to)
            break;
        if (info.endMs > from)
            out.push_back(seq);
    }
    return out;
}

} // namespace wf
