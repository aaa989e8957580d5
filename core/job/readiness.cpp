#include "job/readiness.h"

namespace wf {

bool isTerminal(JobState s)
{
    return s == JobState::Ended || s == JobState::Failed || s == JobState::Stopped;
}

Transition transition(JobState s, JobEvent e)
{
    using S = JobState;
    using E = JobEvent;
    using D = Diagnosis;
    const Transition ignored{s, std::nullopt, false};
    auto to = [](S next, std::optional<D> d = std::nullopt) { return Transition{next, d, true}; };
    auto fail = [](D d) { return Transition{S::Failed, d, true}; };

    if (isTerminal(s))
        return ignored;
    if (e == E::Stop)
        return s == S::Idle ? ignored : to(S::Stopped, s == S::StreamingData ? D::Ok : D::Stopped);

    // Failures that mean the same in every active state.
    const bool active = s != S::Idle;
    if (active) {
        switch (e) {
        case E::Unreachable: return fail(D::ServerUnreachable);
        case E::TlsFailure: return fail(D::TlsError);
        case E::BadResponse: return fail(D::BadResponse);
        case E::ServerErrorsExhausted: return fail(D::ServerError);
        default: break;
        }
    }

    switch (s) {
    case S::Idle:
        return e == E::Start ? to(S::Configuring) : ignored;
    case S::Configuring:
        switch (e) {
        case E::ConfigureAccepted: return to(S::WaitingForConsumer);
        case E::ConfigureRejected: return fail(D::ConfigureRejected);
        case E::ConfigureWaitingForFiber: return fail(D::WaitingForFiber);
        case E::RouteNotDeployed: return fail(D::EndpointNotDeployed);
        default: return ignored;
        }
    case S::WaitingForConsumer:
        switch (e) {
        case E::ConsumerAlive: return to(S::StreamingNoData);
        case E::RowsArrived: return to(S::StreamingData, D::Ok);
        case E::NotFoundApplication: return to(S::WaitingForConsumer); // not yet: keep waiting
        case E::RowSourceSwitched: return to(S::WaitingForConsumer);
        case E::RouteNotDeployed: return fail(D::EndpointNotDeployed); // decided at the first 404
        case E::AnalyzerExited: return to(S::Ended, D::AnalyzerExited);
        case E::ClientError: return fail(D::ClientError);
        case E::ReadyTimeout: return fail(D::ConsumerNotCreated);
        default: return ignored;
        }
    case S::StreamingNoData:
    case S::StreamingData:
        switch (e) {
        case E::ConsumerAlive: return to(s);
        case E::RowsArrived: return to(S::StreamingData, s == S::StreamingNoData ? std::optional<D>(D::Ok) : std::nullopt);
        case E::NotFoundApplication: return fail(D::JobExpired);
        case E::RouteNotDeployed: return fail(D::EndpointNotDeployed);
        case E::AnalyzerExited: return to(S::Ended, D::AnalyzerExited);
        case E::ClientError: return fail(D::ClientError);
        case E::DataTimeout: return s == S::StreamingNoData ? fail(D::NoData) : ignored;
        // A /metadata 200 is not the stream's consumer: without rows, wait for the stream to open.
        case E::RowSourceSwitched: return s == S::StreamingNoData ? to(S::WaitingForConsumer) : ignored;
        default: return ignored;
        }
    case S::Ended:
    case S::Failed:
    case S::Stopped:
        return ignored;
    }
    return ignored;
}

QString jobStateName(JobState s)
{
    switch (s) {
    case JobState::Idle: return QStringLiteral("idle");
    case JobState::Configuring: return QStringLiteral("configuring");
    case JobState::WaitingForConsumer: return QStringLiteral("waiting_for_consumer");
    case JobState::StreamingNoData: return QStringLiteral("streaming_no_data");
    case JobState::StreamingData: return QStringLiteral("streaming");
    case JobState::Ended: return QStringLiteral("ended");
    case JobState::Failed: return QStringLiteral("failed");
    case JobState::Stopped: return QStringLiteral("stopped");
    }
    return {};
}

QString diagnosisName(Diagnosis d)
{
    switch (d) {
    case Diagnosis::Ok: return QStringLiteral("ok");
    case Diagnosis::EndpointNotDeployed: return QStringLiteral("endpoint_not_deployed");
    case Diagnosis::ConsumerNotCreated: return QStringLiteral("consumer_not_created");
    case Diagnosis::JobExpired: return QStringLiteral("job_expired");
    case Diagnosis::AnalyzerExited: return QStringLiteral("analyzer_exited");
    case Diagnosis::WaitingForFiber: return QStringLiteral("waiting_for_fiber");
    case Diagnosis::ConfigureRejected: return QStringLiteral("configure_rejected");
    case Diagnosis::ServerUnreachable: return QStringLiteral("server_unreachable");
    case Diagnosis::TlsError: return QStringLiteral("tls_error");
    case Diagnosis::ServerError: return QStringLiteral("server_error");
    case Diagnosis::BadResponse: return QStringLiteral("bad_response");
    case Diagnosis::NoData: return QStringLiteral("no_data");
    case Diagnosis::ClientError: return QStringLiteral("client_error");
    case Diagnosis::Stopped: return QStringLiteral("stopped");
    }
    return {};
}

int diagnosisExitCode(Diagnosis d)
{
    switch (d) {
    case Diagnosis::Ok:
    case Diagnosis::AnalyzerExited: return 0;
    case Diagnosis::EndpointNotDeployed: return 3;
    case Diagnosis::ConsumerNotCreated:
    case Diagnosis::JobExpired:
    case Diagnosis::NoData:
    case Diagnosis::WaitingForFiber:
    case Diagnosis::ConfigureRejected: return 4;
    case Diagnosis::ServerUnreachable:
    case Diagnosis::TlsError:
    case Diagnosis::ServerError:
    case Diagnosis::BadResponse:
    case Diagnosis::ClientError: return 5;
    case Diagnosis::Stopped: return 1;
    }
    return 5;
}

} // namespace wf
