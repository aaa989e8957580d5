#include "net/focusclient.h"

#include "base/logging.h"
#include "net/replydecode.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QNetworkReply>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace wf {

QString transportErrorName(TransportError e)
{
    switch (e) {
    case TransportError::None: return QStringLiteral("none");
    case TransportError::Timeout: return QStringLiteral("timeout");
    case TransportError::ConnectionRefused: return QStringLiteral("connection_refused");
    case TransportError::HostNotFound: return QStringLiteral("host_not_found");
    case TransportError::ConnectionClosed: return QStringLiteral("connection_closed");
    case TransportError::Tls: return QStringLiteral("tls_error");
    case TransportError::TooLarge: return QStringLiteral("too_large");
    case TransportError::Redirect: return QStringLiteral("redirect");
    case TransportError::Aborted: return QStringLiteral("aborted");
    case TransportError::Other: return QStringLiteral("network_error");
    }
    return QStringLiteral("unknown");
}

struct FocusClient::Call {
    QPointer<QNetworkReply> reply;
    QTimer timer;
    QElapsedTimer clock;
    CallInfo info;
    QByteArray body;
    TransportError forced = TransportError::None; // why we aborted it ourselves
    QString forcedDetail;
    QStringList sslErrors;
    QString pinMismatch; // why a pinned certificate was refused
    std::function<void(CallInfo, QByteArray)> done;
    bool reportsOwnReply = false; // done() emits replyReceived itself, right before its caller's callback
};

FocusClient::FocusClient(ClientOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_tls(m_options.tls)
{
    qRegisterMetaType<wf::CallInfo>();
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

FocusClient::~FocusClient()
{
    // Replies die with the manager; no callback runs after the client is gone.
    for (auto &call : m_calls)
        if (call->reply)
            call->reply->disconnect(this);
    m_calls.clear();
}

QUrl FocusClient::urlFor(const QString &path) const
{
    QUrl url = m_options.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QString tail = path;
    while (tail.startsWith(QLatin1Char('/')))
        tail.remove(0, 1);
    url.setPath(base + QLatin1Char('/') + tail);
    return url;
}

FocusClient::CallId FocusClient::send(EndpointId endpoint, const QString &path, const QByteArray &body,
                                      std::function<void(CallInfo, QByteArray)> done, bool closeConnection)
{
    const CallId id = m_next++;
    auto call = std::make_shared<Call>();
    call->done = std::move(done);
    CallInfo &info = call->info;
    info.endpoint = endpoint;
    info.callId = id;
    info.method = endpointMethod(endpoint);
    info.route = endpointPath(endpoint);
    info.path = path;
    info.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    info.insecure = m_options.tls.insecure() && m_options.baseUrl.scheme() == QLatin1String("https");
    m_calls.insert(id, call);

    QNetworkRequest req(urlFor(path));
    req.setRawHeader("Accept", "application/json");
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (req.url().scheme() == QLatin1String("https"))
        req.setSslConfiguration(m_tls.configuration());
    call->clock.start();
    QNetworkReply *reply = nullptr;
    if (info.method == QLatin1String("POST")) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        // A probe's POST is refused before its body is read; a server that then keeps the
        // connection alive reads that body as the start of the next request ("501 Unsupported
        // method ('{"focusctl_probe":true}GET')"), blaming the next route. Probes close it.
        if (closeConnection)
            req.setRawHeader("Connection", "close");
        reply = m_nam.post(req, body);
    } else {
        reply = m_nam.get(req);
    }
    call->reply = reply;

    call->timer.setSingleShot(true);
    call->timer.setTimerType(Qt::PreciseTimer);
    connect(&call->timer, &QTimer::timeout, this, [this, id] {
        finish(id, TransportError::Timeout,
               QStringLiteral("no complete reply within %1 ms").arg(m_options.timeoutMs));
    });
    call->timer.start(m_options.timeoutMs);

    const qint64 cap = m_options.maxBodyBytes;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id, cap] {
        auto it = m_calls.find(id);
        if (it == m_calls.end() || !(*it)->reply)
            return;
        const QVariant len = (*it)->reply->header(QNetworkRequest::ContentLengthHeader);
        if (len.isValid() && len.toLongLong() > cap) {
            finish(id, TransportError::TooLarge,
                   QStringLiteral("declared body of %1 bytes exceeds the cap of %2 bytes").arg(len.toLongLong()).arg(cap));
            return;
        }
        // Reserve what is declared, but never more than a few MB on a server's word alone.
        if (len.isValid())
            (*it)->body.reserve(qsizetype(std::min<qint64>(len.toLongLong(), 16LL << 20)) + qsizetype(waterfallDecoderPadding()));
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, id, cap] {
        auto it = m_calls.find(id);
        if (it == m_calls.end() || !(*it)->reply)
            return;
        Call &c = **it;
        const qint64 avail = c.reply->bytesAvailable();
        if (c.body.size() + avail > cap) {
            finish(id, TransportError::TooLarge,
                   QStringLiteral("body exceeds the cap of %1 bytes").arg(cap));
            return;
        }
        c.body.append(c.reply->read(avail));
    });
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, id](const QList<QSslError> &errors) { onSslErrors(id, errors); });
    connect(reply, &QNetworkReply::encrypted, this, [this, id] { onEncrypted(id); });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
    if (!m_tls.caLoadError().isEmpty())
        QTimer::singleShot(0, this, [this, id] { finish(id, TransportError::Tls, m_tls.caLoadError()); });
    return id;
}

void FocusClient::onSslErrors(CallId id, const QList<QSslError> &errors)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end() || !(*it)->reply)
        return;
    Call &c = **it;
    QSslCertificate peer;
    for (const QSslError &e : errors) {
        c.sslErrors.append(e.errorString());
        if (peer.isNull())
            peer = e.certificate();
    }
    if (peer.isNull())
        peer = c.reply->sslConfiguration().peerCertificate();
    c.info.peerFingerprint = certificateFingerprint(peer);
    m_lastPeerFingerprint = c.info.peerFingerprint;
    if (m_tls.ignoresErrorsFrom(peer))
        c.reply->ignoreSslErrors(errors);
    else
        c.pinMismatch = m_tls.pinMismatch(c.info.peerFingerprint); // empty unless pinned
}

void FocusClient::onEncrypted(CallId id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end() || !(*it)->reply)
        return;
    Call &c = **it;
    const QSslCertificate peer = c.reply->sslConfiguration().peerCertificate();
    c.info.peerFingerprint = certificateFingerprint(peer);
    if (m_tls.refuses(peer)) {
        c.pinMismatch = m_tls.pinMismatch(c.info.peerFingerprint);
        finish(id, TransportError::Tls, c.pinMismatch);
    }
}

void FocusClient::onFinished(CallId id)
{
    finish(id, TransportError::None, QString());
}

namespace {
bool isHttpStatusError(QNetworkReply::NetworkError e)
{
    // Errors Qt derives from the HTTP status itself: the reply is complete, the status tells the story.
    return (e >= QNetworkReply::ContentAccessDenied && e <= QNetworkReply::UnknownContentError)
           || (e >= QNetworkReply::InternalServerError && e <= QNetworkReply::UnknownServerError)
           || e == QNetworkReply::ProtocolInvalidOperationError;
}

TransportError mapNetworkError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError: return TransportError::ConnectionRefused;
    case QNetworkReply::HostNotFoundError: return TransportError::HostNotFound;
    case QNetworkReply::RemoteHostClosedError: return TransportError::ConnectionClosed;
    case QNetworkReply::TimeoutError: return TransportError::Timeout;
    case QNetworkReply::SslHandshakeFailedError: return TransportError::Tls;
    case QNetworkReply::OperationCanceledError: return TransportError::Aborted;
    default: return TransportError::Other;
    }
}
} // namespace

void FocusClient::finish(CallId id, TransportError forced, const QString &detail)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    std::shared_ptr<Call> call = *it;
    m_calls.erase(it);
    call->timer.stop();
    CallInfo &info = call->info;
    info.latencyMs = double(call->clock.nsecsElapsed()) / 1e6;
    QNetworkReply *reply = call->reply;
    if (reply) {
        reply->disconnect(this);
        // A refused reply (too large, timed out, untrusted) stops at once. One the caller no longer
        // wants is only deleted (deleteLater() below ends its HTTP request all the same): its answer
        // may be racing in from Qt's HTTP thread, and abort() would then make Qt print "Internal
        // problem, this method must only be called once" on stderr, in the middle of our output.
        if (forced != TransportError::None && forced != TransportError::Aborted)
            reply->abort();
        else if (forced == TransportError::None && reply->bytesAvailable() > 0 && call->body.size() + reply->bytesAvailable() <= m_options.maxBodyBytes)
            call->body.append(reply->readAll());
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        info.httpStatus = status.isValid() ? status.toInt() : 0;
        if (forced == TransportError::None) {
            const auto err = reply->error();
            if (err != QNetworkReply::NoError && !(isHttpStatusError(err) && info.httpStatus > 0)) {
                forced = mapNetworkError(err);
                QString text = reply->errorString();
                if (forced == TransportError::Tls && call->sslErrors.isEmpty() && info.peerFingerprint.isEmpty())
                    info.peerFingerprint = m_lastPeerFingerprint; // the handshake another reply saw
                if (forced == TransportError::Tls && call->pinMismatch.isEmpty() && m_tls.refusesFingerprint(info.peerFingerprint))
                    call->pinMismatch = m_tls.pinMismatch(info.peerFingerprint);
                if (forced == TransportError::Tls && !call->pinMismatch.isEmpty())
                    text = call->pinMismatch;
                else if (forced == TransportError::Tls && !call->sslErrors.isEmpty())
                    text = call->sslErrors.join(QStringLiteral("; "));
                info.transportDetail = text;
            } else if (const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
                       declared.isValid() && call->body.size() < declared.toLongLong()
                       && reply->rawHeader("Content-Encoding").isEmpty()) {
                // Fewer bytes than the Content-Length the server declared: the connection closed
                // mid-body. Qt sometimes reports such a reply as complete (when the close arrives
                // with the headers); it is truncated, never an empty or short success.
                forced = TransportError::ConnectionClosed;
                info.transportDetail = QStringLiteral("the connection closed after %1 of the %2 bytes declared")
                                           .arg(call->body.size())
                                           .arg(declared.toLongLong());
            } else if (info.httpStatus >= 300 && info.httpStatus < 400) {
                forced = TransportError::Redirect;
                info.redirectLocation = QString::fromUtf8(reply->rawHeader("Location"));
                info.transportDetail = QStringLiteral("HTTP %1 redirect to %2 (not followed)")
                                           .arg(info.httpStatus)
                                           .arg(info.redirectLocation.isEmpty() ? QStringLiteral("?") : info.redirectLocation);
            }
        } else {
            info.transportDetail = detail;
        }
        info.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        if (info.peerFingerprint.isEmpty() && reply->url().scheme() == QLatin1String("https"))
            info.peerFingerprint = certificateFingerprint(reply->sslConfiguration().peerCertificate());
        reply->deleteLater();
    } else {
        info.transportDetail = detail;
    }
    info.transport = forced;
    if (forced == TransportError::Tls && !call->pinMismatch.isEmpty())
        info.pinnedFingerprint = m_tls.pinnedFingerprint();
    if (forced == TransportError::TooLarge || forced == TransportError::Timeout || forced == TransportError::Tls
        || forced == TransportError::Aborted)
        info.httpStatus = forced == TransportError::TooLarge ? info.httpStatus : 0;
    info.bytes = call->body.size(); // as received; the body below may have secrets masked
    redactReply(info, call->body);
    interpretBody(info, call->body);
    if (forced == TransportError::None)
        qCInfo(lcNet, "%s %s -> %d in %.1f ms, %lld bytes", qPrintable(info.method), qPrintable(info.path), info.httpStatus,
               info.latencyMs, qlonglong(info.bytes));
    else if (forced != TransportError::Aborted)
        qCWarning(lcNet, "%s %s -> %s: %s (%.1f ms)", qPrintable(info.method), qPrintable(info.path),
                  qPrintable(transportErrorName(forced)), qPrintable(info.transportDetail), info.latencyMs);
    emit callFinished(info);
    // Reported as the caller gets it; a waterfall 201 reports itself once decoded (see waterfall()).
    if (forced == TransportError::Aborted || !call->reportsOwnReply)
        emit replyReceived(info, call->body);
    if (forced != TransportError::Aborted && call->done)
        call->done(info, std::move(call->body));
}

void FocusClient::abort(CallId id)
{
    if (const auto it = m_decoding.find(id); it != m_decoding.end()) {
        const Decoding d = it.value();
        m_decoding.erase(it);
        d.watcher->disconnect(this); // the decode runs on; its result is dropped with the watcher
        d.watcher->deleteLater();
        d.reportAborted();
        return;
    }
    finish(id, TransportError::Aborted, QStringLiteral("cancelled"));
}

void FocusClient::abortAll()
{
    auto ids = m_calls.keys();
    ids += m_decoding.keys();
    for (CallId id : ids)
        abort(id);
}

template <typename T>
FocusClient::CallId FocusClient::typed(EndpointId endpoint, const QString &path, const QByteArray &body,
                                       int successStatus, Result<T> (*decode)(const QByteArray &), Callback<T> done)
{
    return send(endpoint, path, body, [successStatus, decode, done = std::move(done)](CallInfo info, QByteArray data) {
        done(decodeReply<T>(std::move(info), data, successStatus, decode));
    });
}

FocusClient::CallId FocusClient::ack(Callback<bool> done)
{
    return typed<bool>(EndpointId::Ack, QStringLiteral("/ack"), {}, 200, &decodeAck, std::move(done));
}

FocusClient::CallId FocusClient::channels(Callback<ChannelRange> done)
{
    return typed<ChannelRange>(EndpointId::Channels, QStringLiteral("/channels"), {}, 200, &decodeChannels,
                               std::move(done));
}

FocusClient::CallId FocusClient::liveMetadata(Callback<LiveMetadata> done)
{
    return typed<LiveMetadata>(EndpointId::LiveMetadata, QStringLiteral("/live_metadata"), {}, 200,
                               &decodeLiveMetadata, std::move(done));
}

FocusClient::CallId FocusClient::configure(const ConfigureRequest &request, Callback<ConfigureReply> done)
{
    return typed<ConfigureReply>(EndpointId::Configure, QStringLiteral("/configure"), encodeConfigureRequest(request),
                                 200, &decodeConfigureReply, std::move(done));
}

FocusClient::CallId FocusClient::metadata(const QString &jobId, Callback<ConfigureReply> done)
{
    return typed<ConfigureReply>(EndpointId::Metadata, QStringLiteral("/metadata/") + QString::fromLatin1(QUrl::toPercentEncoding(jobId)),
                                 {}, 200, &decodeConfigureReply, std::move(done));
}

FocusClient::CallId FocusClient::recordings(qint64 startS, qint64 endS, Callback<QList<Recording>> done)
{
    return typed<QList<Recording>>(EndpointId::Recordings, QStringLiteral("/recordings_in_time_range"),
                                   encodeRecordingsRequest(startS, endS), 200, &decodeRecordings, std::move(done));
}

FocusClient::CallId FocusClient::sensors(Callback<SensorsReply> done)
{
    return typed<SensorsReply>(EndpointId::Sensors, QStringLiteral("/sensors"), {}, 200, &decodeSensors,
                               std::move(done));
}

FocusClient::CallId FocusClient::configTask(const QString &taskId, const ConfigureRequest &request,
                                            Callback<ConfigTaskReply> done)
{
    return typed<ConfigTaskReply>(EndpointId::ConfigTask, QStringLiteral("/config/") + QString::fromLatin1(QUrl::toPercentEncoding(taskId)),
                                  encodeConfigTaskRequest(request), 200, &decodeConfigTaskReply, std::move(done));
}

FocusClient::CallId FocusClient::openApi(Callback<OpenApiDoc> done)
{
    return typed<OpenApiDoc>(EndpointId::OpenApi, QStringLiteral("/openapi.json"), {}, 200, &decodeOpenApi,
                             std::move(done));
}

FocusClient::CallId FocusClient::waterfall(const QString &taskId, int rowCount, Callback<WaterfallBlocks> done)
{
    const QString path = QStringLiteral("/waterfall/%1/%2").arg(QString::fromLatin1(QUrl::toPercentEncoding(taskId))).arg(rowCount);
    QPointer<FocusClient> self(this);
    auto callId = std::make_shared<CallId>(0); // known once send() returns, before any reply
    const CallId id = send(EndpointId::Waterfall, path, {}, [self, callId, done = std::move(done)](CallInfo info, QByteArray data) {
        Reply<WaterfallBlocks> r;
        r.info = std::move(info);
        if (!isSuccessReply(r.info, 201)) {
            emit self->replyReceived(r.info, data);
            done(std::move(r));
            return;
        }
        // Decoding 2222 channels x many rows is the hot path: keep it off the caller's thread. The
        // call stays abortable meanwhile (m_decoding): a caller that goes away aborts it first.
        auto *watcher = new QFutureWatcher<Result<WaterfallBlocks>>(self.data());
        const CallId id = *callId;
        QObject::connect(watcher, &QFutureWatcherBase::finished, self.data(), [self, id, watcher, r, data, done]() mutable {
            self->m_decoding.remove(id);
            setDecoded(r, watcher->future().takeResult()); // moved out: the rows are not copied
            watcher->deleteLater();
            emit self->replyReceived(r.info, data);
            done(std::move(r));
        });
        CallInfo aborted = r.info;
        self->m_decoding.insert(id, Decoding{watcher, [self, aborted, data]() mutable {
                                                 aborted.transport = TransportError::Aborted; // as finish() reports one
                                                 aborted.httpStatus = 0;
                                                 emit self->replyReceived(aborted, data);
                                             }});
        watcher->setFuture(QtConcurrent::run([data] { return decodeWaterfall(data); }));
    });
    *callId = id;
    if (auto it = m_calls.find(id); it != m_calls.end())
        (*it)->reportsOwnReply = true;
    return id;
}

FocusClient::CallId FocusClient::raw(EndpointId endpoint, const QString &path, const QByteArray &body,
                                     std::function<void(const RawReply &)> done)
{
    return send(
        endpoint, path, body,
        [done = std::move(done)](CallInfo info, QByteArray data) { done(RawReply{std::move(info), std::move(data)}); },
        true);
}

} // namespace wf
