// `focusctl watch` one level deeper (issue 26): with --rabbitmq and --kube-api it looks at a failed
// job's backend (focus-sim's simulated one, BackendEmulator, tied to the emulator's jobs) and says
// the first failed rung, in the timeline and in the report (backend, ladder, diagnosis_detail). The
// broker's password comes from FOCUS_RABBITMQ_PASSWORD and appears in no output.
#include "backendemulator.h"
#include "focusemulator.h"
#include "support/focusctlrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace wf::emu;
using wf::test::FocusctlRun;

namespace {

const QString kPassword = QStringLiteral("s3cret-Gue5t");

QJsonObject rung(const QJsonObject &report, const QString &name)
{
    for (const QJsonValue &v : report.value(QLatin1String("ladder")).toArray())
        if (v.toObject().value(QLatin1String("rung")).toString() == name)
            return v.toObject();
    return {};
}

QString why(const FocusctlRun &run)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(run.exitCode).arg(run.out, run.err);
}

} // namespace

class TestWatchBackend : public QObject
{
    Q_OBJECT

    FocusctlRun watch(const FocusEmulator &emu, const BackendEmulator &backend, const QStringList &extra = {})
    {
        FocusctlRun run;
        const QStringList args{QStringLiteral("watch"), QStringLiteral("--server"), emu.baseUrl(),
                               QStringLiteral("--channels"), QStringLiteral("1-8"), QStringLiteral("--ready-timeout"),
                               QStringLiteral("2"), QStringLiteral("--rows-from"), QStringLiteral("rest"),
                               QStringLiteral("--rows"), QStringLiteral("20"), QStringLiteral("--rabbitmq"), backend.url(),
                               QStringLiteral("--rabbitmq-user"), QStringLiteral("guest"), QStringLiteral("--kube-api"),
                               backend.url(), QStringLiteral("--report"), QStringLiteral("-"), QStringLiteral("--lang"),
                               QStringLiteral("en")};
        run = wf::test::runFocusctl(QStringLiteral(FOCUSCTL_PATH), args + extra, wf::test::Stdout::Json, 30'000);
        return run;
    }

  private slots:
    void initTestCase()
    {
        qputenv("FOCUS_RABBITMQ_PASSWORD", kPassword.toUtf8());
    }

    // The incident's "consumer not created", answered: the job's pod waits for a GPU slice.
    void aPendingPodIsTheDetail()
    {
        EmulatorOptions o;
        o.consumerNeverCreated = true;
        FocusEmulator emu(o);
        QVERIFY(emu.start() != 0);
        BackendEmulator backend(emu, BackendScenario::PodPendingGpu);
        backend.setRabbitCredentials(QStringLiteral("guest"), kPassword);
        QVERIFY(backend.start() != 0);
        const FocusctlRun run = watch(emu, backend);
        QVERIFY2(run.problem.isEmpty(), qPrintable(run.problem + why(run)));
        QVERIFY2(run.exitCode == 4, qPrintable(why(run))); // exit codes unchanged
        QCOMPARE(run.json.value(QLatin1String("diagnosis")).toString(), QStringLiteral("consumer_not_created"));
        QCOMPARE(run.json.value(QLatin1String("diagnosis_detail")).toString(), QStringLiteral("pod_pending"));
        // The whole ladder, in order: what the job's record proves, then the backend's rungs.
        QStringList order;
        for (const QJsonValue &v : run.json.value(QLatin1String("ladder")).toArray())
            order << v.toObject().value(QLatin1String("rung")).toString();
        QCOMPARE(order, (QStringList{QStringLiteral("route_deployed"), QStringLiteral("configure_accepted"), QStringLiteral("pod"),
                                     QStringLiteral("service_port"), QStringLiteral("queue"), QStringLiteral("live_source"),
                                     QStringLiteral("stream_open"), QStringLiteral("first_frame")}));
        QCOMPARE(rung(run.json, QStringLiteral("configure_accepted")).value(QLatin1String("state")).toString(), QStringLiteral("passed"));
        QCOMPARE(rung(run.json, QStringLiteral("stream_open")).value(QLatin1String("state")).toString(), QStringLiteral("failed"));
        const QJsonObject pod = rung(run.json, QStringLiteral("pod"));
        QCOMPARE(pod.value(QLatin1String("state")).toString(), QStringLiteral("failed"));
        QVERIFY(pod.value(QLatin1String("evidence")).toString().contains(QLatin1String("Insufficient nvidia.com/gpu.shared")));
        const QJsonObject b = run.json.value(QLatin1String("backend")).toObject();
        QVERIFY(b.value(QLatin1String("rabbitmq")).toObject().value(QLatin1String("read")).toBool());
        QVERIFY(b.value(QLatin1String("kubernetes")).toObject().value(QLatin1String("read")).toBool());
        QVERIFY2(run.err.contains(QLatin1String("Diagnosis detail: pod_pending (the job's pod cannot be scheduled)")), qPrintable(run.err));
        // A pod that never started has no log: said, not hidden.
        const QJsonArray logs = b.value(QLatin1String("logs")).toArray();
        QVERIFY2(!logs.isEmpty(), qPrintable(why(run)));
        QVERIFY(logs.at(0).toObject().value(QLatin1String("pod")).toString().startsWith(QLatin1String("grpc-job-")));
        QVERIFY(!logs.at(0).toObject().value(QLatin1String("problem")).toString().isEmpty());
        // The password is nowhere but in the request headers.
        QVERIFY(!run.out.contains(kPassword) && !run.err.contains(kPassword));
        QCOMPARE(backend.methods().keys(), QList<QString>{QStringLiteral("GET")});
    }

    void aQueueWithoutConsumer()
    {
        EmulatorOptions o;
        o.consumerNeverCreated = true;
        FocusEmulator emu(o);
        QVERIFY(emu.start() != 0);
        BackendEmulator backend(emu, BackendScenario::QueueWithoutConsumer);
        backend.setRabbitCredentials(QStringLiteral("guest"), kPassword);
        QVERIFY(backend.start() != 0);
        const FocusctlRun run = watch(emu, backend);
        QVERIFY2(run.exitCode == 4, qPrintable(why(run)));
        QCOMPARE(run.json.value(QLatin1String("diagnosis_detail")).toString(), QStringLiteral("queue_without_consumer"));
    }

    // A crash-looping pod: the detail, and its log's last lines (the CUDA error) in the report and
    // on the terminal; the focus-server pods' lines that name the job.
    void aCrashLoopShowsItsLog()
    {
        EmulatorOptions o;
        o.consumerNeverCreated = true;
        FocusEmulator emu(o);
        QVERIFY(emu.start() != 0);
        BackendEmulator backend(emu, BackendScenario::PodCrashLoop);
        backend.setRabbitCredentials(QStringLiteral("guest"), kPassword);
        QVERIFY(backend.start() != 0);
        const FocusctlRun run = watch(emu, backend);
        QVERIFY2(run.exitCode == 4, qPrintable(why(run)));
        QCOMPARE(run.json.value(QLatin1String("diagnosis_detail")).toString(), QStringLiteral("pod_crashing"));
        const QJsonArray logs = run.json.value(QLatin1String("backend")).toObject().value(QLatin1String("logs")).toArray();
        QVERIFY2(!logs.isEmpty(), qPrintable(why(run)));
        const QJsonObject own = logs.at(0).toObject();
        QVERIFY(own.value(QLatin1String("problem")).isNull());
        QVERIFY2(QJsonDocument(own.value(QLatin1String("lines")).toArray()).toJson().contains("CUDA error"), qPrintable(why(run)));
        QVERIFY2(run.err.contains(QLatin1String("CUDA error")), qPrintable(run.err));
        QCOMPARE(backend.methods().keys(), QList<QString>{QStringLiteral("GET")});
    }

    // A job that streams: nothing to explain, the backend is not read; the ladder is the job's own.
    void aHealthyJobIsNotLookedInto()
    {
        FocusEmulator emu;
        QVERIFY(emu.start() != 0);
        BackendEmulator backend(emu);
        backend.setRabbitCredentials(QStringLiteral("guest"), kPassword);
        QVERIFY(backend.start() != 0);
        const FocusctlRun run = watch(emu, backend);
        QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
        QVERIFY(run.json.value(QLatin1String("diagnosis_detail")).isNull());
        const QJsonArray ladder = run.json.value(QLatin1String("ladder")).toArray();
        QCOMPARE(ladder.size(), 8);
        for (const QJsonValue &v : ladder) // proven by the rows themselves, nothing failed
            QVERIFY2(v.toObject().value(QLatin1String("state")).toString() == QLatin1String("passed"),
                     qPrintable(QString::fromUtf8(QJsonDocument(v.toObject()).toJson())));
        QVERIFY(!rung(run.json, QStringLiteral("first_frame")).value(QLatin1String("at_ms")).isNull());
        QVERIFY(!run.json.value(QLatin1String("backend")).toObject().value(QLatin1String("rabbitmq")).toObject().value(QLatin1String("read")).toBool());
        QVERIFY(backend.methods().isEmpty());
    }

    // No password and no terminal to ask on: refused before anything is sent.
    void noPasswordIsAUsageError()
    {
        FocusEmulator emu;
        QVERIFY(emu.start() != 0);
        BackendEmulator backend(emu);
        QVERIFY(backend.start() != 0);
        qunsetenv("FOCUS_RABBITMQ_PASSWORD");
        const FocusctlRun run = wf::test::runFocusctl(
            QStringLiteral(FOCUSCTL_PATH),
            {QStringLiteral("watch"), QStringLiteral("--server"), emu.baseUrl(), QStringLiteral("--rabbitmq"), backend.url(),
             QStringLiteral("--rabbitmq-user"), QStringLiteral("guest")});
        qputenv("FOCUS_RABBITMQ_PASSWORD", kPassword.toUtf8());
        QVERIFY2(run.exitCode == 2, qPrintable(why(run)));
        QVERIFY2(run.err.contains(QLatin1String("FOCUS_RABBITMQ_PASSWORD")), qPrintable(why(run)));
        QCOMPARE(emu.jobCount(), 0);
    }

    // focusctl probe: what can be checked without a job — the broker, the live source, the
    // focus-server pods — in the table's words and in --json's "backend"; exit status unchanged.
    void probeChecksWhatNeedsNoJob()
    {
        FocusEmulator emu;
        QVERIFY(emu.start() != 0);
        BackendEmulator backend(emu, BackendScenario::LiveSourceIdle);
        backend.setRabbitCredentials(QStringLiteral("guest"), kPassword);
        QVERIFY(backend.start() != 0);
        const QStringList args{QStringLiteral("probe"), QStringLiteral("--server"), emu.baseUrl(), QStringLiteral("--rabbitmq"),
                               backend.url(), QStringLiteral("--rabbitmq-user"), QStringLiteral("guest"),
                               QStringLiteral("--kube-api"), backend.url()};
        const FocusctlRun json = wf::test::runFocusctl(QStringLiteral(FOCUSCTL_PATH), args + QStringList{QStringLiteral("--json")},
                                                       wf::test::Stdout::Json);
        QVERIFY2(json.problem.isEmpty(), qPrintable(json.problem + why(json)));
        QCOMPARE(json.exitCode, 0);
        const QJsonObject b = json.json.value(QLatin1String("backend")).toObject();
        QCOMPARE(b.value(QLatin1String("broker")).toObject().value(QLatin1String("state")).toString(), QStringLiteral("passed"));
        QCOMPARE(b.value(QLatin1String("live_source")).toObject().value(QLatin1String("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(b.value(QLatin1String("live_source")).toObject().value(QLatin1String("evidence")).toString(),
                 QStringLiteral("queue smart_recorder has 0 consumers"));
        QCOMPARE(b.value(QLatin1String("focus_server_pods")).toObject().value(QLatin1String("state")).toString(), QStringLiteral("passed"));
        const FocusctlRun text = wf::test::runFocusctl(QStringLiteral(FOCUSCTL_PATH), args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(text.out.contains(QStringLiteral("  live source: FAILED — queue smart_recorder has 0 consumers")), qPrintable(why(text)));
        QVERIFY(!text.out.contains(kPassword) && !json.out.contains(kPassword));
        // Without backend options, probe's output has no "backend" at all (its JSON unchanged).
        const FocusctlRun plain = wf::test::runFocusctl(
            QStringLiteral(FOCUSCTL_PATH), {QStringLiteral("probe"), QStringLiteral("--server"), emu.baseUrl(), QStringLiteral("--json")},
            wf::test::Stdout::Json);
        QVERIFY(!plain.json.contains(QLatin1String("backend")));
    }

    void badBackendArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("no user") << QStringList{QStringLiteral("--rabbitmq"), QStringLiteral("http://127.0.0.1:15672")} << "--rabbitmq-user";
        QTest::newRow("user in url") << QStringList{QStringLiteral("--rabbitmq"), QStringLiteral("http://guest:x@127.0.0.1:15672"),
                                                    QStringLiteral("--rabbitmq-user"), QStringLiteral("guest")}
                                     << "without a user or password";
        QTest::newRow("not http") << QStringList{QStringLiteral("--kube-api"), QStringLiteral("ftp://node")} << "--kube-api must be";
        QTest::newRow("namespace alone") << QStringList{QStringLiteral("--kube-namespace"), QStringLiteral("panda")} << "need --kube-api";
        QTest::newRow("bad namespace") << QStringList{QStringLiteral("--kube-api"), QStringLiteral("http://127.0.0.1:8001"),
                                                      QStringLiteral("--kube-namespace"), QStringLiteral("Panda_1")}
                                       << "Kubernetes namespace name";
    }
    void badBackendArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const FocusctlRun run = wf::test::runFocusctl(
            QStringLiteral(FOCUSCTL_PATH), QStringList{QStringLiteral("watch"), QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:9")} + args);
        QVERIFY2(run.exitCode == 2, qPrintable(why(run)));
        QVERIFY2(run.err.contains(says), qPrintable(why(run)));
    }
};

QTEST_GUILESS_MAIN(TestWatchBackend)
#include "tst_watch_backend.moc"
