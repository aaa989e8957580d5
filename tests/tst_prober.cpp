// The endpoint prober: the pure classification rule on hand-built replies, the exit status and JSON
// of a probe result. Whole probes against the emulator are tst_probe_emulator.cpp.
#include "api/codecs.h"
#include "net/focusclient.h"
#include "focusemulator.h"
#include "net/prober.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QtTest>

using namespace wf;
using wf::emu::EmulatorOptions;
using wf::emu::FocusEmulator;

namespace {

// Literal route lists, as FastAPI's /openapi.json spells them.
const QByteArray kOpenApiFull = R"({"openapi":"3.0.2","info":{"title":"Focus Server","version":"1"},"paths":{
  "/ack":{"get":{"summary":"Ack"}},
  "/channels":{"get":{}},
  "/live_metadata":{"get":{}},
  "/configure":{"post":{}},
  "/metadata/{job_id}":{"get":{}},
  "/recordings_in_time_range":{"post":{}},
  "/get_recordings_timeline":{"get":{}},
  "/waterfall/{task_id}/{row_count}":{"get":{}},
  "/sensors":{"get":{}},
  "/config/{task_id}":{"post":{}}}})";

// A server of today: the deployed API only (the incident's staging server).
const QByteArray kOpenApiDeployedOnly = R"({"openapi":"3.0.2","info":{"title":"Focus Server","version":"1"},"paths":{
  "/ack":{"get":{}},
  "/channels":{"get":{}},
  "/live_metadata":{"get":{}},
  "/configure":{"post":{}},
  "/metadata/{job_id}":{"get":{}},
  "/recordings_in_time_range":{"post":{}}}})";

// The same routes with other placeholder names: still the same routes.
const QByteArray kOpenApiOtherNames = R"({"openapi":"3.0.2","info":{"title":"Focus Server","version":"1"},"paths":{
  "/ack":{"get":{}},
  "/configure":{"post":{}},
  "/metadata/{task_id}":{"get":{}},
  "/waterfall/{job_id}/{rows}":{"get":{}},
  "/config/{id}":{"post":{}}}})";

enum OpenApiVariant { NoOpenApi, FullOpenApi, DeployedOnlyOpenApi, OtherNamesOpenApi };

std::optional<OpenApiDoc> openApiDoc(int variant)
{
    QByteArray body;
    switch (variant) {
    case FullOpenApi: body = kOpenApiFull; break;
    case DeployedOnlyOpenApi: body = kOpenApiDeployedOnly; break;
    case OtherNamesOpenApi: body = kOpenApiOtherNames; break;
    default: return std::nullopt;
    }
    const Result<OpenApiDoc> doc = decodeOpenApi(body);
    if (!doc.ok())
        qFatal("openapi fixture does not decode: %s", qPrintable(doc.error().toString()));
    return doc.value();
}

// A CallInfo as FocusClient fills it for an HTTP reply.
CallInfo httpCall(EndpointId id, int status, const QByteArray &body)
{
    CallInfo info;
    info.endpoint = id;
    info.method = endpointMethod(id);
    info.route = endpointPath(id);
    info.path = probeRequestFor(id).path;
    info.startedAtMs = 1'764'946'703'000;
    info.httpStatus = status;
    info.latencyMs = 46.2;
    info.bytes = body.size();
    if (status < 200 || status >= 300)
        info.errorBody = decodeErrorBody(body);
    return info;
}

// A CallInfo for a call that got no HTTP reply (or a redirect, which is not followed).
CallInfo transportCall(EndpointId id, TransportError transport, const QString &detail, int status = 0)
{
    CallInfo info = httpCall(id, status, {});
    info.errorBody = {};
    info.transport = transport;
    info.transportDetail = detail;
    return info;
}

const QString kFingerprint = QStringLiteral(
    "6B:E4:A6:AE:0F:10:F8:DE:9A:19:F1:B1:3D:60:EB:6E:19:65:41:76:92:18:82:CF:E9:20:FD:5F:1A:AA:1E:F4");

// A result in which every endpoint answered as a deployed route does.
ProbeResult allAvailable()
{
    ProbeResult r;
    r.server = QStringLiteral("http://127.0.0.1:5000");
    r.reachable = true;
    r.openApiAvailable = true;
    for (const EndpointSpec &spec : endpoints()) {
        EndpointProbe p;
        p.id = spec.id;
        p.state = EndpointState::Available;
        p.reason = ProbeReason::ExpectedReply;
        p.openApi = OpenApiFact::Listed;
        p.info = httpCall(spec.id, 200, "{}");
        p.detail = QStringLiteral("route in openapi.json; 200");
        r.endpoints.append(p);
    }
    return r;
}

void setState(ProbeResult &r, EndpointId id, EndpointState state)
{
    for (EndpointProbe &p : r.endpoints)
        if (p.id == id)
            p.state = state;
}

void setAll(ProbeResult &r, EndpointState state, TransportError transport)
{
    r.reachable = false;
    r.openApiAvailable = false;
    for (EndpointProbe &p : r.endpoints) {
        p.state = state;
        p.info = transportCall(p.id, transport, QStringLiteral("failed"));
    }
}

} // namespace

class TestProber : public QObject
{
    Q_OBJECT

  private slots:
    void classify_data();
    void classify();
    void acceptedInvalidWarnsAndTellsSideEffects();
    void exitCode_data();
    void exitCode();
    void json();
    void jsonOfTransportFailures();
};

void TestProber::classify_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("transport");
    QTest::addColumn<QString>("transportDetail");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("openApi");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("reason");
    QTest::addColumn<int>("fact");
    QTest::addColumn<QStringList>("evidence"); // each must appear in `detail`

    const int none = int(TransportError::None);
    auto http = [&](const char *name, EndpointId id, int status, const QByteArray &body, int openApi, EndpointState state,
                    ProbeReason reason, OpenApiFact fact, const QStringList &evidence) {
        QTest::newRow(name) << int(id) << status << none << QString() << body << openApi << int(state) << int(reason)
                            << int(fact) << evidence;
    };
    auto transport = [&](const char *name, EndpointId id, TransportError t, const QString &detail, int status,
                         EndpointState state, ProbeReason reason, const QStringList &evidence) {
        QTest::newRow(name) << int(id) << status << int(t) << detail << QByteArray() << int(NoOpenApi) << int(state)
                            << int(reason) << int(OpenApiFact::Unknown) << evidence;
    };
    using S = EndpointState;
    using R = ProbeReason;
    using F = OpenApiFact;

    // The incident: the framework does not know the route.
    http("framework 404, waterfall, route list unknown", EndpointId::Waterfall, 404, R"({"detail":"Not Found"})",
         NoOpenApi, S::NotDeployed, R::FrameworkNotFound, F::Unknown,
         {QStringLiteral("openapi.json unavailable"), QStringLiteral(R"(404 {"detail":"Not Found"})")});
    http("framework 404, waterfall, absent from route list", EndpointId::Waterfall, 404, R"({"detail":"Not Found"})",
         DeployedOnlyOpenApi, S::NotDeployed, R::FrameworkNotFound, F::NotListed,
         {QStringLiteral(R"(route not in openapi.json; 404 {"detail":"Not Found"})")});
    http("framework 404, metadata", EndpointId::Metadata, 404, R"({"detail": "Not Found"})", NoOpenApi,
         S::NotDeployed, R::FrameworkNotFound, F::Unknown, {QStringLiteral("404")});
    // "The job does not exist" is a deployed route answering.
    http("application 404 on metadata", EndpointId::Metadata, 404, R"({"error": "Invalid job_id"})", FullOpenApi,
         S::Available, R::ExpectedReply, F::Listed,
         {QStringLiteral("route in openapi.json"), QStringLiteral(R"(404 {"error": "Invalid job_id"})")});
    http("application 404 on metadata, route list unknown", EndpointId::Metadata, 404, R"({"error":"Invalid job_id"})",
         NoOpenApi, S::Available, R::ExpectedReply, F::Unknown, {QStringLiteral("openapi.json unavailable")});
    http("application 404 on waterfall", EndpointId::Waterfall, 404, R"({"error":"Consumer not found for task_id"})",
         FullOpenApi, S::Available, R::ExpectedReply, F::Listed, {QStringLiteral("404")});
    // A 404 of unknown shape: the route list decides.
    http("unknown 404, absent from route list", EndpointId::Waterfall, 404, "Not Found", DeployedOnlyOpenApi,
         S::NotDeployed, R::AbsentFromOpenApi, F::NotListed,
         {QStringLiteral("route not in openapi.json"), QStringLiteral("404 Not Found")});
    http("unknown JSON 404, absent from route list", EndpointId::Sensors, 404, R"({"message":"no"})",
         DeployedOnlyOpenApi, S::NotDeployed, R::AbsentFromOpenApi, F::NotListed,
         {QStringLiteral("route not in openapi.json")});
    http("unknown 404, route list unknown", EndpointId::Waterfall, 404, "<html>nginx 404</html>", NoOpenApi,
         S::Error, R::UnexpectedStatus, F::Unknown,
         {QStringLiteral("openapi.json unavailable"), QStringLiteral("404 <html>nginx 404</html>")});
    http("unknown 404, route listed", EndpointId::Waterfall, 404, "Not Found", FullOpenApi, S::Error,
         R::UnexpectedStatus, F::Listed, {QStringLiteral("route in openapi.json")});
    // Replies a deployed route gives to our deliberately invalid probes.
    http("400 on waterfall row_count 0", EndpointId::Waterfall, 400, R"({"error":"row_count must be a positive integer"})",
         FullOpenApi, S::Available, R::ExpectedReply, F::Listed, {QStringLiteral("400")});
    http("422 on configure", EndpointId::Configure, 422,
         R"({"detail":[{"loc":["body","channels"],"msg":"field required","type":"value_error.missing"}]})", FullOpenApi,
         S::Available, R::ExpectedReply, F::Listed, {QStringLiteral("422")});
    http("500 parse error on config", EndpointId::ConfigTask, 500, R"({"error":"Error parsing configuration"})",
         FullOpenApi, S::Available, R::ExpectedReply, F::Listed,
         {QStringLiteral(R"(500 {"error":"Error parsing configuration"})")});
    http("500 plain text on configure", EndpointId::Configure, 500, "Internal Server Error", FullOpenApi, S::Error,
         R::UnexpectedStatus, F::Listed, {QStringLiteral("500 Internal Server Error")});
    http("500 plain text on ack", EndpointId::Ack, 500, "Internal Server Error", FullOpenApi, S::Error,
         R::UnexpectedStatus, F::Listed, {QStringLiteral("500 Internal Server Error")});
    http("405 on configure", EndpointId::Configure, 405, R"({"detail":"Method Not Allowed"})", FullOpenApi, S::Error,
         R::MethodNotAllowed, F::Listed, {QStringLiteral("405")});
    http("405 on ack", EndpointId::Ack, 405, R"({"detail":"Method Not Allowed"})", NoOpenApi, S::Error,
         R::MethodNotAllowed, F::Unknown, {QStringLiteral("405")});
    // Success statuses: the body must match the contract too.
    http("200 channels", EndpointId::Channels, 200, R"({"lowest_channel": 1, "highest_channel": 2337})", FullOpenApi,
         S::Available, R::ExpectedReply, F::Listed, {QStringLiteral("200")});
    http("200 channels, body not JSON", EndpointId::Channels, 200, "<html>proxy login</html>", FullOpenApi, S::Error,
         R::BadBody, F::Listed, {QStringLiteral("does not decode")});
    http("200 channels, wrong keys", EndpointId::Channels, 200, R"({"lowest": 1})", FullOpenApi, S::Error, R::BadBody,
         F::Listed, {QStringLiteral("200")});
    http("200 ack, empty body", EndpointId::Ack, 200, "", FullOpenApi, S::Available, R::ExpectedReply, F::Listed, {});
    // [recorded] An unknown form of /live_metadata (a 162-byte one was seen once): deployed, an
    // observation with a warning, never "error"; a body that is not JSON stays a bad body.
    http("200 live_metadata, unknown form", EndpointId::LiveMetadata, 200, R"({"state": "calibrating", "fiber": {"id": 7}})",
         FullOpenApi, S::Available, R::UnknownShape, F::Listed, {QStringLiteral("shape this viewer does not know")});
    http("200 live_metadata, not JSON", EndpointId::LiveMetadata, 200, "<html>proxy</html>", FullOpenApi, S::Error,
         R::BadBody, F::Listed, {QStringLiteral("does not decode")});
    http("200 sensors", EndpointId::Sensors, 200, R"({"sensors": [0, 1, 2]})", FullOpenApi, S::Available,
         R::ExpectedReply, F::Listed, {});
    // A 2xx to a request that should have been refused: the route is deployed (real servers validate
    // almost nothing), said with a warning, never "error".
    http("200 on waterfall row_count 0", EndpointId::Waterfall, 200, "", FullOpenApi, S::Available, R::AcceptedInvalid,
         F::Listed, {QStringLiteral("200"), QStringLiteral("answered an id that cannot exist: the server does not check it")});
    http("201 on waterfall for an impossible id", EndpointId::Waterfall, 201, "[]", FullOpenApi, S::Available,
         R::AcceptedInvalid, F::Listed, {QStringLiteral("201")});
    http("200 on configure's invalid body", EndpointId::Configure, 200, "{}", FullOpenApi, S::Available,
         R::AcceptedInvalid, F::Listed,
         {QStringLiteral("route in openapi.json"), QStringLiteral("accepted an invalid body: the server does not validate it")});
    http("200 on config/{task_id}'s invalid body", EndpointId::ConfigTask, 200, R"({"status": "ok", "task_id": "focusctl-probe"})",
         FullOpenApi, S::Available, R::AcceptedInvalid, F::Listed, {QStringLiteral("SIDE EFFECT")});
    http("200 on metadata for an impossible id", EndpointId::Metadata, 200, "{}", NoOpenApi, S::Available,
         R::AcceptedInvalid, F::Unknown, {QStringLiteral("200")});
    // Placeholder names differ between deployments; the route is the same.
    http("other placeholder names, metadata", EndpointId::Metadata, 404, R"({"error":"Invalid job_id"})",
         OtherNamesOpenApi, S::Available, R::ExpectedReply, F::Listed, {QStringLiteral("route in openapi.json")});
    http("other placeholder names, waterfall 400", EndpointId::Waterfall, 400, R"({"error":"bad row_count"})",
         OtherNamesOpenApi, S::Available, R::ExpectedReply, F::Listed, {QStringLiteral("route in openapi.json")});
    http("other placeholder names, unknown 404 stays an error", EndpointId::Waterfall, 404, "Not Found",
         OtherNamesOpenApi, S::Error, R::UnexpectedStatus, F::Listed, {QStringLiteral("route in openapi.json")});
    http("other placeholder names, config", EndpointId::ConfigTask, 500, R"({"error":"Error parsing configuration"})",
         OtherNamesOpenApi, S::Available, R::ExpectedReply, F::Listed, {QStringLiteral("route in openapi.json")});
    // No HTTP reply at all.
    transport("timeout", EndpointId::Ack, TransportError::Timeout, QStringLiteral("no complete reply within 5000 ms"), 0,
              S::Timeout, R::Timeout, {QStringLiteral("no complete reply within 5000 ms")});
    transport("connection refused", EndpointId::Channels, TransportError::ConnectionRefused,
              QStringLiteral("Connection refused"), 0, S::Unreachable, R::Unreachable,
              {QStringLiteral("connection_refused"), QStringLiteral("Connection refused")});
    transport("host not found", EndpointId::Ack, TransportError::HostNotFound, QStringLiteral("Host nowhere not found"),
              0, S::Unreachable, R::Unreachable, {QStringLiteral("host_not_found")});
    transport("connection closed", EndpointId::Ack, TransportError::ConnectionClosed,
              QStringLiteral("Remote host closed the connection"), 0, S::Unreachable, R::Unreachable,
              {QStringLiteral("connection_closed")});
    transport("redirect", EndpointId::Configure, TransportError::Redirect,
              QStringLiteral("HTTP 302 redirect to https://sso.example/login (not followed)"), 302, S::Error, R::Redirect,
              {QStringLiteral("https://sso.example/login")});
    transport("too large", EndpointId::Channels, TransportError::TooLarge,
              QStringLiteral("declared body of 2147483648 bytes exceeds the cap of 268435456 bytes"), 200, S::Error,
              R::TooLarge, {QStringLiteral("2147483648")});
}

void TestProber::classify()
{
    QFETCH(int, id);
    QFETCH(int, status);
    QFETCH(int, transport);
    QFETCH(QString, transportDetail);
    QFETCH(QByteArray, body);
    QFETCH(int, openApi);
    QFETCH(int, state);
    QFETCH(int, reason);
    QFETCH(int, fact);
    QFETCH(QStringList, evidence);

    const auto eid = EndpointId(id);
    const CallInfo info = TransportError(transport) == TransportError::None
                              ? httpCall(eid, status, body)
                              : transportCall(eid, TransportError(transport), transportDetail, status);
    const EndpointProbe p = classifyProbe(eid, info, body, openApiDoc(openApi));
    QCOMPARE(endpointStateName(p.state), endpointStateName(EndpointState(state)));
    QCOMPARE(int(p.reason), reason);
    QCOMPARE(int(p.openApi), fact);
    QCOMPARE(int(p.id), id);
    QCOMPARE(p.info.httpStatus, status);
    for (const QString &e : evidence)
        QVERIFY2(p.detail.contains(e), qPrintable(QStringLiteral("detail \"%1\" lacks \"%2\"").arg(p.detail, e)));
}

// POST /config/{task_id} answering 200 to the probe's invalid body (real servers do): available with a
// warning flag; a job id in the answer is a side effect, said loudly.
void TestProber::acceptedInvalidWarnsAndTellsSideEffects()
{
    const EndpointProbe quiet = classifyProbe(EndpointId::ConfigTask, httpCall(EndpointId::ConfigTask, 200, "{}"), "{}",
                                              openApiDoc(FullOpenApi));
    QCOMPARE(quiet.state, EndpointState::Available);
    QVERIFY(quiet.warning);
    QVERIFY(!quiet.sideEffect);
    const QByteArray created = R"({"status": "", "job_id": "7-41", "lines_dt": 0.5})";
    const EndpointProbe loud = classifyProbe(EndpointId::Configure, httpCall(EndpointId::Configure, 200, created), created,
                                             openApiDoc(FullOpenApi));
    QCOMPARE(loud.state, EndpointState::Available);
    QVERIFY(loud.warning);
    QVERIFY(loud.sideEffect);
    QCOMPARE(loud.createdId, QStringLiteral("7-41"));
    QVERIFY2(loud.detail.contains(QStringLiteral("SIDE EFFECT: the server answered with id \"7-41\"")), qPrintable(loud.detail));
    ProbeResult r;
    r.reachable = true;
    r.endpoints = {quiet, loud};
    const QJsonArray list = r.toJson().value(QStringLiteral("endpoints")).toArray();
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("available"));
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("warning")).toBool(), true);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("side_effect")).toBool(), false);
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("side_effect")).toBool(), true);
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("created_id")).toString(), QStringLiteral("7-41"));
}

void TestProber::exitCode_data()
{
    QTest::addColumn<ProbeResult>("result");
    QTest::addColumn<int>("expected");

    QTest::newRow("all available") << allAvailable() << 0;
    {
        ProbeResult r = allAvailable();
        setState(r, EndpointId::Waterfall, EndpointState::NotDeployed);
        QTest::newRow("waterfall not deployed") << r << 3;
    }
    {
        ProbeResult r = allAvailable();
        setState(r, EndpointId::Metadata, EndpointState::NotDeployed);
        QTest::newRow("metadata not deployed") << r << 3;
    }
    {
        ProbeResult r = allAvailable();
        setState(r, EndpointId::Recordings, EndpointState::NotDeployed);
        QTest::newRow("recordings not deployed") << r << 3;
    }
    {
        ProbeResult r = allAvailable();
        setState(r, EndpointId::Configure, EndpointState::Error);
        setState(r, EndpointId::Waterfall, EndpointState::NotDeployed);
        QTest::newRow("not deployed outranks error") << r << 3;
    }
    {
        ProbeResult r = allAvailable();
        setState(r, EndpointId::Sensors, EndpointState::NotDeployed);
        setState(r, EndpointId::ConfigTask, EndpointState::NotDeployed);
        QTest::newRow("newer sensors and config not deployed") << r << 0;
    }
    {
        ProbeResult r = allAvailable();
        setState(r, EndpointId::Waterfall, EndpointState::Error);
        QTest::newRow("waterfall error") << r << 0;
    }
    {
        ProbeResult r = allAvailable();
        setState(r, EndpointId::Configure, EndpointState::Error);
        QTest::newRow("deployed endpoint error") << r << 1;
    }
    {
        ProbeResult r = allAvailable();
        setState(r, EndpointId::Ack, EndpointState::Timeout);
        QTest::newRow("deployed endpoint timeout") << r << 1;
    }
    {
        ProbeResult r = allAvailable();
        setAll(r, EndpointState::Unreachable, TransportError::ConnectionRefused);
        QTest::newRow("all unreachable") << r << 5;
    }
    {
        ProbeResult r = allAvailable();
        setAll(r, EndpointState::TlsError, TransportError::Tls);
        QTest::newRow("all TLS errors") << r << 5;
    }
    {
        ProbeResult r = allAvailable();
        setState(r, EndpointId::Sensors, EndpointState::TlsError);
        QTest::newRow("one TLS error on a reachable server") << r << 5;
    }
}

void TestProber::exitCode()
{
    QFETCH(ProbeResult, result);
    QFETCH(int, expected);
    QCOMPARE(result.exitCode(), expected);
}

void TestProber::json()
{
    ProbeResult r = allAvailable();
    for (EndpointProbe &p : r.endpoints) {
        if (p.id == EndpointId::Waterfall) {
            p.state = EndpointState::NotDeployed;
            p.reason = ProbeReason::FrameworkNotFound;
            p.openApi = OpenApiFact::NotListed;
            p.info = httpCall(EndpointId::Waterfall, 404, R"({"detail":"Not Found"})");
            p.info.latencyMs = 3.14;
            p.detail = QStringLiteral(R"(route not in openapi.json; 404 {"detail":"Not Found"})");
        }
    }
    // Through text and back, as a script reading `focusctl probe --json` sees it.
    const QJsonObject o = QJsonDocument::fromJson(QJsonDocument(r.toJson()).toJson()).object();

    // The contract's keys, plus "insecure" (marked in every output) and the extras the prober adds.
    const QStringList topKeys = o.keys();
    QCOMPARE(QSet<QString>(topKeys.cbegin(), topKeys.cend()), (QSet<QString>{QStringLiteral("server"), QStringLiteral("reachable"), QStringLiteral("endpoints"),
                                 QStringLiteral("insecure"), QStringLiteral("checked_at_ms")}));
    QCOMPARE(o.value(QLatin1String("server")).toString(), QStringLiteral("http://127.0.0.1:5000"));
    QCOMPARE(o.value(QLatin1String("reachable")), QJsonValue(true));
    QCOMPARE(o.value(QLatin1String("insecure")), QJsonValue(false));

    const QJsonArray list = o.value(QLatin1String("endpoints")).toArray();
    QCOMPARE(list.size(), qsizetype(endpoints().size()));
    const QStringList expectedPaths{QStringLiteral("/ack"),
                                    QStringLiteral("/channels"),
                                    QStringLiteral("/live_metadata"),
                                    QStringLiteral("/configure"),
                                    QStringLiteral("/metadata/{job_id}"),
                                    QStringLiteral("/recordings_in_time_range"),
                                    QStringLiteral("/openapi.json"),
                                    QStringLiteral("/waterfall/{task_id}/{row_count}"),
                                    QStringLiteral("/sensors"),
                                    QStringLiteral("/config/{task_id}")};
    const QSet<QString> endpointKeys{QStringLiteral("method"), QStringLiteral("path"), QStringLiteral("state"),
                                     QStringLiteral("http_status"), QStringLiteral("latency_ms"),
                                     QStringLiteral("detail"), QStringLiteral("group"),
                                     QStringLiteral("warning"), QStringLiteral("side_effect")};
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject e = list.at(i).toObject();
        const QStringList keys = e.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), endpointKeys);
        QCOMPARE(e.value(QLatin1String("path")).toString(), expectedPaths.at(i));
        QVERIFY(e.value(QLatin1String("method")) == QJsonValue(QStringLiteral("GET"))
                || e.value(QLatin1String("method")) == QJsonValue(QStringLiteral("POST")));
    }
    const QJsonObject wf = list.at(7).toObject();
    QCOMPARE(wf.value(QLatin1String("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(wf.value(QLatin1String("state")).toString(), QStringLiteral("not_deployed"));
    QCOMPARE(wf.value(QLatin1String("http_status")), QJsonValue(404));
    QCOMPARE(wf.value(QLatin1String("latency_ms")).toDouble(), 3.1);
    QCOMPARE(wf.value(QLatin1String("detail")).toString(),
             QStringLiteral(R"(route not in openapi.json; 404 {"detail":"Not Found"})"));
    QCOMPARE(list.at(3).toObject().value(QLatin1String("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(list.at(0).toObject().value(QLatin1String("state")).toString(), QStringLiteral("available"));
    QCOMPARE(list.at(0).toObject().value(QLatin1String("http_status")), QJsonValue(200));
}

void TestProber::jsonOfTransportFailures()
{
    ProbeResult r = allAvailable();
    setAll(r, EndpointState::TlsError, TransportError::Tls);
    r.insecure = false;
    const QByteArray text = QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
    const QJsonObject o = QJsonDocument::fromJson(text).object();
    QCOMPARE(o.value(QLatin1String("reachable")), QJsonValue(false));
    const QJsonArray list = o.value(QLatin1String("endpoints")).toArray();
    QCOMPARE(list.size(), qsizetype(endpoints().size()));
    for (const QJsonValue &v : list) {
        const QJsonObject e = v.toObject();
        QVERIFY2(e.contains(QLatin1String("http_status")), "http_status must be present, as null");
        QVERIFY(e.value(QLatin1String("http_status")).isNull());
        QCOMPARE(e.value(QLatin1String("state")).toString(), QStringLiteral("tls_error"));
    }
    QVERIFY(text.contains(R"("http_status":null)"));
}

// ---------------------------------------------------------------------------------------------
// Against the in-process emulator.

QTEST_GUILESS_MAIN(TestProber)
#include "tst_prober.moc"
