// focus-sim's simulated backend (BackendEmulator) tells each story of the ladder: a job configured on
// the emulator gets a pod, a service on its stream_port and a queue; each BackendScenario breaks one
// rung, and BackendClient + judgeBackend() name it as the first failure. The viewer only reads.
#include "backend/backendclient.h"
#include "backendemulator.h"
#include "support/clientrig.h"

#include <QTest>

using namespace wf;
using namespace wf::emu;
using namespace wf::test;

class TestBackendEmulator : public QObject, public ClientRig
{
    Q_OBJECT

    std::vector<RungResult> look(BackendClient &client, const QString &job, qint64 port)
    {
        std::optional<std::vector<RungResult>> rungs;
        QStringList problems;
        client.observe(job, port, true, [&](BackendObservation o, QStringList p) {
            problems = p;
            rungs = judgeBackend(o);
        });
        QElapsedTimer t;
        t.start();
        while (!rungs && t.elapsed() < 15'000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!problems.isEmpty())
            qWarning("%s", qPrintable(problems.join(QLatin1Char('\n'))));
        return rungs.value_or(std::vector<RungResult>{});
    }

  private slots:
    void eachScenarioNamesItsRung_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("evidenceStart");
        QTest::newRow("healthy") << "healthy" << "" << "";
        QTest::newRow("pod-pending-gpu") << "pod-pending-gpu" << "pod_pending" << "pod grpc-job-";
        QTest::newRow("pod-crash-loop") << "pod-crash-loop" << "pod_crashing" << "pod grpc-job-";
        QTest::newRow("port-held") << "port-held" << "port_held" << "port ";
        QTest::newRow("queue-without-consumer") << "queue-without-consumer" << "queue_without_consumer" << "queue grpc-job-";
        QTest::newRow("live-source-idle") << "live-source-idle" << "live_source_idle" << "queue smart_recorder has 0 consumers";
    }
    void eachScenarioNamesItsRung()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, detail);
        QFETCH(QString, evidenceStart);
        EmulatorOptions o;
        startEmulator(o);
        BackendScenario s;
        QVERIFY(backendScenarioFromName(scenario, s));
        BackendEmulator backend(*m_emu, s);
        QVERIFY(backend.start() != 0);
        const Reply<ConfigureReply> r = configure(liveRequest());
        QVERIFY(r.value);
        const QString job = r.value->jobId;
        const qint64 port = r.value->streamPort;

        BackendAccess access;
        access.rabbitUrl = QUrl(backend.url());
        access.rabbitUser = QStringLiteral("guest");
        access.rabbitPassword = QStringLiteral("guest");
        access.kubeUrl = QUrl(backend.url());
        BackendClient client(access);
        QTRY_COMPARE_WITH_TIMEOUT(ladderDetailKey(firstFailure(look(client, job, port))), detail, 15'000);
        const std::vector<RungResult> rungs = look(client, job, port);
        if (detail.isEmpty()) {
            const auto allPassed = [&] {
                const std::vector<RungResult> now = look(client, job, port);
                return !now.empty() && std::all_of(now.begin(), now.end(), [](const RungResult &x) { return x.state == RungState::Passed; });
            };
            QTRY_VERIFY_WITH_TIMEOUT(allPassed(), 15'000); // the pod runs once the consumer is alive
        } else {
            const auto failed = std::find_if(rungs.begin(), rungs.end(), [](const RungResult &x) { return x.state == RungState::Failed; });
            QVERIFY(failed != rungs.end());
            QVERIFY2(failed->evidence.startsWith(evidenceStart), qPrintable(failed->evidence));
        }
        QCOMPARE(backend.methods().keys(), QList<QString>{QStringLiteral("GET")});
        resetRig();
    }

    // A pod's log: a pod that never started has none (400, as the API says it); a crashing one tells why.
    void podLogs()
    {
        startEmulator();
        BackendEmulator backend(*m_emu, BackendScenario::PodPendingGpu);
        QVERIFY(backend.start() != 0);
        const Reply<ConfigureReply> r = configure(liveRequest());
        QVERIFY(r.value);
        BackendAccess access;
        access.kubeUrl = QUrl(backend.url());
        BackendClient client(access);
        const auto podLog = [&](int *status) -> QString {
            QString pod;
            BackendReply got;
            bool done = false;
            client.getKube(QStringLiteral("/api/v1/namespaces/panda/pods"), [&](BackendReply list) {
                const auto pods = decodePodList(list.body);
                if (pods.ok())
                    if (const KubePod *p = jobPod(pods.value(), r.value->jobId))
                        pod = p->name;
                client.getKube(QStringLiteral("/api/v1/namespaces/panda/pods/%1/log").arg(pod), [&](BackendReply log) {
                    got = log;
                    done = true;
                });
            });
            QElapsedTimer t;
            t.start();
            while (!done && t.elapsed() < 10'000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            *status = got.status;
            return QString::fromUtf8(got.body);
        };
        int status = 0;
        QVERIFY(podLog(&status).contains(QLatin1String("is waiting to start")));
        QCOMPARE(status, 400);
        backend.setScenario(BackendScenario::PodCrashLoop);
        QVERIFY(podLog(&status).contains(QLatin1String("ERROR grpc-job %1: CUDA error").arg(r.value->jobId)));
        QCOMPARE(status, 200);
        resetRig();
    }

    void refusesWhatIsNotARead()
    {
        startEmulator();
        BackendEmulator backend(*m_emu);
        QVERIFY(backend.start() != 0);
        BackendAccess access;
        access.rabbitUrl = QUrl(backend.url());
        access.rabbitUser = QStringLiteral("guest");
        access.rabbitPassword = QStringLiteral("not-guest");
        access.kubeUrl = QUrl(backend.url());
        access.kubeNamespace = QStringLiteral("elsewhere");
        BackendClient client(access);
        QStringList problems;
        bool done = false;
        client.observe(QStringLiteral("1-1"), 12301, true, [&](BackendObservation, QStringList p) {
            problems = p;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(problems.size(), 4);
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(QLatin1String("HTTP 401")), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QLatin1String("HTTP 404")));
        resetRig();
    }
};

QTEST_GUILESS_MAIN(TestBackendEmulator)
#include "tst_backendemulator.moc"
