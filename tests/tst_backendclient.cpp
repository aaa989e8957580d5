// BackendClient: a job's backend read as the viewer will read it. The Kubernetes API is a stand-in
// on loopback serving the fixtures of tests/data/backend (there is no cluster here; the stand-in
// records every request's method and Authorization header); RabbitMQ is the real broker
// (RabbitBroker). Only GETs reach either; the bearer token and the broker's password go in headers
// and appear in no reported URL, problem or request log line.
#include "backend/backendclient.h"
#include "support/rabbitbroker.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wf;
using wf::test::RabbitBroker;

namespace {

// The Kubernetes API's subset the ladder reads, from fixtures; every request kept.
class KubeStandIn : public QAbstractHttpServer
{
  public:
    struct Seen {
        QString method, path;
        QByteArray authorization;
    };
    QHash<QString, QString> fixtures; // path -> fixture file
    std::vector<Seen> seen;

    quint16 start() { return m_port = listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    quint16 m_port = 0;

  protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const QString method = request.method() == QHttpServerRequest::Method::Get ? QStringLiteral("GET") : QStringLiteral("OTHER");
        seen.push_back({method, request.url().path(), request.value("Authorization")});
        QHttpServerResponder responder = makeResponder(request, socket);
        const QString name = fixtures.value(request.url().path());
        QFile f(QStringLiteral(WF_TEST_DATA "/backend/") + name);
        if (name.isEmpty() || !f.open(QIODevice::ReadOnly)) {
            responder.write(R"({"kind":"Status","status":"Failure","reason":"NotFound","code":404})", "application/json",
                            QHttpServerResponder::StatusCode::NotFound);
            return true;
        }
        responder.write(f.readAll(), "application/json", QHttpServerResponder::StatusCode::Ok);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}
};

struct Observed {
    BackendObservation o;
    QStringList problems;
};

Observed observe(BackendClient &client, const QString &job, qint64 port)
{
    std::optional<Observed> got;
    client.observe(job, port, true, [&got](BackendObservation o, QStringList problems) { got = Observed{std::move(o), std::move(problems)}; });
    QElapsedTimer t;
    t.start();
    while (!got && t.elapsed() < 30'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!got)
        return Observed{{}, {QStringLiteral("test: no observation within 30 s")}};
    return *got;
}

} // namespace

class TestBackendClient : public QObject
{
    Q_OBJECT
    RabbitBroker m_broker;
    KubeStandIn m_kube;
    QTemporaryDir m_dir;

  private slots:
    void initTestCase()
    {
        QVERIFY2(m_broker.start(), qPrintable(m_broker.error()));
        QVERIFY(m_kube.start() != 0);
        m_kube.fixtures.insert(QStringLiteral("/api/v1/namespaces/panda/pods"), QStringLiteral("pods_pending_gpu.json"));
        m_kube.fixtures.insert(QStringLiteral("/api/v1/namespaces/panda/services"), QStringLiteral("services_port_held.json"));
        m_kube.fixtures.insert(QStringLiteral("/api/v1/namespaces/panda/events"), QStringLiteral("events_port_allocated.json"));
        QVERIFY(m_broker.declareQueue(QStringLiteral("grpc-job-3-1757-1764843302")));
        // A queue just declared has no consumer count until the broker's next statistics (a queue
        // without them is "waiting", never "without a consumer").
        QByteArray body;
        QTRY_VERIFY_WITH_TIMEOUT(m_broker.get(QStringLiteral("/api/queues/%2F/grpc-job-3-1757-1764843302"), &body) == 200
                                     && body.contains("\"consumers\":0"),
                                 30'000);
    }

    // The incident one level deeper: the pod waits for a GPU slice; the ladder names it first.
    void aPendingPodIsTheFirstFailure()
    {
        QFile token(m_dir.filePath(QStringLiteral("token")));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("s3cr3t-token\n");
        token.close();
        BackendAccess access;
        access.rabbitUrl = m_broker.managementUrl();
        access.rabbitUser = RabbitBroker::user();
        access.rabbitPassword = RabbitBroker::password();
        access.kubeUrl = m_kube.url();
        access.kubeTokenFile = token.fileName();
        BackendClient client(access);
        QSignalSpy requests(&client, &BackendClient::requestFinished);
        const Observed seen = observe(client, QStringLiteral("3-1757"), 12303);
        QVERIFY2(seen.problems.isEmpty(), qPrintable(seen.problems.join(QLatin1Char('\n'))));
        QVERIFY(seen.o.pods && seen.o.services && seen.o.events && seen.o.queues);
        const std::vector<RungResult> rungs = judgeBackend(seen.o);
        QCOMPARE(ladderDetailKey(firstFailure(rungs)), QStringLiteral("pod_pending"));
        QCOMPARE(rungs.at(1).detail, LadderDetail::PortHeld);
        QCOMPARE(rungs.at(2).detail, LadderDetail::QueueWithoutConsumer); // the real broker's queue

        // Only GETs, the token as a bearer header; no credential in any reported URL.
        QCOMPARE(m_kube.seen.size(), size_t(3));
        for (const auto &s : m_kube.seen) {
            QCOMPARE(s.method, QStringLiteral("GET"));
            QCOMPARE(s.authorization, QByteArray("Bearer s3cr3t-token"));
        }
        QCOMPARE(requests.size(), 4);
        for (const QList<QVariant> &r : requests) {
            const BackendReply reply = r.at(0).value<BackendReply>();
            QVERIFY2(!reply.url.contains(QLatin1String("guest")) && !reply.url.contains(QLatin1String("s3cr3t")), qPrintable(reply.url));
        }
    }

    // A wrong password: the broker's refusal is a problem in words, the password in none of them;
    // the cluster is still read.
    void aRefusalIsAProblemNotACrash()
    {
        BackendAccess access;
        access.rabbitUrl = m_broker.managementUrl();
        access.rabbitUser = RabbitBroker::user();
        access.rabbitPassword = QStringLiteral("wrong-Pa55");
        access.kubeUrl = m_kube.url();
        access.kubeNamespace = QStringLiteral("other");
        BackendClient client(access);
        const Observed seen = observe(client, QStringLiteral("3-1757"), 12303);
        QVERIFY(!seen.o.queues);
        QVERIFY(!seen.o.pods);
        QCOMPARE(seen.problems.size(), 4);
        const QString all = seen.problems.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("RabbitMQ queues: HTTP 401")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("Kubernetes pods: HTTP 404")), qPrintable(all));
        QVERIFY(!all.contains(QLatin1String("wrong-Pa55")));
        QCOMPARE(judgeBackend(seen.o).at(2).state, RungState::Unknown); // nothing claimed of what was not read
    }

    // The second look keeps the first one's queues, so that a queue whose messages rise is seen.
    void aSecondLookKnowsTheFirst()
    {
        BackendAccess access;
        access.rabbitUrl = m_broker.managementUrl();
        access.rabbitUser = RabbitBroker::user();
        access.rabbitPassword = RabbitBroker::password();
        BackendClient client(access);
        QVERIFY(!observe(client, QStringLiteral("3-1757"), 12303).o.previousQueues);
        QVERIFY(observe(client, QStringLiteral("3-1757"), 12303).o.previousQueues.has_value());
    }
};

QTEST_GUILESS_MAIN(TestBackendClient)
#include "tst_backendclient.moc"
