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
        // Contiguous groups of near-equal size, at most 17 channels (50 → 17/17/16).
        streamAmount = (n + 16) / 17;
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
                freqs.append(std::round(k * step * 10000.0) / 10000.0);
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
        {QStringLiteral("stream_port"), 12300 + job.slot},
        {QStringLiteral("view_type"), int(c.view)},
        {QStringLiteral("metadata"), liveMetadata},
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
    const qint64 step = std::max<qint64>(1, std::llround(job.dtMs));
    if (index > 0 && unitHash(seed, jobKey, uint64_t(index), 11) < o.gapRate) {
        job.timeOffsetMs += step * (1 + qint64(3 * unitHash(seed, jobKey, uint64_t(index), 12)));
        ++m_stats.gaps;
    } else if (index > 0 && step >= 2 && unitHash(seed, jobKey, uint64_t(index), 13) < o.overlapRate) {
        job.timeOffsetMs -= step / 2;
        ++m_stats.overlaps;
    }
    WaterfallRow row;
    row.canvasId = "c" + std::to_string(job.slot);
    row.startMs = job.t0Ms + std::llround(double(index) * job.dtMs) + job.timeOffsetMs;
    row.endMs = job.t0Ms + std::llround(double(index + 1) * job.dtMs) + job.timeOffsetMs;
    if (row.endMs <= row.startMs)
        row.endMs = row.startMs + 1;

    const int lo = job.config.channelMin, hi = std::max(job.config.channelMax, job.config.channelMin);
    int dropped = -1;
    if (hi > lo && unitHash(seed, jobKey, uint64_t(index), 14) < o.droppedChannelRate) {
        dropped = lo + int(unitHash(seed, jobKey, uint64_t(index), 15) * (hi - lo + 1));
        ++m_stats.droppedChannels;
    }
    int burstLo = 1, burstHi = 0;
    if (unitHash(seed, jobKey, uint64_t(index), 16) < o.negativeRowRate) {
        const int width = std::clamp(int(3 + 37 * unitHash(seed, jobKey, uint64_t(index), 17)), 1, hi - lo + 1);
        burstLo = lo + int(unitHash(seed, jobKey, uint64_t(index), 18) * (hi - lo + 2 - width));
        burstHi = burstLo + width - 1;
    }
    const int k = std::max(o.samplesPerSensor, 1);
    const int count = hi - lo + 1;
    row.sensorIds.reserve(size_t(count));
    row.offsets.reserve(size_t(count) + 1);
    row.samples.reserve(size_t(count) * size_t(k));
    row.offsets.push_back(0);
    qint64 negatives = 0;
    for (int ch = lo; ch <= hi; ++ch) {
        if (ch == dropped)
            continue;
        row.sensorIds.push_back(ch - 1);
        for (int j = 0; j < k; ++j) {
            const double t = double(row.startMs) + (j + 0.5) * double(row.endMs - row.startMs) / k;
            float v = m_scene.amplitude(ch, t, uint64_t(index) * uint64_t(k) + uint64_t(j));
            if (ch >= burstLo && ch <= burstHi) {
                v = -float(0.5 + 6.41 * unitHash(seed, jobKey, uint64_t(index) * 4096 + uint64_t(ch), uint64_t(j)));
                ++negatives;
            }
            row.samples.push_back(v);
        }
        row.offsets.push_back(uint32_t(row.samples.size()));
    }
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
                mn = std::min(mn, v);
                mx = std::max(mx, v);
            }
        if (mn > mx)
            mn = mx = 0;
        b.currentMinAmp = mn;
        b.currentMaxAmp = mx;
        if (unitHash(m_options.seed, qHash(job.id), uint64_t(b.rows.front().startMs), 19) < m_options.negativeBlockRangeRate) {
            b.currentMinAmp = std::min(double(mn), 0.0) - 6.91; // below every sample: the reported range lies
            ++m_stats.negativeBlockRanges;
        }
        ++m_stats.blocksServed;
        m_stats.rowsServed += qint64(b.rows.size());
    }
    if (job.historic() && job.nextRow >= job.totalRows && !job.ended())
        job.endedMs = nowMs;
    return blocks;
}

} // namespace wf::emu
