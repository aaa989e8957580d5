// FocusEmulator, its jobs' gRPC DataStreams: each stream's server, when it starts listening (at once,
// or after the recorded pod start-up delay), when it stops, and which port the next job gets
// (routing, TLS and the job sweep are in focusemulator.cpp, the endpoints in emulatorhandlers.cpp).
#include "focusemulator.h"

#include "streamfront.h"
#include "stream/streamsource.h"

#include <QDateTime>
#include <QTcpServer>
#include <cmath>

namespace wf::emu {

namespace {

// A free port for a stream that listens later: bound, read and released at once.
int reserveFreePort(const QString &host)
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress(host), 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

std::shared_ptr<const JobStreamState> FocusEmulator::streamState(const QString &id) const
{
    const auto it = m_streams.find(id);
    return it == m_streams.end() ? nullptr : std::shared_ptr<const JobStreamState>((*it)->state());
}

QString FocusEmulator::streamHost() const
{
    return m_address.isNull() || m_address == QHostAddress::Any ? QStringLiteral("127.0.0.1") : m_address.toString();
}

int FocusEmulator::takePooledPort()
{
    if (!m_options.reusePorts || m_portPool.isEmpty())
        return 0;
    const int port = m_portPool.takeFirst();
    // A cancelled playback may still answer there: its server is fully down before the next listens.
    for (auto it = m_streams.begin(); it != m_streams.end(); ++it) {
        if (it.value()->port() != port)
            continue;
        it.value()->shutdown();
        log(QStringLiteral("job %1: its gRPC stream port %2 goes to the next job").arg(it.key()).arg(port));
        m_streams.erase(it);
        break;
    }
    return port;
}

void FocusEmulator::startStream(EmulatorJob &job)
{
    if (!m_options.grpcStreams)
        return;
    const ConfigureRequest &c = job.config;
    const QJsonObject reply = configureReplyJson(job, m_options, {});
    auto state = std::make_shared<JobStreamState>();
    state->jobId = job.id;
    state->slot = job.slot;
    ConfigureReply shape;
    const QJsonObject streams = reply.value(QStringLiteral("channel_to_stream_index")).toObject();
    for (auto it = streams.begin(); it != streams.end(); ++it)
        shape.channelToStreamIndex.insert(it.key().toInt(), it.value().toInt());
    state->streams = streamPlans(shape);
    state->bins = c.view == ViewType::Waterfall ? 1 : std::max(1, int(reply.value(QStringLiteral("frequencies_amount")).toInt()));
    state->dtMs = job.dtMs;
    state->t0Ms = job.t0Ms;
    // The emulator's clock may be a test's: rows flow on the wall clock from the consumer's start.
    const qint64 offset = QDateTime::currentMSecsSinceEpoch() - now();
    state->readyRealMs = job.readyMs == std::numeric_limits<qint64>::max() ? std::numeric_limits<qint64>::max() / 2
                                                                             : job.readyMs + offset;
    state->totalRows = job.totalRows;
    state->speed = job.historic() ? m_options.historicSpeed : m_options.liveStreamSpeed;
    state->seed = m_options.seed;
    state->fiberChannels = m_options.highestChannel;
    state->negativeRowRate = m_options.negativeRowRate;
    state->dropEveryFrames = m_options.streamDropEveryFrames;
    state->badFrameRate = m_options.streamBadFrameRate;
    state->recordedScale = m_options.recordedScale;
    state->historicBurst = m_options.historicBurst;
    state->cancelAfterMs = std::max(0, m_options.streamCancelAfterMs);
    state->competingReader = m_options.competingReader;
    state->neverSends = m_options.noLiveSource && !job.historic();
    state->fault = streamFaultFromName(m_options.streamFault).value_or(StreamFault::None);
    state->faultAfterRows = std::max(0, m_options.streamFaultAfterRows);
    state->lastReadRealMs.store(QDateTime::currentMSecsSinceEpoch());
    const int pooled = takePooledPort();
    state->scaleStart = pooled > 0 ? 825.0f : 352.48f; // the next job on a port has a scale of its own
    auto server = std::make_shared<JobStreamServer>(state);
    const QString host = streamHost();
    // Recorded: the port refuses connections until the job's pod is up, a delay of its own per job.
    const int lo = std::max(0, m_options.streamReadyDelayMinMs), hi = std::max(lo, m_options.streamReadyDelayMaxMs);
    const int delayMs = lo + int(std::llround(unitHash(m_options.seed, uint64_t(job.slot), uint64_t(m_counter), 61) * (hi - lo)));
    if (delayMs > 0) {
        const int port = pooled > 0 ? pooled : reserveFreePort(host);
        if (port <= 0) {
            log(QStringLiteral("job %1: no free port for its gRPC stream on %2").arg(job.id, host));
            return;
        }
        server->setPort(port);
        job.grpcPort = port;
        m_streams.insert(job.id, server);
        log(QStringLiteral("job %1: gRPC DataStream port %2:%3 refuses connections for %4 ms")
                .arg(job.id, host)
                .arg(port)
                .arg(delayMs));
        // On the emulator's clock, whose system timers are precise: a coarse timer may fire up to 5 %
        // early, and the port refuses for the whole delay (a 4 s delay opened at 3.98 s once, and a
        // client's honest time to ready read as too early).
        m_clock->callAfter(delayMs, this, [this, id = job.id, weak = std::weak_ptr<JobStreamServer>(server)] {
            const auto s = weak.lock();
            if (s && m_streams.value(id) == s) // not ended meanwhile
                openStream(id, s);
        });
        return;
    }
    if (state->fault == StreamFault::NoHttp2 || state->fault == StreamFault::CutMidMessage) {
        // A front on the announced port: silent, or a relay to the gRPC server that cuts mid-message.
        const int upstream = state->fault == StreamFault::CutMidMessage ? server->start(host, 0) : 0;
        auto *front = new StreamFront(upstream, 64 * 1024, this);
        if ((state->fault == StreamFault::CutMidMessage && upstream <= 0) || !front->listen(QHostAddress(host), quint16(pooled))) {
            delete front;
            log(QStringLiteral("job %1: its hostile stream front could not listen on %2").arg(job.id, host));
            return;
        }
        job.grpcPort = front->serverPort();
        m_streams.insert(job.id, server);
        m_streamFronts.insert(job.id, front);
        log(QStringLiteral("job %1: gRPC DataStream port %2:%3 %4")
                .arg(job.id, host)
                .arg(job.grpcPort)
                .arg(upstream > 0 ? QStringLiteral("relays to %1 and cuts each connection mid-message").arg(upstream)
                                  : QStringLiteral("accepts TCP and never speaks HTTP/2")));
        return;
    }
    const int port = server->start(host, pooled);
    if (port <= 0) {
        log(QStringLiteral("job %1: its gRPC stream could not listen on %2:%3").arg(job.id, host).arg(pooled));
        return;
    }
    job.grpcPort = port;
    m_streams.insert(job.id, server);
    log(QStringLiteral("job %1: gRPC DataStream on %2:%3, %4 stream(s) of %5 bin(s)")
            .arg(job.id, host)
            .arg(port)
            .arg(state->streams.size())
            .arg(state->bins));
}

void FocusEmulator::openStream(const QString &id, const std::shared_ptr<JobStreamServer> &server)
{
    JobStreamState &st = *server->state();
    const qint64 realNow = QDateTime::currentMSecsSinceEpoch();
    // Rows flow from when the stream opens: a live job's row 0 is then (no handler runs yet).
    if (st.readyRealMs < realNow) {
        if (!st.historic())
            st.t0Ms += realNow - st.readyRealMs;
        st.readyRealMs = realNow;
    }
    st.lastReadRealMs.store(realNow);
    if (const auto job = m_jobs.find(id); job != m_jobs.end())
        job->lastStreamReadMs = now(); // an opened stream counts as read: its reader has a job to find
    if (server->start(streamHost(), server->port()) <= 0) {
        log(QStringLiteral("job %1: its gRPC stream could not listen on port %2").arg(id).arg(server->port()));
        return;
    }
    log(QStringLiteral("job %1: gRPC DataStream now listens on %2:%3, %4 stream(s) of %5 bin(s)")
            .arg(id, streamHost())
            .arg(server->port())
            .arg(st.streams.size())
            .arg(st.bins));
}

void FocusEmulator::closeStream(const QString &id)
{
    delete m_streamFronts.take(id);
    const auto server = m_streams.take(id);
    if (!server)
        return;
    server->shutdown(); // returns once nothing listens: the port is free for the next job
    if (m_options.reusePorts && server->port() > 0 && !m_portPool.contains(server->port()))
        m_portPool.append(server->port());
}

// Historic burst: the cancel ends the playback. The job is over (its port may go to the next job);
// until then its server answers every new call with the cancel at once.
void FocusEmulator::endCancelledPlayback(EmulatorJob &job)
{
    const auto stream = m_streams.value(job.id);
    if (job.playbackCancelled || !stream)
        return;
    const qint64 cancelAt = stream->state()->cancelAtRealMs();
    if (cancelAt <= 0 || QDateTime::currentMSecsSinceEpoch() < cancelAt)
        return;
    job.playbackCancelled = true;
    if (!job.ended())
        job.endedMs = now();
    log(QStringLiteral("job %1: historic playback over, its calls cancelled (UNAVAILABLE \"Cancelling all calls\")").arg(job.id));
    if (m_options.reusePorts && stream->port() > 0 && !m_portPool.contains(stream->port()))
        m_portPool.append(stream->port());
}

} // namespace wf::emu
