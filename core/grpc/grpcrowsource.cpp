#include "grpcrowsource.h"

#include "framemessage.h"
#include "redact.h"
#include "pandadatastream.grpc.pb.h"

#include <QDateTime>
#include <condition_variable>
#include <mutex>
#include <grpcpp/grpcpp.h>

namespace wf {

// What the workers and this object share: the stop flag, the calls to cancel, the wake-up of backoffs.
struct GrpcRowSource::Shared {
    std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
    std::vector<grpc::ClientContext *> calls;

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
    m_shared.reset();
}

void GrpcRowSource::start(const StreamSourceConfig &config)
{
    joinWorkers();
    begin(config);
    m_shared = std::make_shared<Shared>();
    m_shared->calls.assign(config.streams.size(), nullptr);

    grpc::ChannelArguments args;
    // As the field client: keepalive 30 s with a 10 s timeout, allowed without calls.
    args.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, 30'000);
    args.SetInt(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 10'000);
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
            auto post = [&](auto fn) { QMetaObject::invokeMethod(self, std::move(fn), Qt::QueuedConnection); };
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
                if (c == Connect::Refused) {
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
                        post([self, index, why] { self->handle(problemEvent(index, StreamProblem::Refused, why, false)); });
                    }
                    if (shared->waitStopping(std::max(cfg.refusedRetryMs, 20)))
                        return;
                    channel = makeChannel();
                    stub = pandadatastream::DataStreamService::NewStub(channel);
                    continue;
                }
                if (c == Connect::Silent) {
                    const QString why = QStringLiteral("cannot connect to %1 within %2 ms (no answer, no refusal)").arg(where).arg(connectMs);
                    post([self, index, why] { self->handle(problemEvent(index, StreamProblem::CannotConnect, why, false)); });
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
                post([self, index, reconnect] {
                    StreamEvent e;
                    e.kind = StreamEvent::Kind::Connected;
                    e.stream = index;
                    e.reconnect = reconnect;
                    self->handle(e);
                });
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
                    post([self, e = std::move(e)] { self->handle(e); });
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
                post([self, index, kind, why, final] { self->handle(problemEvent(index, kind, why, final)); });
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
