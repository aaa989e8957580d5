// The backend ladder: see ladder.h.
#include "backend/ladder.h"

#include <QRegularExpression>
#include <algorithm>

namespace wf {

QString rungName(Rung r)
{
    switch (r) {
    case Rung::RouteDeployed: return QStringLiteral("route_deployed");
    case Rung::ConfigureAccepted: return QStringLiteral("configure_accepted");
    case Rung::Pod: return QStringLiteral("pod");
    case Rung::ServicePort: return QStringLiteral("service_port");
    case Rung::Queue: return QStringLiteral("queue");
    case Rung::LiveSource: return QStringLiteral("live_source");
    case Rung::StreamOpen: return QStringLiteral("stream_open");
    case Rung::FirstFrame: return QStringLiteral("first_frame");
    }
    return QStringLiteral("unknown");
}

QString rungStateName(RungState s)
{
    switch (s) {
    case RungState::Unknown: return QStringLiteral("unknown");
    case RungState::Passed: return QStringLiteral("passed");
    case RungState::Waiting: return QStringLiteral("waiting");
    case RungState::Failed: return QStringLiteral("failed");
    case RungState::NotApplicable: return QStringLiteral("not_applicable");
    }
    return QStringLiteral("unknown");
}

QString ladderDetailKey(LadderDetail d)
{
    switch (d) {
    case LadderDetail::None: return QString();
    case LadderDetail::PodMissing: return QStringLiteral("pod_missing");
    case LadderDetail::PodPending: return QStringLiteral("pod_pending");
    case LadderDetail::PodCrashing: return QStringLiteral("pod_crashing");
    case LadderDetail::PodExited: return QStringLiteral("pod_exited");
    case LadderDetail::ServiceMissing: return QStringLiteral("service_missing");
    case LadderDetail::PortHeld: return QStringLiteral("port_held");
    case LadderDetail::PortMismatch: return QStringLiteral("port_mismatch");
    case LadderDetail::QueueMissing: return QStringLiteral("queue_missing");
    case LadderDetail::QueueWithoutConsumer: return QStringLiteral("queue_without_consumer");
    case LadderDetail::QueueStalled: return QStringLiteral("queue_stalled");
    case LadderDetail::LiveSourceIdle: return QStringLiteral("live_source_idle");
    }
    return QString();
}

const KubePod *jobPod(const std::vector<KubePod> &pods, const QString &jobId)
{
    // The Job controller labels its pod job-name=grpc-job-<id> (and the chart app=grpc-job-<id>);
    // the pod's name is grpc-job-<id>-<5 characters>.
    const QString job = QStringLiteral("grpc-job-") + jobId;
    const KubePod *byName = nullptr;
    for (const KubePod &p : pods) {
        if (p.labels.value(QStringLiteral("job-name")) == job || p.labels.value(QStringLiteral("app")) == job)
            return &p;
        if (!byName && p.name.startsWith(job + QLatin1Char('-')) && p.name.size() - job.size() - 1 <= 6
            && !p.name.mid(job.size() + 1).contains(QLatin1Char('-')))
            byName = &p;
    }
    return byName;
}

const KubeService *jobService(const std::vector<KubeService> &services, const QString &jobId)
{
    const QString name = QStringLiteral("grpc-service-") + jobId;
    for (const KubeService &s : services)
        if (s.name == name)
            return &s;
    return nullptr;
}

const RabbitQueue *jobQueue(const std::vector<RabbitQueue> &queues, const QString &jobId)
{
    static const QRegularExpression epoch(QStringLiteral("^\\d{9,11}$"));
    const QString prefix = QStringLiteral("grpc-job-") + jobId + QLatin1Char('-');
    const RabbitQueue *newest = nullptr;
    qint64 newestEpoch = -1;
    for (const RabbitQueue &q : queues) {
        if (!q.name.startsWith(prefix))
            continue;
        const QString tail = q.name.mid(prefix.size());
        if (!epoch.match(tail).hasMatch())
            continue; // grpc-job-3-17-... is job 3-17's, not job 3-1's
        if (tail.toLongLong() > newestEpoch) {
            newestEpoch = tail.toLongLong();
            newest = &q;
        }
    }
    if (newest)
        return newest;
    const QString baby = QStringLiteral("focus_baby.") + jobId;
    for (const RabbitQueue &q : queues)
        if (q.name == baby)
            return &q;
    return nullptr;
}

bool isFocusServerPod(const KubePod &pod)
{
    return pod.name.contains(QLatin1String("focus-server")) || pod.labels.value(QStringLiteral("app")).contains(QLatin1String("focus-server"));
}

QStringList explainingLines(const QString &log, const QString &jobId, int keep)
{
    static const QRegularExpression error(QStringLiteral("\\b(error|exception|traceback|fatal|panic|critical)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression job(QStringLiteral("(?<!\\d)") + QRegularExpression::escape(jobId) + QStringLiteral("(?!\\d)"));
    QStringList kept;
    const QStringList lines = log.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString l = line.endsWith(QLatin1Char('\r')) ? line.chopped(1) : line;
        if ((!jobId.isEmpty() && job.match(l).hasMatch()) || error.match(l).hasMatch())
            kept << l;
    }
    return keep >= 0 && kept.size() > keep ? kept.mid(kept.size() - keep) : kept;
}

namespace {

RungResult judgePod(const BackendObservation &o)
{
    RungResult r{Rung::Pod, RungState::Unknown, LadderDetail::None, {}};
    if (!o.pods)
        return r;
    const KubePod *p = jobPod(*o.pods, o.jobId);
    auto fail = [&r](LadderDetail d, QString evidence) {
        r.state = RungState::Failed;
        r.detail = d;
        r.evidence = std::move(evidence);
        return r;
    };
    if (!p)
        return fail(LadderDetail::PodMissing, QStringLiteral("no pod grpc-job-%1-* in the namespace").arg(o.jobId));
    const QString pod = QStringLiteral("pod ") + p->name;
    if (!p->unschedulable.isEmpty())
        return fail(LadderDetail::PodPending, QStringLiteral("%1 is Pending: %2").arg(pod, p->unschedulable));
    if (p->waitingReason == QLatin1String("CrashLoopBackOff") || (!p->waitingReason.isEmpty() && p->restarts > 0
                                                                  && p->waitingReason != QLatin1String("ContainerCreating"))) {
        QString e = QStringLiteral("%1 is in %2 (%3 restarts").arg(pod, p->waitingReason).arg(p->restarts);
        if (p->exitCode)
            e += QStringLiteral(", last exit code %1").arg(*p->exitCode);
        return fail(LadderDetail::PodCrashing, e + QLatin1Char(')'));
    }
    if (p->phase == QLatin1String("Failed") || p->phase == QLatin1String("Succeeded")) {
        QString e = QStringLiteral("%1 has exited (%2").arg(pod, p->phase);
        if (p->exitCode)
            e += QStringLiteral(", exit code %1").arg(*p->exitCode);
        if (!p->terminatedReason.isEmpty())
            e += QStringLiteral(", ") + p->terminatedReason;
        return fail(LadderDetail::PodExited, e + QLatin1Char(')'));
    }
    if (p->phase == QLatin1String("Running") && p->ready) {
        r.state = RungState::Passed;
        r.evidence = QStringLiteral("%1 is Running and ready").arg(pod);
        return r;
    }
    r.state = RungState::Waiting; // Pending without a scheduler's word yet, ContainerCreating, Running not ready
    r.evidence = QStringLiteral("%1 is %2%3").arg(pod, p->phase.isEmpty() ? QStringLiteral("without a phase") : p->phase,
                                                   p->waitingReason.isEmpty() ? QString() : QStringLiteral(" (") + p->waitingReason + QLatin1Char(')'));
    return r;
}

RungResult judgeService(const BackendObservation &o)
{
    RungResult r{Rung::ServicePort, RungState::Unknown, LadderDetail::None, {}};
    if (!o.services)
        return r;
    const KubeService *own = jobService(*o.services, o.jobId);
    const KubeService *holder = nullptr;
    for (const KubeService &s : *o.services)
        if (&s != own && std::find(s.nodePorts.begin(), s.nodePorts.end(), o.streamPort) != s.nodePorts.end())
            holder = &s;
    const bool ownHasPort = own && std::find(own->nodePorts.begin(), own->nodePorts.end(), o.streamPort) != own->nodePorts.end();
    if (ownHasPort) {
        r.state = RungState::Passed;
        r.evidence = QStringLiteral("service %1 has nodePort %2").arg(own->name).arg(o.streamPort);
        return r;
    }
    r.state = RungState::Failed;
    if (holder) {
        r.detail = LadderDetail::PortHeld;
        r.evidence = QStringLiteral("port %1 is held by service %2").arg(o.streamPort).arg(holder->name);
    } else if (own) {
        QStringList ports;
        for (qint64 p : own->nodePorts)
            ports << QString::number(p);
        r.detail = LadderDetail::PortMismatch;
        r.evidence = QStringLiteral("service %1 has nodePort %2, not stream_port %3")
                         .arg(own->name, ports.isEmpty() ? QStringLiteral("none") : ports.join(QStringLiteral(", ")))
                         .arg(o.streamPort);
    } else {
        r.detail = LadderDetail::ServiceMissing;
        r.evidence = QStringLiteral("no service grpc-service-%1").arg(o.jobId);
    }
    // The API server's refusal to create it, when an event kept it.
    if (o.events)
        for (const KubeEvent &e : *o.events)
            if (e.message.contains(QLatin1String("provided port is already allocated"))
                && (e.objectName.contains(o.jobId) || e.message.contains(QString::number(o.streamPort))))
                r.evidence += QStringLiteral("; event: ") + e.message;
    return r;
}

RungResult judgeQueue(const BackendObservation &o)
{
    RungResult r{Rung::Queue, RungState::Unknown, LadderDetail::None, {}};
    if (!o.queues)
        return r;
    const RabbitQueue *q = jobQueue(*o.queues, o.jobId);
    if (!q) {
        r.state = RungState::Failed;
        r.detail = LadderDetail::QueueMissing;
        r.evidence = QStringLiteral("no queue grpc-job-%1-<epoch> or focus_baby.%1 on the broker").arg(o.jobId);
        return r;
    }
    const QString messages = q->messages ? QString::number(*q->messages) : QStringLiteral("?");
    if (q->consumers && *q->consumers == 0) {
        r.state = RungState::Failed;
        r.detail = LadderDetail::QueueWithoutConsumer;
        r.evidence = QStringLiteral("queue %1 has 0 consumers (%2 messages)").arg(q->name, messages);
        return r;
    }
    if (!q->consumers) {
        r.evidence = QStringLiteral("queue %1 is there; the broker has not said its consumers yet").arg(q->name);
        r.state = RungState::Waiting;
        return r;
    }
    const RabbitQueue *before = o.previousQueues ? jobQueue(*o.previousQueues, o.jobId) : nullptr;
    const bool rising = before && before->name == q->name && before->messages && q->messages && *q->messages > *before->messages;
    if (rising && q->deliverRate.value_or(0) == 0) {
        r.state = RungState::Failed;
        r.detail = LadderDetail::QueueStalled;
        r.evidence = QStringLiteral("queue %1 has %2 consumer(s) but its messages rise (%3 -> %4) and none are delivered")
                         .arg(q->name)
                         .arg(*q->consumers)
                         .arg(*before->messages)
                         .arg(*q->messages);
        return r;
    }
    r.state = RungState::Passed;
    r.evidence = QStringLiteral("queue %1 has %2 consumer(s), %3 messages").arg(q->name).arg(*q->consumers).arg(messages);
    return r;
}

RungResult judgeLiveSource(const BackendObservation &o)
{
    RungResult r{Rung::LiveSource, RungState::Unknown, LadderDetail::None, {}};
    if (!o.live) {
        r.state = RungState::NotApplicable;
        r.evidence = QStringLiteral("a historic job reads recorded data");
        return r;
    }
    if (!o.queues)
        return r;
    const QString name = QLatin1String(kLiveSourceQueue);
    const RabbitQueue *q = nullptr;
    for (const RabbitQueue &candidate : *o.queues)
        if (candidate.name == name)
            q = &candidate;
    r.state = RungState::Failed;
    r.detail = LadderDetail::LiveSourceIdle;
    if (!q) {
        r.evidence = QStringLiteral("no queue %1 on the broker").arg(name);
    } else if (q->consumers && *q->consumers == 0) {
        r.evidence = QStringLiteral("queue %1 has 0 consumers").arg(name);
    } else if (q->publishRate && *q->publishRate <= 0) {
        r.evidence = QStringLiteral("nothing is published to %1 (0.0 messages/s)").arg(name);
    } else {
        r.state = RungState::Passed;
        r.detail = LadderDetail::None;
        r.evidence = QStringLiteral("queue %1: %2 consumer(s), %3 messages/s published")
                         .arg(name, q->consumers ? QString::number(*q->consumers) : QStringLiteral("?"),
                              q->publishRate ? QString::number(*q->publishRate, 'f', 1) : QStringLiteral("?"));
    }
    return r;
}

} // namespace

std::vector<RungResult> judgeBackend(const BackendObservation &o)
{
    return {judgePod(o), judgeService(o), judgeQueue(o), judgeLiveSource(o)};
}

BackendHealth judgeHealth(int overviewStatus, const std::optional<std::vector<RabbitQueue>> &queues,
                          const std::optional<std::vector<KubePod>> &pods)
{
    BackendHealth h;
    if (overviewStatus >= 0) {
        h.broker = overviewStatus == 200 ? RungState::Passed : RungState::Failed;
        h.brokerEvidence = overviewStatus == 200 ? QStringLiteral("the management API answers")
                           : overviewStatus == 0 ? QStringLiteral("the management API does not answer")
                                                 : QStringLiteral("the management API answers HTTP %1").arg(overviewStatus);
    }
    BackendObservation o;
    o.queues = queues;
    h.liveSource = judgeLiveSource(o);
    if (pods) {
        QStringList ready, notReady;
        for (const KubePod &p : *pods)
            if (isFocusServerPod(p))
                (p.phase == QLatin1String("Running") && p.ready ? ready : notReady) << p.name + QStringLiteral(" (") + (p.phase.isEmpty() ? QStringLiteral("?") : p.phase) + QLatin1Char(')');
        h.focusServer = !notReady.isEmpty() || ready.isEmpty() ? RungState::Failed : RungState::Passed;
        h.focusServerEvidence = ready.isEmpty() && notReady.isEmpty()
                                    ? QStringLiteral("no focus-server pod in the namespace")
                                    : QStringLiteral("%1 ready%2").arg(ready.size()).arg(notReady.isEmpty() ? QString() : QStringLiteral("; not ready: ") + notReady.join(QStringLiteral(", ")));
    }
    return h;
}

LadderDetail firstFailure(const std::vector<RungResult> &rungs)
{
    const RungResult *first = nullptr;
    for (const RungResult &r : rungs)
        if (r.state == RungState::Failed && (!first || int(r.rung) < int(first->rung)))
            first = &r;
    return first ? first->detail : LadderDetail::None;
}

} // namespace wf
