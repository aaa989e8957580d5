// WaterfallPlot, what is drawn over the data: the overlay colours in the legend and the finding
// frame, the message on an empty plot, and the tool tips over the marks (their words are
// WaterfallMarks'). Drawing and the frame timer are in waterfallplot.cpp.
#include "waterfallplot.h"
#include "waterfallchart.h"

#include "apptext.h"
#include "datetext.h"
#include "findingmarker.h"
#include "data/rowstore.h"
#include "waterfallimage.h"
#include "waterfallplotlegend.h"
#include "waterfallplottable.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace wf {

void WaterfallPlot::setEmptyMessage(const QString &message)
{
    if (m_emptyMessage == message)
        return;
    m_emptyMessage = message;
    updateEmptyMessage();
}

QString WaterfallPlot::emptyMessageShown() const
{
    return m_emptyLabel->isVisibleTo(this) ? m_emptyLabel->text() : QString();
}

void WaterfallPlot::updateEmptyMessage()
{
    const bool empty = !m_store || m_store->isEmpty();
    m_emptyLabel->setText(m_emptyMessage.isEmpty() ? tr("No rows yet") : m_emptyMessage);
    m_emptyLabel->setVisible(empty);
    if (!empty)
        return;
    // Centred in the axis rect, as wide as the words need and no wider than the rect.
    const QRect r = m_plot->axisRect()->rect();
    const int words = m_emptyLabel->fontMetrics().horizontalAdvance(m_emptyLabel->text()) + 2 * 8 + 4; // + padding
    const int width = std::max(60, std::min({r.width() - 24, 460, words}));
    const int height = std::min(std::max(20, r.height() - 8), m_emptyLabel->heightForWidth(width));
    m_emptyLabel->setGeometry(QRect(r.center().x() - width / 2, r.center().y() - height / 2, width, height));
}

void WaterfallPlot::updateOverlays()
{
    m_legend->setColors(params().overlays);
    m_legend->setEntryShown(WaterfallPlotLegend::Entry::Negative, params().highlightNegatives);
    if (m_marker)
        m_marker->setColor(QColor::fromRgba(params().overlays.finding));
}

FindingMarker *WaterfallPlot::findingMarker()
{
    if (!m_marker) {
        m_marker = new FindingMarker(m_plot, this);
        // Listed while the frame flashes: the legend names only marks that can be on the picture.
        connect(m_marker, &FindingMarker::showingChanged, this,
                [this](bool on) { m_legend->setEntryShown(WaterfallPlotLegend::Entry::Finding, on); });
        updateOverlays();
    }
    return m_marker;
}

WaterfallMarks::View WaterfallPlot::marksView() const
{
    return {m_plot, m_plottable, &m_renderer, m_store, m_marker};
}

WaterfallPlotLegend::Entries WaterfallPlot::marksInView() const
{
    return WaterfallMarks::inView(marksView());
}

QString WaterfallPlot::markToolTipAt(const QPointF &p) const
{
    return WaterfallMarks::toolTipAt(marksView(), p);
}

bool WaterfallPlot::showMarkToolTip(QHelpEvent *event)
{
    const QString text = markToolTipAt(event->pos());
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    QToolTip::showText(event->globalPos(), text, m_plot);
    return true;
}

} // namespace wf
