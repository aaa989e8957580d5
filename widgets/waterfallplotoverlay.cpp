// WaterfallPlot, what is drawn over the data: the overlay colours in the legend and the finding
// frame, the message on an empty plot, and the tool tips over the marks (what a gap band, an overlap
// line, a highlighted negative sample, a mark in the strips beside the image and the finding's
// frame mean, with their times). Drawing and the frame timer are in waterfallplot.cpp.
#include "waterfallplot.h"
#include "waterfallchart.h"

#include "apptext.h"
#include "datetext.h"
#include "findingmarker.h"
#include "data/rowstore.h"
#include "waterfallimage.h"
#include "waterfallplotlegend.h"
#include "waterfallplottable.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace wf {

namespace {
QString clock(double ms)
{
    return ltr(DateText::timeOfEpochMs(qint64(std::floor(ms)), true));
}

QString duration(double ms)
{
    return ltr(AppText::milliseconds(ms));
}
} // namespace

void WaterfallPlot::setEmptyMessage(const QString &message)
{
    if (m_emptyMessage == message)
        return;
    m_emptyMessage = message;
    updateEmptyMessage();
}

QString WaterfallPlot::emptyMessageShown() const
{
    return m_emptyLabel->isVisibleTo(this) ? m_emptyLabel->text() : QString();
}

void WaterfallPlot::updateEmptyMessage()
{
    const bool empty = !m_store || m_store->isEmpty();
    m_emptyLabel->setText(m_emptyMessage.isEmpty() ? tr("No rows yet") : m_emptyMessage);
    m_emptyLabel->setVisible(empty);
    if (!empty)
        return;
    // Centred in the axis rect, as wide as the words need and no wider than the rect.
    const QRect r = m_plot->axisRect()->rect();
    const int words = m_emptyLabel->fontMetrics().horizontalAdvance(m_emptyLabel->text()) + 2 * 8 + 4; // + padding
    const int width = std::max(60, std::min({r.width() - 24, 460, words}));
    const int height = std::min(std::max(20, r.height() - 8), m_emptyLabel->heightForWidth(width));
    m_emptyLabel->setGeometry(QRect(r.center().x() - width / 2, r.center().y() - height / 2, width, height));
}

void WaterfallPlot::updateOverlays()
{
    m_legend->setColors(params().overlays);
    m_legend->setEntryShown(WaterfallPlotLegend::Entry::Negative, params().highlightNegatives);
    if (m_marker)
        m_marker->setColor(QColor::fromRgba(params().overlays.finding));
}

FindingMarker *WaterfallPlot::findingMarker()
{
    if (!m_marker) {
        m_marker = new FindingMarker(m_plot, this);
        // Listed while the frame flashes: the legend names only marks that can be on the picture.
        connect(m_marker, &FindingMarker::showingChanged, this,
                [this](bool on) { m_legend->setEntryShown(WaterfallPlotLegend::Entry::Finding, on); });
        updateOverlays();
    }
    return m_marker;
}

WaterfallPlotLegend::Entries WaterfallPlot::marksInView() const
{
    using E = WaterfallPlotLegend::Entry;
    WaterfallPlotLegend::Entries in{};
    const auto set = [&in](E e) { in[size_t(e)] = true; };
    if (m_marker && m_marker->isDrawn()) {
        const QRectF f = m_marker->frame(); // channels x epoch seconds
        const QRectF view(QPointF(m_plot->xAxis->range().lower, m_plot->yAxis->range().lower),
                          QPointF(m_plot->xAxis->range().upper, m_plot->yAxis->range().upper));
        if (f.intersects(view))
            set(E::Finding);
    }
    const QRectF img = m_plottable->pixelRect();
    const QRect axis = m_plot->axisRect()->rect();
    const WaterfallImage *ring = m_renderer.ring();
    if (m_renderer.isEmpty() || img.height() <= 0 || ring->rows() <= 0)
        return in;
    // The ring rows inside the axis rect, as WaterfallPlottable::drawMarks maps them.
    const double top = std::max<double>(img.top(), axis.top()), bottom = std::min<double>(img.bottom(), axis.bottom() + 1);
    const int r0 = std::max(0, int(std::floor((top - img.top()) * ring->rows() / img.height())));
    const int r1 = std::min(ring->rows(), int(std::ceil((bottom - img.top()) * ring->rows() / img.height())));
    for (int row = r0; row < r1; ++row) {
        if (const WaterfallRenderer::RowRef *ref = m_renderer.refAt(row)) {
            if (ref->gap)
                set(E::Gap);
            if (ref->overlap)
                set(E::Overlap);
        }
        if (const uint32_t *marks = m_renderer.marks()->row(row)) {
            if (marks[0] != kNanColor)
                set(E::Negative);
            if (marks[1] != kNanColor)
                set(E::SuspectRange);
        }
    }
    return in;
}

QString WaterfallPlot::markToolTipAt(const QPointF &p) const
{
    if (m_marker && m_marker->isShowing()) {
        const QRectF f = m_marker->frame(); // channels x epoch seconds
        const QRectF px = QRectF(QPointF(m_plot->xAxis->coordToPixel(f.left()), m_plot->yAxis->coordToPixel(f.bottom())),
                                 QPointF(m_plot->xAxis->coordToPixel(f.right()), m_plot->yAxis->coordToPixel(f.top())))
                              .normalized()
                              .adjusted(-4, -4, 4, 4);
        if (px.contains(p))
            return tr("Jumped-to finding");
    }
    const QRectF img = m_plottable->pixelRect();
    const QRect axis = m_plot->axisRect()->rect();
    if (m_renderer.isEmpty() || img.height() <= 0 || p.y() < std::max<double>(img.top(), axis.top())
        || p.y() >= std::min<double>(img.bottom(), axis.bottom() + 1))
        return QString();
    const int displayRow = int(std::floor((p.y() - img.top()) * m_renderer.ring()->rows() / img.height()));
    const WaterfallRenderer::RowRef *ref = m_renderer.refAt(displayRow);
    if (!ref)
        return QString();

    // The strips beside the image (see WaterfallPlottable::drawMarks).
    const uint32_t *marks = m_renderer.marks()->row(displayRow);
    const int strip = WaterfallPlottable::kStripWidth;
    if (marks && p.x() >= axis.right() + 2 && p.x() < axis.right() + 2 + strip && marks[0] != kNanColor)
        return tr("Row with negative samples");
    if (marks && p.x() >= axis.left() - strip && p.x() < axis.left() && marks[1] != kNanColor)
        return tr("Block whose reported minimum/maximum is suspect");
    if (!axis.contains(p.toPoint()) || !m_store)
        return QString();

    const bool known = ref->next >= 0 && m_store->contains(ref->next);
    if (ref->gap) {
        double from = ref->startMs, to = ref->endMs;
        if (known) {
            const LineInfo next = m_store->lineInfo(ref->next);
            from = next.startMs - next.gapBeforeMs;
            to = next.startMs;
        }
        return tr("Gap: no rows from %1 to %2 (%3)").arg(clock(from), clock(to), duration(to - from));
    }
    if (ref->overlap) {
        if (!known)
            return tr("Overlap / time going back");
        const LineInfo next = m_store->lineInfo(ref->next);
        const bool backwards = m_store->contains(ref->next - 1) && next.startMs < m_store->lineInfo(ref->next - 1).startMs;
        if (backwards)
            return tr("Time going back: this row starts at %1, before the previous row started (%2 before its end)")
                .arg(clock(next.startMs), duration(-next.gapBeforeMs));
        return tr("Overlap: this row starts at %1, %2 before the previous row ended")
            .arg(clock(next.startMs), duration(-next.gapBeforeMs));
    }
    if (ref->seq < 0 || !m_store->contains(ref->seq) || !params().highlightNegatives)
        return QString();
    const WaterfallImage *ring = m_renderer.ring();
    const int column = int(std::floor((p.x() - img.left()) * ring->cols() / img.width()));
    const uint32_t *pixels = ring->row(displayRow);
    if (!pixels || column < 0 || column >= ring->cols() || pixels[column] != params().overlays.negative)
        return QString();
    // The column's most negative sample (a column may show several channels).
    const int n = m_renderer.lastChannel() - m_renderer.firstChannel() + 1;
    const IndexSpan span = channelsOfColumn(column, n, ring->cols());
    // A row longer than a line folds several: the most negative sample of them all.
    int channel = -1;
    float value = 0;
    double atMs = ref->startMs;
    for (qint64 seq = ref->seq; seq < ref->seq + ref->count && m_store->contains(seq); ++seq) {
        const float *line = m_store->line(seq);
        for (int i = span.begin; i < span.end; ++i) {
            const float v = line[m_renderer.firstChannel() - m_store->channelLo() + i];
            if (v < value) {
                value = v;
                channel = m_renderer.firstChannel() + i;
                atMs = ref->count > 1 ? m_store->lineInfo(seq).startMs : ref->startMs;
            }
        }
    }
    if (channel < 0)
        return QString();
    const QLocale loc;
    return tr("Negative value %1 at channel %2, %3").arg(loc.toString(value, 'g', 6), loc.toString(channel), clock(atMs));
}

bool WaterfallPlot::showMarkToolTip(QHelpEvent *event)
{
    const QString text = markToolTipAt(event->pos());
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    QToolTip::showText(event->globalPos(), text, m_plot);
    return true;
}

} // namespace wf
