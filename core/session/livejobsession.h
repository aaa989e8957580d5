#pragma once
// LiveJobSession: one live job's object graph, the counterpart of SessionReplay. It owns the
// ClientJobApi over a FocusClient, the SystemClock, the ReadinessController and its QualityMonitor,
// and the rule that makes a recorded session exact: everything that handles one reply (or one
// stream event) reads the instant it arrived, so the clock is held at that instant by a connection
// made here, before anything else can follow the client's replies. A recorder attached with
// record() is connected after it by construction. The gRPC row source is given by the
// composition root (wf_core links no gRPC): without a factory the job reads REST rows only.
// Owner: the main window or focusctl watch; lives on their thread. Invariants: the client outlives
// the session; the quality monitor goes before the controller, the controller before the api and
// the clock.
#include "base/clock.h"
#include "net/focusclient.h"
#include "net/jobapi.h"
#include "session/jobsession.h"
#include "job/qualitymonitor.h"
#include "job/readinesscontroller.h"
#include "stream/streamsource.h"

namespace wf {

class SessionRecorder;

class LiveJobSession : public JobSession
{
    Q_OBJECT
  public:
    explicit LiveJobSession(FocusClient *client, StreamSourceFactory streams = {}, QObject *parent = nullptr);
    ~LiveJobSession() override;

    FocusClient *client() const { return m_client; }
    ReadinessController *controller() override { return &m_controller; }
    const ReadinessController *controller() const { return &m_controller; }
    QualityMonitor *quality() override { return &m_quality; }
    JobApi *api() override { return &m_api; }
    Clock *clock() override { return &m_clock; }
    bool isReplay() const override { return false; }

    // Records every reply of the client and every stream event of the controller's jobs into
    // `recorder`, each read at the instant held for it (the recorder's clock should be
    // controller()->elapsedMs()).
    void record(SessionRecorder *recorder);

  private:
    FocusClient *m_client;
    ClientJobApi m_api;
    SystemClock m_clock;
    ReadinessController m_controller;
    QualityMonitor m_quality;
};

} // namespace wf
