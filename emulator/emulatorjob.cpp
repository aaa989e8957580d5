#include "emulatorjob.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace wf::emu {

double linesDtFor(const ConfigureRequest &config)
{
    // Observed: lines_dt = displayTimeAxisDuration / height. The waterfall view has no time axis.
    if (config.view == ViewType::Waterfall)
        return 0.1;
    return config.timeAxisDurationS / std::max(config.height, 1);
}

namespace {

// Recorded: a layer of the metadata chain carries the analyzer's command line and URIs with their
// passwords (the viewer must redact them; these are the emulator's own, fake).
QJsonObject withAnalyzerLayer(QJsonObject metadata)
{
    metadata.insert(QStringLiteral("previous_layer"),
                    QJsonObject{{QStringLiteral("layer_name"), QStringLiteral("analyzer")},
                                {QStringLiteral("cmd"), QStringLiteral("/usr/bin/analyzer --grpc-streams-num 3 --amqp "
                                                                       "amqp://prisma:S3cr3t-Pa55@rabbitmq-panda:5672/ --log info")},
                                {QStringLiteral("db_uri"),
                                 QStringLiteral("mongodb://focus:S3cr3t-Pa55@mongo-panda:27017/prisma?authSource=admin")},
                                {QStringLiteral("rabbit_password"), QStringLiteral("S3cr3t-Pa55")}});
    return metadata;
}

} // namespace

QJsonObject configureReplyJson(const EmulatorJob &job, const EmulatorOptions &options, const QJsonObject &liveMetadata)
{
    const ConfigureRequest &c = job.config;
    const int n = std::max(c.channelCount(), 0);
    QJsonObject streams;
    int streamAmount = 0;
    if (c.view == ViewType::SingleChannel) {
        streams.insert(QString::number(c.channelMin), 0);
        streamAmount = 1;
    } else if (n > 0) {
        // As the real server: 3 contiguous streams of near-equal size whatever the channel count
        // (8 → 3/3/2, 50 → 17/17/16); fewer than 3 channels, one stream each.
        streamAmount = std::min(n, 3);
        const int base = n / streamAmount, extra = n % streamAmount;
        int channel = c.channelMin;
        for (int s = 0; s < streamAmount; ++s) {
            const int size = base + (s < extra ? 1 : 0);
            for (int k = 0; k < size; ++k)
                streams.insert(QString::number(channel++), s);
        }
    }
    QJsonArray freqs;
    if (c.view != ViewType::Waterfall && c.nfft > 0) {
        const double step = options.prr / double(c.nfft + 1);
        for (int k = 0; k * step < c.freqMax && k <= c.nfft / 2; ++k)
            if (k * step >= c.freqMin)
                freqs.append(k * step); // full precision, as the real server (1.951219512195122)
    }
    return QJsonObject{
        {QStringLiteral("status"), QString()},
        {QStringLiteral("job_id"), job.id},
        {QStringLiteral("lines_dt"), job.linesDtS()},
        {QStringLiteral("frequencies_list"), freqs},
        {QStringLiteral("frequencies_amount"), freqs.size()},
        {QStringLiteral("channel_amount"), n},
        {QStringLiteral("channel_to_stream_index"), streams},
        {QStringLiteral("stream_amount"), streamAmount},
        {QStringLiteral("stream_url"), QStringLiteral("http://127.0.0.1")},
        {QStringLiteral("stream_port"), options.streamPortAsInt ? QJsonValue(job.streamPort())
                                                                : QJsonValue(QString::number(job.streamPort()))},
        {QStringLiteral("view_type"), options.viewTypeAsString ? QJsonValue(QString::number(int(c.view))) : QJsonValue(int(c.view))},
        {QStringLiteral("metadata"), options.credentialsInMetadata ? withAnalyzerLayer(liveMetadata) : liveMetadata},
    };
}

qint64 RowProducer::available(EmulatorJob &job, qint64 nowMs)
{
    if (!job.ready(nowMs) || job.dtMs <= 0 || m_options.consumerWithoutData)
        return 0;
    const double elapsed = double(nowMs - job.readyMs) * (job.historic() ? m_options.historicSpeed : 1.0);
    qint64 produced = qint64(elapsed / job.dtMs);
    if (job.historic())
        produced = std::min(produced, job.totalRows);
    if (produced - job.nextRow > m_options.backlogRows) {
        const qint64 skip = produced - job.nextRow - m_options.backlogRows;
        m_stats.backlogDroppedRows += skip;
        job.nextRow += skip;
    }
    return std::max<qint64>(0, produced - job.nextRow);
}

WaterfallRow RowProducer::makeRow(EmulatorJob &job, qint64 index)
{
    const EmulatorOptions &o = m_options;
    const uint64_t seed = o.seed;
    const uint64_t jobKey = qHash(job.id);
    auto chance = [&](uint64_t salt) { return unitHash(seed, jobKey, uint64_t(index), salt); };
    const qint64 step = std::max<qint64>(1, std::llround(job.dtMs));
    // One timing defect per row at most, and none right after a zero-length row, so that every
    // injected defect is seen by the client as exactly one finding of its kind.
    const bool timingFree = index > 0 && job.lastBadSpanRow != index - 1;
    if (timingFree && chance(11) < o.gapRate) {
        job.timeOffsetMs += step * (1 + qint64(3 * chance(12)));
        ++m_stats.gaps;
    } else if (timingFree && step >= 2 && chance(13) < o.overlapRate) {
        job.timeOffsetMs -= step / 2;
        ++m_stats.overlaps;
    } else if (timingFree && chance(20) < o.backwardsRate) {
        job.timeOffsetMs -= 2 * step;
        ++m_stats.backwardsRows;
    }
    WaterfallRow row;
    row.canvasId = "c" + std::to_string(job.slot);
    const qint64 nominalStart = std::llround(double(index) * job.dtMs);
    const qint64 nominalEnd = std::llround(double(index + 1) * job.dtMs);
    row.startMs = job.t0Ms + nominalStart + job.timeOffsetMs;
    row.endMs = job.t0Ms + nominalEnd + job.timeOffsetMs;
    if (row.endMs <= row.startMs)
        row.endMs = row.startMs + 1;
    if (chance(21) < o.badSpanRate) {
        // A zero-length row; the next row starts where it "ended", so continuity stays intact.
        job.timeOffsetMs -= row.endMs - row.startMs;
        row.endMs = row.startMs;
        job.lastBadSpanRow = index;
        ++m_stats.badSpans;
    }

    const int lo = job.config.channelMin, hi = std::max(job.config.channelMax, job.config.channelMin);
    int dropped = -1;
    if (hi > lo && chance(14) < o.droppedChannelRate) {
        dropped = lo + int(chance(15) * (hi - lo + 1));
        ++m_stats.droppedChannels;
    }
    int duplicated = -1;
    if (chance(22) < o.duplicateChannelRate) {
        duplicated = dropped == lo ? lo + 1 : lo;
        if (duplicated > hi)
            duplicated = -1;
        else
            ++m_stats.duplicatedChannels;
    }
    int burstLo = 1, burstHi = 0;
    if (chance(16) < o.negativeRowRate) {
        const int width = std::clamp(int(3 + 37 * chance(17)), 1, hi - lo + 1);
        burstLo = lo + int(chance(18) * (hi - lo + 2 - width));
        burstHi = burstLo + width - 1;
    }
    const int k = std::max(o.samplesPerSensor, 1);
    const int count = hi - lo + 1;
    row.sensorIds.reserve(size_t(count) + 2);
    row.offsets.reserve(size_t(count) + 3);
    row.samples.reserve((size_t(count) + 2) * size_t(k) + 1);
    row.offsets.push_back(0);
    auto addSensor = [&](int ch, bool inRange) {
        row.sensorIds.push_back(sensorOfChannel(ch));
        for (int j = 0; j < k; ++j) {
            const double t = double(row.startMs) + (j + 0.5) * double(std::max<qint64>(row.endMs - row.startMs, 1)) / k;
            float v = m_scene.amplitude(inRange ? ch : lo, t, uint64_t(index) * uint64_t(k) + uint64_t(j));
            if (inRange && ch >= burstLo && ch <= burstHi)
                v = -float(0.5 + 6.41 * unitHash(seed, jobKey, uint64_t(index) * 4096 + uint64_t(ch), uint64_t(j)));
            row.samples.push_back(v);
        }
        row.offsets.push_back(uint32_t(row.samples.size()));
    };
    for (int ch = lo; ch <= hi; ++ch) {
        if (ch == dropped)
            continue;
        addSensor(ch, true);
        if (ch == duplicated)
            addSensor(ch, true);
    }
    if (chance(23) < o.unexpectedChannelRate) {
        addSensor(hi + 1, false);
        ++m_stats.unexpectedChannels;
    }
    if (row.sensorIds.size() >= 2 && chance(24) < o.raggedRowRate) {
        // One extra (positive) sample on the last sensor.
        row.samples.push_back(row.samples.back() < 0 ? 1.0f : row.samples.back());
        ++row.offsets.back();
        ++m_stats.raggedRows;
    }
    if (!row.samples.empty() && chance(25) < o.nanRate) {
        const size_t sensor = size_t(chance(26) * double(row.sensorIds.size())) % row.sensorIds.size();
        row.samples[row.offsets[sensor]] = std::numeric_limits<float>::quiet_NaN();
        row.nonFinite = 1;
        ++m_stats.nanSamples;
    }
    // What was served, counted on the row itself: the scene is never negative.
    qint64 negatives = 0;
    for (float v : row.samples)
        negatives += std::isfinite(v) && v < 0 ? 1 : 0;
    if (negatives > 0) {
        ++m_stats.negativeRows;
        m_stats.negativeSamples += negatives;
    }
    return row;
}

WaterfallBlocks RowProducer::take(EmulatorJob &job, qint64 nowMs, int maxRows)
{
    const qint64 n = std::min<qint64>(available(job, nowMs), maxRows);
    WaterfallBlocks blocks;
    const int perBlock = std::max(m_options.rowsPerBlock, 1);
    for (qint64 i = 0; i < n; ++i) {
        if (i % perBlock == 0)
            blocks.emplace_back();
        blocks.back().rows.push_back(makeRow(job, job.nextRow++));
    }
    for (WaterfallBlock &b : blocks) {
        float mn = std::numeric_limits<float>::max(), mx = std::numeric_limits<float>::lowest();
        for (const WaterfallRow &r : b.rows)
            for (float v : r.samples) {
                if (!std::isfinite(v))
                    continue;
                mn = std::min(mn, v);
                mx = std::max(mx, v);
            }
        if (mn > mx)
            mn = mx = 0;
        b.currentMinAmp = mn;
        b.currentMaxAmp = mx;
        if (unitHash(m_options.seed, qHash(job.id), uint64_t(b.rows.front().startMs), 19) < m_options.negativeBlockRangeRate)
            b.currentMinAmp = std::min(double(mn), 0.0) - 6.91; // below every sample: the reported range lies
        if (unitHash(m_options.seed, qHash(job.id), uint64_t(b.rows.front().startMs), 27) < m_options.rangeViolationRate) {
            b.currentMaxAmp = double(mx) - 1.0; // the largest sample lies above the reported maximum
            ++m_stats.rangeViolations;
        }
        if (b.currentMinAmp < 0 || b.currentMaxAmp < 0)
            ++m_stats.negativeBlockRanges;
        ++m_stats.blocksServed;
        m_stats.rowsServed += qint64(b.rows.size());
    }
    if (job.historic() && job.nextRow >= job.totalRows && !job.ended())
        job.endedMs = nowMs;
    return blocks;
}

} // namespace wf::emu
