#include "findingmarker.h"

#include <QTimer>
#include <algorithm>
#include <qcustomplot.h>

namespace wf {

namespace {
constexpr int kBlinkMs = 250;
constexpr int kBlinks = 12; // 3 s in all
} // namespace

FindingMarker::FindingMarker(QCustomPlot *plot, QObject *parent)
    : QObject(parent), m_plot(plot), m_rect(new QCPItemRect(plot)), m_timer(new QTimer(this))
{
    if (m_plot->layer(QStringLiteral("cursor")))
        m_rect->setLayer(QStringLiteral("cursor"));
    m_rect->setPen(QPen(QColor(0x00, 0xe5, 0xff), 3));
    m_rect->setBrush(Qt::NoBrush);
    m_rect->setSelectable(false);
    m_rect->setVisible(false);
    m_rect->setClipToAxisRect(true);
    m_timer->setInterval(kBlinkMs);
    connect(m_timer, &QTimer::timeout, this, &FindingMarker::tick);
}

void FindingMarker::flash(double channel, double timeMs, double rowMs)
{
    const QCPRange x = m_plot->xAxis->range();
    const double halfWidth = channel > 0 ? std::max(2.0, x.size() / 60) : x.size() / 2;
    const double centre = channel > 0 ? channel : x.center();
    const double halfHeight = std::max(rowMs, m_plot->yAxis->range().size() * 1000 / 80) / 1000;
    const double t = timeMs / 1000;
    m_rect->topLeft->setCoords(centre - halfWidth, t + halfHeight);
    m_rect->bottomRight->setCoords(centre + halfWidth, t - halfHeight);
    m_rect->setVisible(true);
    m_ticks = 0;
    m_timer->start();
    m_plot->layer(m_rect->layer()->name())->replot();
    emit showingChanged(true);
}

void FindingMarker::tick()
{
    ++m_ticks;
    m_rect->setVisible(m_ticks < kBlinks && m_ticks % 2 == 0);
    m_rect->layer()->replot();
    if (m_ticks >= kBlinks) {
        m_timer->stop();
        emit showingChanged(false);
    }
}

void FindingMarker::setColor(const QColor &color)
{
    m_rect->setPen(QPen(color, 3));
    if (m_rect->visible())
        m_rect->layer()->replot();
}

QColor FindingMarker::color() const
{
    return m_rect->pen().color();
}

bool FindingMarker::isShowing() const
{
    return m_timer->isActive() || m_rect->visible();
}

bool FindingMarker::isDrawn() const
{
    return m_rect->visible();
}

QRectF FindingMarker::frame() const
{
    return QRectF(QPointF(m_rect->topLeft->coords().x(), m_rect->bottomRight->coords().y()),
                  QPointF(m_rect->bottomRight->coords().x(), m_rect->topLeft->coords().y()));
}

} // namespace wf
