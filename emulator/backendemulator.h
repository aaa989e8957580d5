#pragma once
// BackendEmulator: the job's backend as focus-sim simulates it, for the backend ladder (there is no
// cluster here). One HTTP server answers the small subset of the Kubernetes API the viewer reads
// (namespace `panda`: pods, services, events, a pod's log; shaped as the Kubernetes API reference
// documents them) and of RabbitMQ's management API (`/api/queues/%2F`, basic auth), both derived
// from the FocusEmulator's jobs: each job has a pod grpc-job-<id>-<suffix>, a NodePort service
// grpc-service-<id> on its stream_port and a queue grpc-job-<id>-<created epoch s>; the live source
// is the queue smart_recorder. A BackendScenario breaks one rung. Only GET is answered (405
// otherwise); every request's method is counted. GUI/main thread, like the FocusEmulator it reads.
#include <QAbstractHttpServer>
#include <QHash>
#include <QString>
#include <deque>

namespace wf::emu {

class FocusEmulator;

enum class BackendScenario {
    Healthy,
    PodPendingGpu,        // every job's pod Pending: 0/1 nodes, Insufficient nvidia.com/gpu.shared
    PodCrashLoop,         // its container restarts, exit code 1
    PortHeld,             // a leftover service holds the job's stream_port; the job's own is refused
    QueueWithoutConsumer, // the job's queue fills, nobody consumes it
    LiveSourceIdle,       // smart_recorder has no consumer and nothing is published
};
QString backendScenarioName(BackendScenario s); // "healthy", "pod-pending-gpu", ...
bool backendScenarioFromName(const QString &name, BackendScenario &out);
QStringList backendScenarioNames();
struct EmulatorOptions;
// What the scenario does to the Focus Server's jobs, so the two emulators tell one story: a pod
// that never runs (Pending, crash-looping, its port held, its queue not consumed) means a consumer
// never created and a stream port that refuses connections; an idle live source means live jobs
// whose consumer answers and whose stream accepts, with no row ever.
void applyBackendScenario(BackendScenario s, EmulatorOptions &options);

class BackendEmulator : public QAbstractHttpServer
{
  public:
    explicit BackendEmulator(const FocusEmulator &focus, BackendScenario scenario = BackendScenario::Healthy,
                             QObject *parent = nullptr);
    quint16 start(quint16 port = 0); // 127.0.0.1; 0 picks a free port; returns it, 0 on failure
    QString url() const;             // "http://127.0.0.1:PORT"
    void setScenario(BackendScenario s) { m_scenario = s; }
    BackendScenario scenario() const { return m_scenario; }
    void setRabbitCredentials(const QString &user, const QString &password);
    // Requests by method ("GET", "POST", ...), for the tests that prove the viewer only reads.
    const QHash<QString, int> &methods() const { return m_methods; }

  protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

  private:
    QByteArray pods() const;
    QByteArray services() const;
    QByteArray events() const;
    QByteArray queues() const;
    QByteArray podLog(const QString &pod) const;

    static constexpr const char *kServerPod = "panda-panda-focus-server-6d9f7c-k2x8q";
    static constexpr int kServerLogLines = 5000;
    std::deque<QString> m_serverLog;
    const FocusEmulator &m_focus;
    BackendScenario m_scenario;
    QString m_user = QStringLiteral("guest"), m_password = QStringLiteral("guest");
    QHash<QString, int> m_methods;
    quint16 m_port = 0;
};

} // namespace wf::emu
