#include "waterfallexport.h"

#include "data/colorizer.h"
#include "base/floattext.h"
#include "data/rowstore.h"

#include <QDateTime>
#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <cmath>

namespace wf {

HistoryImage historyImage(const RowStore &store, const WaterfallParams &params, const ExportLimits &limits)
{
    HistoryImage out;
    out.linesHeld = store.size();
    out.channelsHeld = store.channelCount();
    if (store.isEmpty() || store.channelCount() <= 0)
        return out;
    const int width = std::min(store.channelCount(), std::max(1, limits.maxWidth));
    const qint64 byBytes = std::max<qint64>(1, limits.maxBytes / (qint64(width) * 4));
    const int height = int(std::min({store.size(), qint64(std::max(1, limits.maxHeight)), byBytes}));
    out.image = QImage(width, height, QImage::Format_ARGB32);
    if (out.image.isNull())
        return out; // allocation failed: reported as nothing written
    out.lastSeq = store.endSeq() - 1;
    out.firstSeq = out.lastSeq - height + 1;
    const ColorLut &lut = colorLut(params.map);
    for (int y = 0; y < height; ++y) // newest at the top, as on screen
        colorizeLine(store.line(out.lastSeq - y), width, reinterpret_cast<uint32_t *>(out.image.scanLine(y)), width,
                     params.levels, lut, params.highlightNegatives);
    const auto number = [](double v) { return QString::number(v, 'f', 3); };
    out.image.setText(QStringLiteral("first_ms"), number(store.lineInfo(out.firstSeq).startMs));
    out.image.setText(QStringLiteral("last_ms"), number(store.lineInfo(out.lastSeq).endMs));
    out.image.setText(QStringLiteral("channel_lo"), QString::number(store.channelLo()));
    out.image.setText(QStringLiteral("channel_hi"), QString::number(store.channelLo() + width - 1));
    out.image.setText(QStringLiteral("lines_left_out"), QString::number(out.linesHeld - height));
    return out;
}

bool writeCsv(const QString &path, const RowStore &store, const std::vector<qint64> &lines, int firstChannel,
              int lastChannel)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QTextStream out(&file);
    firstChannel = std::max(firstChannel, store.channelLo());
    lastChannel = std::min(lastChannel, store.channelHi());
    // What a reader needs to know before the first row; '#' lines (comment='#' in pandas, numpy).
    out << "# Focus Waterfall Viewer: the visible window, channels " << firstChannel << '-' << lastChannel << ", "
        << qulonglong(lines.size()) << " lines, oldest first.\n"
        << "# One CSV line per display line: a row of k samples per channel becomes k lines splitting its time span "
           "evenly (times rounded to whole ms).\n"
        << "# start_ms, end_ms: epoch milliseconds; start_utc: start_ms in ISO 8601, UTC.\n"
        << "# A cell is empty where the channel had no sample, NaN / Infinity / -Infinity where the server sent one.\n";
    // The columns a script reads by position stay first; the ISO 8601 time (UTC, ms) is added last.
    out << "start_ms,end_ms";
    for (int ch = firstChannel; ch <= lastChannel; ++ch)
        out << ",ch" << ch;
    out << ",start_utc\n";
    for (qint64 seq : lines) { // machine format: C locale, oldest first
        const float *line = store.line(seq);
        if (!line)
            continue;
        const LineInfo info = store.lineInfo(seq);
        const qint64 startMs = std::llround(info.startMs);
        out << startMs << ',' << qint64(std::llround(info.endMs));
        for (int ch = firstChannel; ch <= lastChannel; ++ch) {
            const float v = line[ch - store.channelLo()];
            out << ',';
            if (!isMissingSample(v)) // the wire's decimal text: 50.123, not 50.12300109863281; NaN as NaN
                out << QString::fromLatin1(floatText(v));
        }
        out << ',' << QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC).toString(Qt::ISODateWithMs) << '\n';
    }
    return out.status() == QTextStream::Ok && file.flush();
}

} // namespace wf
