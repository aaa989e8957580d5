#pragma once
// Exports of the waterfall: the whole history held in a RowStore as one full-resolution image, and
// the visible window as CSV. Pure functions over a store the caller owns; no user-visible text
// (the panel words the result). Thread: the thread that owns the store (the GUI thread).
#include "waterfallrenderer.h"

#include <QImage>
#include <QString>
#include <QtGlobal>
#include <vector>

namespace wf {

class RowStore;

// How an image of the history is bounded: every line and channel up to these limits, otherwise
// the NEWEST lines (and the lowest channels) that fit.
struct ExportLimits {
    int maxWidth = 32767;  // QPainter coordinates and many viewers stop at 2^15 - 1 pixels
    int maxHeight = 32767;
    // QImageReader's default allocation limit (256 MiB): a bigger PNG would not open in Qt itself.
    qint64 maxBytes = qint64(256) * 1024 * 1024;
};

struct HistoryImage {
    QImage image;           // ARGB32; null when the store holds no line
    qint64 linesHeld = 0;   // lines in the store
    qint64 firstSeq = -1;   // oldest line in the image (the bottom row)
    qint64 lastSeq = -1;    // newest line in the image (the top row)
    int channelsHeld = 0;   // channels per line in the store
    bool cropped() const { return image.height() < linesHeld || image.width() < channelsHeld; }
};

// One pixel per channel (channel lo on the left) and one row per stored line, newest at the top,
// coloured exactly as the live view colours a line shown 1:1 with the same params (colorizeLine: map, levels, NaN
// transparent, negatives in kNegativeColor when highlighting). The image carries text keys
// "first_ms", "last_ms", "channel_lo", "channel_hi", "lines_left_out" for whoever opens it.
HistoryImage historyImage(const RowStore &store, const WaterfallParams &params, const ExportLimits &limits = {});

// CSV in the C locale: '#' comment lines saying what the file holds, a header
// "start_ms,end_ms,chF..chL,start_utc", then one line per store line in `lines` (oldest first; a row
// of k samples is k lines), times in whole epoch ms, empty cells for missing samples, "NaN" for NaN.
bool writeCsv(const QString &path, const RowStore &store, const std::vector<qint64> &lines, int firstChannel,
              int lastChannel);

} // namespace wf
