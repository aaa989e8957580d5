#pragma once
// WaterfallImage: the display-resolution pixels of the waterfall, a ring of image rows with a moving
// head (gqrx style): appending a row writes one scanline and moves the head, never a memmove.
//
// Owner: WaterfallPlot. Thread: GUI thread. Invariants: displayRow 0 is the newest row (drawn at the
// top), displayRow rows()-1 the oldest; rows never written since clear()/resize() are transparent;
// draw() issues exactly two drawImage calls (one when the head is at row 0).
#include "data/colormap.h"

#include <QImage>
#include <QRect>
#include <cstdint>

class QPainter;

namespace wf {

class WaterfallImage
{
  public:
    WaterfallImage() = default;
    WaterfallImage(int cols, int rows) { resize(cols, rows); }

    // Drops the content (transparent) and sets the size; a size of 0 is allowed (nothing drawn).
    void resize(int cols, int rows);
    void clear();

    int cols() const { return m_image.width(); }
    int rows() const { return m_image.height(); }
    int filledRows() const { return m_filled; }
    bool isEmpty() const { return m_image.isNull(); }

    // Pushes a new newest row (cols() pixels of 0xAARRGGBB, opaque or fully transparent).
    void appendLine(const uint32_t *argb);
    // The same, returning the new row's scanline for the caller to fill in place (cols() pixels).
    uint32_t *appendRow();
    // `rows` rows of one colour (a timestamp gap's band, an overlap line).
    void appendGapBand(int rows, uint32_t color);

    // Scanline of a display row (0 = newest); nullptr out of range. Writable for rebuilds.
    uint32_t *row(int displayRow);
    const uint32_t *row(int displayRow) const;
    // The image row a display row lives in (parallel per-row tables use it).
    int physicalRow(int displayRow) const;

    // Newest at the top of target, falling down; scales when target is not cols() x rows().
    void draw(QPainter &painter, const QRectF &target) const;

    // The rows in display order (newest at the top), a copy for export and tests.
    QImage toImage() const;

  private:
    QImage m_image; // Format_ARGB32_Premultiplied: transparent = no sample
    int m_head = 0; // physical row of display row 0
    int m_filled = 0;
};

} // namespace wf
