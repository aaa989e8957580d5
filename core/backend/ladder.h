#pragma once
// The backend ladder: why a job's consumer is not there, one rung at a time, from what the backend's
// own APIs say (backendjson.h). Rungs in order: the route deployed, configure accepted, the job's pod,
// its service and port, its RabbitMQ queue, the live source (live jobs), the stream open, the first
// frame. The REST and stream rungs come from the job's own timeline; this file judges the backend
// rungs from one observation of the cluster and the broker (and the one before, for "messages
// rising"). The diagnosis detail is that of the first rung that failed: the rungs after it fail as
// its consequences (no pod, so no consumer on the queue). Pure functions, plain values, any thread;
// evidence in technical English (widgets and focusctl word the rung and state).
#include "backend/backendjson.h"

#include <QString>
#include <optional>
#include <vector>

namespace wf {

enum class Rung { RouteDeployed, ConfigureAccepted, Pod, ServicePort, Queue, LiveSource, StreamOpen, FirstFrame };
inline constexpr int kRungCount = 8;
QString rungName(Rung r); // "route_deployed", "configure_accepted", "pod", "service_port", "queue", ...

enum class RungState { Unknown, Passed, Waiting, Failed, NotApplicable };
QString rungStateName(RungState s); // "unknown", "passed", "waiting", "failed", "not_applicable"

// The report's `diagnosis_detail`: why, one level below the diagnosis.
enum class LadderDetail {
    None,
    PodMissing,           // no pod grpc-job-<id>-*
    PodPending,           // Pending: the scheduler's reason (e.g. no free nvidia.com/gpu.shared)
    PodCrashing,          // CrashLoopBackOff or another waiting reason after restarts
    PodExited,            // the container terminated (exit code)
    ServiceMissing,       // no grpc-service-<id>
    PortHeld,             // another service holds the job's stream_port
    PortMismatch,         // grpc-service-<id>'s nodePort is not stream_port
    QueueMissing,         // no grpc-job-<id>-<epoch> (or focus_baby.<id>) queue
    QueueWithoutConsumer, // the queue is there, nobody consumes it
    QueueStalled,         // consumed, but its messages rise and nothing is delivered
    LiveSourceIdle,       // smart_recorder has no consumer or no publishing
};
QString ladderDetailKey(LadderDetail d); // "" for None, else "pod_pending", "port_held", ...

struct RungResult {
    Rung rung = Rung::RouteDeployed;
    RungState state = RungState::Unknown;
    LadderDetail detail = LadderDetail::None; // when failed
    QString evidence;                         // "pod grpc-job-3-1757-x7k2p is Pending: 0/1 nodes are available: ..."
};

// One look at the backend for one job. A list left empty (std::nullopt) was not read (no access, or
// the read failed): its rungs stay Unknown.
struct BackendObservation {
    QString jobId;     // "3-1757"
    qint64 streamPort = 0;
    bool live = true;
    std::optional<std::vector<KubePod>> pods;         // the namespace's (or those labelled for the job)
    std::optional<std::vector<KubeService>> services; // the namespace's
    std::optional<std::vector<KubeEvent>> events;     // the namespace's
    std::optional<std::vector<RabbitQueue>> queues;   // the vhost's
    std::optional<std::vector<RabbitQueue>> previousQueues; // the look before, for "messages rising"
};

// The job's pod, service and queue among what was listed (names as the backend makes them).
const KubePod *jobPod(const std::vector<KubePod> &pods, const QString &jobId);
const KubeService *jobService(const std::vector<KubeService> &services, const QString &jobId);
// grpc-job-<id>-<epoch seconds> (the newest epoch), else focus_baby.<id>.
const RabbitQueue *jobQueue(const std::vector<RabbitQueue> &queues, const QString &jobId);
inline constexpr const char *kLiveSourceQueue = "smart_recorder";

// A focus-server pod (by name or its app label), shared by the namespace's jobs.
bool isFocusServerPod(const KubePod &pod);
// Of a log's text, the last `keep` lines that name the job (its id not inside a longer number) or
// an error (error, exception, traceback, fatal, panic, critical; any case), oldest first.
QStringList explainingLines(const QString &log, const QString &jobId, int keep);

// The backend rungs (Pod, ServicePort, Queue, LiveSource) judged from one observation.
std::vector<RungResult> judgeBackend(const BackendObservation &o);

// The first failed rung's detail among the given rungs (None when none failed).
LadderDetail firstFailure(const std::vector<RungResult> &rungs);

// What can be checked without a job (focusctl probe): the broker answers, the live source is
// consumed and fed, the focus-server pods are ready. Unknown when not read.
struct BackendHealth {
    RungState broker = RungState::Unknown;
    QString brokerEvidence;
    RungResult liveSource{Rung::LiveSource, RungState::Unknown, LadderDetail::None, {}};
    RungState focusServer = RungState::Unknown;
    QString focusServerEvidence;
};
// `overviewStatus`: the HTTP status of GET /api/overview (0: no answer; -1: not asked).
BackendHealth judgeHealth(int overviewStatus, const std::optional<std::vector<RabbitQueue>> &queues,
                          const std::optional<std::vector<KubePod>> &pods);

} // namespace wf
