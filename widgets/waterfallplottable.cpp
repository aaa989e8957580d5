#include "waterfallplottable.h"

#include "waterfallimage.h"

namespace wf {

WaterfallPlottable::WaterfallPlottable(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis)
{
    setAntialiased(false);
    setSelectable(QCP::stNone);
}

void WaterfallPlottable::setExtent(const QCPRange &keys, const QCPRange &values)
{
    m_keys = keys;
    m_values = values;
}

QRectF WaterfallPlottable::pixelRect() const
{
    QCPAxis *k = keyAxis();
    QCPAxis *v = valueAxis();
    if (!k || !v)
        return {};
    const QPointF a = coordsToPixels(m_keys.lower, m_values.upper);
    const QPointF b = coordsToPixels(m_keys.upper, m_values.lower);
    QRectF r = QRectF(a, b).normalized();
    // QCPAxis maps a vertical range's upper end one pixel above the axis rect (bottom() - height()):
    // shift so that a ring as tall as the axis rect covers exactly its pixel rows.
    if (v->orientation() == Qt::Vertical)
        r.translate(0, 1);
    return r;
}

void WaterfallPlottable::draw(QCPPainter *painter)
{
    if (!m_image || m_image->isEmpty())
        return;
    // Pixels drawn 1:1 must not be blurred; a scaled (zoomed) view stays crisp as well.
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    QRectF r = pixelRect();
    // Snap to whole pixels so a ring the size of the axis rect lands exactly 1:1.
    r = QRectF(QPointF(std::round(r.left()), std::round(r.top())), QPointF(std::round(r.right()), std::round(r.bottom())));
    painter->save();
    painter->setClipRect(keyAxis()->axisRect()->rect());
    m_image->draw(*painter, r);
    painter->restore();
    drawMarks(painter, r);
}

QRect WaterfallPlottable::clipRect() const
{
    return mParentPlot ? mParentPlot->viewport() : QRect();
}

void WaterfallPlottable::drawMarks(QCPPainter *painter, const QRectF &image) const
{
    if (!m_marks || m_marks->isEmpty())
        return;
    const QRect axisRect = keyAxis()->axisRect()->rect();
    const QImage all = m_marks->toImage();
    const double top = std::max<double>(image.top(), axisRect.top());
    const double bottom = std::min<double>(image.bottom(), axisRect.bottom() + 1);
    if (bottom <= top || image.height() <= 0)
        return;
    // Only the part of the image inside the axis rect, mapped back to mark rows.
    const double r0 = (top - image.top()) * all.height() / image.height();
    const double r1 = (bottom - image.top()) * all.height() / image.height();
    painter->setPen(Qt::NoPen);
    painter->fillRect(QRectF(axisRect.right() + 2, top, kStripWidth, bottom - top), m_stripBackground);
    painter->drawImage(QRectF(axisRect.right() + 2, top, kStripWidth, bottom - top), all, QRectF(0, r0, 1, r1 - r0));
    painter->drawImage(QRectF(axisRect.left() - kStripWidth, top, kStripWidth, bottom - top), all, QRectF(1, r0, 1, r1 - r0));
}

void WaterfallPlottable::drawLegendIcon(QCPPainter *painter, const QRectF &rect) const
{
    QLinearGradient g(rect.topLeft(), rect.topRight());
    g.setColorAt(0, QColor(0x44, 0x01, 0x54));
    g.setColorAt(1, QColor(0xfd, 0xe7, 0x25));
    painter->fillRect(rect, g);
}

double WaterfallPlottable::selectTest(const QPointF &pos, bool onlySelectable, QVariant *details) const
{
    Q_UNUSED(details)
    if (onlySelectable && !selectable())
        return -1;
    return pixelRect().contains(pos) ? 0.99 * mParentPlot->selectionTolerance() : -1;
}

QCPRange WaterfallPlottable::getKeyRange(bool &foundRange, QCP::SignDomain inSignDomain) const
{
    foundRange = m_image && !m_image->isEmpty();
    if (inSignDomain == QCP::sdPositive && m_keys.lower <= 0)
        foundRange = m_keys.upper > 0 && foundRange;
    if (inSignDomain == QCP::sdNegative && m_keys.upper >= 0)
        foundRange = m_keys.lower < 0 && foundRange;
    return m_keys;
}

QCPRange WaterfallPlottable::getValueRange(bool &foundRange, QCP::SignDomain inSignDomain,
                                           const QCPRange &inKeyRange) const
{
    Q_UNUSED(inKeyRange)
    Q_UNUSED(inSignDomain)
    foundRange = m_image && !m_image->isEmpty();
    return m_values;
}

} // namespace wf
