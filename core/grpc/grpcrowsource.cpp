#include "grpcrowsource.h"

#include "framemessage.h"
#include "pandadatastream.grpc.pb.h"

#include <QDateTime>
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

} // namespace

GrpcRowSource::GrpcRowSource(QObject *parent) : StreamRowSource(parent)
{
    qRegisterMetaType<wf::StreamProblem>();
}

GrpcRowSource::~GrpcRowSource()
{
    joinWorkers();
}

StreamSourceFactory GrpcRowSource::factory()
{
    return [] { return std::make_unique<GrpcRowSource>(); };
}

QString GrpcRowSource::endpoint() const
{
    return QStringLiteral("%1:%2").arg(m_config.host).arg(m_config.port);
}

int GrpcRowSource::reconnects() const
{
    int n = 0;
    for (const StreamStatus &s : m_status)
        n += s.reconnects;
    return n;
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
    m_config = config;
    m_assembler.reset(config.streams, config.bins, config.linesDtS);
    m_status.assign(config.streams.size(), StreamStatus{});
    m_rateClock.assign(config.streams.size(), QElapsedTimer());
    for (size_t i = 0; i < config.streams.size(); ++i)
        m_status[i].plan = config.streams[i];
    m_rows = 0;
    m_endedStreams = 0;
    m_running = true;
    m_shared = std::make_shared<Shared>();
    m_shared->calls.assign(config.streams.size(), nullptr);

    grpc::ChannelArguments args;
    // As the field client: keepalive 30 s with a 10 s timeout, allowed without calls.
    args.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, 30'000);
    args.SetInt(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 10'000);
    args.SetInt(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
    args.SetMaxReceiveMessageSize(64 * 1024 * 1024);
    const std::string target = endpoint().toStdString();
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
                    post([self, index, why] { self->onProblem(index, StreamProblem::CannotConnect, why, false); });
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
                post([self, index, reconnect] { self->onConnected(index, reconnect); });
                pandadatastream::StreamDataRequest request;
                request.set_stream_id(streamId);
                std::unique_ptr<grpc::ClientReader<pandadatastream::DataStream>> reader = stub->StreamData(&context, request);
                pandadatastream::DataStream message;
                bool gotFrame = false;
                while (reader->Read(&message)) {
                    StreamFrame frame = frameFromMessage(message, streamId);
                    frame.receivedAtMs = nowMs();
                    DecodedFrame decoded = decodeStreamFrame(frame, bins);
                    frame.mainData.clear(); // decoded: the bytes need not travel
                    gotFrame = true;
                    post([self, index, frame = std::move(frame), decoded = std::move(decoded)] {
                        self->onFrame(index, frame, decoded);
                    });
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
                post([self, index, kind, why, final] { self->onProblem(index, kind, why, final); });
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
    if (!m_running)
        return;
    m_running = false;
    joinWorkers();
    deliver(m_assembler.finish());
    emit statusChanged();
}

void GrpcRowSource::onConnected(int index, bool reconnect)
{
    if (!m_running)
        return;
    StreamStatus &s = m_status[size_t(index)];
    if (reconnect)
        ++s.reconnects;
    if (!s.connectedAtMs)
        s.connectedAtMs = nowMs();
    emit streamConnected(index);
    emit statusChanged();
}

void GrpcRowSource::onFrame(int index, const StreamFrame &frame, const DecodedFrame &decoded)
{
    if (!m_running)
        return;
    StreamStatus &s = m_status[size_t(index)];
    const bool first = !s.firstFrameAtMs;
    if (first) {
        s.firstFrameAtMs = frame.receivedAtMs;
        m_rateClock[size_t(index)].start();
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
    const qint64 elapsed = m_rateClock[size_t(index)].elapsed();
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
    emit statusChanged();
}

void GrpcRowSource::onProblem(int index, StreamProblem kind, const QString &evidence, bool final)
{
    if (!m_running)
        return;
    if (final && !m_status[size_t(index)].ended) {
        m_status[size_t(index)].ended = true;
        ++m_endedStreams;
    }
    emit problem(index, kind, evidence);
    if (final && m_endedStreams == int(m_status.size())) {
        deliver(m_assembler.flushIncomplete());
        emit allEnded();
    }
    emit statusChanged();
}

void GrpcRowSource::deliver(std::vector<WaterfallRow> rows)
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
