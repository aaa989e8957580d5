#include "waterfalltraces.h"

#include "axisfit.h"
#include "plotpalette.h"
#include "data/rowstore.h"
#include "waterfallplotticker.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <qcustomplot.h>

namespace wf {

namespace {
QCustomPlot *makeTrace(QWidget *parent, const QString &name)
{
    auto *p = new QCustomPlot(parent);
    p->setObjectName(name);
    p->setLayoutDirection(Qt::LeftToRight);
    p->addGraph();
    p->graph(0)->setPen(QPen(QColor(0x1f, 0x77, 0xb4)));
    p->setMinimumHeight(WaterfallTraces::kTraceHeight);
    keepTickLabelsApart(p);
    applyPlotPalette(p, parent->palette()); // and again on a palette change (changeEvent)
    return p;
}
} // namespace

WaterfallTraces::WaterfallTraces(QWidget *parent)
    : QWidget(parent), m_rowTrace(makeTrace(this, QStringLiteral("rowTrace"))),
      m_channelTrace(makeTrace(this, QStringLiteral("channelTrace")))
{
    // Times only, and few of them: the trace is narrow (the date is on the waterfall's own axis).
    auto timeTicker = QSharedPointer<TimeAxisTicker>::create(); // round steps, as the waterfall's
    timeTicker->setTickCount(3);
    m_channelTrace->xAxis->setTicker(timeTicker);
    // Before any job: the 30 s up to now rather than 1970 (a live job's rows come now).
    const double nowS = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    m_channelTrace->xAxis->setRange(nowS - 30, nowS);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rowTrace, 1);
    layout->addWidget(m_channelTrace, 1);
    retranslate();
}

void WaterfallTraces::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (isPaletteChangeEvent(event->type())) { // the traces follow the light or dark theme
        for (QCustomPlot *trace : {m_rowTrace, m_channelTrace}) {
            applyPlotPalette(trace, palette());
            trace->replot(QCustomPlot::rpQueuedReplot);
        }
    }
    QWidget::changeEvent(event);
}

void WaterfallTraces::retranslate()
{
    m_rowTrace->xAxis->setLabel(tr("Channel"));
    m_rowTrace->yAxis->setLabel(tr("Amplitude"));
    m_channelTrace->xAxis->setLabel(tr("Time"));
    m_channelTrace->yAxis->setLabel(tr("Amplitude"));
    for (QCustomPlot *trace : {m_rowTrace, m_channelTrace})
        trace->replot(QCustomPlot::rpQueuedReplot); // the axis titles are drawn, not widgets
}

void WaterfallTraces::resetForHistory(const RowStore &store, int channelLo, int channelHi)
{
    m_rowTrace->graph(0)->data()->clear();
    m_rowTrace->xAxis->setRange(channelLo, std::max(channelHi, channelLo + 1));
    m_channelTrace->graph(0)->data()->clear();
    m_rangePending = store.isEmpty();
    if (!store.isEmpty()) {
        const double endS = store.lineInfo(store.endSeq() - 1).endMs / 1000.0;
        m_channelTrace->xAxis->setRange(endS - 30, endS);
    }
    m_rowTrace->replot(QCustomPlot::rpQueuedReplot);
    m_channelTrace->replot(QCustomPlot::rpQueuedReplot);
}

void WaterfallTraces::linesAppended(const RowStore &store)
{
    if (!m_rangePending || store.isEmpty())
        return;
    m_rangePending = false;
    const double endS = store.lineInfo(store.firstSeq()).endMs / 1000.0;
    m_channelTrace->xAxis->setRange(endS - 30, endS);
    m_channelTrace->replot(QCustomPlot::rpQueuedReplot);
}

void WaterfallTraces::showLineAndChannel(const RowStore &store, qint64 seq, int channel, int firstChannel, int lastChannel,
                                         const std::vector<qint64> &lines)
{
    if (seq >= 0 && store.contains(seq)) {
        const float *line = store.line(seq);
        QVector<double> x, y;
        for (int ch = firstChannel; ch <= lastChannel; ++ch) {
            x.push_back(ch);
            y.push_back(line[ch - store.channelLo()]);
        }
        m_rowTrace->graph(0)->setData(x, y, true);
        m_rowTrace->rescaleAxes();
        m_rowTrace->replot(QCustomPlot::rpQueuedReplot);
    }
    QVector<double> t, v;
    for (qint64 shown : lines) {
        t.push_back(store.lineInfo(shown).startMs / 1000);
        v.push_back(store.line(shown)[channel - store.channelLo()]);
    }
    m_channelTrace->graph(0)->setData(t, v, true);
    m_channelTrace->rescaleAxes();
    m_channelTrace->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace wf
