#include "grpcrowsource.h"

#include "framemessage.h"
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
    const std::string target = QStringLiteral("%1:%2").arg(config.host).arg(config.port).toStdString();
    auto channel = grpc::CreateCustomChannel(target, grpc::InsecureChannelCredentials(), args);

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
        m_workers.emplace_back([self, shared, channel, index, streamId, bins, connectMs, maxDelay, target] {
            auto post = [&](auto fn) { QMetaObject::invokeMethod(self, std::move(fn), Qt::QueuedConnection); };
            auto stub = pandadatastream::DataStreamService::NewStub(channel);
            int delay = 100;
            bool everConnected = false;
            while (true) {
                {
                    std::lock_guard lock(shared->mutex);
                    if (shared->stopping)
                        return;
                }
                const auto deadline = std::chrono::system_clock::now() + std::chrono::milliseconds(connectMs);
                if (!channel->WaitForConnected(deadline)) {
                    const QString why = QStringLiteral("cannot connect to %1 within %2 ms")
                                            .arg(QString::fromStdString(target))
                                            .arg(connectMs);
                    post([self, index, why] { self->handle(problemEvent(index, StreamProblem::CannotConnect, why, false)); });
                    if (shared->waitStopping(delay))
                        return;
                    delay = std::min(delay * 2, maxDelay);
                    continue;
                }
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
                const grpc::Status status = reader->Finish();
                {
                    std::lock_guard lock(shared->mutex);
                    shared->calls[size_t(index)] = nullptr;
                    if (shared->stopping)
                        return;
                }
                const StreamProblem kind = problemOf(status.error_code());
                const QString why = status.ok() ? QStringLiteral("the server ended the stream")
                                                : QStringLiteral("gRPC %1: %2")
                                                      .arg(int(status.error_code()))
                                                      .arg(QString::fromStdString(status.error_message()));
                const bool final = status.ok();
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
