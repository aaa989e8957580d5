#include "stream/streamsource.h"

#include "base/logging.h"

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
    case StreamProblem::ForeignFrames: return QStringLiteral("foreign_frames");
    case StreamProblem::CompetingReader: return QStringLiteral("competing_reader");
    case StreamProblem::BadScale: return QStringLiteral("bad_scale");
    case StreamProblem::FramesDropped: return QStringLiteral("frames_dropped");
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
    m_competingSaid = false;
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
        if (e.reconnect) {
            ++s.reconnects;
            s.verifyIdentity = true; // the port may now serve another job (ports are reused)
            s.gapExpected = true;    // what was in flight when the connection went is lost, not taken by another reader
        }
        if (!s.connectedAtMs)
            s.connectedAtMs = QDateTime::currentMSecsSinceEpoch();
        emit streamConnected(e.stream);
        break;
    case StreamEvent::Kind::Frame:
        if (e.droppedFrames > 0) {
            s.framesDropped += e.droppedFrames;
            s.linesDropped += e.droppedLines;
            s.dropsUnaccounted += e.droppedLines;
            emit problem(e.stream, StreamProblem::FramesDropped,
                         QStringLiteral("%1 frame(s) (%2 line(s)) came faster than the viewer could take them and were dropped here, %3 in all on this stream")
                             .arg(e.droppedFrames)
                             .arg(e.droppedLines)
                             .arg(s.framesDropped));
        }
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

CompetingReaderEvidence competingReaderEvidence(const std::vector<StreamStatus> &status)
{
    CompetingReaderEvidence e;
    for (const StreamStatus &s : status) {
        e.rowsMissed += s.rowsMissed;
        e.missEvents += s.missEvents;
        // A reliable stream skips nothing by itself: rows missing again and again went to another reader.
        if (s.missEvents >= 3 && s.rowsMissed >= 3)
            e.suspected = true;
    }
    return e;
}

QString AssemblingStreamSource::foreignEvidence(const StreamStatus &s, const StreamFrame &frame, const DecodedFrame &decoded) const
{
    QStringList why;
    if (m_config.jobSlot >= 0 && frame.jobSlot >= 0 && frame.jobSlot != m_config.jobSlot)
        why << QStringLiteral("job_id %1, not %2").arg(frame.jobSlot).arg(m_config.jobSlot);
    if (frame.startChannel != s.plan.firstChannel || frame.endChannel != s.plan.lastChannel)
        why << QStringLiteral("channels %1-%2, not %3-%4").arg(frame.startChannel).arg(frame.endChannel).arg(s.plan.firstChannel).arg(s.plan.lastChannel);
    if (s.verifyIdentity && s.lastRowIndex && !decoded.lines.empty() && decoded.lines.front().rowIndex < *s.lastRowIndex)
        why << QStringLiteral("row_index restarted at %1 after %2").arg(decoded.lines.front().rowIndex).arg(*s.lastRowIndex);
    if (s.verifyIdentity && s.frames > 0 && !s.scaleEverFell && frame.globalMaximum < s.globalMax)
        why << QStringLiteral("global_maximum %1 below this job's %2, a scale that never fell")
                   .arg(double(frame.globalMaximum), 0, 'g', 7)
                   .arg(double(s.globalMax), 0, 'g', 7);
    return why.join(QStringLiteral("; "));
}

void AssemblingStreamSource::onFrame(int index, const StreamFrame &frame, const DecodedFrame &decoded)
{
    StreamStatus &s = m_status[size_t(index)];
    if (decoded.error.isEmpty()) {
        const QString foreign = foreignEvidence(s, frame, decoded);
        if (!foreign.isEmpty()) {
            // Never counted or drawn: the job's port now serves another job.
            const bool firstForeign = s.foreignFrames == 0;
            ++s.foreignFrames;
            if (firstForeign)
                emit problem(index, StreamProblem::ForeignFrames,
                             QStringLiteral("the job's port now serves another job: %1").arg(foreign));
            return;
        }
        if (s.verifyIdentity && s.frames > 0)
            s.verifyIdentity = false; // this frame continues the job's own
    }
    const bool first = !s.firstFrameAtMs;
    if (first) {
        s.firstFrameAtMs = frame.receivedAtMs;
        m_firstFrameAt[size_t(index)] = frame.receivedAtMs;
    }
    const std::optional<int32_t> before = s.lastRowIndex;
    std::vector<WaterfallRow> rows = m_assembler.add(index, decoded);
    const StreamCounters &c = m_assembler.counters(index);
    if (before && !decoded.lines.empty() && qint64(decoded.lines.front().rowIndex) > qint64(*before) + 1) {
        // Lines this viewer dropped itself are not lines another reader took.
        qint64 missed = qint64(decoded.lines.front().rowIndex) - *before - 1;
        const qint64 ours = std::min(missed, s.dropsUnaccounted);
        s.dropsUnaccounted -= ours;
        missed -= ours;
        if (missed > 0 && s.gapExpected) {
            s.rowsLostAtReconnect += missed;
        } else if (missed > 0) {
            s.rowsMissed += missed;
            ++s.missEvents;
        }
    }
    if (!decoded.lines.empty())
        s.gapExpected = false;
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
    // NaN or an infinity is no scale: counted and said once, the previous scale kept (a NaN never
    // compares equal, and would count every frame as a change and reach the contrast).
    const bool finiteScale = std::isfinite(frame.globalMinimum) && std::isfinite(frame.globalMaximum);
    if (!finiteScale && ++s.nonFiniteScales == 1)
        emit problem(index, StreamProblem::BadScale,
                     QStringLiteral("global_minimum/global_maximum %1..%2 is not a scale of finite numbers: ignored, the previous scale kept")
                         .arg(double(frame.globalMinimum))
                         .arg(double(frame.globalMaximum)));
    if (finiteScale && s.frames > 1 && (frame.globalMinimum != s.globalMin || frame.globalMaximum != s.globalMax)) {
        // A scale, not a range: a change is worth noting (with its row), never a finding.
        ++s.scaleChanges;
        s.scaleEverFell = s.scaleEverFell || frame.globalMaximum < s.globalMax;
        if (!decoded.lines.empty())
            s.scaleChangedAtRow = decoded.lines.front().rowIndex;
        emit scaleChanged(index, frame.globalMinimum, frame.globalMaximum, s.scaleChangedAtRow.value_or(-1));
    }
    if (finiteScale || s.frames == 1) {
        s.globalMin = finiteScale ? frame.globalMinimum : 0.0f;
        s.globalMax = finiteScale ? frame.globalMaximum : 0.0f;
    }
    s.decodedMin = decoded.decodedMin;
    s.decodedMax = decoded.decodedMax;
    const qint64 elapsed = frame.receivedAtMs - m_firstFrameAt[size_t(index)];
    s.framesPerSecond = elapsed > 0 ? double(s.frames - 1) * 1000.0 / double(elapsed) : 0;
    if (first)
        emit firstFrame(index);
    if (!decoded.error.isEmpty())
        emit problem(index, StreamProblem::BadFrame, decoded.error);
    const CompetingReaderEvidence competing = competingReaderEvidence(m_status);
    if (competing.suspected && !m_competingSaid) {
        m_competingSaid = true;
        emit problem(index, StreamProblem::CompetingReader,
                     QStringLiteral("row_index advanced past %1 line(s) this client never received, %2 times: another client is reading this job's stream")
                         .arg(competing.rowsMissed)
                         .arg(competing.missEvents));
    }
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
