#pragma once
// RowAssembler: joins the lines of the same row_index from every stream of a job into one full
// time line (a WaterfallRow whose sensors carry their frequency bins), in row order. A row waits
// until every stream has delivered it; a stream that lags more than `maxPendingRows` (0: no bound
// but kMaxPendingBytes of waiting values; a historic burst of one stream may run far ahead) behind the
// others lets the oldest row go on incomplete (its missing channels are then findings downstream).
// Per stream it counts row_index gaps and repeats. Owner: GrpcRowSource; one thread; pure logic.
#include "api/models.h"
#include "stream/streamframe.h"

#include <map>
#include <optional>
#include <vector>

namespace wf {

struct StreamPlan {
    int streamId = 0;
    int firstChannel = 0, lastChannel = 0;
};

struct StreamCounters {
    qint64 frames = 0, lines = 0, badFrames = 0, rangeMismatches = 0;
    qint64 rowIndexGaps = 0, rowIndexRepeats = 0; // against this stream's previous line
    std::optional<int32_t> lastRowIndex;
};

class RowAssembler
{
  public:
    void reset(std::vector<StreamPlan> streams, int bins, double linesDtS, int maxPendingRows = 0);
    static constexpr qint64 kMaxPendingBytes = 256LL * 1024 * 1024;

    // Adds a decoded frame of stream `streamIndex` (an index into the plan); returns the rows it completed.
    std::vector<WaterfallRow> add(int streamIndex, const DecodedFrame &frame);
    // The rows still waiting, complete or not, oldest first (every stream has ended).
    std::vector<WaterfallRow> flushIncomplete();
    // At stop: the held complete row goes on; rows still missing a stream are dropped, not counted.
    std::vector<WaterfallRow> finish();

    const std::vector<StreamPlan> &plan() const { return m_plan; }
    const StreamCounters &counters(int streamIndex) const { return m_counters[size_t(streamIndex)]; }
    qint64 completeRows() const { return m_complete; }
    qint64 incompleteRows() const { return m_incomplete; }
    int bins() const { return m_bins; }
    // The newest row index a stream delivered (for "stream 2 of 3 stopped at row 1840").
    std::optional<int32_t> lastRowIndex(int streamIndex) const { return m_counters[size_t(streamIndex)].lastRowIndex; }

  private:
    struct Pending {
        qint64 timestampMs = 0;
        std::vector<const std::vector<float> *> parts; // per stream, null until it arrived
        std::vector<std::vector<float>> store;
        int have = 0;
    };
    WaterfallRow build(int32_t rowIndex, Pending &p, qint64 endMs) const;
    void emitReady(std::vector<WaterfallRow> &out, bool force);

    std::vector<StreamPlan> m_plan;
    std::vector<StreamCounters> m_counters;
    int m_bins = 1;
    double m_dtMs = 0;
    int m_maxPending = 256;
    qint64 m_pendingBytes = 0; // values held by rows still waiting for a stream
    std::map<int32_t, Pending> m_pending; // by row index
    std::optional<int32_t> m_emittedUpTo; // newest row index passed on
    std::optional<WaterfallRow> m_held;   // the newest complete row, held until its end is known
    std::optional<int32_t> m_heldIndex;
    qint64 m_complete = 0, m_incomplete = 0;
};

} // namespace wf
