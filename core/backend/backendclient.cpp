// BackendClient: see backendclient.h.
#include "backend/backendclient.h"

#include "base/redact.h"
#include "net/tlspolicy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

namespace wf {

BackendClient::BackendClient(BackendAccess access, QObject *parent)
    : QObject(parent), m_access(std::move(access)), m_tls(std::make_unique<TlsPolicy>(m_access.tls)),
      m_nam(new QNetworkAccessManager(this))
{
}

BackendClient::~BackendClient() = default;

void BackendClient::getRabbit(const QString &path, std::function<void(BackendReply)> done)
{
    const QByteArray auth = "Basic " + (m_access.rabbitUser + QLatin1Char(':') + m_access.rabbitPassword).toUtf8().toBase64();
    get(m_access.rabbitUrl, path, auth, std::move(done));
}

QByteArray BackendClient::kubeAuthorization(QString *error) const
{
    if (m_access.kubeTokenFile.isEmpty())
        return QByteArray();
    QFile f(m_access.kubeTokenFile);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the token file %1: %2").arg(m_access.kubeTokenFile, f.errorString());
        return QByteArray();
    }
    return "Bearer " + f.read(64 * 1024).trimmed();
}

void BackendClient::getKube(const QString &path, std::function<void(BackendReply)> done)
{
    QString error;
    const QByteArray auth = kubeAuthorization(&error);
    if (!error.isEmpty()) {
        BackendReply r;
        r.url = m_access.kubeUrl.toString(QUrl::RemoveUserInfo) + path;
        r.error = error;
        emit requestFinished(r);
        done(std::move(r));
        return;
    }
    get(m_access.kubeUrl, path, auth, std::move(done));
}

void BackendClient::get(const QUrl &base, const QString &path, const QByteArray &authorization,
                        std::function<void(BackendReply)> done, const QByteArray &accept)
{
    QUrl url = base.resolved(QUrl(path));
    url.setUserInfo(QString()); // credentials go in the header only
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls->configuration());
    request.setTransferTimeout(m_access.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", accept);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply = m_nam->get(request); // the only request this class makes
    connect(reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError> &errors) {
        if (!errors.isEmpty() && m_tls->ignoresErrorsFrom(errors.first().certificate()))
            reply->ignoreSslErrors(errors);
    });
    const qint64 cap = m_access.maxBodyBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, cap](qint64 received, qint64) {
        if (received > cap)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, timer, cap, url, done = std::move(done)] {
        BackendReply r;
        r.url = url.toString(QUrl::RemoveUserInfo);
        r.latencyMs = timer->nsecsElapsed() / 1e6;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->read(cap + 1);
        if (r.body.size() > cap || (reply->error() == QNetworkReply::OperationCanceledError && r.status == 0)) {
            r.error = QStringLiteral("reply over %1 bytes, or no reply within %2 ms").arg(cap).arg(m_access.timeoutMs);
            r.body.clear();
        } else if (r.status == 0) {
            r.error = reply->errorString();
        } else if (r.status != 200) {
            r.error = QStringLiteral("HTTP %1: %2").arg(r.status).arg(QString::fromUtf8(r.body.left(200)).simplified());
        }
        reply->deleteLater();
        emit requestFinished(r);
        done(std::move(r));
    });
}

void BackendClient::observe(const QString &jobId, qint64 streamPort, bool live, ObservationCallback done)
{
    struct Pending {
        BackendObservation o;
        QStringList problems;
        int left = 0;
        ObservationCallback done;
    };
    auto p = std::make_shared<Pending>();
    p->o.jobId = jobId;
    p->o.streamPort = streamPort;
    p->o.live = live;
    p->done = std::move(done);
    const auto finishOne = [this, p, jobId] {
        if (--p->left > 0)
            return;
        if (p->o.queues) {
            const auto before = m_lastQueues.constFind(jobId);
            if (before != m_lastQueues.constEnd())
                p->o.previousQueues = *before;
            m_lastQueues.insert(jobId, *p->o.queues);
        }
        p->done(std::move(p->o), std::move(p->problems));
    };
    // Each read: its reply decoded into the observation, or a problem said.
    const auto read = [p](const QString &what, const BackendReply &r, auto decode, auto &slot) {
        if (!r.ok()) {
            p->problems << QStringLiteral("%1: %2 (%3)").arg(what, r.error, r.url);
            return;
        }
        auto decoded = decode(r.body, nullptr);
        if (!decoded.ok())
            p->problems << QStringLiteral("%1: %2 (%3)").arg(what, decoded.error().toString(), r.url);
        else
            slot = std::move(decoded).value();
    };
    if (m_access.readsRabbit())
        ++p->left;
    if (m_access.readsKube())
        p->left += 3;
    if (p->left == 0) {
        p->left = 1;
        finishOne();
        return;
    }
    if (m_access.readsRabbit())
        getRabbit(QStringLiteral("/api/queues/%2F"), [=](BackendReply r) {
            read(QStringLiteral("RabbitMQ queues"), r, &decodeRabbitQueues, p->o.queues);
            finishOne();
        });
    if (m_access.readsKube()) {
        const QString ns = QStringLiteral("/api/v1/namespaces/") + QString::fromLatin1(QUrl::toPercentEncoding(m_access.kubeNamespace));
        getKube(ns + QStringLiteral("/pods"), [=](BackendReply r) {
            read(QStringLiteral("Kubernetes pods"), r, &decodePodList, p->o.pods);
            finishOne();
        });
        getKube(ns + QStringLiteral("/services"), [=](BackendReply r) {
            read(QStringLiteral("Kubernetes services"), r, &decodeServiceList, p->o.services);
            finishOne();
        });
        getKube(ns + QStringLiteral("/events"), [=](BackendReply r) {
            read(QStringLiteral("Kubernetes events"), r, &decodeEventList, p->o.events);
            finishOne();
        });
    }
}

void BackendClient::checkHealth(std::function<void(BackendHealth, QStringList)> done)
{
    struct Pending {
        int overview = -1;
        std::optional<std::vector<RabbitQueue>> queues;
        std::optional<std::vector<KubePod>> pods;
        QStringList problems;
        int left = 0;
        std::function<void(BackendHealth, QStringList)> done;
    };
    auto p = std::make_shared<Pending>();
    p->done = std::move(done);
    p->left = (m_access.readsRabbit() ? 2 : 0) + (m_access.readsKube() ? 1 : 0);
    const auto finishOne = [p] {
        if (--p->left <= 0)
            p->done(judgeHealth(p->overview, p->queues, p->pods), p->problems);
    };
    if (p->left == 0) {
        p->left = 1;
        finishOne();
        return;
    }
    if (m_access.readsRabbit()) {
        getRabbit(QStringLiteral("/api/overview"), [p, finishOne](BackendReply r) {
            p->overview = r.status;
            if (!r.ok())
                p->problems << QStringLiteral("RabbitMQ overview: %1 (%2)").arg(r.error, r.url);
            finishOne();
        });
        getRabbit(QStringLiteral("/api/queues/%2F"), [p, finishOne](BackendReply r) {
            if (r.ok()) {
                auto q = decodeRabbitQueues(r.body);
                if (q.ok())
                    p->queues = std::move(q).value();
                else
                    p->problems << QStringLiteral("RabbitMQ queues: %1 (%2)").arg(q.error().toString(), r.url);
            }
            finishOne();
        });
    }
    if (m_access.readsKube()) {
        const QString ns = QStringLiteral("/api/v1/namespaces/") + QString::fromLatin1(QUrl::toPercentEncoding(m_access.kubeNamespace));
        getKube(ns + QStringLiteral("/pods"), [p, finishOne](BackendReply r) {
            if (!r.ok()) {
                p->problems << QStringLiteral("Kubernetes pods: %1 (%2)").arg(r.error, r.url);
            } else {
                auto pods = decodePodList(r.body);
                if (pods.ok())
                    p->pods = std::move(pods).value();
                else
                    p->problems << QStringLiteral("Kubernetes pods: %1 (%2)").arg(pods.error().toString(), r.url);
            }
            finishOne();
        });
    }
}

void BackendClient::readLogs(const BackendObservation &o, std::function<void(std::vector<LogExcerpt>)> done)
{
    struct Pending {
        std::vector<LogExcerpt> logs;
        int left = 0;
        std::function<void(std::vector<LogExcerpt>)> done;
    };
    auto p = std::make_shared<Pending>();
    p->done = std::move(done);
    QStringList serverPods;
    const KubePod *own = nullptr;
    if (m_access.readsKube() && o.pods) {
        own = jobPod(*o.pods, o.jobId);
        for (const KubePod &pod : *o.pods)
            if (isFocusServerPod(pod))
                serverPods << pod.name;
    }
    p->left = (own ? 1 : 0) + int(serverPods.size());
    if (p->left == 0) {
        p->done({});
        return;
    }
    p->logs.resize(size_t(p->left));
    QString authError;
    const QByteArray auth = kubeAuthorization(&authError);
    const QString ns = QStringLiteral("/api/v1/namespaces/") + QString::fromLatin1(QUrl::toPercentEncoding(m_access.kubeNamespace));
    const auto read = [&](size_t slot, const QString &pod, int tail, bool filter) {
        p->logs[slot].pod = pod;
        const auto take = [p, slot, filter, jobId = o.jobId](BackendReply r) {
            LogExcerpt &e = p->logs[slot];
            if (!r.ok()) {
                e.problem = redactSecrets(r.error);
            } else {
                const QString text = QString::fromUtf8(r.body);
                QStringList lines = filter ? explainingLines(text, jobId, kServerPodLinesKept)
                                           : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                if (!filter && lines.size() > kJobPodTailLines)
                    lines = lines.mid(lines.size() - kJobPodTailLines);
                for (QString &line : lines)
                    line = redactSecrets(line);
                e.lines = std::move(lines);
            }
            if (--p->left == 0)
                p->done(std::move(p->logs));
        };
        const QString path = ns + QStringLiteral("/pods/") + QString::fromLatin1(QUrl::toPercentEncoding(pod))
                             + QStringLiteral("/log?tailLines=%1").arg(tail);
        if (!authError.isEmpty()) {
            BackendReply r;
            r.url = m_access.kubeUrl.toString(QUrl::RemoveUserInfo) + path;
            r.error = authError;
            take(std::move(r));
            return;
        }
        get(m_access.kubeUrl, path, auth, take, QByteArrayLiteral("text/plain, */*"));
    };
    size_t slot = 0;
    if (own)
        read(slot++, own->name, kJobPodTailLines, false);
    for (const QString &pod : std::as_const(serverPods))
        read(slot++, pod, kServerPodTailLines, true);
}

} // namespace wf
