#pragma once
// FocusClient: one asynchronous client for every endpoint of the contract.
// Owner: whoever composes the app (GUI main window, focusctl, tests). Lives on the thread that
// created it (the GUI thread in the viewer); callbacks run there too. Waterfall bodies are decoded
// on the thread pool. Invariants: every call ends in exactly one callback unless aborted; no call
// outlives its timeout; a body never grows past maxBodyBytes; redirects are reported, not followed.
#include "api/codecs.h"
#include "api/endpoints.h"
#include "net/tlsoptions.h"
#include "net/tlspolicy.h"
#include "api/waterfallcodec.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkReply;

namespace wf {

enum class TransportError {
    None,
    Timeout,           // no complete reply within the request's timeout
    ConnectionRefused, // nothing listening
    HostNotFound,
    ConnectionClosed,  // the server closed or reset the connection before the reply was complete
    Tls,               // handshake failed: certificate not trusted, pin mismatch, protocol error
    TooLarge,          // declared or received body over the cap
    Redirect,          // 3xx: reported with its Location, never followed
    Aborted,           // cancelled by the caller
    Other,
};
QString transportErrorName(TransportError e); // stable machine name, e.g. "connection_refused"

struct ClientOptions {
    QUrl baseUrl;
    int timeoutMs = 10'000;
    qint64 maxBodyBytes = 256LL * 1024 * 1024;
    TlsOptions tls;
};

// What every reply carries, whatever its endpoint.
struct CallInfo {
    EndpointId endpoint = EndpointId::Ack;
    quint64 callId = 0;      // FocusClient's id of the call (who made it: see ClientJobApi::made); never recorded
    QString method;
    QString route;           // the contract's template
    QString path;            // the concrete path sent
    qint64 startedAtMs = 0;  // wall clock, epoch ms
    int httpStatus = 0;      // 0 when no HTTP reply arrived
    double latencyMs = 0;
    qint64 bytes = 0;
    TransportError transport = TransportError::None;
    QString transportDetail; // technical words (Qt's error text, TLS errors, expected vs received)
    QString redirectLocation;
    QString peerFingerprint; // SHA-256 of the server certificate, when TLS
    QString pinnedFingerprint; // set only when a pin refused the certificate: what was pinned
    QString contentType;     // as the server labelled the body
    QString warning;         // a reply accepted despite a flaw (e.g. JSON labelled text/plain)
    bool insecure = false;   // TLS verification was switched off for this call
    ErrorBody errorBody;     // decoded for every non-2xx HTTP reply

    bool gotHttpReply() const { return transport == TransportError::None && httpStatus > 0; }
    bool pinMismatch() const { return transport == TransportError::Tls && !pinnedFingerprint.isEmpty(); }
};

template <typename T> struct Reply {
    CallInfo info;
    std::optional<T> value;                 // decoded on the endpoint's success status
    std::optional<DecodeError> decodeError; // the success body did not decode: a bad response
};

struct RawReply {
    CallInfo info;
    QByteArray body;
};

class FocusClient : public QObject
{
    Q_OBJECT
  public:
    using CallId = quint64;
    // By value: a callback may keep (move out of) what it is given; the client hands over its reply.
    template <typename T> using Callback = std::function<void(Reply<T>)>;

    explicit FocusClient(ClientOptions options, QObject *parent = nullptr);
    ~FocusClient() override;

    const ClientOptions &options() const { return m_options; }
    void setTimeoutMs(int ms) { m_options.timeoutMs = ms; }

    CallId ack(Callback<bool> done);
    CallId channels(Callback<ChannelRange> done);
    CallId liveMetadata(Callback<LiveMetadata> done);
    CallId configure(const ConfigureRequest &request, Callback<ConfigureReply> done);
    CallId metadata(const QString &jobId, Callback<ConfigureReply> done);
    CallId recordings(qint64 startS, qint64 endS, Callback<QList<Recording>> done);
    // 201 → value holds the blocks; 200 (alive, no data) and 208 (ended) → no value, no error.
    CallId waterfall(const QString &taskId, int rowCount, Callback<WaterfallBlocks> done);
    CallId sensors(Callback<SensorsReply> done);
    CallId configTask(const QString &taskId, const ConfigureRequest &request, Callback<ConfigTaskReply> done);
    CallId openApi(Callback<OpenApiDoc> done);

    // Any request to any path, body untouched (the prober sends deliberately invalid bodies); a POST
    // asks the server to close the connection after it (a refused body may be left unread).
    CallId raw(EndpointId endpoint, const QString &path, const QByteArray &body,
               std::function<void(const RawReply &)> done);

    void abort(CallId id);
    void abortAll();
    int inFlight() const { return int(m_calls.size() + m_decoding.size()); } // a waterfall being decoded too

    QUrl urlFor(const QString &path) const;

  signals:
    void callFinished(const wf::CallInfo &info); // every call, for request logs and counters
    // Every reply with its raw body (record & replay), emitted right before its caller's callback
    // runs (a waterfall 201 once decoded), and for aborted calls, which have no callback.
    void replyReceived(const wf::CallInfo &info, const QByteArray &body);

  private:
    struct Call;
    CallId send(EndpointId endpoint, const QString &path, const QByteArray &body,
                std::function<void(CallInfo, QByteArray)> done, bool closeConnection = false);
    template <typename T>
    CallId typed(EndpointId endpoint, const QString &path, const QByteArray &body, int successStatus,
                 Result<T> (*decode)(const QByteArray &), Callback<T> done);
    void onFinished(CallId id);
    void finish(CallId id, TransportError forced, const QString &detail);
    void onSslErrors(CallId id, const QList<QSslError> &errors);
    void onEncrypted(CallId id);

    ClientOptions m_options;
    QNetworkAccessManager m_nam;
    TlsPolicy m_tls; // from m_options.tls
    QString m_lastPeerFingerprint; // replies sharing one failed handshake do not all see its errors
    QHash<CallId, std::shared_ptr<Call>> m_calls;
    // Waterfall 201s whose body is being decoded on the thread pool: their reply is in, their
    // callback not yet run. abort() drops the decoded result (the caller may be gone by then) and
    // reports the raw reply as an aborted call's is.
    struct Decoding {
        QObject *watcher = nullptr; // a child of this client
        std::function<void()> reportAborted;
    };
    QHash<CallId, Decoding> m_decoding;
    CallId m_next = 1;
};

} // namespace wf

Q_DECLARE_METATYPE(wf::CallInfo)
