#pragma once
// The whole ladder of one job, as the job panel, the reports and focusctl show it: route deployed →
// configure accepted → the job's pod → its service and port → its queue → the live source → stream
// open → first frame, each with a state, its evidence and when it was seen. The REST and stream
// rungs come from the job's own record (JobRun); the backend rungs from the last look at the
// backend (BackendLookResult), when the tester gave access. A backend rung not read stays "unknown"
// unless a later rung proves it (a frame arrived: the pod ran). Pure functions, plain values.
#include "backend/backendclient.h"
#include "job/jobrun.h"

#include <QJsonObject>
#include <optional>
#include <vector>

namespace wf {

// One look at a job's backend: what was read, what could not be, the backend rungs judged from it,
// and (on a failed job) the logs that explain it.
struct BackendLookResult {
    BackendObservation observation;
    QStringList problems;
    std::vector<RungResult> rungs; // judgeBackend(observation)
    qint64 atMs = 0;               // since the configure reply (negative: before it)
    qint64 tookMs = 0;
    std::vector<LogExcerpt> logs;  // empty until a failed job's logs were read
    bool logsRead = false;
};

// What a rung's evidence says when it is the job's own record (the text layer words it in the
// reader's language from `args`); Backend: the backend's evidence, shown as it is.
enum class LadderWords {
    Backend,
    RestRouteDeployed,      // GET /waterfall/{id}/{rows} is deployed
    RestAbsentStreamUsed,   // the REST waterfall is not deployed; rows from the gRPC stream
    StreamUsed,             // rows from the gRPC stream
    RouteNotDeployed,       // the waterfall route is not deployed
    JobCreated,             // args: job id, stream port ("" without one)
    ConfigureRefused,       // args: HTTP status ("" without one), the server's words
    StreamAccepted,         // args: endpoint
    StreamRefused,          // args: endpoint, ms
    StreamSilent,           // args: endpoint, ms
    ConsumerAnswers,
    ConsumerNever,          // the job's routes answered 404 until the ready timeout
    Implied,                // the job's stream answered
    FirstRows,              // the first rows arrived
    StoppedBeforeRow,
    NoRowBeforeTimeout,
    HistoricNoLiveSource,
};

struct LadderStep {
    Rung rung = Rung::RouteDeployed;
    RungState state = RungState::Unknown;
    LadderDetail detail = LadderDetail::None;
    QString evidence;           // technical English (as the backend and the job log word it)
    std::optional<qint64> atMs; // since the configure reply, when it was seen
    LadderWords words = LadderWords::Backend;
    QStringList args = {};
};

std::vector<LadderStep> jobLadder(const JobRun &run, const BackendLookResult *look);
// The first failed rung's detail (None when nothing failed): the one the diagnosis names.
LadderDetail ladderDetail(const std::vector<LadderStep> &steps);

// The report's keys, the same in focusctl's and the viewer's JSON reports: `backend` ({rabbitmq:
// {url, user, read}, kubernetes: {url, namespace, read}, problems, took_ms, logs}), `ladder` (the
// steps: rung, state, detail, evidence, at_ms) and `diagnosis_detail` (null when none). `access`
// null: the backend was not opened (backend {} and the ladder from the job's own record).
void addLadderToReport(QJsonObject &report, const JobRun &run, const BackendAccess *access, const BackendLookResult *look);

} // namespace wf
