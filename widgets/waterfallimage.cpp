#include "waterfallimage.h"

#include "data/colormap.h"

#include <QPainter>
#include <algorithm>
#include <cstring>

namespace wf {

void WaterfallImage::resize(int cols, int rows)
{
    cols = std::max(0, cols);
    rows = std::max(0, rows);
    if (cols == 0 || rows == 0)
        m_image = QImage();
    else if (m_image.width() != cols || m_image.height() != rows)
        m_image = QImage(cols, rows, QImage::Format_ARGB32_Premultiplied);
    clear();
}

void WaterfallImage::clear()
{
    if (!m_image.isNull())
        m_image.fill(Qt::transparent);
    m_head = 0;
    m_filled = 0;
}

uint32_t *WaterfallImage::appendRow()
{
    if (m_image.isNull())
        return nullptr;
    m_head = (m_head == 0 ? m_image.height() : m_head) - 1;
    m_filled = std::min(m_filled + 1, m_image.height());
    return reinterpret_cast<uint32_t *>(m_image.scanLine(m_head));
}

void WaterfallImage::appendLine(const uint32_t *argb)
{
    if (uint32_t *dst = appendRow())
        std::memcpy(dst, argb, size_t(cols()) * sizeof(uint32_t));
}

void WaterfallImage::appendGapBand(int rows, uint32_t color)
{
    rows = std::min(rows, this->rows());
    for (int i = 0; i < rows; ++i) {
        uint32_t *dst = appendRow();
        std::fill(dst, dst + cols(), color);
    }
}

int WaterfallImage::physicalRow(int displayRow) const
{
    const int h = m_image.height();
    if (displayRow < 0 || displayRow >= h)
        return -1;
    return (m_head + displayRow) % h;
}

uint32_t *WaterfallImage::row(int displayRow)
{
    const int p = physicalRow(displayRow);
    return p < 0 ? nullptr : reinterpret_cast<uint32_t *>(m_image.scanLine(p));
}

const uint32_t *WaterfallImage::row(int displayRow) const
{
    const int p = physicalRow(displayRow);
    return p < 0 ? nullptr : reinterpret_cast<const uint32_t *>(m_image.constScanLine(p));
}

void WaterfallImage::draw(QPainter &painter, const QRectF &target) const
{
    if (m_image.isNull() || target.isEmpty())
        return;
    const int h = m_image.height();
    const double scale = target.height() / h;
    // Physical rows [head, h) are the newest; they go on top, [0, head) below them.
    const int upper = h - m_head;
    const QRectF top(target.left(), target.top(), target.width(), upper * scale);
    painter.drawImage(top, m_image, QRectF(0, m_head, m_image.width(), upper));
    if (m_head > 0) {
        const QRectF bottom(target.left(), top.bottom(), target.width(), m_head * scale);
        painter.drawImage(bottom, m_image, QRectF(0, 0, m_image.width(), m_head));
    }
}

QImage WaterfallImage::toImage() const
{
    if (m_image.isNull())
        return {};
    QImage out(m_image.size(), m_image.format());
    for (int y = 0; y < m_image.height(); ++y)
        std::memcpy(out.scanLine(y), row(y), size_t(m_image.width()) * sizeof(uint32_t));
    return out;
}

} // namespace wf
