#include "session/replayjobapi.h"

#include "api/codecs.h"
#include "net/replydecode.h"

#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>

namespace wf {

namespace {
// A path as sent (not empty, not the route's template, as hand-made sessions hold): its job id is known.
bool concrete(const QString &path)
{
    return !path.isEmpty() && !path.contains(QLatin1Char('{'));
}
} // namespace

ReplayJobApi::ReplayJobApi(const Session *session, Clock *clock, QObject *parent)
    : QObject(parent), m_session(session), m_clock(clock)
{
    qRegisterMetaType<wf::CallInfo>();
}

ReplayJobApi::~ReplayJobApi()
{
    for (const auto &[id, handle] : m_calls)
        if (handle)
            m_clock->cancel(handle);
}

JobApi::Id ReplayJobApi::take(EndpointId endpoint, std::function<void(const SessionReply &)> deliver,
                              std::function<void(const SessionReply &)> taken, std::function<bool(const QString &)> path)
{
    const Id id = m_nextId++;
    const qint64 now = m_clock->nowMs();
    const std::vector<SessionReply> &replies = m_session->replies;
    size_t &i = m_next[endpoint];
    // A reply recorded before this call was made cannot be its answer.
    while (i < replies.size()
           && (replies[i].info.endpoint != endpoint || replies[i].atMs < now || (path && !path(replies[i].info.path))))
        ++i;
    if (i >= replies.size() || replies[i].info.transport == TransportError::Aborted) {
        if (i < replies.size())
            ++i;
        m_calls[id] = 0; // the recorded call never got an answer: neither does this one
        return id;
    }
    // A copy (bodies are shared, not copied) with its secrets masked: a recording made before they were.
    auto reply = std::make_shared<SessionReply>(replies[i++]);
    redactReply(reply->info, reply->body);
    if (taken)
        taken(*reply);
    const qint64 wait = std::max<qint64>(0, reply->atMs - now);
    m_calls[id] = m_clock->callAfter(int(std::min<qint64>(wait, std::numeric_limits<int>::max())), this,
                                     [this, id, reply, deliver = std::move(deliver)] {
                                         m_calls.erase(id);
                                         ++m_delivered;
                                         emit replyDelivered(reply->info);
                                         deliver(*reply);
                                     });
    return id;
}

template <typename T>
JobApi::Id ReplayJobApi::typed(EndpointId endpoint, int successStatus, Result<T> (*decode)(const QByteArray &),
                               FocusClient::Callback<T> done, std::function<bool(const QString &)> path)
{
    return take(
        endpoint,
        [successStatus, decode, done = std::move(done)](const SessionReply &r) {
            CallInfo info = r.info;
            interpretBody(info, r.body);
            done(decodeReply<T>(std::move(info), r.body, successStatus, decode));
        },
        {}, std::move(path));
}

JobApi::Id ReplayJobApi::configure(const ConfigureRequest &, FocusClient::Callback<ConfigureReply> done)
{
    return typed<ConfigureReply>(EndpointId::Configure, 200, &decodeConfigureReply, std::move(done));
}

JobApi::Id ReplayJobApi::metadata(const QString &jobId, FocusClient::Callback<ConfigureReply> done)
{
    const QString mine = QStringLiteral("/metadata/") + QString::fromLatin1(QUrl::toPercentEncoding(jobId));
    return typed<ConfigureReply>(EndpointId::Metadata, 200, &decodeConfigureReply, std::move(done),
                                 [mine](const QString &path) { return !concrete(path) || path == mine; });
}

JobApi::Id ReplayJobApi::waterfall(const QString &jobId, int, FocusClient::Callback<WaterfallBlocks> done)
{
    const QString mine = QStringLiteral("/waterfall/") + QString::fromLatin1(QUrl::toPercentEncoding(jobId)) + QLatin1Char('/');
    // Decoded off this thread, as a live reply is, while the replay waits for the reply's recorded
    // time; delivered at that time in the same order as ever (the result is waited for only when
    // the decode is slower than the recorded gap, e.g. replaying as fast as possible).
    auto decoded = std::make_shared<QFuture<Result<WaterfallBlocks>>>();
    return take(
        EndpointId::Waterfall,
        [decoded, done = std::move(done)](const SessionReply &r) {
            Reply<WaterfallBlocks> reply;
            reply.info = r.info;
            interpretBody(reply.info, r.body);
            if (isSuccessReply(reply.info, 201))
                setDecoded(reply, decoded->isValid() ? decoded->takeResult() : decodeWaterfall(r.body));
            done(std::move(reply));
        },
        [decoded](const SessionReply &r) {
            CallInfo info = r.info;
            interpretBody(info, r.body);
            if (isSuccessReply(info, 201))
                *decoded = QtConcurrent::run([body = r.body] { return decodeWaterfall(body); });
        },
        [mine](const QString &path) { return !concrete(path) || path.startsWith(mine); });
}

JobApi::Id ReplayJobApi::openApi(FocusClient::Callback<OpenApiDoc> done)
{
    return typed<OpenApiDoc>(EndpointId::OpenApi, 200, &decodeOpenApi, std::move(done));
}

JobApi::Id ReplayJobApi::liveMetadata(FocusClient::Callback<LiveMetadata> done)
{
    return typed<LiveMetadata>(EndpointId::LiveMetadata, 200, &decodeLiveMetadata, std::move(done));
}

void ReplayJobApi::abort(Id id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    if (it->second)
        m_clock->cancel(it->second);
    m_calls.erase(it);
}

} // namespace wf
