#pragma once
// QualityChecker: the data-quality checks of one streaming job, applied incrementally to every
// reply in arrival order (rows across polls, blocks as delivered), plus the job-level checks fed by
// whoever follows the job (live metadata samples, consumer creation time).
// Owner: QualityMonitor, a replay, or a test. Not thread-safe; use from one thread at a time.
// Invariants: counts are exact and never decrease until reset(); every non-zero count keeps the
// site of its first and latest occurrence.
#include "api/models.h"
#include "api/waterfallcodec.h"

#include <QJsonObject>
#include <QMetaType>
#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace wf {

enum class QualityCheck {
    NegativeValues,          // finite samples < 0 (-Infinity counts as non-finite only)
    RowsWithNegative,        // rows holding at least one
    BlocksWithNegativeRange, // current_min_amp < 0 or current_max_amp < 0
    RangeViolations,         // blocks with max < min, or holding a finite sample outside [min, max]
    TimestampGaps,           // d = next.start - prev.end > 0
    TimestampOverlaps,       // d < 0 and next.start >= prev.start
    TimestampsBackwards,     // next.start < prev.start
    BadRowSpans,             // rows with end <= start
    MissingChannels,         // (row, channel) pairs of the configured range absent
    DuplicateChannels,       // extra occurrences of a sensor id within a row
    UnexpectedChannels,      // sensor ids outside the configured range (each occurrence)
    RaggedRows,              // rows whose sensors carry different numbers of samples
    NonFiniteValues,         // NaN / +-Infinity samples
    MetadataChanges,         // changes of dx, prr, channel count or fiber description
    WaitingForFiberPeriods,  // periods in which /live_metadata said "waiting for fiber"
    SlowConsumerCreation,    // 1 when the consumer took longer than the threshold (or never came)
    MalformedReplies,        // data replies whose body could not be decoded (logged with their JSON path)
    RowsOutsideWindow,       // historic: rows starting before the requested start or at/after its end
};
constexpr int kQualityCheckCount = int(QualityCheck::RowsOutsideWindow) + 1;
const char *qualityCheckKey(QualityCheck check); // the report key, e.g. "negative_values"
std::optional<QualityCheck> qualityCheckFromKey(const QString &key);

// The part of a row's span inside [fromMs, toMs): what a historic row contributes to its window.
inline qint64 clippedSpanMs(const WaterfallRow &row, qint64 fromMs, qint64 toMs)
{
    return std::max<qint64>(0, std::min(row.endMs, toMs) - std::max(row.startMs, fromMs));
}

enum class QualityVerdict { Pass, Warn, Fail };
const char *qualityVerdictName(QualityVerdict verdict); // "pass", "warn", "fail"

// Where a finding was seen: the row's start timestamp (epoch ms) and channel (0: the whole row or
// block); for metadata and consumer findings, rowStartMs is 0 and atMs tells when.
struct FindingSite {
    qint64 rowStartMs = 0;
    qint64 channel = 0; // 64-bit: a sensor id off the wire may be any 32-bit value
    qint64 rowIndex = -1; // arrival index of the row, -1 when not about a row
    qint64 atMs = 0;      // session time when it was seen (ms since the job was started)
    bool operator==(const FindingSite &) const = default;
};

struct Finding {
    qint64 count = 0;
    std::optional<FindingSite> first, latest;
};

struct MetadataChange {
    qint64 atMs = 0;
    QString field; // "dx", "prr", "number_of_channels", "fiber_description"
    QString before, after;
};

struct FiberWaitPeriod {
    qint64 fromMs = 0;
    std::optional<qint64> toMs; // open while still waiting
};

// A check fails once its count reaches failAt; below that a non-zero count is a warning.
// failAt 0 means the check only ever warns.
struct QualityThresholds {
    std::array<qint64, kQualityCheckCount> failAt = defaultFailAt();
    qint64 consumerCreationMs = 5000;        // REST rows: the consumer's first 200/201
    qint64 streamConsumerCreationMs = 25'000; // gRPC rows: the stream's port opens 6.6-21.4 s after configure (recorded)

    static std::array<qint64, kQualityCheckCount> defaultFailAt();
    bool operator==(const QualityThresholds &) const = default;
};

class QualityChecker
{
  public:
    // Forgets everything; the configured channel range defines completeness.
    void reset(const ConfigureRequest &request, const QualityThresholds &thresholds = {});
    void setThresholds(const QualityThresholds &thresholds) { m_thresholds = thresholds; }
    const QualityThresholds &thresholds() const { return m_thresholds; }

    void addBlocks(const WaterfallBlocks &blocks, qint64 atMs = 0);
    void observeMetadata(const LiveMetadata &metadata, qint64 atMs);
    // The consumer came alive after `ms` (from the configure reply); nullopt at the end: never.
    // `stream`: the rows come from the job's gRPC stream (its threshold applies).
    void observeConsumerCreation(std::optional<qint64> ms, qint64 atMs, bool stream = false);
    qint64 consumerThresholdUsedMs() const { return m_consumerThresholdUsed.value_or(m_thresholds.consumerCreationMs); }
    // A data reply that could not be decoded: a finding; the job goes on (its controller decides when
    // a run of them ends it).
    void observeMalformedReply(qint64 atMs);
    // A gRPC frame holding values outside its own global_minimum/maximum: a range violation.
    void observeRangeViolation(qint64 atMs);

    const Finding &finding(QualityCheck check) const { return m_findings[size_t(check)]; }
    qint64 count(QualityCheck check) const { return finding(check).count; }
    QualityVerdict verdict(QualityCheck check) const;
    bool anyFindings() const;
    qint64 rowsChecked() const { return m_rows; }
    qint64 blocksChecked() const { return m_blocks; }
    qint64 samplesChecked() const { return m_samples; }
    qint64 metadataSamples() const { return m_metadataSamples; }
    std::optional<qint64> consumerCreationMs() const { return m_consumerMs; }
    const std::vector<MetadataChange> &metadataChanges() const { return m_changes; }
    const std::vector<FiberWaitPeriod> &fiberWaits() const { return m_fiberWaits; }
    const ConfigureRequest &request() const { return m_request; }
    // Historic: how much of the requested window the rows cover (their spans clipped to it, ms).
    qint64 windowCoveredMs() const { return m_windowCoveredMs; }

  private:
    void hit(QualityCheck check, qint64 n, const FindingSite &first, const FindingSite &latest);
    // One pass over a row's samples; keeps the row's finite min and max for checkBlock().
    void checkRow(const WaterfallRow &row, qint64 atMs);
    void checkBlock(const WaterfallBlock &block, qint64 firstRowIndex, qint64 atMs);
    void checkChannels(const WaterfallRow &row, const FindingSite &site);

    ConfigureRequest m_request;
    QualityThresholds m_thresholds;
    std::array<Finding, kQualityCheckCount> m_findings{};
    qint64 m_rows = 0, m_blocks = 0, m_samples = 0, m_metadataSamples = 0;
    std::optional<qint64> m_prevStart, m_prevEnd;
    std::vector<qint64> m_seenInRow; // per configured channel: the arrival index of the last row holding it
    std::optional<LiveMetadata> m_lastMetadata;
    std::vector<MetadataChange> m_changes;
    std::vector<FiberWaitPeriod> m_fiberWaits;
    std::optional<qint64> m_consumerMs;
    bool m_consumerObserved = false;
    std::optional<qint64> m_consumerThresholdUsed;
    qint64 m_windowCoveredMs = 0;
    bool m_ready = false;
    std::vector<std::pair<float, float>> m_rowRanges; // finite (min, max) of each row of the block being checked
};

// The report's "quality" object: every check's count under its key, plus details.
QJsonObject qualityJson(const QualityChecker &checker);

} // namespace wf

Q_DECLARE_METATYPE(wf::QualityThresholds)
Q_DECLARE_METATYPE(wf::FindingSite)
