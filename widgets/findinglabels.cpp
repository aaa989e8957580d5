#include "findinglabels.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace wf {

namespace {
constexpr double kHalfFrame = 7;
constexpr double kPad = 3;
constexpr int kSteps = 24; // places tried along the frame's side, each one label height further

bool isFree(const QRectF &r, const QRectF &area, const std::vector<FindingLabel> &all, size_t self)
{
    if (!area.contains(r))
        return false;
    for (size_t i = 0; i < all.size(); ++i) {
        if (i != self && r.intersects(all[i].frame.adjusted(-1, -1, 1, 1)))
            return false;
        if (!all[i].label.isEmpty() && r.intersects(all[i].label.adjusted(-1, -1, 1, 1)))
            return false;
    }
    return true;
}
} // namespace

std::vector<FindingLabel> layoutFindingLabels(const std::vector<FindingMark> &marks, const QRectF &area, const QFont &font)
{
    std::vector<FindingLabel> out;
    for (const FindingMark &m : marks) {
        const QRectF frame(m.at - QPointF(kHalfFrame, kHalfFrame), QSizeF(2 * kHalfFrame, 2 * kHalfFrame));
        auto same = std::find_if(out.begin(), out.end(), [&](const FindingLabel &l) {
            return std::abs(l.frame.center().x() - m.at.x()) < 2 * kHalfFrame && std::abs(l.frame.center().y() - m.at.y()) < 2 * kHalfFrame;
        });
        if (same == out.end())
            out.push_back(FindingLabel{frame, {m.text}, {}});
        else if (!same->texts.contains(m.text))
            same->texts << m.text;
    }
    const QFontMetricsF fm(font);
    for (size_t i = 0; i < out.size(); ++i) {
        FindingLabel &l = out[i];
        // One line; one line per finding when that is too wide to sit beside a frame.
        l.multiline = l.texts.size() > 1 && fm.horizontalAdvance(l.text()) > 0.45 * area.width();
        const QStringList lines = l.multiline ? l.texts : QStringList{l.text()};
        double width = 0;
        for (const QString &line : lines)
            width = std::max(width, fm.horizontalAdvance(line));
        const QSizeF size(width + 2 * kPad, fm.height() * lines.size() + 2 * kPad);
        const double step = size.height() + 2;
        const double centredX = std::clamp(l.frame.center().x() - size.width() / 2, area.left(), area.right() - size.width());
        // Beside the frame first (right, then left), then above and below it, each further away in turn.
        for (int k = 0; k <= kSteps && l.label.isEmpty(); ++k) {
            const double dy = k * step;
            const QRectF candidates[] = {
                QRectF(QPointF(l.frame.right() + 3, l.frame.top() + dy), size),
                QRectF(QPointF(l.frame.left() - 3 - size.width(), l.frame.top() + dy), size),
                QRectF(QPointF(l.frame.right() + 3, l.frame.top() - dy), size),
                QRectF(QPointF(l.frame.left() - 3 - size.width(), l.frame.top() - dy), size),
                QRectF(QPointF(centredX, l.frame.top() - 3 - size.height() - dy), size),
                QRectF(QPointF(centredX, l.frame.bottom() + 3 + dy), size),
            };
            for (const QRectF &r : candidates) {
                if (isFree(r, area, out, i)) {
                    l.label = r;
                    break;
                }
            }
        }
    }
    return out;
}

void paintFindingLabels(QPainter &p, const std::vector<FindingLabel> &labels, const QFont &font, const QColor &frameColor)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font);
    for (const FindingLabel &l : labels) {
        p.setPen(QPen(frameColor, 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(l.frame);
        if (l.label.isEmpty())
            continue;
        if (!l.label.intersects(l.frame.adjusted(-4, -4, 4, 4))) { // moved away: a leader line back to its frame
            const QPointF to = l.frame.center();
            const QPointF from(std::clamp(to.x(), l.label.left(), l.label.right()), std::clamp(to.y(), l.label.top(), l.label.bottom()));
            p.setPen(QPen(frameColor, 1));
            p.drawLine(from, to);
        }
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 0, 0, 190));
        p.drawRoundedRect(l.label, 3, 3);
        p.setPen(Qt::white);
        p.drawText(l.label, Qt::AlignCenter, l.multiline ? l.texts.join(QLatin1Char('\n')) : l.text());
    }
    p.restore();
}

} // namespace wf
