#include "streamserver.h"

#include "framemessage.h"
#include "pandadatastream.grpc.pb.h"

#include <QDateTime>
#include <cmath>
#include <cstring>
#include <grpcpp/grpcpp.h>
#include <thread>

namespace wf::emu {

namespace {

qint64 realNowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

void appendFloat(QByteArray &out, float v)
{
    uint32_t u;
    std::memcpy(&u, &v, sizeof u);
    const char b[4] = {char(u & 0xFF), char((u >> 8) & 0xFF), char((u >> 16) & 0xFF), char((u >> 24) & 0xFF)};
    out.append(b, 4);
}

} // namespace

class JobStreamServer::Service final : public pandadatastream::DataStreamService::Service
{
  public:
    explicit Service(std::shared_ptr<JobStreamState> state)
        : m_state(std::move(state)), m_scene(m_state->seed, m_state->fiberChannels)
    {
    }

    grpc::Status StreamData(grpc::ServerContext *context, const pandadatastream::StreamDataRequest *request,
                            grpc::ServerWriter<pandadatastream::DataStream> *writer) override
    {
        JobStreamState &s = *m_state;
        const int id = request->stream_id();
        if (id < 0 || size_t(id) >= s.streams.size())
            return {grpc::StatusCode::INVALID_ARGUMENT, "stream_id out of range"};
        const StreamPlan plan = s.streams[size_t(id)];
        std::atomic<qint64> &next = *s.nextRow[size_t(id)];
        int framesThisCall = 0;
        pandadatastream::DataStream message;
        while (!context->IsCancelled()) {
            if (s.closed.load())
                return {grpc::StatusCode::UNAVAILABLE, "Cancelling all calls"};
            s.lastReadRealMs.store(realNowMs());
            const qint64 row = next.load();
            if (s.totalRows >= 0 && row >= s.totalRows)
                return grpc::Status::OK; // the historic window is fully served
            // Row r is complete once its line has passed (live), or at the playout pace (historic).
            const qint64 dueMs = s.readyRealMs + qint64(std::ceil((row + 1) * s.dtMs / std::max(s.speed, 0.01)));
            const qint64 now = realNowMs();
            if (now < dueMs) {
                std::this_thread::sleep_for(std::chrono::milliseconds(std::min<qint64>(dueMs - now, 50)));
                continue;
            }
            if (s.dropEveryFrames > 0 && framesThisCall >= s.dropEveryFrames) {
                s.drops.fetch_add(1);
                return {grpc::StatusCode::UNAVAILABLE, "Cancelling all calls"};
            }
            frameToMessage(makeFrame(plan, row), message);
            if (!writer->Write(message))
                return grpc::Status::OK; // the client went away
            next.store(row + 1);
            ++framesThisCall;
        }
        return grpc::Status::CANCELLED;
    }

  private:
    StreamFrame makeFrame(const StreamPlan &plan, qint64 row)
    {
        JobStreamState &s = *m_state;
        StreamFrame f;
        f.startChannel = plan.firstChannel;
        f.endChannel = plan.lastChannel;
        const qint64 t = s.t0Ms + qint64(std::llround(double(row) * s.dtMs));
        f.timestampsMs = {t};
        f.rowIndex = {int32_t(row)};
        const int channels = plan.lastChannel - plan.firstChannel + 1;
        f.shapeX = channels * s.bins;
        f.shapeY = 1;
        f.jobSlot = s.slot;
        // A burst of negative amplitudes, like the REST rows': a run of channels of the fiber (the same
        // in every stream), their lowest bins below zero.
        const bool negativeLine = s.negativeRowRate > 0 && unitHash(s.seed, uint64_t(row), 41) < s.negativeRowRate;
        const int jobLo = s.streams.front().firstChannel, jobHi = s.streams.back().lastChannel;
        const int burstFirst = jobLo + int(unitHash(s.seed, uint64_t(row), 42) * (jobHi - jobLo + 1));
        const int burstLast = burstFirst + std::max(1, (jobHi - jobLo + 1) / 20) - 1;
        const int burstBins = std::max(1, s.bins / 8);
        QByteArray bytes;
        bytes.reserve(f.shapeX * 4);
        float lo = std::numeric_limits<float>::infinity(), hi = -lo;
        qint64 negatives = 0;
        for (int ch = plan.firstChannel; ch <= plan.lastChannel; ++ch) {
            const float base = m_scene.amplitude(ch, double(t), uint64_t(row));
            for (int b = 0; b < s.bins; ++b) {
                // A spectrum falling with frequency, the scene's amplitude at its low end.
                float v = base / (1.0f + 0.05f * float(b)) + float(unitHash(s.seed, uint64_t(row), uint64_t(ch), uint64_t(b)));
                if (negativeLine && ch >= burstFirst && ch <= burstLast && b < burstBins) {
                    v = -0.5f - float(unitHash(s.seed, uint64_t(row), uint64_t(ch), 44)) * 6.0f;
                    ++negatives;
                }
                lo = std::min(lo, v);
                hi = std::max(hi, v);
                appendFloat(bytes, v);
            }
        }
        if (s.badFrameRate > 0 && unitHash(s.seed, uint64_t(row), uint64_t(plan.streamId), 45) < s.badFrameRate) {
            bytes.chop(1); // a frame whose bytes do not match its shape
            s.badFrames.fetch_add(1);
        } else {
            s.negativeValues.fetch_add(negatives);
            s.linesServed.fetch_add(1);
        }
        f.globalMinimum = lo;
        f.globalMaximum = hi;
        f.mainData = {bytes};
        return f;
    }

    std::shared_ptr<JobStreamState> m_state;
    DasScene m_scene;
};

JobStreamServer::JobStreamServer(std::shared_ptr<JobStreamState> state) : m_state(std::move(state))
{
    while (m_state->nextRow.size() < m_state->streams.size())
        m_state->nextRow.push_back(std::make_unique<std::atomic<qint64>>(0));
}

JobStreamServer::~JobStreamServer()
{
    shutdown();
}

int JobStreamServer::start(const QString &host)
{
    m_service = std::make_unique<Service>(m_state);
    grpc::ServerBuilder builder;
    int port = 0;
    builder.AddListeningPort(QStringLiteral("%1:0").arg(host).toStdString(), grpc::InsecureServerCredentials(), &port);
    builder.RegisterService(m_service.get());
    builder.SetMaxSendMessageSize(64 * 1024 * 1024);
    m_server = builder.BuildAndStart();
    if (!m_server)
        return 0;
    return port;
}

void JobStreamServer::shutdown()
{
    m_state->closed.store(true);
    if (m_server) {
        // Handlers see `closed` within one pause and end their calls with UNAVAILABLE.
        m_server->Shutdown(std::chrono::system_clock::now() + std::chrono::milliseconds(500));
        m_server->Wait();
        m_server.reset();
    }
}

} // namespace wf::emu
