#pragma once
// FindingLabels: the frames and words drawn over a picture of the waterfall at each finding in view
// (the session report's image). Findings at the same spot share one frame and one label; labels are
// placed beside their frame, or moved along it with a leader line, so that no two overlap and none
// covers another frame; a label with no free place is left out (its frame stays). Pure geometry
// plus one painting function; GUI thread (fonts).
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <vector>

class QPainter;

namespace wf {

struct FindingMark {
    QPointF at;    // the finding's pixel
    QString text;  // what it is, in words
};

struct FindingLabel {
    QRectF frame;       // around the spot
    QStringList texts;  // every finding there, once each
    QRectF label;       // where the words go; empty: no free place
    bool multiline = false; // one finding per line (too wide for one)
    QString text() const { return texts.join(QStringLiteral(", ")); }
};

// Groups marks closer than the frame's size and places one label per group inside `area`.
std::vector<FindingLabel> layoutFindingLabels(const std::vector<FindingMark> &marks, const QRectF &area, const QFont &font);
void paintFindingLabels(QPainter &painter, const std::vector<FindingLabel> &labels, const QFont &font, const QColor &frameColor);

} // namespace wf
