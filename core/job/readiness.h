#pragma once
// The job-readiness state machine as a pure transition function (table-tested), plus the names of
// its states and diagnoses. No I/O, no time: ReadinessController feeds it events.
#include <QString>
#include <optional>

namespace wf {

enum class JobState {
    Idle,
    Configuring,
    WaitingForConsumer,
    StreamingNoData,   // consumer alive, no row yet
    StreamingData,     // rows have arrived
    Ended,             // 208: the analyzer exited (normal end of historic playback)
    Failed,
    Stopped,           // the user stopped it
};

enum class Diagnosis {
    Ok,
    EndpointNotDeployed, // waterfall 404 of the framework shape and/or route absent from openapi.json
    ConsumerNotCreated,  // application 404s until the ready timeout
    JobExpired,          // was alive, then 404
    AnalyzerExited,      // 208
    WaitingForFiber,
    ConfigureRejected,
    ServerUnreachable,
    TlsError,
    ServerError,
    BadResponse,
    NoData,              // alive, but no 201 before the data timeout
    ClientError,         // 400: the client asked for something invalid (our bug)
    Stopped,             // stopped by the user before any verdict
};

enum class JobEvent {
    Start,
    ConfigureAccepted,
    ConfigureRejected,     // 4xx/5xx answer to /configure (other than waiting for fiber)
    ConfigureWaitingForFiber,
    ConsumerAlive,         // 200 from metadata or waterfall
    RowsArrived,           // 201 with at least one row
    NotFoundApplication,   // 404 {"error": ...} from a job route
    RouteNotDeployed,      // waterfall 404 of the framework shape, or route absent from openapi.json
    AnalyzerExited,        // 208
    ClientError,           // 400
    ServerErrorsExhausted, // too many 5xx in a row
    Unreachable,           // network errors exhausted
    TlsFailure,
    BadResponse,           // a body that does not decode
    ReadyTimeout,
    DataTimeout,
    RowSourceSwitched,     // auto: the rows will come from the job's gRPC stream; its opening is awaited again
    Stop,
};

struct Transition {
    JobState next;
    std::optional<Diagnosis> diagnosis; // set when the event decides the story
    bool legal = true;                  // false: the event means nothing in this state (ignored)
};

Transition transition(JobState state, JobEvent event);

bool isTerminal(JobState state);
QString jobStateName(JobState state);   // "waiting_for_consumer", ...
QString diagnosisName(Diagnosis d);     // "endpoint_not_deployed", ... (the report's contract)
// focusctl watch's exit status for a diagnosis: 0 ok/analyzer_exited; 3 endpoint_not_deployed;
// 4 consumer_not_created, job_expired, no_data, waiting_for_fiber, configure_rejected;
// 5 server_unreachable, tls_error, server_error, bad_response, client_error; 1 stopped.
int diagnosisExitCode(Diagnosis d);

} // namespace wf
