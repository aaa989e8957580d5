#include "stream/rowassembler.h"

#include "base/binreduce.h"

#include <cmath>
#include <limits>

namespace wf {

void RowAssembler::reset(std::vector<StreamPlan> streams, int bins, double linesDtS, int maxPendingRows)
{
    *this = RowAssembler();
    m_plan = std::move(streams);
    m_counters.assign(m_plan.size(), StreamCounters{});
    m_bins = std::max(bins, 1);
    m_dtMs = linesDtS * 1000.0;
    m_maxPending = maxPendingRows > 0 ? maxPendingRows : std::numeric_limits<int>::max();
}

std::vector<WaterfallRow> RowAssembler::add(int streamIndex, const DecodedFrame &frame)
{
    std::vector<WaterfallRow> out;
    if (streamIndex < 0 || size_t(streamIndex) >= m_plan.size())
        return out;
    StreamCounters &c = m_counters[size_t(streamIndex)];
    ++c.frames;
    if (!frame.error.isEmpty()) {
        ++c.badFrames;
        return out;
    }
    if (frame.rangeMismatch)
        ++c.rangeMismatches;
    const StreamPlan &plan = m_plan[size_t(streamIndex)];
    const size_t want = size_t(plan.lastChannel - plan.firstChannel + 1) * size_t(m_bins);
    for (const StreamLine &line : frame.lines) {
        ++c.lines;
        if (c.lastRowIndex) {
            if (line.rowIndex <= *c.lastRowIndex)
                ++c.rowIndexRepeats;
            else if (qint64(line.rowIndex) > qint64(*c.lastRowIndex) + 1) // in 64 bits: no int32 overflow at INT32_MAX
                ++c.rowIndexGaps;
        }
        c.lastRowIndex = std::max(c.lastRowIndex.value_or(line.rowIndex), line.rowIndex);
        // A row already passed on, or a repeat within this stream, adds nothing.
        if (m_emittedUpTo && line.rowIndex <= *m_emittedUpTo)
            continue;
        if (line.values.size() != want)
            continue; // a frame of other channels than the plan says: counted, not assembled
        Pending &p = m_pending[line.rowIndex];
        if (p.parts.empty()) {
            p.parts.assign(m_plan.size(), nullptr);
            p.store.resize(m_plan.size());
            p.timestampMs = line.timestampMs;
        }
        if (p.parts[size_t(streamIndex)])
            continue;
        p.store[size_t(streamIndex)] = line.values;
        m_pendingBytes += qint64(line.values.size() * sizeof(float));
        p.parts[size_t(streamIndex)] = &p.store[size_t(streamIndex)];
        ++p.have;
    }
    emitReady(out, false);
    return out;
}

std::vector<WaterfallRow> RowAssembler::flushIncomplete()
{
    std::vector<WaterfallRow> out;
    emitReady(out, true);
    if (m_held) {
        out.push_back(std::move(*m_held));
        m_held.reset();
    }
    return out;
}

std::vector<WaterfallRow> RowAssembler::finish()
{
    std::vector<WaterfallRow> out;
    if (m_held) {
        out.push_back(std::move(*m_held));
        m_held.reset();
    }
    m_pending.clear();
    m_pendingBytes = 0;
    return out;
}

void RowAssembler::emitReady(std::vector<WaterfallRow> &out, bool force)
{
    while (!m_pending.empty()) {
        auto it = m_pending.begin();
        const bool complete = it->second.have == int(m_plan.size());
        // Streams deliver in row order: one that has gone past this row without it has skipped it
        // (a refused frame), and the row goes on without its channels at once.
        bool skipped = !complete;
        for (size_t s = 0; s < m_plan.size() && skipped; ++s)
            if (!it->second.parts[s])
                skipped = m_counters[s].lastRowIndex && *m_counters[s].lastRowIndex > it->first;
        // A stream is lagging, not missing, while the others' burst is being read: only a backlog past
        // the memory budget (or an explicit row bound) lets the oldest row go on incomplete.
        const bool lagging = int(m_pending.size()) > m_maxPending || m_pendingBytes > kMaxPendingBytes;
        if (!complete && !skipped && !lagging && !force)
            break;
        const int32_t index = it->first;
        // The held row ends where this one starts (exact continuity); across a row-index gap, one
        // line after its start, so the gap shows as a timestamp gap too.
        if (m_held) {
            const bool next = qint64(*m_heldIndex) + 1 == qint64(index);
            m_held->endMs = next ? std::max(it->second.timestampMs, m_held->startMs)
                                 : m_held->startMs + qint64(std::llround(m_dtMs));
            out.push_back(std::move(*m_held));
            m_held.reset();
        }
        if (complete)
            ++m_complete;
        else
            ++m_incomplete;
        m_held = build(index, it->second, it->second.timestampMs + qint64(std::llround(m_dtMs)));
        m_heldIndex = index;
        m_emittedUpTo = index;
        for (const std::vector<float> &part : it->second.store)
            m_pendingBytes -= qint64(part.size() * sizeof(float));
        m_pending.erase(it);
    }
}

WaterfallRow RowAssembler::build(int32_t, Pending &p, qint64 endMs) const
{
    WaterfallRow row;
    row.canvasId = "grpc";
    row.startMs = p.timestampMs;
    row.endMs = endMs;
    row.frequencyBins = true;
    size_t values = 0, sensors = 0;
    for (size_t s = 0; s < m_plan.size(); ++s)
        if (p.parts[s]) {
            values += p.parts[s]->size();
            sensors += size_t(m_plan[s].lastChannel - m_plan[s].firstChannel + 1);
        }
    row.samples.reserve(values);
    row.sensorIds.reserve(sensors);
    row.offsets.reserve(sensors + 1);
    row.offsets.push_back(0);
    for (size_t s = 0; s < m_plan.size(); ++s) {
        const std::vector<float> *part = p.parts[s];
        if (!part)
            continue; // a lagging stream's channels are missing from this row
        const StreamPlan &plan = m_plan[s];
        // A stream's channels are consecutive, each with m_bins values: one copy of the part.
        row.samples.insert(row.samples.end(), part->begin(), part->end());
        row.nonFinite += uint32_t(part->size() - binStats(part->data(), part->size()).finite);
        for (int ch = plan.firstChannel; ch <= plan.lastChannel; ++ch) {
            row.sensorIds.push_back(sensorOfChannel(ch));
            row.offsets.push_back(row.offsets.back() + uint32_t(m_bins));
        }
    }
    return row;
}

} // namespace wf
