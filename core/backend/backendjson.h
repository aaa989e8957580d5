#pragma once
// Decoders for what the backend's own APIs say about a job, read-only: RabbitMQ's management API
// (`GET /api/queues/%2F`, `GET /api/queues/%2F/<name>`) and the Kubernetes API's lists of pods,
// services and events (`/api/v1/namespaces/<ns>/pods|services|events`), shaped as their references
// document them. Strict about structure (an object where an object belongs, the list under
// `items`), lenient about representation where those servers are (a count as 3.0 or "3"). Only the
// fields the backend ladder reads are kept. Plain value types, any thread; no text for users.
#include "base/result.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace wf {

struct RabbitQueue {
    QString name;
    QString state;                      // "running", "idle", "flow", ... ("" when not said)
    std::optional<qint64> messages;     // absent until the broker has emitted the queue's stats
    std::optional<qint64> consumers;
    std::optional<double> publishRate;  // message_stats.publish_details.rate, messages/s
    std::optional<double> deliverRate;  // message_stats.deliver_get_details.rate, messages/s
};

Result<RabbitQueue> decodeRabbitQueue(const QByteArray &body, QStringList *quirks = nullptr);
Result<std::vector<RabbitQueue>> decodeRabbitQueues(const QByteArray &body, QStringList *quirks = nullptr);

struct KubePod {
    QString name;
    QMap<QString, QString> labels;
    QString phase;                // Pending, Running, Succeeded, Failed, Unknown
    QString unschedulable;        // the PodScheduled=False condition's message, when the scheduler said one
    QString waitingReason;        // the first container not running: state.waiting.reason (ContainerCreating, CrashLoopBackOff, ...)
    QString waitingMessage;
    std::optional<qint64> exitCode; // state.terminated, else lastState.terminated
    QString terminatedReason;
    qint64 restarts = 0;          // summed over the containers
    bool ready = false;           // every container ready
};

struct KubeService {
    QString name;
    QString type;               // NodePort, ClusterIP, ...
    std::vector<qint64> nodePorts;
};

struct KubeEvent {
    QString objectKind, objectName; // involvedObject
    QString type, reason, message;  // Warning / Normal; e.g. FailedScheduling
    QString lastTimestamp;          // as sent (RFC 3339), or eventTime
};

Result<std::vector<KubePod>> decodePodList(const QByteArray &body, QStringList *quirks = nullptr);
Result<std::vector<KubeService>> decodeServiceList(const QByteArray &body, QStringList *quirks = nullptr);
Result<std::vector<KubeEvent>> decodeEventList(const QByteArray &body, QStringList *quirks = nullptr);

} // namespace wf
