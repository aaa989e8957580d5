#include "waterfallplot.h"

#include "rowstore.h"
#include "waterfallimage.h"
#include "waterfallplottable.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <qcustomplot.h>

namespace wf {

namespace {
constexpr int kFrameHistory = 240;
constexpr double kScrollUnitMs = 100; // one scroll bar step

double percentileOf(const std::deque<double> &values, double p)
{
    return values.empty() ? 0 : observedPercentile(std::vector<double>(values.begin(), values.end()), p);
}
} // namespace

WaterfallPlot::WaterfallPlot(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_scroll(new QScrollBar(Qt::Vertical, this)),
      m_timer(new QTimer(this)), m_ring(std::make_unique<WaterfallImage>()), m_marks(std::make_unique<WaterfallImage>())
{
    // Plots read left to right whatever the language (house style).
    setLayoutDirection(Qt::LeftToRight);
    m_plot->setLayoutDirection(Qt::LeftToRight);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal | Qt::Vertical);
    m_plot->setSelectionRectMode(QCP::srmNone);

    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("hh:mm:ss"));
    ticker->setTickCount(6);
    m_plot->yAxis->setTicker(ticker);
    m_plot->xAxis->ticker()->setTickCount(8);
    m_plot->xAxis2->setTickLabels(true);
    m_plot->xAxis2->setVisible(false);

    m_plottable = new WaterfallPlottable(m_plot->xAxis, m_plot->yAxis);
    m_plottable->setImage(m_ring.get());
    m_plottable->setMarks(m_marks.get());

    m_scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(0, 1, m_scale);
    m_plot->plotLayout()->setColumnSpacing(WaterfallPlottable::kStripWidth + 8);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(14);
    auto *group = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    m_plot->axisRect()->setMinimumMargins(QMargins(WaterfallPlottable::kStripWidth + 4, 4, 4, 4));

    m_plot->addLayer(QStringLiteral("cursor"), nullptr, QCustomPlot::limAbove);
    m_plot->layer(QStringLiteral("cursor"))->setMode(QCPLayer::lmBuffered);
    m_hLine = new QCPItemStraightLine(m_plot);
    m_vLine = new QCPItemStraightLine(m_plot);
    for (QCPItemStraightLine *line : {m_hLine, m_vLine}) {
        line->setLayer(QStringLiteral("cursor"));
        line->setPen(QPen(QColor(255, 255, 255, 170), 1, Qt::DashLine));
        line->setSelectable(false);
        line->setVisible(false);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_scroll);
    m_scroll->setRange(0, 0);

    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &WaterfallPlot::onXRangeChanged);
    connect(m_plot->yAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &WaterfallPlot::onYRangeChanged);
    connect(m_plot, &QCustomPlot::mouseMove, this, &WaterfallPlot::onMouseMove);
    connect(m_plot, &QCustomPlot::mousePress, this, &WaterfallPlot::onMousePress);
    connect(m_scroll, &QScrollBar::valueChanged, this, &WaterfallPlot::onScrollBar);
    connect(m_timer, &QTimer::timeout, this, [this] { renderFrame(false); });
    m_plot->installEventFilter(this);

    setChannelGeometry(1, 1, 0, 0);
    updateGradient();
    setFrameRate(30);
    retranslate();
}

WaterfallPlot::~WaterfallPlot() = default;

void WaterfallPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WaterfallPlot::retranslate()
{
    m_plot->xAxis->setLabel(m_spectrum ? tr("Frequency bin") : tr("Channel"));
    m_plot->xAxis2->setLabel(m_spectrum ? tr("Frequency (Hz)") : tr("Distance (m)"));
    m_plot->yAxis->setLabel(tr("Time"));
    const QString amplitude = m_levels.db ? tr("Amplitude (dB)") : tr("Amplitude");
    m_scale->axis()->setLabel(m_scaleNote.isEmpty() ? amplitude : amplitude + QStringLiteral(" · ") + m_scaleNote);
    m_scroll->setToolTip(tr("Scroll back through history; the top is live"));
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

void WaterfallPlot::setFrameRate(double hz)
{
    if (hz <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(std::max(1, int(std::lround(1000.0 / hz))));
}

void WaterfallPlot::setStore(const RowStore *store)
{
    m_store = store;
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

void WaterfallPlot::setColorMap(ColorMapId id)
{
    if (id == m_map)
        return;
    m_map = id;
    updateGradient();
    m_needRebuild = true;
    markDirty();
}

void WaterfallPlot::setLevels(const Levels &levels)
{
    const Levels ordered = orderedLevels(levels);
    if (ordered == m_levels)
        return;
    const bool dbChanged = ordered.db != m_levels.db;
    m_levels = ordered;
    m_scale->setDataRange(QCPRange(m_levels.min, m_levels.max));
    if (dbChanged)
        retranslate();
    m_needRebuild = true;
    markDirty();
}

void WaterfallPlot::setHighlightNegatives(bool on)
{
    if (on == m_highlight)
        return;
    m_highlight = on;
    m_needRebuild = true;
    markDirty();
}

void WaterfallPlot::updateGradient()
{
    const ColorLut &lut = colorLut(m_map);
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    for (int i = 0; i < 256; i += 15)
        gradient.setColorStopAt(i / 255.0, QColor::fromRgba(lut[size_t(i)]));
    gradient.setColorStopAt(1.0, QColor::fromRgba(lut[255]));
    gradient.setLevelCount(256);
    m_scale->setGradient(gradient);
    m_scale->setDataRange(QCPRange(m_levels.min, m_levels.max));
}

void WaterfallPlot::clearView()
{
    m_ring->clear();
    m_marks->clear();
    std::fill(m_refs.begin(), m_refs.end(), RowRef{});
    m_consumed = m_store ? m_store->endSeq() : 0;
    m_needRebuild = true;
    markDirty();
}

double WaterfallPlot::rowDtMs() const
{
    if (m_store && !m_store->isEmpty()) {
        const LineInfo info = m_store->lineInfo(m_store->endSeq() - 1);
        if (info.endMs > info.startMs)
            return info.endMs - info.startMs;
    }
    return m_linesDtMs > 0 ? m_linesDtMs : 100;
}

void WaterfallPlot::ensureRingSize()
{
    const QRect r = m_plot->axisRect()->rect();
    if (r.width() <= 0 || r.height() <= 0)
        return;
    if (m_ring->cols() != r.width() || m_ring->rows() != r.height()) {
        m_ring->resize(r.width(), r.height());
        m_marks->resize(2, r.height());
        m_refs.assign(size_t(r.height()), RowRef{});
        m_needRebuild = true;
    }
}

void WaterfallPlot::setRef(int displayRow, const RowRef &ref)
{
    const int p = m_ring->physicalRow(displayRow);
    if (p >= 0)
        m_refs[size_t(p)] = ref;
}

void WaterfallPlot::colorizeInto(qint64 seq, uint32_t *dst)
{
    const float *line = m_store ? m_store->line(seq) : nullptr;
    const int n = m_ringLast - m_ringFirst + 1;
    if (!line || n <= 0) {
        std::fill(dst, dst + m_ring->cols(), kNanColor);
        return;
    }
    if (!m_columns.matches(n, m_ring->cols()))
        m_columns = ColumnMap(n, m_ring->cols()); // once per geometry, not per line
    colorizeLine(line + (m_ringFirst - m_store->channelLo()), m_columns, dst, m_levels, colorLut(m_map), m_highlight);
}

void WaterfallPlot::writeMarks(qint64 seq, int displayRow)
{
    uint32_t *mark = m_marks->row(displayRow);
    if (!mark)
        return;
    if (seq < 0 || !m_store || !m_store->contains(seq)) {
        mark[0] = mark[1] = kNanColor;
        return;
    }
    const LineInfo info = m_store->lineInfo(seq);
    mark[0] = info.negativeCount > 0 ? kNegativeColor : kNanColor;
    mark[1] = info.blockRangeSuspect() ? kNegativeColor : kNanColor;
}

void WaterfallPlot::appendToRing(qint64 seq, bool allowGap)
{
    const LineInfo info = m_store->lineInfo(seq);
    const double dt = rowDtMs();
    if (allowGap && info.gapBeforeMs > 0.25 * dt) {
        const int cap = std::max(1, m_ring->rows() / 4);
        const int band = int(std::clamp<double>(std::lround(info.gapBeforeMs / dt), 1, cap));
        for (int i = 0; i < band; ++i) {
            m_ring->appendGapBand(1);
            m_marks->appendRow();
            writeMarks(-1, 0);
            const double t0 = info.startMs - info.gapBeforeMs + i * info.gapBeforeMs / band;
            setRef(0, RowRef{-1, t0, t0 + info.gapBeforeMs / band});
        }
    }
    colorizeInto(seq, m_ring->appendRow());
    m_marks->appendRow();
    writeMarks(seq, 0);
    setRef(0, RowRef{seq, info.startMs, info.endMs});
    m_topMs = info.endMs;
}

void WaterfallPlot::linesAppended()
{
    if (!m_store)
        return;
    if (!m_following) {
        markDirty(); // the badge and scroll bar move; the image does not
        return;
    }
    markDirty();
    if (m_needRebuild || m_ring->isEmpty())
        return; // the next frame rebuilds from the store anyway
    const qint64 end = m_store->endSeq();
    const qint64 from = std::max({m_consumed, m_store->firstSeq(), end - m_ring->rows()});
    for (qint64 seq = from; seq < end; ++seq)
        appendToRing(seq, true);
    m_consumed = end;
    m_ringRowMs = rowDtMs();
}

void WaterfallPlot::rebuild()
{
    m_needRebuild = false;
    if (m_ring->isEmpty())
        return;
    const QCPRange x = m_plot->xAxis->range();
    m_ringFirst = std::max(m_lo, int(std::floor(x.lower - 0.5)) + 1);
    m_ringLast = std::min(m_hi, int(std::ceil(x.upper + 0.5)) - 1);
    if (m_following)
        rebuildLive();
    else
        rebuildWindow();
}

void WaterfallPlot::rebuildLive()
{
    m_ring->clear();
    m_marks->clear();
    std::fill(m_refs.begin(), m_refs.end(), RowRef{});
    m_ringRowMs = rowDtMs();
    if (!m_store || m_store->isEmpty()) {
        m_consumed = m_store ? m_store->endSeq() : 0;
        return;
    }
    // Walk back from the newest line until the ring is full, then append oldest first.
    const qint64 end = m_store->endSeq();
    qint64 seq = end;
    int rows = 0;
    while (seq > m_store->firstSeq() && rows < m_ring->rows()) {
        --seq;
        const double gap = m_store->gapBeforeMs(seq);
        rows += 1 + (gap > 0.25 * m_ringRowMs ? int(std::min<double>(std::lround(gap / m_ringRowMs), m_ring->rows() / 4 + 1)) : 0);
    }
    for (qint64 s = seq; s < end; ++s)
        appendToRing(s, s > seq);
    m_consumed = end;
}

void WaterfallPlot::rebuildWindow()
{
    m_ring->clear();
    m_marks->clear();
    const QCPRange y = m_plot->yAxis->range();
    m_topMs = y.upper * 1000;
    const int rows = m_ring->rows();
    m_ringRowMs = y.size() * 1000 / rows;
    qint64 prevSeq = -2;
    for (int r = rows - 1; r >= 0; --r) { // oldest first: display row 0 ends up newest
        const double t = m_topMs - (r + 0.5) * m_ringRowMs;
        uint32_t *dst = m_ring->appendRow();
        m_marks->appendRow();
        qint64 seq = (m_store && !m_store->isEmpty()) ? m_store->seqAtTime(t) : -1;
        LineInfo info;
        if (seq >= 0)
            info = m_store->lineInfo(seq);
        bool gap = false;
        if (seq < 0 || t < info.startMs) {
            seq = -1;
        } else if (t >= info.endMs) {
            gap = seq + 1 < m_store->endSeq(); // past the newest line is the future, not a gap
            seq = -1;
        }
        if (seq >= 0 && seq == prevSeq) {
            std::memcpy(dst, m_ring->row(1), size_t(m_ring->cols()) * sizeof(uint32_t));
        } else if (seq >= 0) {
            colorizeInto(seq, dst);
        } else {
            std::fill(dst, dst + m_ring->cols(), gap ? kGapColor : kNanColor);
        }
        prevSeq = seq;
        writeMarks(seq, 0);
        setRef(0, RowRef{seq, t - 0.5 * m_ringRowMs, t + 0.5 * m_ringRowMs});
    }
}

void WaterfallPlot::applyRanges()
{
    m_internal = true;
    const double top = m_topMs / 1000;
    const double bottom = top - m_ring->rows() * m_ringRowMs / 1000;
    if (m_following && m_ring->rows() > 0 && m_topMs > 0)
        m_plot->yAxis->setRange(bottom, top);
    m_plottable->setExtent(QCPRange(m_ringFirst - 0.5, m_ringLast + 0.5), QCPRange(bottom, top));
    const QCPRange x = m_plot->xAxis->range();
    m_plot->xAxis2->setRange(m_fiberStart + (x.lower - 1) * m_dx, m_fiberStart + (x.upper - 1) * m_dx);
    m_internal = false;
}

void WaterfallPlot::renderFrame(bool force)
{
    if (!force && !m_dirty)
        return;
    QElapsedTimer clock;
    clock.start();
    if (m_plot->axisRect()->rect().isEmpty())
        m_plot->replot(QCustomPlot::rpQueuedRefresh); // lay out once so the ring knows its size
    ensureRingSize();
    if (m_needRebuild)
        rebuild();
    applyRanges();
    updateScrollBar();
    m_plot->replot(QCustomPlot::rpQueuedRefresh);
    const QRect r = m_plot->axisRect()->rect();
    if (r.width() != m_ring->cols() || r.height() != m_ring->rows())
        m_needRebuild = true; // the layout moved (tick labels, resize): fit on the next frame
    m_dirty = m_needRebuild;
    const double ms = clock.nsecsElapsed() / 1e6;
    m_frameMs.push_back(ms);
    if (m_frameMs.size() > kFrameHistory)
        m_frameMs.pop_front();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_frameStamps.push_back(now);
    while (!m_frameStamps.empty() && m_frameStamps.front() < now - 1000)
        m_frameStamps.pop_front();
    ++m_framesDrawn;
    emit frameDrawn();
}

void WaterfallPlot::onXRangeChanged()
{
    if (m_internal)
        return;
    m_needRebuild = true;
    markDirty();
    emit viewChanged();
}

void WaterfallPlot::onYRangeChanged()
{
    if (m_internal)
        return;
    m_following = false;
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
    m_paused = false;
    m_following = true;
    m_needRebuild = true;
    markDirty();
    emit viewChanged();
}

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
    goLive();
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
    m_hLine->setVisible(s.valid);
    m_vLine->setVisible(s.valid);
    if (s.valid) {
        const double y = m_plot->yAxis->pixelToCoord(event->position().y());
        m_hLine->point1->setCoords(0, y);
        m_hLine->point2->setCoords(1, y);
        m_vLine->point1->setCoords(s.channel, 0);
        m_vLine->point2->setCoords(s.channel, 1);
    }
    m_plot->layer(QStringLiteral("cursor"))->replot(); // the overlay layer only, not the image
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
    if (m_ring->isEmpty() || img.height() <= 0)
        return s;
    const int displayRow = int(std::floor((p.y() - img.top()) * m_ring->rows() / img.height()));
    const int phys = m_ring->physicalRow(displayRow);
    if (phys < 0)
        return s;
    const RowRef &ref = m_refs[size_t(phys)];
    s.seq = ref.seq;
    s.inGap = ref.seq < 0 && ref.endMs > 0 && m_ring->row(displayRow)[0] == kGapColor;
    if (ref.seq >= 0 && m_store && m_store->contains(ref.seq)) {
        s.value = m_store->line(ref.seq)[s.channel - m_store->channelLo()];
        s.timeMs = std::clamp(s.timeMs, ref.startMs, ref.endMs);
    } else {
        s.seq = -1;
    }
    return s;
}

QPointF WaterfallPlot::pixelOf(int channel, double timeMs) const
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

QImage WaterfallPlot::ringImage() const { return m_ring->toImage(); }

double WaterfallPlot::frameMsP50() const { return percentileOf(m_frameMs, 50); }
double WaterfallPlot::frameMsP95() const { return percentileOf(m_frameMs, 95); }
double WaterfallPlot::framesPerSecond() const { return double(m_frameStamps.size()); }

} // namespace wf
