#pragma once
// The rig of the gRPC stream tests: focus-sim in-process on port 0, a client, a ReadinessController
// reading rows from the job's DataStream (GrpcRowSource) and a QualityMonitor on it. tuned(): a
// factory whose sources start with a changed StreamSourceConfig (short keepalive, a small queue), so a
// test measures a mechanism at short settings instead of waiting its real minutes.
#include "clientrig.h"
#include "net/focusclient.h"
#include "focusemulator.h"
#include "grpc/grpcrowsource.h"
#include "net/jobapi.h"
#include "job/qualitymonitor.h"
#include "job/readinesscontroller.h"

#include <QtTest>
#include <functional>
#include <memory>

namespace wf::test {

struct GrpcRig {
    wf::emu::FocusEmulator emu;
    std::unique_ptr<FocusClient> client;
    std::unique_ptr<ClientJobApi> api;
    SystemClock clock;
    std::unique_ptr<ReadinessController> ctl;
    std::unique_ptr<QualityMonitor> quality;

    explicit GrpcRig(wf::emu::EmulatorOptions o, StreamSourceFactory factory = GrpcRowSource::factory()) : emu(std::move(o))
    {
        if (emu.start() == 0)
            qFatal("emulator: %s", qPrintable(emu.startError()));
        ClientOptions co;
        co.baseUrl = QUrl(emu.baseUrl());
        client = std::make_unique<FocusClient>(co);
        api = std::make_unique<ClientJobApi>(client.get());
        ctl = std::make_unique<ReadinessController>(api.get(), &clock);
        ctl->setStreamSourceFactory(std::move(factory));
        quality = std::make_unique<QualityMonitor>(ctl.get(), api.get());
    }
    ~GrpcRig()
    {
        quality.reset();
        ctl.reset();
    }
};

// A job of channels lo..hi with 65 bins below 500 Hz at prr 2000: small frames, quick tests.
inline ConfigureRequest streamJob(int lo = 1, int hi = 50)
{
    ConfigureRequest q = liveRequest(lo, hi);
    q.nfft = 256;
    q.freqMax = 500;
    return q;
}

// A GrpcRowSource that starts with `tune` applied to its configuration.
class TunedGrpcRowSource : public GrpcRowSource
{
  public:
    explicit TunedGrpcRowSource(std::function<void(StreamSourceConfig &)> tune) : m_tune(std::move(tune)) {}
    void start(const StreamSourceConfig &config) override
    {
        StreamSourceConfig c = config;
        m_tune(c);
        GrpcRowSource::start(c);
    }

  private:
    std::function<void(StreamSourceConfig &)> m_tune;
};

inline StreamSourceFactory tuned(std::function<void(StreamSourceConfig &)> tune)
{
    return [tune] { return std::make_unique<TunedGrpcRowSource>(tune); };
}

} // namespace wf::test
