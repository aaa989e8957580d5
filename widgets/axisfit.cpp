#include "axisfit.h"

#include <QFontMetrics>
#include <QHash>
#include <QPointer>
#include <qcustomplot.h>

#include <algorithm>

namespace wf {

namespace {

constexpr int kMinTicks = 2;
constexpr int kMaxTicks = 12;

int gapOf(const QCPAxis *axis)
{
    return QFontMetrics(axis->tickLabelFont()).horizontalAdvance(QLatin1Char('0'));
}

bool touching(const QList<QRect> &rects, int gap)
{
    for (qsizetype i = 1; i < rects.size(); ++i)
        if (rects[i - 1].adjusted(-gap, -gap, gap, gap).intersects(rects[i]))
            return true;
    return false;
}

class AxisFitter : public QObject
{
  public:
    explicit AxisFitter(QCustomPlot *plot) : QObject(plot), m_plot(plot)
    {
        setObjectName(QStringLiteral("axisFitter"));
        connect(plot, &QCustomPlot::beforeReplot, this, &AxisFitter::before);
        connect(plot, &QCustomPlot::afterReplot, this, &AxisFitter::after);
    }

  private:
    struct State {
        int length = -1; // the axis' length in pixels when the fewer ticks were chosen
        int fewer = 0;   // ticks taken off the estimate because the labels still touched
    };

    QList<QCPAxis *> axes() const
    {
        QList<QCPAxis *> out;
        for (QCPAxis *a : m_plot->axisRect() ? m_plot->axisRect()->axes() : QList<QCPAxis *>())
            if (a->visible() && a->tickLabels() && a->ticker())
                out << a;
        return out;
    }

    static int lengthOf(const QCPAxis *a)
    {
        return a->orientation() == Qt::Horizontal ? a->axisRect()->width() : a->axisRect()->height();
    }

    void before()
    {
        for (QCPAxis *a : axes()) {
            const int length = lengthOf(a);
            if (length <= 0)
                continue;
            State &s = m_state[a];
            if (s.length != length)
                s = State{length, 0};
            const QFontMetrics fm(a->tickLabelFont());
            int extent = fm.height();
            if (a->orientation() == Qt::Horizontal) {
                extent = fm.horizontalAdvance(QStringLiteral("0000"));
                for (const QString &label : a->tickVectorLabels())
                    extent = std::max(extent, fm.horizontalAdvance(label));
            }
            // Room for each label and a gap of two digits; round steps may add a tick or two.
            const int fits = length / (extent + 2 * gapOf(a));
            a->ticker()->setTickCount(std::clamp(fits * 4 / 5 - s.fewer, kMinTicks, kMaxTicks));
        }
    }

    void after()
    {
        bool again = false;
        for (QCPAxis *a : axes()) {
            State &s = m_state[a];
            if (a->ticker()->tickCount() > kMinTicks && touching(tickLabelRects(a), gapOf(a) / 2)) {
                ++s.fewer;
                again = true;
            }
        }
        if (again)
            m_plot->replot(QCustomPlot::rpQueuedReplot);
    }

    QPointer<QCustomPlot> m_plot;
    QHash<const QCPAxis *, State> m_state;
};

} // namespace

void keepTickLabelsApart(QCustomPlot *plot)
{
    new AxisFitter(plot);
}

QList<QRect> tickLabelRects(const QCPAxis *axis)
{
    QList<QRect> rects;
    const QFontMetrics fm(axis->tickLabelFont());
    const QVector<double> ticks = axis->tickVector();
    const QVector<QString> labels = axis->tickVectorLabels();
    const QCPRange range = axis->range();
    for (qsizetype i = 0; i < ticks.size() && i < labels.size(); ++i) {
        if (!range.contains(ticks[i]) || labels[i].isEmpty())
            continue; // QCustomPlot draws no label outside the range
        const int at = int(std::lround(axis->coordToPixel(ticks[i])));
        const QSize size(fm.horizontalAdvance(labels[i]), fm.height());
        rects << (axis->orientation() == Qt::Horizontal ? QRect(at - size.width() / 2, 0, size.width(), size.height())
                                                        : QRect(0, at - size.height() / 2, size.width(), size.height()));
    }
    std::sort(rects.begin(), rects.end(), [axis](const QRect &a, const QRect &b) {
        return axis->orientation() == Qt::Horizontal ? a.left() < b.left() : a.top() < b.top();
    });
    return rects;
}

} // namespace wf
