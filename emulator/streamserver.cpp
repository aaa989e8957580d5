#include "streamserver.h"

#include "grpc/framemessage.h"
#include "pandadatastream.grpc.pb.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
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

struct FaultName {
    StreamFault fault;
    const char *name;
};
constexpr FaultName kStreamFaults[] = {
    {StreamFault::Oversize, "oversize"},         {StreamFault::HugeShape, "huge-shape"},
    {StreamFault::WrongLength, "wrong-length"},  {StreamFault::RowBackwards, "row-backwards"},
    {StreamFault::NanScale, "nan-scale"},        {StreamFault::NoHttp2, "no-http2"},
    {StreamFault::Flood, "flood"},               {StreamFault::CutMidMessage, "cut-mid-message"},
};

} // namespace

QStringList streamFaultNames()
{
    QStringList out;
    for (const FaultName &f : kStreamFaults)
        out << QLatin1String(f.name);
    return out;
}

std::optional<StreamFault> streamFaultFromName(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String("none"))
        return StreamFault::None;
    for (const FaultName &f : kStreamFaults)
        if (name == QLatin1String(f.name))
            return f.fault;
    return std::nullopt;
}

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
        qint64 none = 0;
        s.firstCallRealMs.compare_exchange_strong(none, realNowMs());
        int framesThisCall = 0;
        pandadatastream::DataStream message;
        while (!context->IsCancelled()) {
            const qint64 now = realNowMs();
            const qint64 cancelAt = s.cancelAtRealMs();
            if (s.closed.load() || (cancelAt > 0 && now >= cancelAt))
                return {grpc::StatusCode::UNAVAILABLE, "Cancelling all calls"};
            s.lastReadRealMs.store(now);
            s.reads.fetch_add(1, std::memory_order_relaxed);
            qint64 row = next.load();
            const bool served = s.historic() && row >= s.totalRows;
            if (served && !s.historicBurst)
                return grpc::Status::OK; // the historic window is fully served
            // Row r is complete once its line has passed (live), or at the playout pace (historic),
            // or at once in a historic burst. Served rows and a silent source wait for the cancel.
            const bool burst = (s.historicBurst && s.historic()) || (s.fault == StreamFault::Flood && !s.historic());
            const qint64 dueMs = burst ? s.readyRealMs
                                       : s.readyRealMs + qint64(std::ceil((row + 1) * s.dtMs / std::max(s.speed, 0.01)));
            const bool idle = served || s.neverSends;
            if (idle || now < dueMs) {
                const qint64 until = idle ? (cancelAt > 0 ? cancelAt : now + 50) : dueMs;
                std::this_thread::sleep_for(std::chrono::milliseconds(std::clamp<qint64>(until - now, 1, 50)));
                continue;
            }
            if (s.dropEveryFrames > 0 && framesThisCall >= s.dropEveryFrames) {
                s.drops.fetch_add(1);
                return {grpc::StatusCode::UNAVAILABLE, "Cancelling all calls"};
            }
            const bool faultRow = id == 0 && row >= s.faultAfterRows;
            if (faultRow && s.fault == StreamFault::Oversize && !s.oversizeSent.exchange(true)) {
                // Before the row is taken: the call ends with it, the row goes to the next call.
                frameToMessage(oversizeFrame(plan, row), message);
                s.hostileFrames.fetch_add(1);
                writer->Write(message);
                return {grpc::StatusCode::UNAVAILABLE, "after an oversize message"};
            }
            // Rows are consumed once: concurrent calls on this stream split them, each row to one call.
            if (!next.compare_exchange_strong(row, row + 1))
                continue;
            if (s.competingReader && row % 2 == 1) {
                s.rowsElsewhere.fetch_add(1); // read by the emulator's own second reader
                continue;
            }
            StreamFrame frame = makeFrame(plan, row);
            if (faultRow && s.fault == StreamFault::NanScale) {
                static constexpr float kScales[][2] = {{NAN, NAN}, {0.0f, INFINITY}, {-INFINITY, INFINITY}, {NAN, 1.0f}};
                const auto &pick = kScales[row % 4];
                frame.globalMinimum = pick[0];
                frame.globalMaximum = pick[1];
                s.hostileFrames.fetch_add(1);
            }
            frameToMessage(frame, message);
            if (!writer->Write(message))
                return grpc::Status::OK; // the client went away (the row is lost, as on the real server)
            ++framesThisCall;
            if (faultRow && (row - s.faultAfterRows) % 10 == 0) {
                if (std::optional<StreamFrame> extra = hostileExtra(frame, row)) {
                    frameToMessage(*extra, message);
                    s.hostileFrames.fetch_add(1);
                    if (!writer->Write(message))
                        return grpc::Status::OK;
                }
            }
        }
        return grpc::Status::CANCELLED;
    }

  private:
    // 66 MiB of zeros in one main_data element: over the client's 64 MiB and the contract's 50 MB.
    static StreamFrame oversizeFrame(const StreamPlan &plan, qint64 row)
    {
        StreamFrame f;
        f.startChannel = plan.firstChannel;
        f.endChannel = plan.lastChannel;
        f.rowIndex = {int32_t(row)};
        f.timestampsMs = {0};
        f.shapeY = 1;
        f.shapeX = 66 * 1024 * 1024 / 4;
        f.mainData = {QByteArray(66 * 1024 * 1024, '\0')};
        return f;
    }

    // The extra frame of a fault that sends one beside the good frame of `row` (nullopt: none).
    std::optional<StreamFrame> hostileExtra(const StreamFrame &good, qint64 row) const
    {
        const JobStreamState &s = *m_state;
        const qint64 k = (row - s.faultAfterRows) / 10;
        StreamFrame f = good;
        switch (s.fault) {
        case StreamFault::HugeShape:
            // 2^31 values by its shape, a few bytes in fact: nothing may be allocated from the shape.
            f.shapeX = k % 2 ? std::numeric_limits<int32_t>::max() : 65536;
            f.shapeY = k % 2 ? 1 : 32768;
            f.mainData = {QByteArray(16, '\0')};
            return f;
        case StreamFault::WrongLength:
            if (k % 3 == 0)
                f.mainData.front().chop(4); // one value short
            else if (k % 3 == 1)
                f.mainData.front().append(QByteArray(4, '\0')); // one value too many
            else
                f.mainData.push_back(f.mainData.front()); // two elements for one line
            return f;
        case StreamFault::RowBackwards:
            // A repeat of the row before, or a step back five rows: both were delivered already.
            f.rowIndex = {int32_t(std::max<qint64>(0, row - (k % 2 ? 5 : 1)))};
            return f;
        default:
            return std::nullopt;
        }
    }

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
        f.globalMinimum = s.recordedScale ? 0.0f : lo;
        f.globalMaximum = s.recordedScale ? s.scaleMaximum(row) : hi;
        f.mainData = {bytes};
        return f;
    }

    std::shared_ptr<JobStreamState> m_state;
    DasScene m_scene;
};

float JobStreamState::scaleMaximum(qint64 row) const
{
    constexpr double kStep = 33.46, kCap = 1143.47; // 352.48 → 385.94 → …, the recorded steps and ceiling
    return float(std::min(double(scaleStart) + double(std::max<qint64>(row, 0) / 97) * kStep, std::max(kCap, double(scaleStart))));
}

JobStreamServer::JobStreamServer(std::shared_ptr<JobStreamState> state) : m_state(std::move(state))
{
    while (m_state->nextRow.size() < m_state->streams.size())
        m_state->nextRow.push_back(std::make_unique<std::atomic<qint64>>(0));
}

JobStreamServer::~JobStreamServer()
{
    shutdown();
}

int JobStreamServer::start(const QString &host, int port)
{
    m_service = std::make_unique<Service>(m_state);
    grpc::ServerBuilder builder;
    int bound = 0;
    builder.AddListeningPort(QStringLiteral("%1:%2").arg(host).arg(port).toStdString(), grpc::InsecureServerCredentials(), &bound);
    builder.RegisterService(m_service.get());
    builder.SetMaxSendMessageSize(m_state->fault == StreamFault::Oversize ? 128 * 1024 * 1024 : 64 * 1024 * 1024);
    builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
    m_server = builder.BuildAndStart();
    if (!m_server || bound <= 0) {
        m_server.reset();
        return 0;
    }
    m_port = bound;
    return bound;
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
