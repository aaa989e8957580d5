// ReadinessController against a scripted server and a virtual clock, part 1: the stories of the
// contract up to a ready job (delayed consumer, route not deployed, consumer never created, expiry,
// the analyzer gone, 400) and the polling cadence, all without sleeping. Part 2 is
// tst_readinessfailures.cpp. The rig is tests/support/readinessrig.h.
#include "support/readinessrig.h"

using namespace wf;
using namespace wf::testing;

class TestReadinessController : public QObject
{
    Q_OBJECT

  private slots:
    void virtualClockFiresInTimeOrder();
    void pollingCadenceWhileWaiting_data();
    void pollingCadenceWhileWaiting();
    void neverTwoWaterfallRequestsInFlight();
    void delayedConsumer_data();
    void delayedConsumer();
    void staleMetadata404AfterConsumerAlive_data();
    void staleMetadata404AfterConsumerAlive();
    void endpointNotDeployed_data();
    void endpointNotDeployed();
    void routeListArrivingLate();
    void consumerNeverCreated_data();
    void consumerNeverCreated();
    void jobExpiry_data();
    void jobExpiry();
    void analyzerExited_data();
    void analyzerExited();
    void clientError400();
};


void TestReadinessController::virtualClockFiresInTimeOrder()
{
    VirtualClock clock(1000);
    QObject context;
    QStringList fired;
    clock.callAfter(300, &context, [&] { fired << QStringLiteral("c@%1").arg(clock.nowMs()); });
    clock.callAfter(100, &context, [&] {
        fired << QStringLiteral("a@%1").arg(clock.nowMs());
        clock.callAfter(0, &context, [&] { fired << QStringLiteral("a0@%1").arg(clock.nowMs()); });
        clock.callAfter(150, &context, [&] { fired << QStringLiteral("b@%1").arg(clock.nowMs()); });
    });
    const quint64 cancelled = clock.callAfter(200, &context, [&] { fired << QStringLiteral("cancelled"); });
    {
        QObject gone;
        clock.callAfter(50, &gone, [&] { fired << QStringLiteral("gone"); });
    }
    clock.cancel(cancelled);
    clock.advance(299);
    QCOMPARE(fired, QStringList({"a@1100", "a0@1100", "b@1250"}));
    QCOMPARE(clock.nowMs(), qint64(1299));
    clock.advance(1);
    QCOMPARE(fired.last(), QStringLiteral("c@1300"));
    QCOMPARE(clock.pendingTimers(), 0);
}

// --- waiting for the consumer ---------------------------------------------------------------------

void TestReadinessController::pollingCadenceWhileWaiting_data()
{
    QTest::addColumn<int>("initialMs");
    QTest::addColumn<double>("backoff");
    QTest::addColumn<int>("capMs");
    QTest::newRow("defaults: 100 ms ×1.5, cap 1 s") << 100 << 1.5 << 1000;
    QTest::newRow("configured: 200 ms ×2, cap 1.5 s") << 200 << 2.0 << 1500;
}

void TestReadinessController::pollingCadenceWhileWaiting()
{
    QFETCH(int, initialMs);
    QFETCH(double, backoff);
    QFETCH(int, capMs);

    Rig rig;
    if (initialMs != ReadinessSettings{}.initialPollMs) {
        rig.settings.initialPollMs = initialMs;
        rig.settings.backoff = backoff;
        rig.settings.maxPollMs = capMs;
    } else {
        QCOMPARE(rig.settings.backoff, backoff);
        QCOMPARE(rig.settings.maxPollMs, capMs);
    }
    rig.start();
    COMPARE_STATE(rig, JobState::Configuring);
    QCOMPARE(rig.api.calls(QStringLiteral("configure")).size(), 1);
    QCOMPARE(rig.api.calls(QStringLiteral("waterfall")).size(), 0); // nothing to poll before a job id

    rig.api.setResponder(QStringLiteral("metadata"), always(http(404, kInvalidJobId)));
    rig.api.setResponder(QStringLiteral("waterfall"), always(http(404, kInvalidJobId)));
    const qint64 c0 = rig.configured();
    COMPARE_STATE(rig, JobState::WaitingForConsumer);
    QCOMPARE(*rig.ctl.timeline().configured, qint64(40));
    // Both job routes are asked at once, with the job id from /configure.
    QCOMPARE(rig.api.times(QStringLiteral("waterfall")), QList<qint64>{c0});
    QCOMPARE(rig.api.times(QStringLiteral("metadata")), QList<qint64>{c0});
    QCOMPARE(rig.api.calls(QStringLiteral("waterfall")).first().jobId, kJobId);
    QCOMPARE(rig.api.calls(QStringLiteral("waterfall")).first().rowCount, rig.settings.rowCount);
    QCOMPARE(rig.api.calls(QStringLiteral("metadata")).first().jobId, kJobId);

    rig.clock.advance(20'000);
    COMPARE_STATE(rig, JobState::WaitingForConsumer);
    for (const QString &ep : {QStringLiteral("waterfall"), QStringLiteral("metadata")}) {
        const QList<qint64> gaps = intervals(rig.api.times(ep));
        const QString seen = ep + QStringLiteral(": ") + join(gaps);
        QVERIFY2(gaps.size() >= 14, qPrintable(seen)); // ≥ 20 s at ≤ 1.5 s apart
        QVERIFY2(gaps[0] == initialMs, qPrintable(seen));
        double ideal = initialMs;
        for (qint64 gap : gaps) {
            QVERIFY2(std::abs(double(gap) - ideal) <= 2.0, qPrintable(seen)); // rounding only
            QVERIFY2(gap <= capMs, qPrintable(seen));
            ideal = std::min(ideal * backoff, double(capMs));
        }
        QVERIFY2(gaps.last() == capMs && gaps[gaps.size() - 2] == capMs, qPrintable(seen));
    }
    if (initialMs == 100) {
        const QList<qint64> gaps = intervals(rig.api.times(QStringLiteral("waterfall")));
        QCOMPARE(gaps.mid(0, 3), QList<qint64>({100, 150, 225}));
    }
    QCOMPARE(rig.ctl.currentPollIntervalMs(), capMs);
    CHECK_INVARIANTS(rig);
}

void TestReadinessController::neverTwoWaterfallRequestsInFlight()
{
    Rig rig;
    rig.start();
    rig.api.setResponder(QStringLiteral("metadata"), always(http(404, kInvalidJobId)));
    const qint64 c0 = rig.configured();
    const QString wf = QStringLiteral("waterfall");
    QCOMPARE(rig.api.pending(wf), 1);

    // A waterfall request that takes 30 s: no second one leaves meanwhile.
    for (int i = 0; i < 120; ++i) {
        rig.clock.advance(250);
        QCOMPARE(rig.api.calls(wf).size(), 1);
    }
    QVERIFY(rig.api.calls(QStringLiteral("metadata")).size() > 20); // the other route goes on
    QVERIFY(rig.api.answerWaterfall(404, kInvalidJobId));
    rig.clock.advance(99);
    QCOMPARE(rig.api.calls(wf).size(), 1);
    rig.clock.advance(1);
    QCOMPARE(rig.api.times(wf), QList<qint64>({c0, c0 + 30'100}));

    // Streaming with a backlog: each full reply is followed at once, but only after it arrived.
    QVERIFY(rig.api.answerWaterfall(makeBlocks(rig.settings.rowCount)));
    COMPARE_STATE(rig, JobState::StreamingData);
    rig.clock.advance(0);
    QCOMPARE(rig.api.calls(wf).size(), 3);
    for (int i = 0; i < 20; ++i) {
        rig.clock.advance(500);
        QCOMPARE(rig.api.calls(wf).size(), 3);
    }
    QVERIFY(rig.api.answerWaterfall(makeBlocks(rig.settings.rowCount)));
    rig.clock.advance(0);
    QCOMPARE(rig.api.calls(wf).size(), 4);
    QCOMPARE(rig.api.maxInFlight(wf), 1);
    QCOMPARE(rig.api.maxInFlight(QStringLiteral("metadata")), 1);
    CHECK_INVARIANTS(rig);
}

void TestReadinessController::delayedConsumer_data()
{
    QTest::addColumn<int>("delayMs");
    QTest::newRow("2.5 s") << 2500;
    QTest::newRow("0.7 s") << 700;
    QTest::newRow("4.2 s") << 4200;
}

void TestReadinessController::delayedConsumer()
{
    QFETCH(int, delayMs);
    Rig rig;
    rig.start();
    // The consumer appears `delayMs` after the configure reply; before that both routes say 404.
    auto ready = [&rig, delayMs](const CallRecord &c) { return c.atMs - rig.configuredAt >= delayMs; };
    rig.api.setResponder(QStringLiteral("metadata"), [ready](const CallRecord &c) {
        return std::optional<Answer>(ready(c) ? http(200, configureReplyJson()) : http(404, kInvalidJobId));
    });
    rig.api.setResponder(QStringLiteral("waterfall"), [ready](const CallRecord &c) {
        return std::optional<Answer>(ready(c) ? http(200) : http(404, kInvalidJobId));
    });
    const qint64 c0 = rig.configured();

    rig.clock.advance(delayMs - 1);
    COMPARE_STATE(rig, JobState::WaitingForConsumer);
    rig.clock.advance(2001);
    COMPARE_STATE(rig, JobState::StreamingNoData);
    QVERIFY(!rig.ctl.diagnosis());
    const std::optional<qint64> readyAt = rig.ctl.timeline().consumerReady;
    QVERIFY(readyAt);
    QVERIFY2(*readyAt >= delayMs && *readyAt <= delayMs + rig.settings.maxPollMs,
             qPrintable(QStringLiteral("consumer_ready at +%1 ms for a consumer made at +%2 ms").arg(*readyAt).arg(delayMs)));
    QVERIFY(!rig.ctl.timeline().firstData);

    // Then rows: first_data, streaming, ok.
    rig.api.setResponder(QStringLiteral("waterfall"), script({rowsAnswer(makeBlocks(7))}, http(200)));
    rig.clock.advance(3000);
    COMPARE_STATE(rig, JobState::StreamingData);
    COMPARE_DIAGNOSIS(rig, Diagnosis::Ok);
    QCOMPARE(rig.ctl.rowsReceived(), qint64(7));
    QCOMPARE(rig.ctl.blocksReceived(), qint64(1));
    QCOMPARE(rig.rowsSignalled, qint64(7));
    const auto all = rig.api.calls(QStringLiteral("waterfall"));
    const auto first201 = std::find_if(all.begin(), all.end(), [](const CallRecord &c) { return c.status == 201; });
    QVERIFY(first201 != all.end());
    QCOMPARE(*rig.ctl.timeline().firstData, *first201->answeredAtMs - c0);
    QVERIFY(*rig.ctl.timeline().firstData >= *readyAt);
    QVERIFY(!rig.ctl.timeline().ended);
    QCOMPARE(rig.finishedCount, 0);
    CHECK_INVARIANTS(rig);
}

// Both routes are asked at once; the metadata 404 can be overtaken by the waterfall's "alive".
// That 404 was answered before the consumer existed: it is not an expiry.
void TestReadinessController::staleMetadata404AfterConsumerAlive_data()
{
    QTest::addColumn<Answer>("alive");
    QTest::addColumn<JobState>("streaming");
    QTest::newRow("waterfall 200, then the older metadata 404") << http(200) << JobState::StreamingNoData;
    QTest::newRow("waterfall 201, then the older metadata 404") << rowsAnswer(makeBlocks(5)) << JobState::StreamingData;
}

void TestReadinessController::staleMetadata404AfterConsumerAlive()
{
    QFETCH(Answer, alive);
    QFETCH(JobState, streaming);
    Rig rig;
    rig.start();
    rig.configured();
    QCOMPARE(rig.api.pending(QStringLiteral("metadata")), 1);
    QVERIFY(rig.api.answerNext(QStringLiteral("waterfall"), alive));
    COMPARE_STATE(rig, streaming);
    rig.clock.advance(20);
    QVERIFY(rig.api.answerMetadata(404, kInvalidJobId));
    COMPARE_STATE(rig, streaming);
    QVERIFY(diagName(rig.ctl.diagnosis()) != diagnosisName(Diagnosis::JobExpired));
    // And it goes on polling the waterfall.
    rig.api.setResponder(QStringLiteral("waterfall"), always(http(200)));
    rig.clock.advance(5000);
    COMPARE_STATE(rig, streaming);
    QVERIFY(rig.api.calls(QStringLiteral("waterfall")).size() >= 5);
    CHECK_INVARIANTS(rig);
}

void TestReadinessController::endpointNotDeployed_data()
{
    QTest::addColumn<QByteArray>("openApi"); // null: the route list has not answered yet
    QTest::addColumn<QByteArray>("body");    // of the first waterfall 404
    QTest::addColumn<bool>("notDeployed");
    QTest::newRow("framework 404, no route list yet") << QByteArray() << kNotFound << true;
    QTest::newRow("framework 404, route listed") << kOpenApiNewer << kNotFound << true;
    QTest::newRow("application 404, route absent from openapi.json") << kOpenApiDeployed << kInvalidJobId << true;
    QTest::newRow("application 404, route listed: not yet") << kOpenApiNewer << kInvalidJobId << false;
    QTest::newRow("application 404, no route list: not yet") << QByteArray() << kInvalidJobId << false;
}

void TestReadinessController::endpointNotDeployed()
{
    QFETCH(QByteArray, openApi);
    QFETCH(QByteArray, body);
    QFETCH(bool, notDeployed);

    Rig rig;
    rig.start();
    const qint64 c0 = rig.configured(0.5, openApi);
    const JobApi::Id metadataCall = rig.api.pendingIds(QStringLiteral("metadata")).value(0);
    QVERIFY(metadataCall);
    rig.clock.advance(46); // the incident's round trip
    QVERIFY(rig.api.answerWaterfall(404, body));
    if (!notDeployed) {
        COMPARE_STATE(rig, JobState::WaitingForConsumer);
        QVERIFY(!rig.ctl.diagnosis());
        rig.clock.advance(100);
        QCOMPARE(rig.api.calls(QStringLiteral("waterfall")).size(), 2);
        CHECK_INVARIANTS(rig);
        return;
    }
    // Decided at the first 404, ~46 ms after configure, not after the 60 s ready timeout.
    COMPARE_STATE(rig, JobState::Failed);
    COMPARE_DIAGNOSIS(rig, Diagnosis::EndpointNotDeployed);
    QCOMPARE(*rig.finishedAt, c0 + 46);
    QCOMPARE(rig.api.calls(QStringLiteral("waterfall")).size(), 1);
    QVERIFY(rig.api.aborted().contains(metadataCall));
    QVERIFY(!rig.ctl.errors().isEmpty());
    QCOMPARE(rig.ctl.errors().last().endpoint, kWaterfallRoute);
    // The evidence: the status and the body as the server sent it (and the route list, when it decided).
    const QString message = rig.ctl.errors().last().message;
    QVERIFY2(message.contains(QStringLiteral("404")) && message.contains(QString::fromUtf8(body).simplified()),
             qPrintable(message));
    if (body == kInvalidJobId)
        QVERIFY2(message.contains(QStringLiteral("openapi.json")), qPrintable(message));
    QVERIFY(!rig.ctl.timeline().consumerReady);
    CHECK_INVARIANTS(rig);
}

// An application 404 before the route list answered cannot decide; the next 404 after it does.
void TestReadinessController::routeListArrivingLate()
{
    Rig rig;
    rig.start();
    rig.api.setResponder(QStringLiteral("metadata"), always(http(404, kInvalidJobId)));
    const qint64 c0 = rig.configured(0.5, QByteArray());
    QVERIFY(rig.api.answerWaterfall(404, kInvalidJobId));
    COMPARE_STATE(rig, JobState::WaitingForConsumer);
    rig.clock.advance(30);
    QVERIFY(rig.api.answerNext(QStringLiteral("openapi"), http(200, kOpenApiDeployed)));
    rig.api.setResponder(QStringLiteral("waterfall"), always(http(404, kInvalidJobId)));
    rig.clock.advance(rig.settings.initialPollMs);
    COMPARE_STATE(rig, JobState::Failed);
    COMPARE_DIAGNOSIS(rig, Diagnosis::EndpointNotDeployed);
    QVERIFY(*rig.finishedAt - c0 <= rig.settings.initialPollMs);
    QCOMPARE(rig.api.calls(QStringLiteral("waterfall")).size(), 2);
    CHECK_INVARIANTS(rig);
}

void TestReadinessController::consumerNeverCreated_data()
{
    QTest::addColumn<int>("readyTimeoutMs");
    QTest::newRow("default ready timeout (60 s)") << ReadinessSettings{}.readyTimeoutMs;
    QTest::newRow("10 s") << 10'000;
}

void TestReadinessController::consumerNeverCreated()
{
    QFETCH(int, readyTimeoutMs);
    QCOMPARE(ReadinessSettings{}.readyTimeoutMs, 60'000); // the issue's default
    Rig rig;
    rig.settings.readyTimeoutMs = readyTimeoutMs;
    rig.start();
    rig.api.setResponder(QStringLiteral("metadata"), always(http(404, kInvalidJobId)));
    rig.api.setResponder(QStringLiteral("waterfall"), always(http(404, kInvalidJobId)));
    const qint64 c0 = rig.configured();
    rig.clock.advance(readyTimeoutMs - 1);
    COMPARE_STATE(rig, JobState::WaitingForConsumer);
    QVERIFY(!rig.ctl.diagnosis());
    rig.clock.advance(1);
    COMPARE_STATE(rig, JobState::Failed);
    COMPARE_DIAGNOSIS(rig, Diagnosis::ConsumerNotCreated);
    QCOMPARE(*rig.finishedAt, c0 + readyTimeoutMs);
    // It kept asking all along, at most once a second.
    QVERIFY(rig.api.calls(QStringLiteral("waterfall")).size() >= readyTimeoutMs / 1000);
    QCOMPARE(rig.ctl.polls().value(QStringLiteral("waterfall")).value(QStringLiteral("404")),
             rig.api.answeredWith(QStringLiteral("waterfall"), 404));
    CHECK_INVARIANTS(rig);
}

void TestReadinessController::jobExpiry_data()
{
    QTest::addColumn<Answer>("alive");
    QTest::newRow("alive with rows (201)") << http(201, kWaterfall201);
    QTest::newRow("alive without data (200)") << http(200);
}

void TestReadinessController::jobExpiry()
{
    QFETCH(Answer, alive);
    Rig rig;
    rig.start();
    rig.api.setResponder(QStringLiteral("metadata"), always(http(200, configureReplyJson())));
    rig.configured();
    QVERIFY(rig.api.answerNext(QStringLiteral("waterfall"), alive));
    QVERIFY(rig.ctl.timeline().consumerReady);
    if (alive.status == 201)
        QCOMPARE(rig.ctl.rowsReceived(), qint64(1));
    rig.clock.advance(rig.settings.maxPollMs);
    QCOMPARE(rig.api.pending(QStringLiteral("waterfall")), 1);
    // A run of 404s, not a single one, is an expiry (a flapping job comes back).
    for (int i = 1; i < rig.settings.expiryConfirmations; ++i) {
        QVERIFY(rig.api.answerWaterfall(404, kInvalidJobId));
        QVERIFY(!isTerminal(rig.ctl.state()));
        rig.clock.advance(rig.settings.maxPollMs);
        QCOMPARE(rig.api.pending(QStringLiteral("waterfall")), 1);
    }
    QVERIFY(rig.api.answerWaterfall(404, kInvalidJobId));
    COMPARE_STATE(rig, JobState::Failed);
    COMPARE_DIAGNOSIS(rig, Diagnosis::JobExpired);
    QVERIFY(!rig.ctl.errors().isEmpty());
    QCOMPARE(rig.ctl.errors().last().endpoint, kWaterfallRoute);
    QVERIFY(rig.ctl.errors().last().message.contains(QStringLiteral("Invalid job_id")));
    CHECK_INVARIANTS(rig);
}

void TestReadinessController::analyzerExited_data()
{
    QTest::addColumn<bool>("rowsFirst");
    QTest::newRow("historic playback: rows, then 208") << true;
    QTest::newRow("208 at the first poll") << false;
}

void TestReadinessController::analyzerExited()
{
    QFETCH(bool, rowsFirst);
    Rig rig;
    rig.start();
    rig.api.setResponder(QStringLiteral("metadata"), always(http(404, kInvalidJobId)));
    const qint64 c0 = rig.configured();
    if (rowsFirst) {
        QVERIFY(rig.api.answerWaterfall(makeBlocks(10)));
        COMPARE_STATE(rig, JobState::StreamingData);
        rig.clock.advance(rig.settings.maxPollMs);
    }
    rig.clock.advance(120);
    QVERIFY(rig.api.answerWaterfall(208));
    COMPARE_STATE(rig, JobState::Ended);
    COMPARE_DIAGNOSIS(rig, Diagnosis::AnalyzerExited);
    QVERIFY(rig.ctl.timeline().ended);
    QCOMPARE(*rig.ctl.timeline().ended, rig.clock.nowMs() - c0);
    QCOMPARE(rig.ctl.rowsReceived(), qint64(rowsFirst ? 10 : 0));
    const qsizetype calls = rig.api.calls().size();
    CHECK_INVARIANTS(rig); // ten more minutes: no poll after the end
    QCOMPARE(rig.api.calls().size(), calls);
}

void TestReadinessController::clientError400()
{
    Rig rig;
    rig.start();
    rig.configured();
    QVERIFY(rig.api.answerWaterfall(400, R"({"detail": "row_count must be greater than 0"})"));
    COMPARE_STATE(rig, JobState::Failed);
    QCOMPARE(diagName(rig.ctl.diagnosis()), QStringLiteral("client_error"));
    QVERIFY(!rig.ctl.errors().isEmpty());
    QCOMPARE(rig.ctl.errors().last().endpoint, kWaterfallRoute);
    QVERIFY(rig.ctl.errors().last().message.contains(QStringLiteral("400")));
    QCOMPARE(rig.ctl.polls().value(QStringLiteral("waterfall")).value(QStringLiteral("400")), 1);
    CHECK_INVARIANTS(rig);
}

// --- 5xx and the network --------------------------------------------------------------------------

QTEST_GUILESS_MAIN(TestReadinessController)
#include "tst_readinesscontroller.moc"
