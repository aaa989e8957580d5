#pragma once
// RowStore: the raw waterfall history, a fixed-capacity ring of display LINES (one float per
// configured channel, dense, missingSample() where a channel had no sample) addressed by absolute sequence number.
// A plain ring: rows come shaped (RowShaper, data/rowshape.h: spectrum rows, frequency bins reduced).
//
// Owner: whoever consumes decoded rows (the waterfall model); the widgets read lines from it.
// Thread: not thread-safe; one thread (the GUI thread) appends and reads.
// Invariants:
//  - size() <= capacity(); capacity() = max(1, budgetBytes / bytesPerLine()), fixed until reset();
//    the line buffers are allocated once (pages are touched as lines are first written), so memory
//    never grows past the budget however long the run.
//  - Lines [firstSeq(), endSeq()) are held; endSeq() - firstSeq() == size(). Sequence numbers are
//    never reused by one store object (clear() and reset() keep counting), so a cache keyed by
//    sequence number cannot alias.
//  - Appending overwrites the oldest line once full: a moving head, never a memmove.
//  - A row whose sensors carry k samples becomes k lines evenly splitting [startMs, endMs); a row
//    with no in-range sample becomes one all-missing line, so that its time span is not lost.
//  - Sensor id = channel - 1 (docs/focus-server-api.md); column of a channel = channel - channelLo.
#include "api/models.h"

#include <QtGlobal>
#include <bit>
#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

namespace wf {

// A channel with no sample in a line: a quiet NaN with a payload of its own, so that a NaN the server
// sent (a data defect, "NaN" in exports) is told from a channel that was not there (an empty cell).
// Every NaN test (std::isnan, the colouriser's transparency) treats both alike.
inline constexpr uint32_t kMissingSampleBits = 0x7FC00DEDu;
inline float missingSample() { return std::bit_cast<float>(kMissingSampleBits); }
inline bool isMissingSample(float v) { return std::bit_cast<uint32_t>(v) == kMissingSampleBits; }

// What a store knows about one line besides its samples.
struct LineInfo {
    double startMs = 0;       // epoch ms; fractional when a row is split into several lines
    double endMs = 0;
    double gapBeforeMs = 0;   // startMs - endMs of the line appended before (0 for the first line
                              // after construction/clear/reset): > 0 gap, < 0 overlap or backwards
    double blockMinAmp = std::numeric_limits<double>::quiet_NaN(); // the block's current_min_amp
    double blockMaxAmp = std::numeric_limits<double>::quiet_NaN(); // NaN: not reported
    qint64 rowIndex = 0;      // the row this line came from; like sequence numbers, never reused
    int lineInRow = 0;        // 0 .. linesInRow - 1, in time order
    int linesInRow = 1;
    int negativeCount = 0;    // samples < 0 in this line (the backend defect the viewer highlights)

    // The block's reported range is itself a finding: a negative bound or max < min.
    bool blockRangeSuspect() const
    {
        return blockMinAmp < 0 || blockMaxAmp < 0 || blockMaxAmp < blockMinAmp;
    }
};

class RowStore
{
  public:
    static constexpr qint64 kDefaultBudgetBytes = qint64(256) * 1024 * 1024;

    // Channels channelLo..channelHi inclusive (1-based, as configured). lo > hi means no channel.
    RowStore(int channelLo, int channelHi, qint64 budgetBytes = kDefaultBudgetBytes);
    RowStore(const RowStore &) = delete;
    RowStore &operator=(const RowStore &) = delete;

    // New channel range and/or budget: drops every line and the totals; sequence numbers go on.
    void reset(int channelLo, int channelHi, qint64 budgetBytes = kDefaultBudgetBytes);
    // Drops every line and the totals; keeps range, budget, allocation and the sequence count.
    void clear();

    // Appends one row, returns the number of lines added (k >= 1): k = the most samples an in-range
    // sensor carries; a sensor with fewer is missing in the later lines; of a duplicated id the later
    // entry wins; ids outside the range are counted in ignoredSensors(). blockMin/blockMax: the
    // reported current_min_amp/current_max_amp of the block the row came in (NaN when unknown).
    // The server's normal shape (every channel once, in order) is copied without a scatter.
    // Precondition: !row.frequencyBins (a row of bins is shaped first: RowShaper).
    int append(const WaterfallRow &row, double blockMinAmp = std::numeric_limits<double>::quiet_NaN(),
               double blockMaxAmp = std::numeric_limits<double>::quiet_NaN());
    // Every row of a block, with the block's reported range. Returns the lines added.
    qint64 append(const WaterfallBlock &block);

    int channelLo() const { return m_lo; }
    int channelHi() const { return m_hi; }
    int channelCount() const { return m_channels; } // floats per line

    qint64 firstSeq() const { return m_endSeq - m_size; }
    qint64 endSeq() const { return m_endSeq; } // one past the newest line
    qint64 size() const { return m_size; }
    qint64 capacity() const { return m_capacity; }
    bool isEmpty() const { return m_size == 0; }
    bool contains(qint64 seq) const { return seq >= firstSeq() && seq < m_endSeq; }

    // channelCount() floats, index = channel - channelLo; nullptr when seq is not held. Valid until
    // the line is overwritten (capacity() appends later) or the store is cleared/reset.
    const float *line(qint64 seq) const;
    // Default LineInfo when seq is not held.
    LineInfo lineInfo(qint64 seq) const;
    // startMs(seq) - endMs(seq - 1) as it was at append time; 0 when seq is not held.
    double gapBeforeMs(qint64 seq) const;
    // The newest held line whose startMs <= ms (firstSeq() when ms precedes them all), -1 when
    // empty. Binary search: assumes time order, which backwards rows (a server defect) break locally.
    qint64 seqAtTime(double ms) const;

    qint64 bytesPerLine() const; // channelCount() * sizeof(float) + per-line metadata
    qint64 bytesUsed() const { return m_size * bytesPerLine(); }
    qint64 budgetBytes() const { return m_budget; }

    // Totals since construction/clear/reset, including lines already overwritten. The negatives are
    // those of the lines stored (what the highlight draws); the count of negative values as they came
    // (every bin of a gRPC row) is the quality checker's, which the widgets show.
    qint64 totalRows() const { return m_totalRows; }
    qint64 totalNegativeSamples() const { return m_totalNegativeSamples; }
    qint64 totalRowsWithNegatives() const { return m_totalRowsWithNegatives; }
    qint64 latestNegativeSeq() const { return m_latestNegativeSeq; } // -1: none yet (may be evicted)
    qint64 ignoredSensors() const { return m_ignoredSensors; } // sensor entries with ids out of range

  private:
    // Trivial, so that the allocation is not touched until a line is written.
    struct Slot {
        double startMs, endMs, gapBeforeMs, blockMin, blockMax;
        qint64 rowIndex;
        int32_t lineInRow, linesInRow, negativeCount;
    };

    // One in-range sensor of the row being appended.
    struct PlanEntry {
        int32_t column;
        uint32_t begin;
        uint32_t count;
    };

    qint64 slotOf(qint64 seq) const { return seq % m_capacity; }
    void allocate();

    int m_lo = 1;
    int m_hi = 0;
    int m_channels = 0;
    qint64 m_budget = kDefaultBudgetBytes;
    qint64 m_capacity = 1;
    std::unique_ptr<float[]> m_samples; // m_capacity * m_channels
    std::unique_ptr<Slot[]> m_slots;    // m_capacity
    std::vector<PlanEntry> m_plan;      // scratch of append(), one entry per sensor of a row

    qint64 m_endSeq = 0;
    qint64 m_nextRowIndex = 0;
    qint64 m_size = 0;
    double m_lastEndMs = 0;
    bool m_haveLast = false;

    qint64 m_totalRows = 0;
    qint64 m_totalNegativeSamples = 0;
    qint64 m_totalRowsWithNegatives = 0;
    qint64 m_latestNegativeSeq = -1;
    qint64 m_ignoredSensors = 0;
};

} // namespace wf
