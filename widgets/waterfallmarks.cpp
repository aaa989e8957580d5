// WaterfallMarks: see waterfallmarks.h.
#include "waterfallmarks.h"

#include "apptext.h"
#include "data/colorizer.h"
#include "data/rowstore.h"
#include "datetext.h"
#include "findingmarker.h"
#include "waterfallimage.h"
#include "waterfallplottable.h"
#include "waterfallrenderer.h"

#include <QLocale>
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

WaterfallPlotLegend::Entries WaterfallMarks::inView(const View &v)
{
    using E = WaterfallPlotLegend::Entry;
    WaterfallPlotLegend::Entries in{};
    const auto set = [&in](E e) { in[size_t(e)] = true; };
    if (v.marker && v.marker->isDrawn()) {
        const QRectF f = v.marker->frame(); // channels x epoch seconds
        const QRectF view(QPointF(v.plot->xAxis->range().lower, v.plot->yAxis->range().lower),
                          QPointF(v.plot->xAxis->range().upper, v.plot->yAxis->range().upper));
        if (f.intersects(view))
            set(E::Finding);
    }
    const QRectF img = v.image->pixelRect();
    const QRect axis = v.plot->axisRect()->rect();
    const WaterfallImage *ring = v.renderer->ring();
    if (v.renderer->isEmpty() || img.height() <= 0 || ring->rows() <= 0)
        return in;
    // The ring rows inside the axis rect, as WaterfallPlottable::drawMarks maps them.
    const double top = std::max<double>(img.top(), axis.top()), bottom = std::min<double>(img.bottom(), axis.bottom() + 1);
    const int r0 = std::max(0, int(std::floor((top - img.top()) * ring->rows() / img.height())));
    const int r1 = std::min(ring->rows(), int(std::ceil((bottom - img.top()) * ring->rows() / img.height())));
    for (int row = r0; row < r1; ++row) {
        if (const WaterfallRenderer::RowRef *ref = v.renderer->refAt(row)) {
            if (ref->gap)
                set(E::Gap);
            if (ref->overlap)
                set(E::Overlap);
        }
        if (const uint32_t *marks = v.renderer->marks()->row(row)) {
            if (marks[0] != kNanColor)
                set(E::Negative);
            if (marks[1] != kNanColor)
                set(E::SuspectRange);
        }
    }
    return in;
}

QString WaterfallMarks::toolTipAt(const View &v, const QPointF &p)
{
    if (v.marker && v.marker->isShowing()) {
        const QRectF f = v.marker->frame(); // channels x epoch seconds
        const QRectF px = QRectF(QPointF(v.plot->xAxis->coordToPixel(f.left()), v.plot->yAxis->coordToPixel(f.bottom())),
                                 QPointF(v.plot->xAxis->coordToPixel(f.right()), v.plot->yAxis->coordToPixel(f.top())))
                              .normalized()
                              .adjusted(-4, -4, 4, 4);
        if (px.contains(p))
            return tr("Jumped-to finding");
    }
    const QRectF img = v.image->pixelRect();
    const QRect axis = v.plot->axisRect()->rect();
    if (v.renderer->isEmpty() || img.height() <= 0 || p.y() < std::max<double>(img.top(), axis.top())
        || p.y() >= std::min<double>(img.bottom(), axis.bottom() + 1))
        return QString();
    const int displayRow = int(std::floor((p.y() - img.top()) * v.renderer->ring()->rows() / img.height()));
    const WaterfallRenderer::RowRef *ref = v.renderer->refAt(displayRow);
    if (!ref)
        return QString();

    // The strips beside the image (see WaterfallPlottable::drawMarks).
    const uint32_t *marks = v.renderer->marks()->row(displayRow);
    const int strip = WaterfallPlottable::kStripWidth;
    if (marks && p.x() >= axis.right() + 2 && p.x() < axis.right() + 2 + strip && marks[0] != kNanColor)
        return tr("Row with negative samples");
    if (marks && p.x() >= axis.left() - strip && p.x() < axis.left() && marks[1] != kNanColor)
        return tr("Block whose reported minimum/maximum is suspect");
    if (!axis.contains(p.toPoint()) || !v.store)
        return QString();

    const bool known = ref->next >= 0 && v.store->contains(ref->next);
    if (ref->gap) {
        double from = ref->startMs, to = ref->endMs;
        if (known) {
            const LineInfo next = v.store->lineInfo(ref->next);
            from = next.startMs - next.gapBeforeMs;
            to = next.startMs;
        }
        return tr("Gap: no rows from %1 to %2 (%3)").arg(clock(from), clock(to), duration(to - from));
    }
    if (ref->overlap) {
        if (!known)
            return tr("Overlap / time going back");
        const LineInfo next = v.store->lineInfo(ref->next);
        const bool backwards = v.store->contains(ref->next - 1) && next.startMs < v.store->lineInfo(ref->next - 1).startMs;
        if (backwards)
            return tr("Time going back: this row starts at %1, before the previous row started (%2 before its end)")
                .arg(clock(next.startMs), duration(-next.gapBeforeMs));
        return tr("Overlap: this row starts at %1, %2 before the previous row ended")
            .arg(clock(next.startMs), duration(-next.gapBeforeMs));
    }
    if (ref->seq < 0 || !v.store->contains(ref->seq) || !v.renderer->params().highlightNegatives)
        return QString();
    const WaterfallImage *ring = v.renderer->ring();
    const int column = int(std::floor((p.x() - img.left()) * ring->cols() / img.width()));
    const uint32_t *pixels = ring->row(displayRow);
    if (!pixels || column < 0 || column >= ring->cols() || pixels[column] != v.renderer->params().overlays.negative)
        return QString();
    // The column's most negative sample (a column may show several channels).
    const int n = v.renderer->lastChannel() - v.renderer->firstChannel() + 1;
    const IndexSpan span = channelsOfColumn(column, n, ring->cols());
    // A row longer than a line folds several: the most negative sample of them all.
    int channel = -1;
    float value = 0;
    double atMs = ref->startMs;
    for (qint64 seq = ref->seq; seq < ref->seq + ref->count && v.store->contains(seq); ++seq) {
        const float *line = v.store->line(seq);
        for (int i = span.begin; i < span.end; ++i) {
            const float sample = line[v.renderer->firstChannel() - v.store->channelLo() + i];
            if (sample < value) {
                value = sample;
                channel = v.renderer->firstChannel() + i;
                atMs = ref->count > 1 ? v.store->lineInfo(seq).startMs : ref->startMs;
            }
        }
    }
    if (channel < 0)
        return QString();
    const QLocale loc;
    return tr("Negative value %1 at channel %2, %3").arg(loc.toString(value, 'g', 6), loc.toString(channel), clock(atMs));
}

} // namespace wf
