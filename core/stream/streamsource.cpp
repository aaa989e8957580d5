#include "streamsource.h"

#include "logging.h"

#include <QDateTime>
#include <QUrl>
#include <cmath>
#include <map>

namespace wf {

QString streamProblemName(StreamProblem p)
{
    switch (p) {
    case StreamProblem::CannotConnect: return QStringLiteral("cannot_connect");
    case StreamProblem::Refused: return QStringLiteral("refused");
    case StreamProblem::Unavailable: return QStringLiteral("unavailable");
    case StreamProblem::DeadlineExceeded: return QStringLiteral("deadline_exceeded");
    case StreamProblem::BadFrame: return QStringLiteral("bad_frame");
    case StreamProblem::RangeMismatch: return QStringLiteral("range_mismatch");
    case StreamProblem::Ended: return QStringLiteral("stream_ended");
    case StreamProblem::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

QString streamHost(const QString &streamUrl)
{
    QString s = streamUrl.trimmed();
    const qsizetype scheme = s.indexOf(QStringLiteral("://"));
    if (scheme >= 0)
        s = s.mid(scheme + 3);
    const qsizetype slash = s.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        s = s.left(slash);
    // "host:port" in the URL: the port comes from stream_port.
    if (!s.startsWith(QLatin1Char('[')) && s.count(QLatin1Char(':')) == 1)
        s = s.section(QLatin1Char(':'), 0, 0);
    return s;
}

std::vector<StreamPlan> streamPlans(const ConfigureReply &reply)
{
    // channel_to_stream_index may list every channel or only the edges of each stream
    // ({"1": 0, "17": 0, "18": 1, ...}): each stream spans its lowest to its highest listed channel.
    std::map<int, StreamPlan> byStream;
    for (auto it = reply.channelToStreamIndex.begin(); it != reply.channelToStreamIndex.end(); ++it) {
        auto [pos, fresh] = byStream.try_emplace(it.value(), StreamPlan{it.value(), it.key(), it.key()});
        if (!fresh) {
            pos->second.firstChannel = std::min(pos->second.firstChannel, it.key());
            pos->second.lastChannel = std::max(pos->second.lastChannel, it.key());
        }
    }
    std::vector<StreamPlan> out;
    for (auto &[id, plan] : byStream)
        out.push_back(plan);
    return out;
}

QString AssemblingStreamSource::endpoint() const
{
    return QStringLiteral("%1:%2").arg(m_config.host).arg(m_config.port);
}

int AssemblingStreamSource::reconnects() const
{
    int n = 0;
    for (const StreamStatus &s : m_status)
        n += s.reconnects;
    return n;
}

void AssemblingStreamSource::begin(const StreamSourceConfig &config)
{
    qRegisterMetaType<wf::StreamProblem>();
    qRegisterMetaType<wf::StreamEvent>();
    m_config = config;
    m_assembler.reset(config.streams, config.bins, config.linesDtS);
    m_status.assign(config.streams.size(), StreamStatus{});
    m_firstFrameAt.assign(config.streams.size(), 0);
    for (size_t i = 0; i < config.streams.size(); ++i)
        m_status[i].plan = config.streams[i];
    m_rows = 0;
    m_endedStreams = 0;
    m_running = true;
}

void AssemblingStreamSource::end()
{
    if (!m_running)
        return;
    m_running = false;
    deliver(m_assembler.finish());
    emit statusChanged();
}

void AssemblingStreamSource::handle(const StreamEvent &e)
{
    if (!m_running || e.stream < 0 || size_t(e.stream) >= m_status.size())
        return;
    emit eventArriving();
    emit recordable(e);
    StreamStatus &s = m_status[size_t(e.stream)];
    switch (e.kind) {
    case StreamEvent::Kind::Connected:
        qCInfo(lcGrpc, "stream %d %s", e.stream, e.reconnect ? "reconnected" : "connected");
        if (e.reconnect)
            ++s.reconnects;
        if (!s.connectedAtMs)
            s.connectedAtMs = QDateTime::currentMSecsSinceEpoch();
        emit streamConnected(e.stream);
        break;
    case StreamEvent::Kind::Frame:
        // The frame's bytes are read by decodeStreamFrame, the one place of that reading (streamframe.h).
        onFrame(e.stream, e.frame, e.decoded ? *e.decoded : decodeStreamFrame(e.frame, m_config.bins));
        break;
    case StreamEvent::Kind::Problem:
        qCWarning(lcGrpc, "stream %d%s: %s", e.stream, e.final ? " ended" : "", qPrintable(e.evidence));
        if (e.final && !s.ended) {
            s.ended = true;
            ++m_endedStreams;
        }
        emit problem(e.stream, e.problem, e.evidence);
        if (e.final && m_endedStreams == int(m_status.size())) {
            deliver(m_assembler.flushIncomplete());
            emit allEnded();
        }
        break;
    }
    emit statusChanged();
}

void AssemblingStreamSource::onFrame(int index, const StreamFrame &frame, const DecodedFrame &decoded)
{
    StreamStatus &s = m_status[size_t(index)];
    const bool first = !s.firstFrameAtMs;
    if (first) {
        s.firstFrameAtMs = frame.receivedAtMs;
        m_firstFrameAt[size_t(index)] = frame.receivedAtMs;
    }
    std::vector<WaterfallRow> rows = m_assembler.add(index, decoded);
    const StreamCounters &c = m_assembler.counters(index);
    s.frames = c.frames;
    s.lines = c.lines;
    s.badFrames = c.badFrames;
    s.rangeMismatches = c.rangeMismatches;
    s.rowIndexGaps = c.rowIndexGaps;
    s.rowIndexRepeats = c.rowIndexRepeats;
    s.lastRowIndex = c.lastRowIndex;
    s.badFramesInARow = decoded.error.isEmpty() ? 0 : s.badFramesInARow + 1;
    s.bytes += frame.bytes;
    s.shapeX = frame.shapeX;
    s.shapeY = frame.shapeY;
    s.shapeZ = frame.shapeZ;
    s.lastFrameBytes = frame.bytes;
    s.globalMin = frame.globalMinimum;
    s.globalMax = frame.globalMaximum;
    s.decodedMin = decoded.decodedMin;
    s.decodedMax = decoded.decodedMax;
    const qint64 elapsed = frame.receivedAtMs - m_firstFrameAt[size_t(index)];
    s.framesPerSecond = elapsed > 0 ? double(s.frames - 1) * 1000.0 / double(elapsed) : 0;
    if (first)
        emit firstFrame(index);
    if (!decoded.error.isEmpty())
        emit problem(index, StreamProblem::BadFrame, decoded.error);
    else if (decoded.rangeMismatch)
        emit problem(index, StreamProblem::RangeMismatch,
                     QStringLiteral("values %1..%2 outside global_minimum/maximum %3..%4")
                         .arg(double(decoded.decodedMin), 0, 'g', 9)
                         .arg(double(decoded.decodedMax), 0, 'g', 9)
                         .arg(double(frame.globalMinimum), 0, 'g', 9)
                         .arg(double(frame.globalMaximum), 0, 'g', 9));
    deliver(std::move(rows));
}

void AssemblingStreamSource::deliver(std::vector<WaterfallRow> rows)
{
    if (rows.empty())
        return;
    m_rows += qint64(rows.size());
    WaterfallBlock block;
    block.rows = std::move(rows);
    // Frames carry their own ranges (checked per frame); an assembled line has none of its own.
    block.currentMinAmp = std::numeric_limits<double>::quiet_NaN();
    block.currentMaxAmp = std::numeric_limits<double>::quiet_NaN();
    auto blocks = std::make_shared<WaterfallBlocks>();
    blocks->push_back(std::move(block));
    emit rowsArrived(blocks);
}

} // namespace wf
