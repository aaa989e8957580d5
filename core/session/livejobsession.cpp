#include "session/livejobsession.h"

#include "session/sessionrecorder.h"

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
}

LiveJobSession::~LiveJobSession() = default;

void LiveJobSession::record(SessionRecorder *recorder)
{
    recorder->attach(m_client);
    recorder->attachStreams(&m_controller);
}

} // namespace wf
