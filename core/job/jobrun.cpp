#include "job/jobrun.h"

#include "data/quality.h"
#include "base/stats.h"
#include "stream/streamsource.h"

namespace wf {

namespace {
constexpr size_t kLatencyWindow = 1000;
} // namespace

QString rowsFromName(RowsFrom r)
{
    switch (r) {
    case RowsFrom::Auto: return QStringLiteral("auto");
    case RowsFrom::Rest: return QStringLiteral("rest");
    case RowsFrom::Grpc: return QStringLiteral("grpc");
    }
    return QStringLiteral("auto");
}

std::optional<RowsFrom> rowsFromFromName(const QString &name)
{
    for (RowsFrom r : {RowsFrom::Auto, RowsFrom::Rest, RowsFrom::Grpc})
        if (rowsFromName(r) == name)
            return r;
    return std::nullopt;
}

void JobLog::addLatency(double ms)
{
    latencies.push_back(ms);
    if (latencies.size() > kLatencyWindow)
        latencies.pop_front();
}

std::optional<double> JobLog::lastLatencyMs() const
{
    if (latencies.empty())
        return std::nullopt;
    return latencies.back();
}

std::optional<double> JobLog::p95LatencyMs() const
{
    if (latencies.empty())
        return std::nullopt;
    return observedPercentile(std::vector<double>(latencies.begin(), latencies.end()), 95);
}

RowGeometry JobRun::rowGeometry() const
{
    RowGeometry g;
    g.jobId = jobId();
    g.lo = request.channelMin;
    g.hi = request.channelMax;
    g.timeAxisSeconds = request.timeAxisDurationS;
    if (!reply)
        return g;
    const ConfigureReply &r = *reply;
    g.linesDtSeconds = r.linesDt;
    g.frequencies = r.frequencies;
    const bool grpc = rowSource == RowSourceKind::Grpc;
    // The single-channel view over the stream is a real spectrogram: bins across, in Hz.
    if (request.view == ViewType::SingleChannel && grpc && r.frequenciesAmount > 1) {
        g.lo = 1;
        g.hi = r.frequenciesAmount;
        g.spectrum = true;
        const QList<double> &f = r.frequencies;
        g.fiberStartMeters = f.isEmpty() ? 0 : f.front();
        g.dxMeters = f.size() > 1 ? (f.back() - f.front()) / double(f.size() - 1) : 0;
        return g;
    }
    if (grpc && request.view != ViewType::Waterfall)
        g.binsPerChannel = r.frequenciesAmount;
    if (r.metadata) {
        g.dxMeters = r.metadata->dx;
        g.fiberStartMeters = r.metadata->fiberStartMeters.value_or(0);
    }
    return g;
}

QString JobRun::streamEndpoint() const
{
    if (!reply || reply->streamPort <= 0)
        return {};
    const QString host = streamHost(reply->streamUrl);
    return host.isEmpty() ? QString() : QStringLiteral("%1:%2").arg(host).arg(reply->streamPort);
}

qint64 JobRun::windowRequestedMs() const
{
    return request.historic() ? (*request.endTimeS - *request.startTimeS) * 1000 : 0;
}

void JobRun::accountWindow(const WaterfallBlocks &blocks)
{
    if (!request.historic())
        return;
    const qint64 from = *request.startTimeS * 1000, to = *request.endTimeS * 1000;
    for (const WaterfallBlock &b : blocks)
        for (const WaterfallRow &row : b.rows)
            windowCoveredMs += clippedSpanMs(row, from, to);
}

int JobRun::metadataNotFoundCount() const
{
    return log.polls.value(QStringLiteral("metadata")).value(QStringLiteral("404"));
}

bool JobRun::metadataNeverKnewJob() const
{
    return rowSource == RowSourceKind::Grpc && metadataNotFoundCount() > 0 && !metadataKnown;
}

} // namespace wf
