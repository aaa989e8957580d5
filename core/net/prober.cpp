#include "net/prober.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace wf {

QString endpointStateName(EndpointState s)
{
    switch (s) {
    case EndpointState::Available: return QStringLiteral("available");
    case EndpointState::NotDeployed: return QStringLiteral("not_deployed");
    case EndpointState::Error: return QStringLiteral("error");
    case EndpointState::Timeout: return QStringLiteral("timeout");
    case EndpointState::Unreachable: return QStringLiteral("unreachable");
    case EndpointState::TlsError: return QStringLiteral("tls_error");
    }
    return QStringLiteral("error");
}

namespace {
// An id no server can have issued (job ids are "slot-counter").
const QString kImpossibleId = QStringLiteral("focusctl-probe");
// A body missing every required field: FastAPI answers 422 before any handler runs.
const QByteArray kInvalidBody = QByteArrayLiteral("{\"focusctl_probe\":true}");
} // namespace

ProbeRequest probeRequestFor(EndpointId id)
{
    switch (id) {
    case EndpointId::Configure: return {QStringLiteral("/configure"), kInvalidBody};
    case EndpointId::Metadata: return {QStringLiteral("/metadata/") + kImpossibleId, {}};
    case EndpointId::Recordings: return {QStringLiteral("/recordings_in_time_range"), QByteArrayLiteral("{\"start_time\":0,\"end_time\":1}")};
    case EndpointId::Waterfall: return {QStringLiteral("/waterfall/%1/0").arg(kImpossibleId), {}};
    case EndpointId::ConfigTask: return {QStringLiteral("/config/") + kImpossibleId, kInvalidBody};
    default: return {endpointPath(id), {}};
    }
}

namespace {

// Does this HTTP reply prove the route is deployed, given the probe we sent?
bool expectedReply(EndpointId id, int status, const ErrorBody &err)
{
    const bool appError = err.shape == ErrorShape::Application;
    switch (id) {
    case EndpointId::Ack:
    case EndpointId::Channels:
    case EndpointId::LiveMetadata:
    case EndpointId::Sensors:
    case EndpointId::OpenApi: return status == 200;
    case EndpointId::Configure: return status == 422 || status == 400 || ((status == 500 || status == 503) && appError);
    case EndpointId::Metadata: return (status == 404 && appError) || status == 400 || status == 422;
    case EndpointId::Recordings: return status == 200 || (status == 404 && appError) || status == 422;
    case EndpointId::Waterfall: return status == 400 || (status == 404 && appError) || status == 422;
    case EndpointId::ConfigTask: return status == 422 || status == 400 || (status == 500 && appError);
    }
    return false;
}

bool decodesOnSuccess(EndpointId id, const QByteArray &body)
{
    switch (id) {
    case EndpointId::Ack: return decodeAck(body).ok();
    case EndpointId::Channels: return decodeChannels(body).ok();
    case EndpointId::LiveMetadata: return decodeLiveMetadata(body).ok();
    case EndpointId::Sensors: return decodeSensors(body).ok();
    case EndpointId::OpenApi: return decodeOpenApi(body).ok();
    case EndpointId::Recordings: return decodeRecordings(body).ok();
    default: return true;
    }
}

// The probes that send a request a deployed route must refuse (an invalid body, an impossible id).
bool probeExpectsRefusal(EndpointId id)
{
    switch (id) {
    case EndpointId::Configure:
    case EndpointId::ConfigTask:
    case EndpointId::Metadata:
    case EndpointId::Waterfall: return true;
    default: return false;
    }
}

// A job or task id in a 2xx answer to a probe: the server may have made a job of it.
QString createdIdIn(const QByteArray &body)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    for (const char *key : {"job_id", "task_id"}) {
        const QJsonValue v = doc.object().value(QLatin1String(key));
        if (v.isString() && !v.toString().isEmpty())
            return v.toString().left(64);
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 17);
    }
    return {};
}

QString replyEvidence(const CallInfo &info)
{
    QString s = QString::number(info.httpStatus);
    if (!info.errorBody.raw.isEmpty())
        s += QLatin1Char(' ') + info.errorBody.raw;
    return s;
}

} // namespace

EndpointProbe classifyProbe(EndpointId id, const CallInfo &info, const QByteArray &body,
                            const std::optional<OpenApiDoc> &openApi)
{
    EndpointProbe p;
    p.id = id;
    p.info = info;
    const EndpointSpec &spec = endpoint(id);
    if (id == EndpointId::OpenApi)
        p.openApi = openApi ? OpenApiFact::Listed : OpenApiFact::Unknown;
    else if (openApi)
        p.openApi = openApi->has(QString::fromLatin1(spec.method), QString::fromLatin1(spec.path)) ? OpenApiFact::Listed
                                                                                                 : OpenApiFact::NotListed;
    QStringList evidence;
    if (id != EndpointId::OpenApi) {
        switch (p.openApi) {
        case OpenApiFact::Listed: evidence << QStringLiteral("route in openapi.json"); break;
        case OpenApiFact::NotListed: evidence << QStringLiteral("route not in openapi.json"); break;
        case OpenApiFact::Unknown: evidence << QStringLiteral("openapi.json unavailable"); break;
        }
    }
    auto done = [&](EndpointState s, ProbeReason r, const QString &what) {
        p.state = s;
        p.reason = r;
        evidence << what;
        p.detail = evidence.join(QStringLiteral("; "));
        return p;
    };

    switch (info.transport) {
    case TransportError::None: break;
    case TransportError::Timeout: return done(EndpointState::Timeout, ProbeReason::Timeout, info.transportDetail);
    case TransportError::Tls:
        return done(EndpointState::TlsError, ProbeReason::Tls,
                    info.transportDetail + (info.peerFingerprint.isEmpty() ? QString()
                                                                           : QStringLiteral("; server certificate SHA-256 ") + info.peerFingerprint));
    case TransportError::Redirect: return done(EndpointState::Error, ProbeReason::Redirect, info.transportDetail);
    case TransportError::TooLarge: return done(EndpointState::Error, ProbeReason::TooLarge, info.transportDetail);
    default: return done(EndpointState::Unreachable, ProbeReason::Unreachable, transportErrorName(info.transport) + QStringLiteral(": ") + info.transportDetail);
    }

    const int status = info.httpStatus;
    if (status == 404 && info.errorBody.shape == ErrorShape::FrameworkNotFound)
        return done(EndpointState::NotDeployed, ProbeReason::FrameworkNotFound, replyEvidence(info));
    if (status == 404 && p.openApi == OpenApiFact::NotListed)
        return done(EndpointState::NotDeployed, ProbeReason::AbsentFromOpenApi, replyEvidence(info));
    if (expectedReply(id, status, info.errorBody)) {
        if (status >= 200 && status < 300 && !decodesOnSuccess(id, body)) {
            // [recorded] A third, unknown form of /live_metadata was seen once: the route is there and
            // answered; its shape is an observation, never a failure.
            if (id == EndpointId::LiveMetadata && QJsonDocument::fromJson(body).isObject()) {
                p.warning = true;
                return done(EndpointState::Available, ProbeReason::UnknownShape,
                            replyEvidence(info) + QStringLiteral(" in a shape this viewer does not know (%1 bytes)").arg(body.size()));
            }
            return done(EndpointState::Error, ProbeReason::BadBody, replyEvidence(info) + QStringLiteral(" with a body that does not decode"));
        }
        return done(EndpointState::Available, ProbeReason::ExpectedReply, replyEvidence(info));
    }
    if (status >= 200 && status < 300 && probeExpectsRefusal(id)) {
        // Real Focus servers accept almost any configuration: a 2xx proves the route is deployed.
        p.warning = true;
        const bool isBody = id == EndpointId::Configure || id == EndpointId::ConfigTask;
        QString what = isBody ? QStringLiteral("accepted an invalid body: the server does not validate it")
                            : QStringLiteral("answered an id that cannot exist: the server does not check it");
        if (isBody) {
            p.createdId = createdIdIn(body);
            p.sideEffect = !p.createdId.isEmpty();
            if (p.sideEffect)
                what += QStringLiteral("; SIDE EFFECT: the server answered with id \"%1\", it may have created a job").arg(p.createdId);
        }
        return done(EndpointState::Available, ProbeReason::AcceptedInvalid, replyEvidence(info) + QStringLiteral("; ") + what);
    }
    if (status == 405)
        return done(EndpointState::Error, ProbeReason::MethodNotAllowed, replyEvidence(info));
    return done(EndpointState::Error, ProbeReason::UnexpectedStatus, replyEvidence(info));
}

const EndpointProbe *ProbeResult::find(EndpointId id) const
{
    for (const auto &e : endpoints)
        if (e.id == id)
            return &e;
    return nullptr;
}

int ProbeResult::deployedTotal() const
{
    int n = 0;
    for (const auto &e : endpoints)
        n += endpoint(e.id).group == EndpointGroup::Deployed ? 1 : 0;
    return n;
}

int ProbeResult::deployedAvailable() const
{
    int n = 0;
    for (const auto &e : endpoints)
        n += endpoint(e.id).group == EndpointGroup::Deployed && e.state == EndpointState::Available ? 1 : 0;
    return n;
}

bool ProbeResult::anyTlsError() const
{
    for (const auto &e : endpoints)
        if (e.state == EndpointState::TlsError)
            return true;
    return false;
}

int ProbeResult::exitCode() const
{
    if (!reachable || anyTlsError())
        return 5;
    for (const auto &e : endpoints) {
        const bool decisive = endpoint(e.id).group == EndpointGroup::Deployed || e.id == EndpointId::Waterfall;
        if (decisive && e.state == EndpointState::NotDeployed)
            return 3;
    }
    return deployedAvailable() == deployedTotal() ? 0 : 1;
}

QJsonObject ProbeResult::toJson() const
{
    QJsonArray list;
    for (const auto &e : endpoints) {
        const EndpointSpec &spec = endpoint(e.id);
        QJsonObject o{{QStringLiteral("method"), QString::fromLatin1(spec.method)},
                      {QStringLiteral("path"), QString::fromLatin1(spec.path)},
                      {QStringLiteral("group"), spec.group == EndpointGroup::Deployed ? QStringLiteral("deployed")
                                                : spec.group == EndpointGroup::Newer ? QStringLiteral("newer")
                                                                                     : QStringLiteral("discovery")},
                      {QStringLiteral("state"), endpointStateName(e.state)},
                      {QStringLiteral("http_status"), e.info.httpStatus > 0 ? QJsonValue(e.info.httpStatus) : QJsonValue()},
                      {QStringLiteral("latency_ms"), qRound(e.info.latencyMs * 10) / 10.0},
                      {QStringLiteral("detail"), e.detail},
                      {QStringLiteral("warning"), e.warning},
                      {QStringLiteral("side_effect"), e.sideEffect}};
        if (e.sideEffect)
            o.insert(QStringLiteral("created_id"), e.createdId);
        list.append(o);
    }
    return QJsonObject{{QStringLiteral("server"), server},
                       {QStringLiteral("reachable"), reachable},
                       {QStringLiteral("insecure"), insecure},
                       {QStringLiteral("checked_at_ms"), double(checkedAtMs)},
                       {QStringLiteral("endpoints"), list}};
}

EndpointProber::EndpointProber(FocusClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    qRegisterMetaType<wf::ProbeResult>();
}

void EndpointProber::cancel()
{
    for (auto id : std::as_const(m_pending))
        m_client->abort(id); // an aborted call's callback never runs
    m_pending.clear();
    m_replies.clear();
}

void EndpointProber::start()
{
    cancel();
    for (const EndpointSpec &spec : endpoints()) {
        const ProbeRequest req = probeRequestFor(spec.id);
        const EndpointId eid = spec.id;
        // The callback may run before raw() returns its id (a local TLS setup failure): track by
        // endpoint, not by call id.
        m_pending.append(0);
        const qsizetype slot = m_pending.size() - 1;
        const auto callId = m_client->raw(eid, req.path, req.body, [this, eid](const RawReply &r) {
            m_replies.insert(int(eid), r);
            if (m_replies.size() == qsizetype(endpoints().size()))
                complete();
        });
        if (slot < m_pending.size())
            m_pending[slot] = callId;
    }
}

void EndpointProber::complete()
{
    m_pending.clear();
    ProbeResult result;
    result.server = m_client->options().baseUrl.toString();
    result.insecure = m_client->options().tls.insecure();
    result.checkedAtMs = QDateTime::currentMSecsSinceEpoch();
    std::optional<OpenApiDoc> doc;
    const RawReply &oa = m_replies[int(EndpointId::OpenApi)];
    if (oa.info.gotHttpReply() && oa.info.httpStatus == 200) {
        auto d = decodeOpenApi(oa.body);
        if (d.ok())
            doc = d.value();
    }
    result.openApiAvailable = doc.has_value();
    for (const EndpointSpec &spec : endpoints()) {
        const RawReply &r = m_replies[int(spec.id)];
        result.reachable = result.reachable || r.info.gotHttpReply() || r.info.transport == TransportError::Redirect;
        result.endpoints.append(classifyProbe(spec.id, r.info, r.body, doc));
    }
    emit finished(result);
}

} // namespace wf
