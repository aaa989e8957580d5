#include "data/waterfallmodel.h"

#include <algorithm>

namespace wf {

namespace {
constexpr qint64 kRateWindowMs = 5000;
}

WaterfallModel::WaterfallModel(QObject *parent)
    : QObject(parent), m_store(std::make_unique<RowStore>(1, 0, m_budget)), m_ownClock(std::make_unique<SystemClock>())
{
}

WaterfallModel::~WaterfallModel() = default;

qint64 WaterfallModel::now() const
{
    return (m_source ? m_source->clock() : m_ownClock.get())->nowMs();
}

void WaterfallModel::setHistoryBudgetBytes(qint64 bytes)
{
    m_budget = bytes;
    resetJob(m_geometry);
}

void WaterfallModel::setBinReduction(BinReduction mode, int bin)
{
    m_shaper.setBinReduction(mode, bin);
}

void WaterfallModel::resetJob(const RowGeometry &geometry)
{
    m_geometry = geometry;
    m_store->reset(geometry.lo, geometry.hi, m_budget);
    m_contrast.clear();
    m_arrivals.clear();
    m_latencyMs.reset();
    m_playout.reset();
    emit historyReplaced();
}

void WaterfallModel::clear()
{
    m_store->clear();
    m_contrast.clear();
    m_playout.reset();
}

void WaterfallModel::refillContrast()
{
    // Automatic contrast from this history's newest lines.
    m_contrast.clear();
    const qint64 refill = m_contrast.settings().windowLines;
    for (qint64 seq = std::max(m_store->firstSeq(), m_store->endSeq() - refill); seq < m_store->endSeq(); ++seq)
        m_contrast.addLine(m_store->line(seq), m_store->channelCount());
}

void WaterfallModel::appendTo(RowStore &store, const RowGeometry &geometry, const WaterfallBlocks &blocks)
{
    m_shaper.setSpectrum(geometry.spectrum);
    for (const WaterfallBlock &block : blocks)
        for (const WaterfallRow &row : block.rows)
            store.append(m_shaper.shape(row), block.currentMinAmp, block.currentMaxAmp);
}

void WaterfallModel::appendBlocks(const WaterfallBlocks &blocks, const RowArrival &arrival)
{
    const qint64 before = m_store->endSeq();
    qint64 rows = 0;
    appendTo(*m_store, m_geometry, blocks);
    for (const WaterfallBlock &block : blocks) {
        m_contrast.addBlockRange(block.currentMinAmp, block.currentMaxAmp);
        rows += qint64(block.rows.size());
    }
    for (qint64 seq = std::max(before, m_store->firstSeq()); seq < m_store->endSeq(); ++seq)
        m_contrast.addLine(m_store->line(seq), m_store->channelCount());
    if (arrival.latencyMs)
        m_latencyMs = arrival.latencyMs;
    if (!m_store->isEmpty())
        m_playout.arrived(arrival.atMs, m_store->lineInfo(m_store->endSeq() - 1).endMs);
    m_arrivals.emplace_back(arrival.atMs, rows);
    while (!m_arrivals.empty() && m_arrivals.front().first < arrival.atMs - kRateWindowMs)
        m_arrivals.pop_front();
    emit linesAppended();
}

double WaterfallModel::rowsPerSecond() const
{
    const qint64 from = now() - kRateWindowMs;
    qint64 rows = 0;
    for (const auto &[at, n] : m_arrivals)
        if (at >= from)
            rows += n;
    return double(rows) / (double(kRateWindowMs) / 1000.0);
}

void WaterfallModel::dropBackground()
{
    if (!m_background)
        return;
    if (m_background->source)
        disconnect(m_background->source, nullptr, this, nullptr);
    m_background.reset();
}

void WaterfallModel::connectBackground()
{
    // Its rows go on into its own history, undrawn (a new job there starts it over).
    RowSource *source = m_background->source;
    connect(source, &RowSource::jobChanged, this, [this](const RowGeometry &g) {
        Background &b = *m_background;
        b.geometry = g;
        b.store->reset(g.lo, g.hi, m_budget);
        b.resetPending = false;
    });
    connect(source, &RowSource::rowsReceivedBlocks, this,
            [this](const std::shared_ptr<const WaterfallBlocks> &blocks, const RowArrival &) {
                Background &b = *m_background;
                if (b.resetPending && b.source) {
                    b.geometry = b.source->geometry();
                    b.store->reset(b.geometry.lo, b.geometry.hi, m_budget);
                    b.resetPending = false;
                }
                if (blocks)
                    appendTo(*b.store, b.geometry, *blocks);
            });
}

void WaterfallModel::attach(RowSource *source, Previous previous)
{
    if (source && source == m_source)
        return; // already followed: its history stays
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    if (source && m_background && m_background->source == source) {
        // Back to the source kept in the background: its history, with what arrived meanwhile.
        disconnect(source, nullptr, this, nullptr);
        m_store = std::move(m_background->store);
        m_geometry = m_background->geometry;
        m_resetPending = m_background->resetPending;
        m_background.reset();
        m_source = source;
        refillContrast();
        m_arrivals.clear();
        m_playout.reset(); // shown whole again, the playout starts from its newest row
        if (!m_store->isEmpty())
            m_playout.arrived(now(), m_store->lineInfo(m_store->endSeq() - 1).endMs);
        emit historyReplaced();
    } else {
        if (previous == Previous::KeepInBackground && m_source && !m_background) {
            m_background = Background{m_source, std::move(m_store), m_geometry, m_resetPending};
            m_store = std::make_unique<RowStore>(m_geometry.lo, m_geometry.hi, m_budget);
            m_contrast.clear();
            m_playout.reset();
            connectBackground();
            emit historyReplaced(); // never drawn from the store kept aside
        } else if (previous == Previous::Drop) {
            dropBackground();
        }
        m_source = source;
        // Attached mid-job (or to a replay of the job shown, which has the same id): the next batch
        // starts the history over, with the geometry the source holds then.
        m_resetPending = true;
    }
    if (!source)
        return;
    connect(source, &RowSource::jobChanged, this, [this](const RowGeometry &g) {
        m_resetPending = false;
        resetJob(g);
    });
    connect(source, &RowSource::rowsReceivedBlocks, this,
            [this](const std::shared_ptr<const WaterfallBlocks> &blocks, const RowArrival &arrival) {
                if (m_resetPending && m_source) {
                    m_resetPending = false;
                    resetJob(m_source->geometry());
                }
                if (blocks)
                    appendBlocks(*blocks, arrival);
            });
}

} // namespace wf
