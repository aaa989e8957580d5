#include "session/livejobsession.h"

#include <QDateTime>

namespace wf {

LiveJobSession::LiveJobSession(FocusClient *client, StreamSourceFactory streams, QObject *parent)
    : JobSession(parent), m_client(client), m_api(client), m_controller(&m_api, &m_clock), m_quality(&m_controller, &m_api)
{
    // First of all the client's followers: a reply's handlers (controller, quality, recorder) all
    // read the time it arrived.
    connect(client, &FocusClient::replyReceived, this, [this] { m_clock.holdUntilIdle(); });
    connect(&m_controller, &ReadinessController::streamSourceStarted, this, [this](StreamRowSource *s) {
        connect(s, &StreamRowSource::eventArriving, s, [this] { m_clock.holdUntilIdle(); });
    });
    // Where the REST waterfall is not deployed, the rows are read from the job's gRPC stream.
    if (streams)
        m_controller.setStreamSourceFactory(std::move(streams));
    // After the hold: the recorder reads each reply at the instant held for it.
    m_recording = std::make_unique<JobRecording>(client, &m_controller, [this] { return jobHeader(); },
                                                 [this](const CallInfo &info) { return m_api.made(info); });
}

LiveJobSession::~LiveJobSession() = default;

SessionHeader LiveJobSession::header(const ConfigureRequest &request, const ReadinessSettings &settings) const
{
    const ClientOptions &o = m_client->options();
    return SessionHeader{o.baseUrl.toString(), o.tls.insecure(), QDateTime::currentMSecsSinceEpoch(), request, settings,
                         m_quality.thresholds()};
}

SessionHeader LiveJobSession::jobHeader() const
{
    SessionHeader h = header(m_controller.request(), m_controller.settings());
    h.startedAtMs = m_controller.startedAtEpochMs(); // the controller's start
    return h;
}

} // namespace wf
