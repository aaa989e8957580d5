#pragma once
// Tick labels that never print over each other ("2505001000150020002000" at 1024x640): before each
// replot every labelled axis of a plot asks for as many ticks as its length holds labels of the
// width it shows; after it, an axis whose drawn labels still touch (a round step gave more ticks
// than asked) asks for one fewer and the plot is drawn again. Thread: GUI thread.
#include <QRect>
#include <QList>

class QCPAxis;
class QCustomPlot;

namespace wf {

// Keeps the tick labels of every axis of `plot` apart, from now on (a child of the plot does it).
void keepTickLabelsApart(QCustomPlot *plot);

// The rectangles the axis' tick labels are drawn in (plot pixels), in tick order: for tests and the
// check above. Labels are centred on their tick (as QCustomPlot draws them, unrotated).
QList<QRect> tickLabelRects(const QCPAxis *axis);

} // namespace wf
