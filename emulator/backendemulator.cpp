// BackendEmulator: see backendemulator.h.
#include "backendemulator.h"

#include "emulatorjob.h"
#include "emulatoroptions.h"
#include "focusemulator.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <algorithm>

namespace wf::emu {

namespace {

struct ScenarioName {
    BackendScenario scenario;
    const char *name;
};
constexpr ScenarioName kScenarioNames[] = {
    {BackendScenario::Healthy, "healthy"},
    {BackendScenario::PodPendingGpu, "pod-pending-gpu"},
    {BackendScenario::PodCrashLoop, "pod-crash-loop"},
    {BackendScenario::PortHeld, "port-held"},
    {BackendScenario::QueueWithoutConsumer, "queue-without-consumer"},
    {BackendScenario::LiveSourceIdle, "live-source-idle"},
};

constexpr int kNeverMs = 24 * 3600 * 1000;

QString stamp(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODate);
}

// The five characters Kubernetes appends to a Job's pod, stable per job.
QString podSuffix(const QString &jobId)
{
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    size_t h = qHash(jobId, 1757);
    QString s;
    for (int i = 0; i < 5; ++i, h /= 27)
        s += QLatin1Char(alphabet[h % 27]);
    return s;
}

QString podName(const EmulatorJob &job)
{
    return QStringLiteral("grpc-job-%1-%2").arg(job.id, podSuffix(job.id));
}

QByteArray list(const char *kind, const QJsonArray &items)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("kind"), QLatin1String(kind)},
                                     {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                     {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("resourceVersion"), QStringLiteral("1")}}},
                                     {QStringLiteral("items"), items}})
        .toJson(QJsonDocument::Compact);
}

QByteArray notFound()
{
    return R"({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the server could not find the requested resource","reason":"NotFound","details":{},"code":404})";
}

} // namespace

void applyBackendScenario(BackendScenario s, EmulatorOptions &options)
{
    switch (s) {
    case BackendScenario::Healthy:
        return;
    case BackendScenario::PodPendingGpu:
    case BackendScenario::PodCrashLoop:
    case BackendScenario::PortHeld:
    case BackendScenario::QueueWithoutConsumer:
        options.consumerNeverCreated = true;
        options.streamReadyDelayMinMs = options.streamReadyDelayMaxMs = kNeverMs; // the port refuses, as long as the job lives
        return;
    case BackendScenario::LiveSourceIdle:
        options.noLiveSource = true;
        options.consumerWithoutData = true;
        return;
    }
}

QString backendScenarioName(BackendScenario s)
{
    for (const ScenarioName &n : kScenarioNames)
        if (n.scenario == s)
            return QLatin1String(n.name);
    return QStringLiteral("healthy");
}

bool backendScenarioFromName(const QString &name, BackendScenario &out)
{
    for (const ScenarioName &n : kScenarioNames)
        if (name == QLatin1String(n.name)) {
            out = n.scenario;
            return true;
        }
    return false;
}

QStringList backendScenarioNames()
{
    QStringList names;
    for (const ScenarioName &n : kScenarioNames)
        names << QLatin1String(n.name);
    return names;
}

BackendEmulator::BackendEmulator(const FocusEmulator &focus, BackendScenario scenario, QObject *parent)
    : QAbstractHttpServer(parent), m_focus(focus), m_scenario(scenario)
{
    // The focus-server pod's log: the emulator's own lines (every request, every job event).
    connect(&focus, &FocusEmulator::logged, this, [this](const QString &line) {
        m_serverLog.push_back(line); // stamped by the emulator
        while (m_serverLog.size() > kServerLogLines)
            m_serverLog.pop_front();
    });
}

quint16 BackendEmulator::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

QString BackendEmulator::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void BackendEmulator::setRabbitCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

bool BackendEmulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QString method;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: method = QStringLiteral("GET"); break;
    case QHttpServerRequest::Method::Post: method = QStringLiteral("POST"); break;
    case QHttpServerRequest::Method::Put: method = QStringLiteral("PUT"); break;
    case QHttpServerRequest::Method::Delete: method = QStringLiteral("DELETE"); break;
    case QHttpServerRequest::Method::Patch: method = QStringLiteral("PATCH"); break;
    default: method = QStringLiteral("OTHER"); break;
    }
    ++m_methods[method];
    QHttpServerResponder responder = makeResponder(request, socket);
    using Status = QHttpServerResponder::StatusCode;
    const auto reply = [&responder](const QByteArray &body, Status status, const char *type = "application/json") {
        responder.write(body, type, status);
    };
    if (method != QLatin1String("GET")) {
        reply(R"({"error":"method_not_allowed"})", Status::MethodNotAllowed);
        return true;
    }
    // %2F (the default vhost "/") stays encoded: the management API's paths are read encoded.
    const QString path = request.url().path(QUrl::FullyEncoded);
    if (path.startsWith(QLatin1String("/api/queues/")) || path == QLatin1String("/api/overview")) {
        const QByteArray expected = "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64();
        if (request.value("Authorization") != expected) {
            reply(R"({"error":"not_authorized","reason":"Login failed"})", Status::Unauthorized);
            return true;
        }
        if (path == QLatin1String("/api/overview"))
            reply(R"({"management_version":"3.10.8","rabbitmq_version":"3.10.8","cluster_name":"rabbit@rabbitmq-panda-0","node":"rabbit@rabbitmq-panda-0"})",
                  Status::Ok);
        else if (path == QLatin1String("/api/queues/%2F") || path == QLatin1String("/api/queues/%2f"))
            reply(queues(), Status::Ok);
        else
            reply(R"({"error":"Object Not Found","reason":"Not Found"})", Status::NotFound);
        return true;
    }
    const QString prefix = QStringLiteral("/api/v1/namespaces/panda/");
    if (!path.startsWith(prefix)) {
        reply(notFound(), Status::NotFound);
        return true;
    }
    const QStringList rest = path.mid(prefix.size()).split(QLatin1Char('/'));
    if (rest == QStringList{QStringLiteral("pods")})
        reply(pods(), Status::Ok);
    else if (rest == QStringList{QStringLiteral("services")})
        reply(services(), Status::Ok);
    else if (rest == QStringList{QStringLiteral("events")})
        reply(events(), Status::Ok);
    else if (rest.size() == 3 && rest[0] == QLatin1String("pods") && rest[2] == QLatin1String("log")) {
        if (rest[1] == QLatin1String(kServerPod)) {
            QByteArray log;
            for (const QString &line : m_serverLog)
                log += line.toUtf8() + '\n';
            reply(log, Status::Ok, "text/plain");
            return true;
        }
        const QByteArray log = podLog(rest[1]);
        const bool known = std::any_of(m_focus.jobs().begin(), m_focus.jobs().end(),
                                       [&](const EmulatorJob &j) { return podName(j) == rest[1]; });
        if (!known)
            reply(notFound(), Status::NotFound);
        else if (log.isNull())
            reply(QStringLiteral(R"({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"container "grpc-job" in pod "%1" is waiting to start: ContainerCreating","reason":"BadRequest","code":400})")
                      .arg(rest[1])
                      .toUtf8(),
                  Status::BadRequest);
        else
            reply(log, Status::Ok, "text/plain");
    } else {
        reply(notFound(), Status::NotFound);
    }
    return true;
}

void BackendEmulator::missingHandler(const QHttpServerRequest &, QTcpSocket *) {}

QByteArray BackendEmulator::pods() const
{
    const qint64 now = m_focus.now();
    QJsonArray items;
    items << QJsonObject{
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QLatin1String(kServerPod)},
                                                 {QStringLiteral("namespace"), QStringLiteral("panda")},
                                                 {QStringLiteral("labels"), QJsonObject{{QStringLiteral("app"), QStringLiteral("panda-focus-server")}}}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("phase"), QStringLiteral("Running")},
                     {QStringLiteral("containerStatuses"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("focus-server")},
                                             {QStringLiteral("ready"), true},
                                             {QStringLiteral("restartCount"), 0},
                                             {QStringLiteral("state"), QJsonObject{{QStringLiteral("running"), QJsonObject{}}}}}}}}}};
    for (const EmulatorJob &job : m_focus.jobs()) {
        const QString job8s = QStringLiteral("grpc-job-") + job.id;
        QJsonObject meta{{QStringLiteral("name"), podName(job)},
                         {QStringLiteral("generateName"), job8s + QLatin1Char('-')},
                         {QStringLiteral("namespace"), QStringLiteral("panda")},
                         {QStringLiteral("labels"), QJsonObject{{QStringLiteral("app"), job8s}, {QStringLiteral("job-name"), job8s}}},
                         {QStringLiteral("creationTimestamp"), stamp(job.createdMs)}};
        QJsonObject status;
        QJsonObject container{{QStringLiteral("name"), QStringLiteral("grpc-job")}};
        switch (m_scenario) {
        case BackendScenario::PodPendingGpu:
            status = {{QStringLiteral("phase"), QStringLiteral("Pending")},
                      {QStringLiteral("conditions"),
                       QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("PodScheduled")},
                                              {QStringLiteral("status"), QStringLiteral("False")},
                                              {QStringLiteral("reason"), QStringLiteral("Unschedulable")},
                                              {QStringLiteral("message"),
                                               QStringLiteral("0/1 nodes are available: 1 Insufficient nvidia.com/gpu.shared. preemption: "
                                                              "0/1 nodes are available: 1 No preemption victims found for incoming pod.")}}}}};
            break;
        case BackendScenario::PodCrashLoop:
            container.insert(QStringLiteral("ready"), false);
            container.insert(QStringLiteral("restartCount"), 1 + (now - job.createdMs) / 10'000);
            container.insert(QStringLiteral("state"),
                             QJsonObject{{QStringLiteral("waiting"),
                                          QJsonObject{{QStringLiteral("reason"), QStringLiteral("CrashLoopBackOff")},
                                                      {QStringLiteral("message"),
                                                       QStringLiteral("back-off 40s restarting failed container=grpc-job pod=%1_panda").arg(podName(job))}}}});
            container.insert(QStringLiteral("lastState"),
                             QJsonObject{{QStringLiteral("terminated"),
                                          QJsonObject{{QStringLiteral("exitCode"), 1}, {QStringLiteral("reason"), QStringLiteral("Error")}}}});
            status = {{QStringLiteral("phase"), QStringLiteral("Running")}, {QStringLiteral("containerStatuses"), QJsonArray{container}}};
            break;
        default: {
            const bool running = job.ready(now);
            container.insert(QStringLiteral("ready"), running);
            container.insert(QStringLiteral("restartCount"), 0);
            container.insert(QStringLiteral("state"),
                             running ? QJsonObject{{QStringLiteral("running"), QJsonObject{{QStringLiteral("startedAt"), stamp(job.readyMs)}}}}
                                     : QJsonObject{{QStringLiteral("waiting"), QJsonObject{{QStringLiteral("reason"), QStringLiteral("ContainerCreating")}}}});
            status = {{QStringLiteral("phase"), running ? QStringLiteral("Running") : QStringLiteral("Pending")},
                      {QStringLiteral("containerStatuses"), QJsonArray{container}}};
        }
        }
        items << QJsonObject{{QStringLiteral("metadata"), meta}, {QStringLiteral("status"), status}};
    }
    return list("PodList", items);
}

QByteArray BackendEmulator::services() const
{
    QJsonArray items;
    const auto service = [](const QString &name, int port) {
        return QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), QStringLiteral("panda")}}},
                           {QStringLiteral("spec"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("NodePort")},
                                        {QStringLiteral("ports"), QJsonArray{QJsonObject{{QStringLiteral("protocol"), QStringLiteral("TCP")},
                                                                                         {QStringLiteral("port"), port},
                                                                                         {QStringLiteral("targetPort"), port},
                                                                                         {QStringLiteral("nodePort"), port}}}}}}};
    };
    for (const EmulatorJob &job : m_focus.jobs()) {
        if (m_scenario == BackendScenario::PortHeld) // an older job's service kept the port; this job's was refused
            items << service(QStringLiteral("grpc-service-%1-0").arg(job.slot), job.streamPort());
        else
            items << service(QStringLiteral("grpc-service-") + job.id, job.streamPort());
    }
    return list("ServiceList", items);
}

QByteArray BackendEmulator::events() const
{
    QJsonArray items;
    for (const EmulatorJob &job : m_focus.jobs()) {
        if (m_scenario == BackendScenario::PortHeld) {
            const QString name = QStringLiteral("grpc-service-") + job.id;
            items << QJsonObject{
                {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name + QStringLiteral(".1")}}},
                {QStringLiteral("involvedObject"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("Service")}, {QStringLiteral("name"), name}}},
                {QStringLiteral("type"), QStringLiteral("Warning")},
                {QStringLiteral("reason"), QStringLiteral("FailedCreate")},
                {QStringLiteral("lastTimestamp"), stamp(job.createdMs)},
                {QStringLiteral("message"), QStringLiteral("Service \"%1\" is invalid: spec.ports[0].nodePort: Invalid value: %2: provided "
                                                           "port is already allocated")
                                                .arg(name)
                                                .arg(job.streamPort())}};
        } else if (m_scenario == BackendScenario::PodPendingGpu) {
            items << QJsonObject{
                {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), podName(job) + QStringLiteral(".1")}}},
                {QStringLiteral("involvedObject"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("Pod")}, {QStringLiteral("name"), podName(job)}}},
                {QStringLiteral("type"), QStringLiteral("Warning")},
                {QStringLiteral("reason"), QStringLiteral("FailedScheduling")},
                {QStringLiteral("lastTimestamp"), stamp(job.createdMs)},
                {QStringLiteral("message"), QStringLiteral("0/1 nodes are available: 1 Insufficient nvidia.com/gpu.shared.")}};
        }
    }
    return list("EventList", items);
}

QByteArray BackendEmulator::queues() const
{
    const qint64 now = m_focus.now();
    const bool consumed = m_scenario == BackendScenario::Healthy || m_scenario == BackendScenario::PortHeld
                          || m_scenario == BackendScenario::LiveSourceIdle;
    QJsonArray items;
    for (const EmulatorJob &job : m_focus.jobs()) {
        const double rate = job.dtMs > 0 ? 1000.0 / job.dtMs : 0;
        const qint64 backlog = consumed ? 0 : std::max<qint64>(0, (now - job.createdMs) / std::max<qint64>(1, qint64(job.dtMs)));
        items << QJsonObject{{QStringLiteral("name"), QStringLiteral("grpc-job-%1-%2").arg(job.id).arg(job.createdMs / 1000)},
                             {QStringLiteral("vhost"), QStringLiteral("/")},
                             {QStringLiteral("state"), QStringLiteral("running")},
                             {QStringLiteral("consumers"), consumed ? 1 : 0},
                             {QStringLiteral("messages"), backlog},
                             {QStringLiteral("message_stats"),
                              QJsonObject{{QStringLiteral("publish_details"), QJsonObject{{QStringLiteral("rate"), rate}}},
                                          {QStringLiteral("deliver_get_details"), QJsonObject{{QStringLiteral("rate"), consumed ? rate : 0.0}}}}}};
    }
    const bool idle = m_scenario == BackendScenario::LiveSourceIdle;
    items << QJsonObject{{QStringLiteral("name"), QStringLiteral("smart_recorder")},
                         {QStringLiteral("vhost"), QStringLiteral("/")},
                         {QStringLiteral("state"), idle ? QStringLiteral("idle") : QStringLiteral("running")},
                         {QStringLiteral("consumers"), idle ? 0 : 2},
                         {QStringLiteral("messages"), 0},
                         {QStringLiteral("message_stats"),
                          QJsonObject{{QStringLiteral("publish_details"), QJsonObject{{QStringLiteral("rate"), idle ? 0.0 : 50.0}}}}}};
    return QJsonDocument(items).toJson(QJsonDocument::Compact);
}

QByteArray BackendEmulator::podLog(const QString &pod) const
{
    for (const EmulatorJob &job : m_focus.jobs()) {
        if (podName(job) != pod)
            continue;
        QByteArray log;
        if (m_scenario == BackendScenario::PodPendingGpu || (m_scenario != BackendScenario::PodCrashLoop && !job.ready(m_focus.now())))
            return QByteArray(); // not started: no log yet (the API answers 400, see handleRequest)
        const QString t = stamp(job.createdMs);
        log += QStringLiteral("%1 INFO grpc-job %2: starting, stream port %3\n").arg(t, job.id).arg(job.streamPort()).toUtf8();
        if (m_scenario == BackendScenario::PodCrashLoop)
            log += QStringLiteral("%1 ERROR grpc-job %2: CUDA error: no CUDA-capable device is detected\n").arg(t, job.id).toUtf8();
        else
            log += QStringLiteral("%1 INFO grpc-job %2: consumer registered on grpc-job-%2-%3\n").arg(t, job.id).arg(job.createdMs / 1000).toUtf8();
        return log;
    }
    return QByteArray();
}

} // namespace wf::emu
