#include "grpc/grpcrowsource.h"

#include "grpc/framemessage.h"
#include "base/redact.h"
#include "pandadatastream.grpc.pb.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <grpcpp/grpcpp.h>

namespace wf {

// What the workers and this object share: the stop flag, the calls to cancel, the wake-up of backoffs,
// and the bounded queue of events read and not yet handled on this object's thread.
struct GrpcRowSource::Shared {
    std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
    std::vector<grpc::ClientContext *> calls;
    std::deque<StreamEvent> queue; // in arrival order; frames, connections and problems alike
    qint64 queuedBytes = 0, maxQueuedBytes = 0;
    bool drainPosted = false;
    std::vector<qint64> droppedFrames, droppedLines; // per stream, since its last queued frame

    bool waitStopping(int ms)
    {
        std::unique_lock lock(mutex);
        return wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return stopping; });
    }
};

namespace {

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

StreamProblem problemOf(grpc::StatusCode code)
{
    switch (code) {
    case grpc::StatusCode::OK: return StreamProblem::Ended;
    case grpc::StatusCode::UNAVAILABLE: return StreamProblem::Unavailable;
    case grpc::StatusCode::DEADLINE_EXCEEDED: return StreamProblem::DeadlineExceeded;
    default: return StreamProblem::Failed;
    }
}

StreamEvent problemEvent(int index, StreamProblem kind, const QString &why, bool final)
{
    StreamEvent e;
    e.kind = StreamEvent::Kind::Problem;
    e.stream = index;
    e.problem = kind;
    e.evidence = why;
    e.final = final;
    return e;
}

enum class Connect { Ready, Refused, Silent, Stopping };

// Waits until the channel is ready, telling a refusal (known at once: TRANSIENT_FAILURE) from a port
// that neither answers nor refuses (CONNECTING past connectMs). Polls in steps of stepMs for stop().
template <typename Stopping>
Connect awaitChannel(grpc::Channel &channel, const Stopping &stopping, int connectMs, int stepMs)
{
    const auto start = std::chrono::steady_clock::now();
    while (true) {
        if (stopping())
            return Connect::Stopping;
        const grpc_connectivity_state state = channel.GetState(true);
        if (state == GRPC_CHANNEL_READY)
            return Connect::Ready;
        if (state == GRPC_CHANNEL_TRANSIENT_FAILURE)
            return Connect::Refused;
        if (std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(connectMs))
            return Connect::Silent;
        channel.WaitForStateChange(state, std::chrono::system_clock::now() + std::chrono::milliseconds(stepMs));
    }
}

// gRPC says TRANSIENT_FAILURE both for a refused port and for one that accepts TCP and never answers
// the HTTP/2 handshake: a plain TCP connect tells them apart (worker thread, no event loop needed).
bool acceptsTcp(const QString &host, int port, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(host, quint16(port));
    const bool open = socket.waitForConnected(timeoutMs);
    socket.abort();
    return open;
}

} // namespace

GrpcRowSource::GrpcRowSource(QObject *parent) : AssemblingStreamSource(parent) {}

GrpcRowSource::~GrpcRowSource()
{
    joinWorkers();
}

StreamSourceFactory GrpcRowSource::factory()
{
    return [] { return std::make_unique<GrpcRowSource>(); };
}

// From a worker: queues the event for this object's thread. A frame that would take the queue past its
// bound is dropped and counted (the next queued frame of its stream says so); other events always go.
void GrpcRowSource::enqueue(StreamEvent event)
{
    Shared &sh = *m_shared;
    std::lock_guard lock(sh.mutex);
    if (sh.stopping)
        return;
    const qint64 cost = event.kind == StreamEvent::Kind::Frame ? std::max<qint64>(event.frame.bytes, 1) : 0;
    const size_t i = size_t(event.stream);
    if (cost > 0 && !sh.queue.empty() && sh.queuedBytes + cost > sh.maxQueuedBytes) {
        ++sh.droppedFrames[i];
        sh.droppedLines[i] += qint64(event.frame.rowIndex.size());
        return;
    }
    if (cost > 0) {
        event.droppedFrames = std::exchange(sh.droppedFrames[i], 0);
        event.droppedLines = std::exchange(sh.droppedLines[i], 0);
    }
    sh.queuedBytes += cost;
    sh.queue.push_back(std::move(event));
    if (!sh.drainPosted) {
        sh.drainPosted = true;
        QMetaObject::invokeMethod(this, &GrpcRowSource::drain, Qt::QueuedConnection);
    }
}

// On this object's thread: handles queued events for up to ~20 ms, then lets the event loop run (the
// UI never freezes under a flood) and comes back.
void GrpcRowSource::drain()
{
    const std::shared_ptr<Shared> shared = m_shared;
    if (!shared)
        return;
    QElapsedTimer slice;
    slice.start();
    while (true) {
        StreamEvent e;
        {
            std::lock_guard lock(shared->mutex);
            if (shared->queue.empty()) {
                shared->drainPosted = false;
                return;
            }
            if (slice.elapsed() >= 20) {
                QMetaObject::invokeMethod(this, &GrpcRowSource::drain, Qt::QueuedConnection);
                return;
            }
            e = std::move(shared->queue.front());
            shared->queue.pop_front();
            shared->queuedBytes -= e.kind == StreamEvent::Kind::Frame ? std::max<qint64>(e.frame.bytes, 1) : 0;
        }
        handle(e);
    }
}

void GrpcRowSource::joinWorkers()
{
    if (m_shared) {
        std::lock_guard lock(m_shared->mutex);
        m_shared->stopping = true;
        for (grpc::ClientContext *c : m_shared->calls)
            if (c)
                c->TryCancel();
        m_shared->wake.notify_all();
    }
    for (std::thread &t : m_workers)
        if (t.joinable())
            t.join();
    m_workers.clear();
    m_shared.reset(); // events still queued go with it (a drain already posted finds none)
}

void GrpcRowSource::start(const StreamSourceConfig &config)
{
    joinWorkers();
    begin(config);
    m_shared = std::make_shared<Shared>();
    m_shared->calls.assign(config.streams.size(), nullptr);
    m_shared->maxQueuedBytes = std::max<qint64>(config.maxQueuedBytes, 1);
    m_shared->droppedFrames.assign(config.streams.size(), 0);
    m_shared->droppedLines.assign(config.streams.size(), 0);

    grpc::ChannelArguments args;
    // As the field client: keepalive 30 s with a 10 s timeout, allowed without calls.
    args.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, std::max(config.keepaliveMs, 10));
    args.SetInt(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, std::max(config.keepaliveTimeoutMs, 10));
    args.SetInt(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
    args.SetMaxReceiveMessageSize(64 * 1024 * 1024);
    // gRPC's own reconnect backoff grows to 120 s; a job's port opens 7-21 s after configure on the
    // recorded servers and must be read within a fraction of a second of opening.
    args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, std::max(config.refusedRetryMs, 20));
    args.SetInt(GRPC_ARG_MIN_RECONNECT_BACKOFF_MS, std::max(config.refusedRetryMs, 20));
    args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, std::max(config.refusedRetryMs * 2, 40));
    // A channel of its own per attempt while refused: a shared subchannel keeps gRPC's backoff
    // (1 s growing by 1.6) whatever the arguments say, and a port that opened was read seconds late.
    args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
    const std::string target = QStringLiteral("%1:%2").arg(config.host).arg(config.port).toStdString();
    auto makeChannel = [target, args] { return grpc::CreateCustomChannel(target, grpc::InsecureChannelCredentials(), args); };

    // The workers are joined in the destructor before QObject's: `self` outlives every post, and Qt
    // drops events still queued for it when it is deleted.
    GrpcRowSource *self = this;
    for (size_t i = 0; i < config.streams.size(); ++i) {
        const int index = int(i);
        const int streamId = config.streams[i].streamId;
        const int bins = config.bins;
        const int connectMs = std::max(config.connectTimeoutMs, 1);
        const int maxDelay = std::max(config.maxReconnectDelayMs, 50);
        std::shared_ptr<Shared> shared = m_shared;
        const StreamSourceConfig cfg = config;
        m_workers.emplace_back([self, shared, makeChannel, index, streamId, bins, connectMs, maxDelay, target, cfg] {
            std::shared_ptr<grpc::Channel> channel = makeChannel();
            auto stub = pandadatastream::DataStreamService::NewStub(channel);
            const QString where = QString::fromStdString(target);
            int delay = 100;
            bool everConnected = false, everDelivered = false;
            qint64 refusedSince = -1, refusedSaid = -1; // steady ms; -1: not in a run of refusals
            while (true) {
                const Connect c = awaitChannel(*channel, [&shared] { std::lock_guard lock(shared->mutex); return shared->stopping; }, connectMs, std::max(cfg.refusedRetryMs, 20));
                if (c == Connect::Stopping)
                    return;
                const bool notGrpc = c == Connect::Refused && acceptsTcp(cfg.host, cfg.port, std::min(connectMs, 1000));
                if (c == Connect::Refused && !notGrpc) {
                    // Known at once: said at the first refusal of a run, then every refusedReportMs, and
                    // tried again soon, so a port that opens is read within a fraction of a second.
                    const qint64 now = steadyMs();
                    if (refusedSince < 0)
                        refusedSince = now;
                    if (refusedSaid < 0 || now - refusedSaid >= cfg.refusedReportMs) {
                        refusedSaid = now;
                        const qint64 forMs = now - refusedSince;
                        const QString why = forMs < 1000 ? QStringLiteral("%1 refused the connection").arg(where)
                                                         : QStringLiteral("%1 still refuses connections after %2 s")
                                                               .arg(where)
                                                               .arg(double(forMs) / 1000.0, 0, 'f', 1);
                        self->enqueue(problemEvent(index, StreamProblem::Refused, why, false));
                    }
                    if (shared->waitStopping(std::max(cfg.refusedRetryMs, 20)))
                        return;
                    channel = makeChannel();
                    stub = pandadatastream::DataStreamService::NewStub(channel);
                    continue;
                }
                if (c == Connect::Silent || notGrpc) {
                    const QString why = notGrpc ? QStringLiteral("%1 accepts TCP connections but never answers as a gRPC (HTTP/2) server").arg(where)
                                                : QStringLiteral("cannot connect to %1 within %2 ms (no answer, no refusal)").arg(where).arg(connectMs);
                    self->enqueue(problemEvent(index, StreamProblem::CannotConnect, why, false));
                    if (shared->waitStopping(delay))
                        return;
                    delay = std::min(delay * 2, maxDelay);
                    continue;
                }
                refusedSince = refusedSaid = -1;
                grpc::ClientContext context;
                {
                    std::lock_guard lock(shared->mutex);
                    if (shared->stopping)
                        return;
                    shared->calls[size_t(index)] = &context;
                }
                const bool reconnect = everConnected;
                everConnected = true;
                StreamEvent connected;
                connected.kind = StreamEvent::Kind::Connected;
                connected.stream = index;
                connected.reconnect = reconnect;
                self->enqueue(std::move(connected));
                pandadatastream::StreamDataRequest request;
                request.set_stream_id(streamId);
                std::unique_ptr<grpc::ClientReader<pandadatastream::DataStream>> reader = stub->StreamData(&context, request);
                pandadatastream::DataStream message;
                bool gotFrame = false;
                while (reader->Read(&message)) {
                    StreamEvent e;
                    e.kind = StreamEvent::Kind::Frame;
                    e.stream = index;
                    e.frame = frameFromMessage(message, streamId);
                    e.frame.receivedAtMs = nowMs();
                    e.decoded = std::make_shared<const DecodedFrame>(decodeStreamFrame(e.frame, bins)); // off the UI thread
                    gotFrame = true;
                    self->enqueue(std::move(e));
                }
                everDelivered = everDelivered || gotFrame;
                const grpc::Status status = reader->Finish();
                {
                    std::lock_guard lock(shared->mutex);
                    shared->calls[size_t(index)] = nullptr;
                    if (shared->stopping)
                        return;
                }
                const StreamProblem kind = problemOf(status.error_code());
                // A historic stream that delivered and then ended, normally or with UNAVAILABLE ("Cancelling
                // all calls", ~30 s after the first call on the recorded servers), is done: its rows are
                // consumed, a new call would get nothing. A live stream that ends is read again.
                const bool final = cfg.historic && (status.ok() || (everDelivered && kind == StreamProblem::Unavailable));
                QString why = status.ok() ? QStringLiteral("the server ended the stream")
                                          : QStringLiteral("gRPC %1: %2")
                                                .arg(int(status.error_code()))
                                                .arg(redactSecrets(QString::fromStdString(status.error_message()))); // server text: no secret kept
                if (final && !status.ok())
                    why += QStringLiteral(" (after its lines were delivered: the end of the historic playback)");
                self->enqueue(problemEvent(index, kind, why, final));
                if (final)
                    return;
                if (gotFrame)
                    delay = 100; // it was streaming: try again soon
                if (shared->waitStopping(delay))
                    return;
                delay = std::min(delay * 2, maxDelay);
            }
        });
    }
}

void GrpcRowSource::stop()
{
    joinWorkers();
    end();
}

} // namespace wf
