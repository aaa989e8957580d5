#pragma once
// BackendClient: read-only access to a job's backend, opt-in per server. It reads RabbitMQ's
// management API (basic auth) and the Kubernetes API (an optional bearer token read from a file at
// each call, so a rotated token is picked up; a `kubectl proxy` through an SSH tunnel needs none),
// and gathers one BackendObservation of a job for the ladder (ladder.h). It has no way to send
// anything but GET. Credentials stay in memory: never in a URL it reports, a log line or an error.
// Owner: whoever watches the job. Thread: the owner's (Qt event loop). Technical words only.
#include "backend/ladder.h"
#include "net/tlsoptions.h"

#include <QHash>
#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace wf {

class TlsPolicy;

struct BackendAccess {
    QUrl rabbitUrl;         // management API, e.g. http://10.10.10.150:15672 (empty: not read)
    QString rabbitUser;
    QString rabbitPassword; // from the keyring or a prompt; memory only
    QUrl kubeUrl;           // e.g. http://127.0.0.1:8001 (kubectl proxy); empty: not read
    QString kubeTokenFile;  // a bearer token's file; empty: none
    QString kubeNamespace = QStringLiteral("panda");
    TlsOptions tls;
    int timeoutMs = 10'000;
    qint64 maxBodyBytes = 16LL * 1024 * 1024;

    bool readsRabbit() const { return rabbitUrl.isValid() && !rabbitUrl.isEmpty(); }
    bool readsKube() const { return kubeUrl.isValid() && !kubeUrl.isEmpty(); }
};

struct BackendReply {
    QString url;        // what was asked, without credentials
    int status = 0;     // 0: no HTTP reply
    QByteArray body;
    QString error;      // transport or HTTP failure in technical words; empty on 200
    double latencyMs = 0;
    bool ok() const { return status == 200 && error.isEmpty(); }
};

// The lines of a pod's log that explain a failed job: the job's own pod's tail, or a focus-server
// pod's lines naming the job or an error (explainingLines), secrets masked (redactSecrets).
struct LogExcerpt {
    QString pod;
    QStringList lines;
    QString problem; // why nothing could be read (a pod not started has no log yet); empty when read
};

class BackendClient : public QObject
{
    Q_OBJECT
  public:
    explicit BackendClient(BackendAccess access, QObject *parent = nullptr);
    ~BackendClient() override;

    const BackendAccess &access() const { return m_access; }

    // GET of the management API ("/api/queues/%2F") or of the Kubernetes API ("/api/v1/...").
    void getRabbit(const QString &path, std::function<void(BackendReply)> done);
    void getKube(const QString &path, std::function<void(BackendReply)> done);

    // One look at the job's backend: the broker's queues (and, kept from the look before, the
    // previous ones), the namespace's pods, services and events. A part that could not be read
    // stays unset in the observation and says why in `problems`.
    using ObservationCallback = std::function<void(BackendObservation, QStringList problems)>;
    void observe(const QString &jobId, qint64 streamPort, bool live, ObservationCallback done);

    // What can be checked without a job (focusctl probe): GET /api/overview and the queues of the
    // broker, the namespace's pods; problems as for observe().
    void checkHealth(std::function<void(BackendHealth, QStringList problems)> done);

    // The logs that explain a failed job, from the pods of an observation: the job's pod's last
    // kJobPodTailLines lines, and of each focus-server pod's last kServerPodTailLines the last
    // kServerPodLinesKept that name the job or an error. Nothing without Kubernetes access or pods.
    static constexpr int kJobPodTailLines = 40;
    static constexpr int kServerPodTailLines = 2000;
    static constexpr int kServerPodLinesKept = 20;
    void readLogs(const BackendObservation &o, std::function<void(std::vector<LogExcerpt>)> done);

  signals:
    void requestFinished(const wf::BackendReply &reply); // every GET, for the request log

  private:
    void get(const QUrl &base, const QString &path, const QByteArray &authorization, std::function<void(BackendReply)> done,
             const QByteArray &accept = QByteArrayLiteral("application/json"));
    QByteArray kubeAuthorization(QString *error) const;
    BackendAccess m_access;
    std::unique_ptr<TlsPolicy> m_tls;
    QNetworkAccessManager *m_nam;
    QHash<QString, std::vector<RabbitQueue>> m_lastQueues; // per job, for "messages rising"
};

} // namespace wf

Q_DECLARE_METATYPE(wf::BackendReply)
