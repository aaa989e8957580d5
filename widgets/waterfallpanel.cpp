#include "waterfallpanel.h"



#include "apptext.h"
#include "binchoice.h"
#include "data/colormap.h"
#include "contrastcontrols.h"
#include "datetext.h"
#include "elidedlabel.h"
#include "findingmarker.h"
#include "flowlayout.h"
#include "waterfallhud.h"
#include "waterfallplot.h"
#include "waterfalltraces.h"
#include "job/qualitymonitor.h"
#include "readinesstext.h"
#include "job/readinesscontroller.h"
#include "stream/streamsource.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

namespace wf {

WaterfallPanel::WaterfallPanel(QWidget *parent)
    : QWidget(parent), m_model(new WaterfallModel(this)), m_plot(new WaterfallPlot(this)),
      m_toolbar(new QWidget(this)), m_mapBox(new QComboBox(m_toolbar)),
      m_contrastControls(new ContrastControls(&m_model->contrast(), m_toolbar)), m_highlight(new QCheckBox(m_toolbar)),
      m_playoutBox(new QCheckBox(m_toolbar)),
      m_bins(new BinChoice(m_toolbar)),
      m_pause(new QPushButton(m_toolbar)), m_behind(new QLabel(m_toolbar)), m_clear(new QPushButton(m_toolbar)),
      m_resetZoom(new QPushButton(m_toolbar)), m_export(new QPushButton(m_toolbar)), m_negatives(new QPushButton(this)),
      m_readout(new ElidedLabel(this)), m_hud(new WaterfallHud(this)), m_traces(new WaterfallTraces(this)),
      m_hudTimer(new QTimer(this)), m_exporter(std::make_unique<WaterfallExporter>(*m_model, *m_plot))
{
    m_mapBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_mapBox->setObjectName(QStringLiteral("colorMap"));
    m_highlight->setChecked(true);
    m_playoutBox->setChecked(true);
    m_playoutBox->setObjectName(QStringLiteral("smoothScroll"));
    m_pause->setCheckable(true);
    m_negatives->setFlat(true);
    m_negatives->setObjectName(QStringLiteral("negativeCounter"));
    m_negatives->setCursor(Qt::PointingHandCursor);

    // Two rows: view and actions, then contrast (its sliders need the width). Both follow the
    // layout direction; the plot itself stays left-to-right.
    // Each row wraps when the panel is narrow rather than setting the window's minimum width.
    auto *actions = new FlowLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_mapBox, m_bins->modeBox(), m_bins->binBox(), m_highlight, m_playoutBox, m_pause, m_behind, m_clear, m_resetZoom,
                                                        m_export})
        actions->addWidget(w);
    auto *tools = new QVBoxLayout(m_toolbar);
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addLayout(actions);
    tools->addWidget(m_contrastControls);
    auto *status = new QHBoxLayout;
    status->addWidget(m_negatives);
    // Both elide rather than widen the window. The HUD asks for its whole text and the readout takes
    // the rest: at a full-width panel (presentation mode) nothing of the HUD is cut; narrower, it
    // leaves out its last parts whole.
    status->addWidget(m_readout, 1);
    status->addWidget(m_hud, 0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_plot, 1);
    layout->addLayout(status);
    layout->addWidget(m_traces);

    m_plot->setStore(&m_model->store());
    m_plot->setPlayout(&m_model->playout(), [m = m_model] { return m->now(); });
    connect(m_playoutBox, &QCheckBox::toggled, m_plot, &WaterfallPlot::setPlayoutEnabled);
    connect(m_model, &WaterfallModel::historyReplaced, this, &WaterfallPanel::showHistory);
    connect(m_model, &WaterfallModel::linesAppended, this, &WaterfallPanel::onLinesAppended);
    connect(m_mapBox, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int i) {
        const ColorMapId map = kAllColorMaps[size_t(std::clamp(i, 0, int(kAllColorMaps.size()) - 1))];
        m_plot->setColorMap(map);
        // The diverging map's white means 0: auto contrast centres there (|x| percentile, -a..+a).
        m_model->contrast().setSymmetric(map == ColorMapId::Diverging);
        applyLevels(true);
    });
    connect(m_contrastControls, &ContrastControls::levelsEdited, this, [this] { applyLevels(true); });
    connect(m_highlight, &QCheckBox::toggled, m_plot, &WaterfallPlot::setHighlightNegatives);
    connect(m_bins, &BinChoice::changed, this, &WaterfallPanel::refreshBins);
    connect(m_pause, &QPushButton::toggled, m_plot, &WaterfallPlot::setPaused);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_model->clear();
        m_plot->clearView();
        updateCounters();
    });
    connect(m_resetZoom, &QPushButton::clicked, m_plot, &WaterfallPlot::resetZoom);
    connect(m_negatives, &QPushButton::clicked, this, &WaterfallPanel::jumpToLatestNegative);
    connect(m_plot, &WaterfallPlot::cursorMoved, this, &WaterfallPanel::onCursor);
    connect(m_plot, &WaterfallPlot::viewChanged, this, [this] {
        QSignalBlocker block(m_pause);
        m_pause->setChecked(!m_plot->isLive());
        retranslate();
        if (m_plot->isLive())
            applyLevels(false); // what auto contrast found meanwhile
    });
    connect(m_hudTimer, &QTimer::timeout, this, [this] {
        updateHud();
        showDefaultTraces();
        m_contrastControls->refresh(); // auto levels and the sliders' span follow the data
    });
    m_hudTimer->start(500);
    buildKeyboardActions();
    retranslate();
    alignLabels();
}

WaterfallPanel::~WaterfallPanel() = default;

void WaterfallPanel::setPresentationMode(bool on)
{
    m_presentation = on;
    m_toolbar->setVisible(!on);
    fitToSize();
}

void WaterfallPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitToSize();
}

void WaterfallPanel::fitToSize()
{
    const QMargins m = layout()->contentsMargins();
    const int width = std::max(1, this->width() - m.left() - m.right());
    // The vertical layout gives the toolbar its height for this width (its rows wrap) as long as the
    // panel holds everyone's minimum: the traces step aside before that is not so (a squeezed toolbar
    // drew its buttons over the contrast controls). No minimum height is set here: one set while the
    // panel is briefly narrow would grow the window for good.
    const int toolbar = m_toolbar->layout()->heightForWidth(width);
    const int spacing = std::max(0, layout()->spacing());
    const int status = std::max(m_readout->sizeHint().height(), m_negatives->sizeHint().height());
    const int room = height() - m.top() - m.bottom() - (m_presentation ? 0 : toolbar + spacing) - status - spacing; // plot and traces
    const bool traces = !m_presentation && room - spacing - WaterfallTraces::kTraceHeight >= kPlotHeightBeforeTraces;
    if (m_traces->isVisibleTo(this) != traces)
        m_traces->setVisible(traces);
}

void WaterfallPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::LayoutDirectionChange)
        alignLabels();
    QWidget::changeEvent(event);
}

void WaterfallPanel::alignLabels()
{
    // The toolbar, status row and traces are laid out by direction; the plot and traces keep
    // left-to-right axes whatever it is (they set their own direction).
    for (QLabel *l : {static_cast<QLabel *>(m_readout), m_behind})
        alignToLeadingEdge(l);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    m_hud->setAlignment(Qt::AlignAbsolute | Qt::AlignVCenter | (rtl ? Qt::AlignLeft : Qt::AlignRight)); // trailing edge
    m_plot->setLayoutDirection(Qt::LeftToRight);
    m_toolbar->updateGeometry();
}

void WaterfallPanel::retranslate()
{
    const int map = std::max(0, m_mapBox->currentIndex());
    {
        QSignalBlocker block(m_mapBox);
        m_mapBox->clear();
        m_mapBox->addItems({tr("Viridis"), tr("Inferno"), tr("Turbo"), tr("Grey"), tr("Diverging (0 = white)")});
        m_mapBox->setCurrentIndex(map);
    }
    m_mapBox->setToolTip(tr("Colour map"));
    m_bins->retranslate();
    refreshBins();
    m_highlight->setText(tr("Highlight negatives"));
    m_playoutBox->setText(tr("Smooth scroll"));
    m_playoutBox->setToolTip(tr("Rows scroll in at the pace of their own timestamps, a small delay behind the newest "
                                "(sized from how irregularly they arrive), instead of jumping once per batch. Off: "
                                "each batch is shown as it arrives"));
    m_pause->setText(m_plot->isLive() ? tr("Pause") : tr("LIVE"));
    m_clear->setText(tr("Clear"));
    m_resetZoom->setText(tr("Reset zoom"));
    m_export->setText(tr("Export…"));
    retranslateKeyboardActions();
    if (m_cursorOnPlot && m_cursorSample)
        onCursor(CursorSample(*m_cursorSample)); // the readout in the new language
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("PNG of the view…"), this, [this] { chooseExport(0); });
    menu->addAction(tr("PNG at full resolution…"), this, [this] { chooseExport(1); });
    menu->addAction(tr("CSV of the visible window…"), this, [this] { chooseExport(2); });
    delete m_export->menu();
    m_export->setMenu(menu);
    updateCounters();
    updateHud();
}

void WaterfallPanel::setEmptyMessage(const QString &message)
{
    m_plot->setEmptyMessage(message);
}

void WaterfallPanel::setPlayoutEnabled(bool on)
{
    m_playoutBox->setChecked(on);
}

bool WaterfallPanel::playoutEnabled() const
{
    return m_playoutBox->isChecked();
}

void WaterfallPanel::applyLevels(bool force)
{
    // Paused or scrolled back, the picture keeps its colours: automatic levels follow the data
    // behind the pause only when the view is live again (a user's own change applies at once).
    if (!force && !m_plot->isLive())
        return;
    Levels lv = m_model->contrast().levels();
    if (m_plot->colorMap() == ColorMapId::Diverging) // white = 0, in dB too (0 dB)
        lv = symmetricLevels(lv);
    const Levels cur = m_plot->levels();
    // Smoothed auto levels drift a little on every estimate; only a visible change is worth a rebuild.
    const double tol = 0.02 * (cur.max - cur.min);
    if (force || lv.db != cur.db || std::abs(lv.min - cur.min) > tol || std::abs(lv.max - cur.max) > tol)
        m_plot->setLevels(lv);
    if (force)
        m_contrastControls->refresh();
}

void WaterfallPanel::setHistoryBudgetBytes(qint64 bytes)
{
    m_model->setHistoryBudgetBytes(bytes);
}

void WaterfallPanel::resetJob(int lo, int hi, double dxMeters, double fiberStartMeters, double linesDtSeconds,
                              double timeAxisSeconds)
{
    RowGeometry g;
    g.lo = lo;
    g.hi = hi;
    g.dxMeters = dxMeters;
    g.fiberStartMeters = fiberStartMeters;
    g.linesDtSeconds = linesDtSeconds;
    g.timeAxisSeconds = timeAxisSeconds;
    m_model->resetJob(g);
}

void WaterfallPanel::attach(RowSource *source, Previous previous)
{
    m_model->attach(source, previous);
}

RowSource *WaterfallPanel::source() const
{
    return m_model->source();
}

void WaterfallPanel::setQuality(QualityMonitor *monitor)
{
    if (m_quality)
        disconnect(m_quality, nullptr, this, nullptr);
    m_quality = monitor;
    if (monitor) {
        connect(monitor, &QualityMonitor::updated, this, &WaterfallPanel::updateCounters);
        connect(monitor, &QualityMonitor::restarted, this, &WaterfallPanel::updateCounters);
    }
    updateCounters();
}

void WaterfallPanel::appendBlocks(const WaterfallBlocks &blocks)
{
    m_model->appendBlocks(blocks);
}

void WaterfallPanel::showHistory()
{
    const RowGeometry &g = m_model->geometry();
    const RowStore &store = m_model->store();
    m_plot->setStore(&store);
    m_plot->setChannelGeometry(g.lo, g.hi, g.dxMeters, g.fiberStartMeters);
    m_plot->setSpectrum(g.spectrum);
    m_plot->setLinesDtSeconds(g.linesDtSeconds);
    m_plot->setTimeAxisSeconds(g.timeAxisSeconds);
    refreshBins();
    applyLevels(false);
    m_traces->resetForHistory(store, g.lo, g.hi); // the job's ranges until the cursor picks a row
    if (!store.isEmpty())
        m_plot->linesAppended();
    updateCounters();
}

void WaterfallPanel::onLinesAppended()
{
    m_traces->linesAppended(m_model->store());
    feedStreamScale();
    applyLevels(false);
    m_plot->linesAppended();
    updateCounters();
}

void WaterfallPanel::feedStreamScale()
{
    // gRPC rows carry no block range (NaN): the "server" contrast is the stream's own scale,
    // global_minimum..global_maximum, over every stream that has sent a frame.
    const auto *c = qobject_cast<const ReadinessController *>(m_model->source());
    const StreamRowSource *stream = c && c->rowSource() == RowSourceKind::Grpc ? c->streamSource() : nullptr;
    if (!stream)
        return;
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const StreamStatus &s : stream->status())
        if (s.frames > 0) {
            lo = std::min(lo, double(s.globalMin));
            hi = std::max(hi, double(s.globalMax));
        }
    if (lo <= hi)
        m_model->contrast().addBlockRange(lo, hi);
}

void WaterfallPanel::refreshBins()
{
    m_bins->setGeometry(m_model->geometry());
    m_model->setBinReduction(m_bins->mode(), m_bins->bin());
    m_plot->setScaleNote(m_bins->scaleNote());
}

void WaterfallPanel::updateCounters()
{
    const QLocale loc;
    const RowStore &store = m_model->store();
    qint64 samples = store.totalNegativeSamples(), rows = store.totalRowsWithNegatives();
    if (m_quality) {
        samples = m_quality->checker().count(QualityCheck::NegativeValues);
        rows = m_quality->checker().count(QualityCheck::RowsWithNegative);
    }
    m_negatives->setText(tr("Negative samples: %1 in %2").arg(loc.toString(samples), tr("%Ln row(s)", nullptr, int(rows))));
    m_negatives->setEnabled(store.latestNegativeSeq() >= 0);
    m_negatives->setStyleSheet(samples > 0 ? QStringLiteral("color: #c000c0; font-weight: bold;") : QString());
}

void WaterfallPanel::updateHud()
{
    m_hud->refresh(*m_model, *m_plot);
    const double behind = m_plot->secondsBehindLive();
    m_behind->setVisible(!m_plot->isLive());
    m_behind->setText(tr("%1 s behind live").arg(QLocale().toString(behind, 'f', 1)));
}

QString WaterfallPanel::viewLagText() const
{
    if (m_plot->isLive())
        return {};
    const QString behind = tr("%1 s behind live").arg(QLocale().toString(m_plot->secondsBehindLive(), 'f', 1));
    return m_plot->isPaused() ? tr("PAUSED · %1").arg(behind) : behind;
}

void WaterfallPanel::onCursor(const CursorSample &s)
{
    m_cursorSample = std::make_unique<CursorSample>(s);
    m_cursorOnPlot = s.valid;
    if (!s.valid) {
        m_readout->clear();
        showDefaultTraces();
        return;
    }
    const QLocale loc;
    const QString time = DateText::timeOfEpochMs(qint64(s.timeMs), true);
    const QString value = s.inGap ? tr("gap") : std::isnan(s.value) ? tr("no sample") : loc.toString(s.value, 'g', 6);
    const QString metres = std::isnan(s.meters) ? tr("unknown") : loc.toString(s.meters, 'f', 1);
    m_readout->setText(tr("Channel %1 · %2 m · %3 · value %4").arg(loc.toString(s.channel), metres, ltr(time), value));
    showTraces(s.seq, s.channel);
}

void WaterfallPanel::showDefaultTraces()
{
    // No cursor on the plot: the newest row shown across channels, the middle channel through time.
    const RowStore &store = m_model->store();
    if (m_cursorOnPlot || store.isEmpty())
        return;
    const std::vector<qint64> shown = m_plot->visibleLines();
    showTraces(shown.empty() ? store.endSeq() - 1 : shown.back(),
               (m_plot->visibleFirstChannel() + m_plot->visibleLastChannel()) / 2);
}

void WaterfallPanel::showTraces(qint64 seq, int channel)
{
    // Linked traces: the line under the cursor across channels, the channel under it through time.
    m_traces->showLineAndChannel(m_model->store(), seq, channel, m_plot->visibleFirstChannel(), m_plot->visibleLastChannel(),
                                 m_plot->visibleLines());
}

void WaterfallPanel::jumpToLatestNegative()
{
    const qint64 seq = m_model->store().latestNegativeSeq();
    if (seq < 0 || !m_model->store().contains(seq))
        return;
    const LineInfo info = m_model->store().lineInfo(seq);
    const double span = m_plot->visibleToMs() - m_plot->visibleFromMs();
    m_plot->setPaused(true);
    m_plot->scrollToTime(info.endMs + span / 2);
}

bool WaterfallPanel::showFinding(qint64 rowStartMs, qint64 channel)
{
    if (m_model->store().isEmpty() || rowStartMs < m_model->store().lineInfo(m_model->store().firstSeq()).startMs)
        return false;
    m_marker = m_plot->findingMarker(); // in the colour map's finding colour, listed in the legend
    const double span = m_plot->visibleToMs() - m_plot->visibleFromMs();
    m_plot->setPaused(true);
    m_plot->scrollToTime(double(rowStartMs) + span / 2);
    const LineInfo info = m_model->store().lineInfo(std::max(m_model->store().firstSeq(), m_model->store().seqAtTime(double(rowStartMs))));
    m_marker->flash(double(channel), double(rowStartMs), double(std::max<qint64>(info.endMs - info.startMs, 1)));
    m_plot->renderFrame(true);
    return true;
}

} // namespace wf
