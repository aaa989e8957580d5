#include "data/quality.h"

#include "base/logging.h"

#include "base/binreduce.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <limits>

namespace wf {

namespace {
// A range wider than any fiber (a replayed file may claim anything) is not tracked per channel.
constexpr int kMaxTrackedChannels = 1'000'000;
int trackedChannels(const ConfigureRequest &r)
{
    const int n = r.channelCount();
    return n > 0 && n <= kMaxTrackedChannels ? n : 0;
}

constexpr std::array<const char *, kQualityCheckCount> kKeys = {
    "negative_values",   "rows_with_negative", "blocks_with_negative_range", "range_violations",
    "timestamp_gaps",    "timestamp_overlaps", "timestamps_backwards",       "bad_row_spans",
    "missing_channels",  "duplicate_channels", "unexpected_channels",        "ragged_rows",
    "non_finite_values", "metadata_changes",   "waiting_for_fiber_periods",  "slow_consumer_creation",
    "malformed_replies", "rows_outside_window",
};

QString metaNumber(double v)
{
    return QString::number(v, 'g', 17);
}
} // namespace

const char *qualityCheckKey(QualityCheck check)
{
    return kKeys[size_t(check)];
}

std::optional<QualityCheck> qualityCheckFromKey(const QString &key)
{
    for (int i = 0; i < kQualityCheckCount; ++i)
        if (key == QLatin1String(kKeys[size_t(i)]))
            return QualityCheck(i);
    return std::nullopt;
}

const char *qualityVerdictName(QualityVerdict verdict)
{
    switch (verdict) {
    case QualityVerdict::Pass: return "pass";
    case QualityVerdict::Warn: return "warn";
    case QualityVerdict::Fail: return "fail";
    }
    return "fail";
}

std::array<qint64, kQualityCheckCount> QualityThresholds::defaultFailAt()
{
    std::array<qint64, kQualityCheckCount> a{};
    a.fill(1);
    // Routine on a live fiber now and then: warn, fail only when they pile up.
    a[size_t(QualityCheck::TimestampGaps)] = 10;
    a[size_t(QualityCheck::TimestampOverlaps)] = 10;
    a[size_t(QualityCheck::MissingChannels)] = 100;
    a[size_t(QualityCheck::MetadataChanges)] = 0;
    a[size_t(QualityCheck::WaitingForFiberPeriods)] = 0;
    return a;
}

void QualityChecker::reset(const ConfigureRequest &request, const QualityThresholds &thresholds)
{
    *this = QualityChecker();
    m_request = request;
    m_thresholds = thresholds;
    m_seenInRow.assign(size_t(trackedChannels(request)), -1);
    m_ready = true;
}

void QualityChecker::hit(QualityCheck check, qint64 n, const FindingSite &first, const FindingSite &latest)
{
    if (n <= 0)
        return;
    Finding &f = m_findings[size_t(check)];
    if (f.count == 0) {
        f.first = first;
        qCInfo(lcQuality, "first %s: %lld at row %lld, channel %lld", qualityCheckKey(check), qlonglong(n),
               qlonglong(first.rowStartMs), qlonglong(first.channel));
    }
    f.latest = latest;
    f.count += n;
}

QualityVerdict QualityChecker::verdict(QualityCheck check) const
{
    const qint64 n = count(check);
    if (n == 0)
        return QualityVerdict::Pass;
    const qint64 failAt = m_thresholds.failAt[size_t(check)];
    return failAt > 0 && n >= failAt ? QualityVerdict::Fail : QualityVerdict::Warn;
}

bool QualityChecker::anyFindings() const
{
    for (const Finding &f : m_findings)
        if (f.count > 0)
            return true;
    return false;
}

void QualityChecker::addBlocks(const WaterfallBlocks &blocks, qint64 atMs)
{
    if (!m_ready)
        reset(m_request, m_thresholds);
    for (const WaterfallBlock &block : blocks) {
        const qint64 firstRow = m_rows;
        m_rowRanges.clear();
        for (const WaterfallRow &row : block.rows)
            checkRow(row, atMs);
        checkBlock(block, firstRow, atMs);
        ++m_blocks;
    }
}

void QualityChecker::checkBlock(const WaterfallBlock &block, qint64 firstRowIndex, qint64 atMs)
{
    const qint64 start = block.rows.empty() ? 0 : block.rows.front().startMs;
    const FindingSite blockSite{start, 0, block.rows.empty() ? -1 : firstRowIndex, atMs};
    if (block.currentMinAmp < 0 || block.currentMaxAmp < 0)
        hit(QualityCheck::BlocksWithNegativeRange, 1, blockSite, blockSite);

    // Samples are kept as float32 (each the nearest float to its wire decimal); the bounds are narrowed
    // the same way before comparing, so a sample equal on the wire to its block's bound is inside it.
    // Comparing a float sample with a double bound flagged 50.123f (50.12300109863281) > 50.123.
    const float lo = float(block.currentMinAmp), hi = float(block.currentMaxAmp);
    std::optional<FindingSite> outside;
    if (block.currentMaxAmp < block.currentMinAmp) {
        outside = blockSite;
    } else if (lo <= hi) { // (a range not reported, as on the gRPC stream, bounds nothing)
        // The rows' min and max (from checkRow's pass) say which row holds the first sample outside;
        // only that row is walked again, for its channel.
        for (size_t r = 0; r < block.rows.size() && !outside; ++r) {
            if (r < m_rowRanges.size() && m_rowRanges[r].first >= lo && m_rowRanges[r].second <= hi)
                continue;
            const WaterfallRow &row = block.rows[r];
            for (size_t s = 0; s < row.sensorCount() && !outside; ++s)
                for (uint32_t k = row.offsets[s]; k < row.offsets[s + 1]; ++k) {
                    const float v = row.samples[k];
                    if (std::isfinite(v) && (v < lo || v > hi)) {
                        outside = FindingSite{row.startMs, channelOfSensor(row.sensorIds[s]), firstRowIndex + qint64(r), atMs};
                        break;
                    }
                }
        }
    }
    if (outside)
        hit(QualityCheck::RangeViolations, 1, *outside, *outside);
}

void QualityChecker::checkRow(const WaterfallRow &row, qint64 atMs)
{
    const qint64 index = m_rows++;
    const FindingSite rowSite{row.startMs, 0, index, atMs};

    if (row.endMs <= row.startMs)
        hit(QualityCheck::BadRowSpans, 1, rowSite, rowSite);
    if (m_prevStart) {
        const qint64 d = row.startMs - *m_prevEnd;
        if (row.startMs < *m_prevStart)
            hit(QualityCheck::TimestampsBackwards, 1, rowSite, rowSite);
        else if (d < 0)
            hit(QualityCheck::TimestampOverlaps, 1, rowSite, rowSite);
        else if (d > 0)
            hit(QualityCheck::TimestampGaps, 1, rowSite, rowSite);
    }
    m_prevStart = row.startMs;
    m_prevEnd = row.endMs;
    if (m_request.historic()) {
        // A row stamped outside the requested window is not the window's data; a bound is inside.
        const qint64 from = *m_request.startTimeS * 1000, to = *m_request.endTimeS * 1000;
        if (row.startMs < from || row.startMs >= to)
            hit(QualityCheck::RowsOutsideWindow, 1, rowSite, rowSite);
        m_windowCoveredMs += clippedSpanMs(row, from, to);
    }

    // Samples: negatives and non-finite values, first and last of this row.
    qint64 negatives = 0, nonFinite = 0;
    qint64 firstNeg = 0, lastNeg = 0, firstBad = 0, lastBad = 0;
    std::optional<uint32_t> perSensor;
    qint64 raggedAt = 0;
    float rowMin = std::numeric_limits<float>::infinity(), rowMax = -rowMin;
    for (size_t s = 0; s < row.sensorCount(); ++s) {
        const qint64 channel = channelOfSensor(row.sensorIds[s]);
        const uint32_t n = row.offsets[s + 1] - row.offsets[s];
        if (!perSensor)
            perSensor = n;
        else if (n != *perSensor && raggedAt == 0)
            raggedAt = channel;
        if (n >= 16) {
            // A channel's frequency bins (gRPC): one SIMD pass (binreduce.h), the same counts.
            const BinStats st = binStats(row.samples.data() + row.offsets[s], n);
            if (st.finite < n) {
                if (nonFinite == 0)
                    firstBad = channel;
                nonFinite += n - st.finite;
                lastBad = channel;
            }
            if (st.negatives > 0) {
                if (negatives == 0)
                    firstNeg = channel;
                negatives += st.negatives;
                lastNeg = channel;
            }
            if (st.finite > 0) {
                rowMin = std::min(rowMin, st.min);
                rowMax = std::max(rowMax, st.max);
            }
            continue;
        }
        for (uint32_t k = row.offsets[s]; k < row.offsets[s + 1]; ++k) {
            const float v = row.samples[k];
            if (!std::isfinite(v)) {
                if (nonFinite++ == 0)
                    firstBad = channel;
                lastBad = channel;
                continue;
            }
            rowMin = std::min(rowMin, v);
            rowMax = std::max(rowMax, v);
            if (v < 0) {
                if (negatives++ == 0)
                    firstNeg = channel;
                lastNeg = channel;
            }
        }
    }
    m_rowRanges.emplace_back(rowMin, rowMax);
    m_samples += qint64(row.samples.size());
    if (negatives > 0) {
        hit(QualityCheck::NegativeValues, negatives, FindingSite{row.startMs, firstNeg, index, atMs},
            FindingSite{row.startMs, lastNeg, index, atMs});
        hit(QualityCheck::RowsWithNegative, 1, FindingSite{row.startMs, firstNeg, index, atMs},
            FindingSite{row.startMs, firstNeg, index, atMs});
    }
    if (nonFinite > 0)
        hit(QualityCheck::NonFiniteValues, nonFinite, FindingSite{row.startMs, firstBad, index, atMs},
            FindingSite{row.startMs, lastBad, index, atMs});
    if (raggedAt != 0) {
        const FindingSite site{row.startMs, raggedAt, index, atMs};
        hit(QualityCheck::RaggedRows, 1, site, site);
    }
    checkChannels(row, rowSite);
}

void QualityChecker::checkChannels(const WaterfallRow &row, const FindingSite &rowSite)
{
    const int lo = m_request.channelMin, hi = m_request.channelMax;
    const bool tracked = !m_seenInRow.empty();
    qint64 duplicates = 0, unexpected = 0, distinct = 0;
    FindingSite dupFirst = rowSite, dupLast = rowSite, unexFirst = rowSite, unexLast = rowSite;
    for (size_t s = 0; s < row.sensorCount(); ++s) {
        const qint64 channel = channelOfSensor(row.sensorIds[s]);
        if (channel < lo || channel > hi) {
            if (unexpected++ == 0)
                unexFirst.channel = channel;
            unexLast.channel = channel;
            continue;
        }
        if (!tracked)
            continue;
        qint64 &seen = m_seenInRow[size_t(channel - lo)];
        if (seen == rowSite.rowIndex) {
            if (duplicates++ == 0)
                dupFirst.channel = channel;
            dupLast.channel = channel;
        } else {
            seen = rowSite.rowIndex;
            ++distinct;
        }
    }
    hit(QualityCheck::DuplicateChannels, duplicates, dupFirst, dupLast);
    hit(QualityCheck::UnexpectedChannels, unexpected, unexFirst, unexLast);

    const qint64 missing = qint64(m_seenInRow.size()) - distinct;
    if (!tracked || missing <= 0)
        return;
    FindingSite first = rowSite, last = rowSite;
    for (size_t i = 0; i < m_seenInRow.size(); ++i)
        if (m_seenInRow[i] != rowSite.rowIndex) {
            if (first.channel == 0)
                first.channel = lo + int(i);
            last.channel = lo + int(i);
        }
    hit(QualityCheck::MissingChannels, missing, first, last);
}

void QualityChecker::observeMetadata(const LiveMetadata &m, qint64 atMs)
{
    ++m_metadataSamples;
    const FindingSite site{0, 0, -1, atMs};
    const bool waiting = m.waitingForFiber();
    // While waiting for the fiber the server zeroes its fields: compare the fiber before and after.
    if (m_lastMetadata && !waiting) {
        const LiveMetadata &p = *m_lastMetadata;
        auto changed = [&](const char *field, const QString &before, const QString &after) {
            m_changes.push_back(MetadataChange{atMs, QLatin1String(field), before, after});
            hit(QualityCheck::MetadataChanges, 1, site, site);
        };
        if (p.dx != m.dx)
            changed("dx", metaNumber(p.dx), metaNumber(m.dx));
        if (p.prr != m.prr)
            changed("prr", metaNumber(p.prr), metaNumber(m.prr));
        if (p.numberOfChannels != m.numberOfChannels)
            changed("number_of_channels", QString::number(p.numberOfChannels), QString::number(m.numberOfChannels));
        if (p.fiberDescription != m.fiberDescription)
            changed("fiber_description", p.fiberDescription, m.fiberDescription);
    }
    const bool open = !m_fiberWaits.empty() && !m_fiberWaits.back().toMs;
    if (waiting && !open) {
        m_fiberWaits.push_back(FiberWaitPeriod{atMs, std::nullopt});
        hit(QualityCheck::WaitingForFiberPeriods, 1, site, site);
    } else if (!waiting && open) {
        m_fiberWaits.back().toMs = atMs;
    }
    if (!waiting)
        m_lastMetadata = m;
}

void QualityChecker::observeConsumerCreation(std::optional<qint64> ms, qint64 atMs, bool stream)
{
    if (m_consumerObserved)
        return;
    m_consumerObserved = true;
    m_consumerMs = ms;
    m_consumerThresholdUsed = stream ? m_thresholds.streamConsumerCreationMs : m_thresholds.consumerCreationMs;
    if (!ms || *ms > *m_consumerThresholdUsed) {
        const FindingSite site{0, 0, -1, atMs};
        hit(QualityCheck::SlowConsumerCreation, 1, site, site);
    }
}

void QualityChecker::observeMalformedReply(qint64 atMs)
{
    const FindingSite site{0, 0, -1, atMs};
    hit(QualityCheck::MalformedReplies, 1, site, site);
}

void QualityChecker::observeRangeViolation(qint64 atMs)
{
    const FindingSite site{0, 0, -1, atMs};
    hit(QualityCheck::RangeViolations, 1, site, site);
}

namespace {
QJsonObject siteJson(const FindingSite &s)
{
    QJsonObject o{{QStringLiteral("at_ms"), double(s.atMs)}};
    if (s.rowIndex >= 0) {
        o.insert(QStringLiteral("row_start_ms"), double(s.rowStartMs));
        o.insert(QStringLiteral("row_index"), double(s.rowIndex));
    }
    o.insert(QStringLiteral("channel"), s.channel > 0 ? QJsonValue(s.channel) : QJsonValue());
    return o;
}
} // namespace

QJsonObject qualityJson(const QualityChecker &c)
{
    QJsonObject o;
    QJsonObject occurrences, verdicts;
    for (int i = 0; i < kQualityCheckCount; ++i) {
        const auto check = QualityCheck(i);
        const QString key = QLatin1String(qualityCheckKey(check));
        const Finding &f = c.finding(check);
        o.insert(key, double(f.count));
        verdicts.insert(key, QLatin1String(qualityVerdictName(c.verdict(check))));
        if (f.first && f.latest)
            occurrences.insert(key, QJsonObject{{QStringLiteral("first"), siteJson(*f.first)},
                                                {QStringLiteral("latest"), siteJson(*f.latest)}});
    }
    QJsonArray changes, waits;
    for (const MetadataChange &m : c.metadataChanges())
        changes.append(QJsonObject{{QStringLiteral("at_ms"), double(m.atMs)},
                                   {QStringLiteral("field"), m.field},
                                   {QStringLiteral("before"), m.before},
                                   {QStringLiteral("after"), m.after}});
    for (const FiberWaitPeriod &w : c.fiberWaits())
        waits.append(QJsonObject{{QStringLiteral("from_ms"), double(w.fromMs)},
                                 {QStringLiteral("to_ms"), w.toMs ? QJsonValue(double(*w.toMs)) : QJsonValue()}});
    QJsonObject failAt;
    for (int i = 0; i < kQualityCheckCount; ++i)
        failAt.insert(QLatin1String(kKeys[size_t(i)]), double(c.thresholds().failAt[size_t(i)]));

    o.insert(QStringLiteral("any_findings"), c.anyFindings());
    o.insert(QStringLiteral("rows_checked"), double(c.rowsChecked()));
    o.insert(QStringLiteral("blocks_checked"), double(c.blocksChecked()));
    o.insert(QStringLiteral("samples_checked"), double(c.samplesChecked()));
    o.insert(QStringLiteral("metadata_samples"), double(c.metadataSamples()));
    o.insert(QStringLiteral("channels"), QJsonArray{c.request().channelMin, c.request().channelMax});
    o.insert(QStringLiteral("consumer_creation_ms"),
             c.consumerCreationMs() ? QJsonValue(double(*c.consumerCreationMs())) : QJsonValue());
    o.insert(QStringLiteral("consumer_creation_threshold_ms"), double(c.consumerThresholdUsedMs()));
    if (c.request().historic())
        o.insert(QStringLiteral("historic_window"),
                 QJsonObject{{QStringLiteral("requested_ms"), double((*c.request().endTimeS - *c.request().startTimeS) * 1000)},
                             {QStringLiteral("covered_ms"), double(c.windowCoveredMs())}});
    o.insert(QStringLiteral("fail_at"), failAt);
    o.insert(QStringLiteral("verdicts"), verdicts);
    o.insert(QStringLiteral("occurrences"), occurrences);
    o.insert(QStringLiteral("metadata_change_log"), changes);
    o.insert(QStringLiteral("waiting_for_fiber"), waits);
    return o;
}

} // namespace wf
