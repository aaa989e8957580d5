#pragma once
// Where a widget's drawn text is: the columns of its "ink" (pixels far from its background, the
// colour most of it has), so a test can tell a text drawn whole from one cut at an edge.
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QStyle>
#include <QTextLayout>

namespace wf::test {

struct InkColumns {
    int first = -1; // -1: nothing drawn
    int last = -1;
};

inline InkColumns inkColumns(const QImage &image)
{
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, int> counts;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            ++counts[img.pixel(x, y)];
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    InkColumns ink;
    for (int x = 0; x < img.width(); ++x)
        for (int y = 0; y < img.height(); ++y)
            if (std::abs(qGray(img.pixel(x, y)) - qGray(background)) > 60) {
                if (ink.first < 0)
                    ink.first = x;
                ink.last = x;
                break;
            }
    return ink;
}

// A word-wrapped, plain-text, frameless label whose lines are not drawn where Qt measured them
// (QTextLayout at the label's width, in its alignment): a line's ink more than 1 px outside its
// measured box, or more than 3 px short of the box's aligned side. Qt 6.4 drew wrapped right-to-left
// lines one break space (3-5 px) left of their box, cutting the first letters of the leftmost word.
// Lines are told apart by the blank rows between them; a label where that fails is not judged.
inline bool textOffItsLines(QLabel *label, QString *why = nullptr)
{
    const QRect box = label->contentsRect();
    QTextLayout layout(label->text(), label->font());
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    option.setTextDirection(label->layoutDirection());
    const Qt::Alignment h = QStyle::visualAlignment(label->layoutDirection(), label->alignment()) & Qt::AlignHorizontal_Mask;
    option.setAlignment(h | Qt::AlignAbsolute);
    layout.setTextOption(option);
    QList<QRectF> lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(box.width());
        lines << line.naturalTextRect();
    }
    layout.endLayout();

    const QImage img = label->grab().toImage();
    const InkColumns all = inkColumns(img);
    if (all.first < 0)
        return false;
    // The ink of each text line: runs of rows with ink.
    const QImage rgb = img.convertToFormat(QImage::Format_RGB32);
    QList<QPair<int, int>> runs; // first and last row
    const QRgb background = rgb.pixel(all.first > 0 ? 0 : rgb.width() - 1, 0);
    for (int y = 0; y < rgb.height(); ++y) {
        bool ink = false;
        for (int x = 0; x < rgb.width() && !ink; ++x)
            ink = std::abs(qGray(rgb.pixel(x, y)) - qGray(background)) > 60;
        if (ink && (runs.isEmpty() || runs.last().second != y - 1))
            runs << qMakePair(y, y);
        else if (ink)
            runs.last().second = y;
    }
    if (runs.size() != lines.size())
        return false;
    for (int i = 0; i < lines.size(); ++i) {
        const InkColumns ink = inkColumns(img.copy(0, runs[i].first, img.width(), runs[i].second - runs[i].first + 1));
        const qreal left = box.left() + lines[i].left();
        const qreal right = left + lines[i].width();
        const bool outside = ink.first < left - 1 - 0.5 || ink.last > right + 1;
        const bool shortOfAlignedSide = (h & Qt::AlignRight) ? ink.last < right - 4 : (h & Qt::AlignLeft) ? ink.first > left + 3 : false;
        const bool cutAtEdge = (ink.first == 0 && left > 1.5) || (ink.last == img.width() - 1 && right < img.width() - 1.5);
        if (outside || shortOfAlignedSide || cutAtEdge) {
            if (why)
                *why = QStringLiteral("line %1 drawn at %2..%3, measured at %4..%5")
                           .arg(i + 1).arg(ink.first).arg(ink.last).arg(left, 0, 'f', 1).arg(right, 0, 'f', 1);
            return true;
        }
    }
    return false;
}

} // namespace wf::test
