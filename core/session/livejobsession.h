#pragma once
// LiveJobSession: one live job's object graph, the counterpart of SessionReplay. It owns the
// ClientJobApi over a FocusClient, the SystemClock, the ReadinessController and its QualityMonitor,
// and the rule that makes a recorded session exact: everything that handles one reply (or one
// stream event) reads the instant it arrived, so the clock is held at that instant by a connection
// made here, before anything else can follow the client's replies. Its JobRecording (File → Record
// session, focusctl watch --record) is built right after that connection, so it follows it. The gRPC row source is given by the
// composition root (wf_core links no gRPC): without a factory the job reads REST rows only.
// Owner: the main window or focusctl watch; lives on their thread. Invariants: the client outlives
// the session; the quality monitor goes before the controller, the controller before the api and
// the clock.
#include "base/clock.h"
#include "net/focusclient.h"
#include "net/jobapi.h"
#include "session/jobrecording.h"
#include "session/jobsession.h"
#include "job/qualitymonitor.h"
#include "job/readinesscontroller.h"
#include "stream/streamsource.h"

#include <memory>

namespace wf {

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

    // Records the next job the controller starts (see JobRecording).
    JobRecording *recording() { return m_recording.get(); }
    // The one builder of a recording's header: this session's server and TLS choice, its quality
    // thresholds, and the job described (now as its start time). jobHeader(): the controller's job.
    SessionHeader header(const ConfigureRequest &request, const ReadinessSettings &settings) const;
    SessionHeader jobHeader() const;

  private:
    FocusClient *m_client;
    ClientJobApi m_api;
    SystemClock m_clock;
    ReadinessController m_controller;
    QualityMonitor m_quality;
    std::unique_ptr<JobRecording> m_recording; // built after the clock hold; destroyed before the controller
};

} // namespace wf
