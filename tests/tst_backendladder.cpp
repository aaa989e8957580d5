// The backend ladder's groundwork: the decoders of RabbitMQ's management API and of the Kubernetes
// lists (fixtures shaped as their API references document them, tests/data/backend/) and the
// judgement of the pod, service/port, queue and live-source rungs, with the first failed rung's
// diagnosis_detail.
#include "backend/backendjson.h"
#include "backend/ladder.h"
#include "job/jobladder.h"
#include <QFile>
#include <QTest>

using namespace wf;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(WF_TEST_DATA "/backend/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no fixture %s", name);
    return f.readAll();
}

template <typename T> T ok(const Result<T> &r)
{
    if (!r.ok())
        qFatal("decode failed: %s", qPrintable(r.error().toString()));
    return r.value();
}

const RungResult &rung(const std::vector<RungResult> &rungs, Rung which)
{
    for (const RungResult &r : rungs)
        if (r.rung == which)
            return r;
    qFatal("no rung %s", qPrintable(rungName(which)));
}

BackendObservation observe(const QString &job, qint64 port, const char *pods, const char *services, const char *queues)
{
    BackendObservation o;
    o.jobId = job;
    o.streamPort = port;
    if (pods)
        o.pods = ok(decodePodList(fixture(pods)));
    if (services)
        o.services = ok(decodeServiceList(fixture(services)));
    if (queues)
        o.queues = ok(decodeRabbitQueues(fixture(queues)));
    return o;
}

} // namespace

class TestBackendLadder : public QObject
{
    Q_OBJECT
  private slots:
    void podsAsTheApiListsThem()
    {
        const std::vector<KubePod> pending = ok(decodePodList(fixture("pods_pending_gpu.json")));
        QCOMPARE(pending.size(), size_t(2));
        QCOMPARE(pending[0].name, QStringLiteral("grpc-job-3-1757-x7k2p"));
        QCOMPARE(pending[0].phase, QStringLiteral("Pending"));
        QCOMPARE(pending[0].labels.value(QStringLiteral("job-name")), QStringLiteral("grpc-job-3-1757"));
        QVERIFY(pending[0].unschedulable.startsWith(QStringLiteral("0/1 nodes are available: 1 Insufficient nvidia.com/gpu.shared.")));
        QVERIFY(!pending[0].ready);
        QVERIFY(pending[1].ready);

        const KubePod crash = ok(decodePodList(fixture("pods_crashloop.json"))).at(0);
        QCOMPARE(crash.waitingReason, QStringLiteral("CrashLoopBackOff"));
        QCOMPARE(crash.restarts, qint64(5));
        QCOMPARE(crash.exitCode, std::optional<qint64>(1)); // from lastState.terminated
        QCOMPARE(crash.terminatedReason, QStringLiteral("Error"));

        QStringList quirks;
        const KubePod running = ok(decodePodList(fixture("pods_running.json"), &quirks)).at(0);
        QVERIFY(running.ready);
        QCOMPARE(running.restarts, qint64(0));
        QCOMPARE(quirks.size(), 1); // restartCount "0", a string
        QVERIFY(quirks.at(0).contains(QStringLiteral("items[0].status.containerStatuses[0].restartCount")));
    }

    void servicesEventsAndQueues()
    {
        const std::vector<KubeService> services = ok(decodeServiceList(fixture("services_port_held.json")));
        QCOMPARE(services.size(), size_t(3));
        QCOMPARE(services[0].nodePorts, std::vector<qint64>{12303});
        QCOMPARE(services[1].nodePorts, std::vector<qint64>{12305}); // 12305.0: a whole number is a count
        QVERIFY(services[2].nodePorts.empty());

        const std::vector<KubeEvent> events = ok(decodeEventList(fixture("events_port_allocated.json")));
        QCOMPARE(events.size(), size_t(2));
        QCOMPARE(events[0].objectKind, QStringLiteral("Service"));
        QVERIFY(events[0].message.endsWith(QStringLiteral("provided port is already allocated")));
        QCOMPARE(events[1].lastTimestamp, QStringLiteral("2026-12-04T10:15:02.000000Z")); // eventTime

        QStringList quirks;
        const std::vector<RabbitQueue> queues = ok(decodeRabbitQueues(fixture("rabbit_queues.json"), &quirks));
        QCOMPARE(queues.size(), size_t(6));
        QCOMPARE(queues[0].consumers, std::optional<qint64>(0));
        QCOMPARE(queues[0].messages, std::optional<qint64>(48));
        QCOMPARE(queues[0].publishRate, std::optional<double>(2.0));
        QVERIFY(!queues[0].deliverRate);
        QCOMPARE(queues[3].consumers, std::optional<qint64>(1)); // 1.0
        QCOMPARE(queues[3].messages, std::optional<qint64>(12)); // "12"
        QCOMPARE(quirks.size(), 1);
        QVERIFY(!queues[5].messages); // stats not emitted yet: not said, not 0
        QCOMPARE(ok(decodeRabbitQueue(R"({"name":"smart_recorder","consumers":3})")).consumers, std::optional<qint64>(3));
    }

    // Replies of a real broker (Debian's rabbitmq-server 3.10.8 with the management plugin, on
    // loopback: one queue declared with three messages and no consumer, smart_recorder with
    // amqp-consume attached), kept as they came.
    void aRealBrokersReplies()
    {
        const RabbitQueue q = ok(decodeRabbitQueue(fixture("rabbit_real_queue_without_consumer.json")));
        QCOMPARE(q.name, QStringLiteral("grpc-job-3-1757-1764843302"));
        QCOMPARE(q.state, QStringLiteral("running"));
        QCOMPARE(q.consumers, std::optional<qint64>(0));
        QCOMPARE(q.messages, std::optional<qint64>(3));
        QCOMPARE(q.publishRate, std::optional<double>(0.0));
        const std::vector<RabbitQueue> all = ok(decodeRabbitQueues(fixture("rabbit_real_queues.json")));
        QCOMPARE(all.size(), size_t(2));
        BackendObservation o;
        o.jobId = QStringLiteral("3-1757");
        o.queues = all;
        const auto rungs = judgeBackend(o);
        QCOMPARE(rung(rungs, Rung::Queue).evidence, QStringLiteral("queue grpc-job-3-1757-1764843302 has 0 consumers (3 messages)"));
        QCOMPARE(rung(rungs, Rung::LiveSource).state, RungState::Passed);
        QCOMPARE(firstFailure(rungs), LadderDetail::QueueWithoutConsumer);
        // Its refusals are not queues.
        QVERIFY(!decodeRabbitQueue(fixture("rabbit_real_404.json")).ok());
        QVERIFY(!decodeRabbitQueues(fixture("rabbit_real_401.json")).ok());
    }

    void malformedRepliesNameTheirPath_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("which"); // 0 pods, 1 services, 2 queues
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::newRow("items not a list") << QByteArray(R"({"kind":"PodList","items":{}})") << 0 << "items" << int(DecodeErrorKind::WrongType);
        QTest::newRow("pod without metadata") << QByteArray(R"({"items":[{"status":{}}]})") << 0 << "items[0].metadata" << int(DecodeErrorKind::MissingField);
        QTest::newRow("phase a number") << QByteArray(R"({"items":[{"metadata":{"name":"p"},"status":{"phase":3}}]})") << 0
                                        << "items[0].status.phase" << int(DecodeErrorKind::WrongType);
        QTest::newRow("ready a string") << QByteArray(R"({"items":[{"metadata":{"name":"p"},"status":{"containerStatuses":[{"ready":"yes"}]}}]})")
                                        << 0 << "items[0].status.containerStatuses[0].ready" << int(DecodeErrorKind::WrongType);
        QTest::newRow("nodePort a fraction") << QByteArray(R"({"items":[{"metadata":{"name":"s"},"spec":{"ports":[{"nodePort":1.5}]}}]})")
                                             << 1 << "items[0].spec.ports[0].nodePort" << int(DecodeErrorKind::OutOfRange);
        QTest::newRow("consumers negative") << QByteArray(R"([{"name":"q","consumers":-1}])") << 2 << "[0].consumers" << int(DecodeErrorKind::OutOfRange);
        QTest::newRow("queue without a name") << QByteArray(R"([{"consumers":1}])") << 2 << "[0].name" << int(DecodeErrorKind::MissingField);
        QTest::newRow("truncated") << QByteArray("[{\"name\":\"q\",\"consu") << 2 << "" << int(DecodeErrorKind::NotJson);
    }
    void malformedRepliesNameTheirPath()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, which);
        QFETCH(QString, path);
        QFETCH(int, kind);
        const DecodeError e = which == 0   ? decodePodList(body).error()
                              : which == 1 ? decodeServiceList(body).error()
                                           : decodeRabbitQueues(body).error();
        QCOMPARE(int(e.kind), kind);
        if (kind != int(DecodeErrorKind::NotJson))
            QCOMPARE(e.path, path);
    }

    void theJobsOwnObjectsByName()
    {
        const std::vector<RabbitQueue> queues = ok(decodeRabbitQueues(fixture("rabbit_queues.json")));
        // The newest epoch of the job's queues; job 3-17570's queue is not job 3-1757's.
        QCOMPARE(jobQueue(queues, QStringLiteral("3-1757"))->name, QStringLiteral("grpc-job-3-1757-1764843302"));
        QCOMPARE(jobQueue(queues, QStringLiteral("3-17570"))->name, QStringLiteral("grpc-job-3-17570-1764843400"));
        QCOMPARE(jobQueue(queues, QStringLiteral("6-1762"))->name, QStringLiteral("focus_baby.6-1762"));
        QVERIFY(!jobQueue(queues, QStringLiteral("3-175")));
        const std::vector<KubePod> pods = ok(decodePodList(fixture("pods_pending_gpu.json")));
        QCOMPARE(jobPod(pods, QStringLiteral("3-1757"))->name, QStringLiteral("grpc-job-3-1757-x7k2p"));
        QVERIFY(!jobPod(pods, QStringLiteral("3-175")));
    }

    // The incident's question answered one level deeper: no GPU slice, so no pod, so no consumer on
    // the queue; the detail is the first rung that failed.
    void podPendingForAGpuSliceIsTheCause()
    {
        const auto rungs = judgeBackend(observe(QStringLiteral("3-1757"), 12303, "pods_pending_gpu.json", nullptr, "rabbit_queues.json"));
        const RungResult &pod = rung(rungs, Rung::Pod);
        QCOMPARE(pod.state, RungState::Failed);
        QCOMPARE(ladderDetailKey(pod.detail), QStringLiteral("pod_pending"));
        QVERIFY2(pod.evidence.startsWith(QStringLiteral("pod grpc-job-3-1757-x7k2p is Pending: 0/1 nodes are available: 1 "
                                                        "Insufficient nvidia.com/gpu.shared.")),
                 qPrintable(pod.evidence));
        QCOMPARE(rung(rungs, Rung::ServicePort).state, RungState::Unknown); // services not read
        QCOMPARE(rung(rungs, Rung::Queue).detail, LadderDetail::QueueWithoutConsumer);
        QCOMPARE(rung(rungs, Rung::LiveSource).state, RungState::Passed);
        QCOMPARE(firstFailure(rungs), LadderDetail::PodPending);
    }

    void portHeldByALeftoverService()
    {
        BackendObservation o = observe(QStringLiteral("3-1757"), 12303, nullptr, "services_port_held.json", nullptr);
        o.events = ok(decodeEventList(fixture("events_port_allocated.json")));
        const RungResult r = rung(judgeBackend(o), Rung::ServicePort);
        QCOMPARE(r.state, RungState::Failed);
        QCOMPARE(ladderDetailKey(r.detail), QStringLiteral("port_held"));
        QVERIFY2(r.evidence.startsWith(QStringLiteral("port 12303 is held by service grpc-service-2-1700; event: Service")),
                 qPrintable(r.evidence));
        // Its own service on another port; none at all.
        QCOMPARE(rung(judgeBackend(observe(QStringLiteral("5-1761"), 12306, nullptr, "services_port_held.json", nullptr)),
                      Rung::ServicePort).detail,
                 LadderDetail::PortMismatch);
        QCOMPARE(rung(judgeBackend(observe(QStringLiteral("9-1"), 12309, nullptr, "services_port_held.json", nullptr)),
                      Rung::ServicePort).detail,
                 LadderDetail::ServiceMissing);
    }

    void crashLoopSaysRestartsAndExitCode()
    {
        const RungResult r = rung(judgeBackend(observe(QStringLiteral("4-1760"), 12304, "pods_crashloop.json", nullptr, nullptr)), Rung::Pod);
        QCOMPARE(r.detail, LadderDetail::PodCrashing);
        QCOMPARE(r.evidence, QStringLiteral("pod grpc-job-4-1760-q9w8e is in CrashLoopBackOff (5 restarts, last exit code 1)"));
    }

    void aHealthyJobPassesEveryBackendRung()
    {
        const auto rungs = judgeBackend(observe(QStringLiteral("5-1761"), 12305, "pods_running.json", "services_port_held.json", "rabbit_queues.json"));
        for (const RungResult &r : rungs)
            QVERIFY2(r.state == RungState::Passed, qPrintable(rungName(r.rung) + QStringLiteral(": ") + r.evidence));
        QCOMPARE(firstFailure(rungs), LadderDetail::None);
        QCOMPARE(ladderDetailKey(LadderDetail::None), QString());
    }

    // Messages rising between two looks with nothing delivered: the reader stalls. Equal counts,
    // or a queue that delivers, are no finding.
    void aQueueWhoseMessagesRiseUndeliveredStalls()
    {
        const QByteArray before = R"([{"name":"grpc-job-7-1-1764843302","consumers":1,"messages":12}])";
        const QByteArray same = before;
        const QByteArray rising = R"([{"name":"grpc-job-7-1-1764843302","consumers":1,"messages":20,
                                       "message_stats":{"deliver_get_details":{"rate":0.0}}}])";
        const QByteArray delivering = R"([{"name":"grpc-job-7-1-1764843302","consumers":1,"messages":20,
                                           "message_stats":{"deliver_get_details":{"rate":15.0}}}])";
        auto judge = [&](const QByteArray &now) {
            BackendObservation o;
            o.jobId = QStringLiteral("7-1");
            o.previousQueues = ok(decodeRabbitQueues(before));
            o.queues = ok(decodeRabbitQueues(now));
            return rung(judgeBackend(o), Rung::Queue);
        };
        QCOMPARE(judge(same).state, RungState::Passed);
        QCOMPARE(judge(rising).detail, LadderDetail::QueueStalled);
        QVERIFY(judge(rising).evidence.contains(QStringLiteral("(12 -> 20)")));
        QCOMPARE(judge(delivering).state, RungState::Passed);
    }

    void theLiveSource()
    {
        BackendObservation o;
        o.jobId = QStringLiteral("1-1");
        o.queues = ok(decodeRabbitQueues(R"([{"name":"smart_recorder","consumers":0,"messages":0}])"));
        QCOMPARE(rung(judgeBackend(o), Rung::LiveSource).detail, LadderDetail::LiveSourceIdle);
        o.queues = ok(decodeRabbitQueues(R"([{"name":"smart_recorder","consumers":1,"message_stats":{"publish_details":{"rate":0.0}}}])"));
        QCOMPARE(ladderDetailKey(rung(judgeBackend(o), Rung::LiveSource).detail), QStringLiteral("live_source_idle"));
        o.queues = ok(decodeRabbitQueues("[]"));
        QCOMPARE(rung(judgeBackend(o), Rung::LiveSource).evidence, QStringLiteral("no queue smart_recorder on the broker"));
        o.live = false; // a historic job reads no live source
        QCOMPARE(rung(judgeBackend(o), Rung::LiveSource).state, RungState::NotApplicable);
        o.queues.reset(); // the broker not read: nothing is claimed
        QCOMPARE(rung(judgeBackend(o), Rung::Queue).state, RungState::Unknown);
        QCOMPARE(firstFailure(judgeBackend(o)), LadderDetail::None);
    }

    // A focus-server log's lines that explain a job: those naming it (not a longer id that contains
    // it) or an error, the last ones kept, oldest first.
    void explainingLinesOfAServerLog()
    {
        const QString log = QStringLiteral("INFO job 3-1757 created\n"
                                           "INFO job 13-1757 created\n"
                                           "INFO job 3-17570 created\n"
                                           "INFO queue grpc-job-3-1757-1757000000 declared\r\n"
                                           "WARNING Traceback (most recent call last):\n"
                                           "INFO all good\n"
                                           "ERRORS are not errors\n"
                                           "Critical: GPU lost\n");
        QCOMPARE(explainingLines(log, QStringLiteral("3-1757"), 10),
                 (QStringList{QStringLiteral("INFO job 3-1757 created"), QStringLiteral("INFO queue grpc-job-3-1757-1757000000 declared"),
                              QStringLiteral("WARNING Traceback (most recent call last):"), QStringLiteral("Critical: GPU lost")}));
        QCOMPARE(explainingLines(log, QStringLiteral("3-1757"), 2),
                 (QStringList{QStringLiteral("WARNING Traceback (most recent call last):"), QStringLiteral("Critical: GPU lost")}));
        QCOMPARE(explainingLines(QString(), QStringLiteral("3-1757"), 5), QStringList());
    }

    // The whole ladder: the job's own record, then the backend's rungs from the last look.
    void theWholeLadderOfAConsumerNeverCreated()
    {
        JobRun run;
        run.reply = ConfigureReply{};
        run.reply->jobId = QStringLiteral("3-1757");
        run.reply->streamPort = 12303;
        run.timeline.configured = 40;
        run.waterfallListed = true;
        run.state = JobState::Failed;
        run.diagnosis = Diagnosis::ConsumerNotCreated;
        BackendLookResult look;
        look.observation = observe(QStringLiteral("3-1757"), 12303, "pods_pending_gpu.json", nullptr, "rabbit_queues.json");
        look.rungs = judgeBackend(look.observation);
        look.atMs = 60'000;
        const std::vector<LadderStep> steps = jobLadder(run, &look);
        QStringList order, states;
        for (const LadderStep &s : steps) {
            order << rungName(s.rung);
            states << rungStateName(s.state);
        }
        QCOMPARE(order, (QStringList{QStringLiteral("route_deployed"), QStringLiteral("configure_accepted"), QStringLiteral("pod"),
                                     QStringLiteral("service_port"), QStringLiteral("queue"), QStringLiteral("live_source"),
                                     QStringLiteral("stream_open"), QStringLiteral("first_frame")}));
        QCOMPARE(states, (QStringList{QStringLiteral("passed"), QStringLiteral("passed"), QStringLiteral("failed"),
                                      QStringLiteral("unknown"), QStringLiteral("failed"), QStringLiteral("passed"),
                                      QStringLiteral("failed"), QStringLiteral("failed")}));
        QCOMPARE(steps[1].atMs, std::optional<qint64>(40));
        QCOMPARE(steps[2].atMs, std::optional<qint64>(60'000));
        QCOMPARE(ladderDetail(steps), LadderDetail::PodPending); // the first failed rung with a detail
        // Without a look, nothing of the backend is claimed.
        const std::vector<LadderStep> blind = jobLadder(run, nullptr);
        QCOMPARE(blind[2].state, RungState::Unknown);
        QCOMPARE(ladderDetail(blind), LadderDetail::None);
    }

    void aStreamingJobProvesItsBackend()
    {
        JobRun run;
        run.request.startTimeS = 1757000000; // historic: the live source does not apply
        run.request.endTimeS = 1757000060;
        run.reply = ConfigureReply{};
        run.reply->jobId = QStringLiteral("4-9");
        run.rowSource = RowSourceKind::Grpc;
        run.restAbsent = true;
        run.timeline.streamReady = 7'000;
        run.timeline.firstData = 7'100;
        run.log.rows = 12;
        run.state = JobState::StreamingData;
        const std::vector<LadderStep> steps = jobLadder(run, nullptr);
        QCOMPARE(steps[0].state, RungState::Passed); // rows from the stream: that route is there
        for (int i : {2, 3, 4})
            QCOMPARE(steps[size_t(i)].state, RungState::Passed);
        QCOMPARE(steps[2].atMs, std::optional<qint64>(7'000));
        QCOMPARE(steps[5].state, RungState::NotApplicable);
        QCOMPARE(steps[7].atMs, std::optional<qint64>(7'100));
    }

    // No false findings: a look taken while the pod was still starting does not fail the queue (no
    // consumer yet), and once the stream opens what that look had not seen pass is proven.
    void anEarlyLookIsNeitherAFailureNorStale()
    {
        JobRun run;
        run.reply = ConfigureReply{};
        run.reply->jobId = QStringLiteral("3-1757");
        run.reply->streamPort = 12303;
        run.state = JobState::WaitingForConsumer;
        BackendLookResult look;
        look.observation.jobId = QStringLiteral("3-1757");
        look.observation.streamPort = 12303;
        look.observation.live = true;
        look.rungs = {RungResult{Rung::Pod, RungState::Waiting, LadderDetail::None, QStringLiteral("pod p is Pending (ContainerCreating)")},
                      RungResult{Rung::ServicePort, RungState::Passed, LadderDetail::None, QStringLiteral("service s has nodePort 12303")},
                      RungResult{Rung::Queue, RungState::Failed, LadderDetail::QueueWithoutConsumer, QStringLiteral("queue q has 0 consumers")},
                      RungResult{Rung::LiveSource, RungState::Passed, LadderDetail::None, QStringLiteral("fed")}};
        look.atMs = 100;
        std::vector<LadderStep> steps = jobLadder(run, &look);
        QCOMPARE(steps[4].state, RungState::Waiting);
        QCOMPARE(ladderDetail(steps), LadderDetail::None);
        // The stream opened at 900 ms and rows came: the 100 ms look is out of date.
        run.state = JobState::StreamingData;
        run.timeline.consumerReady = 900;
        run.timeline.firstData = 950;
        steps = jobLadder(run, &look);
        for (int i : {2, 4}) {
            QCOMPARE(steps[size_t(i)].state, RungState::Passed);
            QCOMPARE(steps[size_t(i)].words, LadderWords::Implied);
        }
        QCOMPARE(steps[3].evidence, QStringLiteral("service s has nodePort 12303")); // what it saw pass stays
        // A look after the stream opened is the present: a pod that crashed since is a failure.
        look.atMs = 5'000;
        look.rungs[0] = RungResult{Rung::Pod, RungState::Failed, LadderDetail::PodCrashing, QStringLiteral("pod p is in CrashLoopBackOff")};
        steps = jobLadder(run, &look);
        QCOMPARE(steps[2].state, RungState::Failed);
        QCOMPARE(ladderDetail(steps), LadderDetail::PodCrashing);
    }

    void aRejectedConfigureStopsTheLadderThere()
    {
        JobRun run;
        run.state = JobState::Failed;
        run.diagnosis = Diagnosis::ConfigureRejected;
        run.configureInfo.httpStatus = 422;
        run.configureInfo.errorBody.message = QStringLiteral("channels: out of range");
        const std::vector<LadderStep> steps = jobLadder(run, nullptr);
        QCOMPARE(steps[1].state, RungState::Failed);
        QCOMPARE(steps[1].evidence, QStringLiteral("HTTP 422: channels: out of range"));
        for (size_t i = 2; i < steps.size(); ++i)
            QVERIFY2(steps[i].state == RungState::Unknown, qPrintable(rungName(steps[i].rung)));
    }
};

QTEST_GUILESS_MAIN(TestBackendLadder)
#include "tst_backendladder.moc"
