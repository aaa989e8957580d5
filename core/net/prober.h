#pragma once
// EndpointProber: finds out which endpoints of the contract a server really has, without side
// effects (no job is created). Owned by its caller; lives on the client's thread. classifyProbe()
// is the pure rule, tested on its own; the prober only gathers replies and applies it.
#include "net/focusclient.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace wf {

enum class EndpointState { Available, NotDeployed, Error, Timeout, Unreachable, TlsError };
QString endpointStateName(EndpointState s); // "available", "not_deployed", ...

// Why the state was concluded; widgets and focusctl turn it into translated words.
enum class ProbeReason {
    ExpectedReply,        // the route answered as a deployed route answers our probe
    FrameworkNotFound,    // 404 {"detail":"Not Found"}: the framework knows no such route
    AbsentFromOpenApi,    // 404 of another shape, and the route is not in /openapi.json
    MethodNotAllowed,     // 405: the path exists, not with this method
    UnexpectedStatus,     // an HTTP status a deployed route should not give to this probe
    BadBody,              // the expected status, but a body that does not decode
    UnknownShape,         // /live_metadata answered 2xx JSON of a form this viewer does not know: an observation
    AcceptedInvalid,      // 2xx to a request it should have refused: deployed, but it does not validate
    Redirect,
    TooLarge,
    Timeout,
    Unreachable,
    Tls,
};
enum class OpenApiFact { Unknown, Listed, NotListed };

struct EndpointProbe {
    EndpointId id = EndpointId::Ack;
    EndpointState state = EndpointState::Error;
    ProbeReason reason = ProbeReason::UnexpectedStatus;
    OpenApiFact openApi = OpenApiFact::Unknown;
    CallInfo info;
    QString detail; // evidence, technical English: "route not in openapi.json; 404 {\"detail\":\"Not Found\"}"
    bool warning = false;    // available, but with a flaw worth telling (AcceptedInvalid, UnknownShape)
    bool sideEffect = false; // the server answered the probe with a job or task id: it may have created one
    QString createdId;       // that id
};

struct ProbeResult {
    QString server;
    bool reachable = false;
    bool insecure = false;
    bool openApiAvailable = false;
    qint64 checkedAtMs = 0;
    QList<EndpointProbe> endpoints; // in the order of endpoints()

    const EndpointProbe *find(EndpointId id) const;
    int deployedTotal() const;
    int deployedAvailable() const;
    bool anyTlsError() const;
    // 0 all deployed endpoints available; 3 one of them or the waterfall route not deployed;
    // 5 unreachable or TLS failure; 1 reachable but a deployed endpoint failed otherwise.
    int exitCode() const;
    QJsonObject toJson() const;
};

// The probe request for one endpoint: a request every deployed route must reject or answer
// without creating anything.
struct ProbeRequest {
    QString path;
    QByteArray body;
};
ProbeRequest probeRequestFor(EndpointId id);

EndpointProbe classifyProbe(EndpointId id, const CallInfo &info, const QByteArray &body,
                            const std::optional<OpenApiDoc> &openApi);

class EndpointProber : public QObject
{
    Q_OBJECT
  public:
    explicit EndpointProber(FocusClient *client, QObject *parent = nullptr);
    void start();        // a probe already running is cancelled
    void cancel();       // the probe running stops; no result comes
    bool running() const { return !m_pending.isEmpty(); }

  signals:
    void finished(const wf::ProbeResult &result);

  private:
    void complete();

    FocusClient *m_client;
    QHash<int, RawReply> m_replies;  // by EndpointId
    QList<FocusClient::CallId> m_pending;
};

} // namespace wf

Q_DECLARE_METATYPE(wf::ProbeResult)
