// ReadinessController against a scripted server and a virtual clock, part 2: failures and pace
// (5xx bursts, malformed replies, network errors, configure refusals, no data, repeated rows, late
// replies), the streaming pace, stop in every state, and the counters. Part 1 is
// tst_readinesscontroller.cpp. The rig is tests/support/readinessrig.h.
#include "support/readinessrig.h"

using namespace wf;
using namespace wf::testing;

class TestReadinessFailures : public QObject
{
    Q_OBJECT

  private slots:
    void serverErrorBursts_data();
    void serverErrorBursts();
    void serverErrorsWhileWaiting();
    void malformedRepliesAreFindings_data();
    void malformedRepliesAreFindings();
    void networkErrors_data();
    void networkErrors();
    void configureOutcomes_data();
    void configureOutcomes();
    void noData_data();
    void noData();
    void rowsJustBeforeTheDataTimeout();
    void repeatedRowsAreSaidAFewTimes();
    void replyAfterALateDeadline_data();
    void replyAfterALateDeadline();
    void streamingPace_data();
    void streamingPace();
    void fullPollIsFollowedAtOnce();
    void stopInEveryNonTerminalState_data();
    void stopInEveryNonTerminalState();
    void stopBeforeStartAndAfterTheEnd();
    void countersLatenciesAndErrors();
};

void TestReadinessFailures::serverErrorBursts_data()
{
    QTest::addColumn<QList<int>>("statuses"); // waterfall replies after the consumer came alive
    QTest::addColumn<bool>("fails");
    const int n = ReadinessSettings{}.maxServerErrors;
    QList<int> burst(n - 1, 500);
    QTest::newRow("maxServerErrors-1 in a row, then rows") << (burst + QList<int>{201}) << false;
    QTest::newRow("two such bursts apart") << (burst + QList<int>{201} + QList<int>(n - 1, 503) + QList<int>{200}) << false;
    QTest::newRow("maxServerErrors in a row") << QList<int>(n, 500) << true;
    QTest::newRow("maxServerErrors mixed 5xx in a row") << (QList<int>{502, 503, 500, 504} + QList<int>(n - 4, 500)) << true;
}

void TestReadinessFailures::serverErrorBursts()
{
    QFETCH(QList<int>, statuses);
    QFETCH(bool, fails);
    Rig rig;
    rig.start();
    QList<Answer> answers{http(200)};
    for (int s : statuses)
        answers.append(s == 201 ? rowsAnswer(makeBlocks(10)) : http(s, s >= 500 ? QByteArray("Internal Server Error") : QByteArray()));
    rig.api.setResponder(QStringLiteral("metadata"), always(http(200, configureReplyJson())));
    rig.api.setResponder(QStringLiteral("waterfall"), script(answers, http(200)));
    const qint64 c0 = rig.configured(0.002); // streaming pace 100 ms: the backoff shows
    rig.clock.advance(20'000);

    int fivexx = 0;
    for (int s : statuses)
        fivexx += s >= 500 ? 1 : 0;
    const auto wfPolls = rig.ctl.polls().value(QStringLiteral("waterfall"));
    int counted = 0;
    for (auto it = wfPolls.begin(); it != wfPolls.end(); ++it)
        counted += it.key().startsWith(QLatin1Char('5')) ? it.value() : 0;
    QCOMPARE(counted, fivexx);
    QCOMPARE(wfPolls.value(QStringLiteral("500")), int(statuses.count(500)));

    // Retried with backoff: after the k-th 5xx in a row, 100·1.5^(k-1) ms (cap 1 s).
    const QList<qint64> times = rig.api.times(QStringLiteral("waterfall"));
    QVERIFY(times.first() == c0);
    double ideal = 100;
    for (qsizetype i = 0; i < statuses.size() && statuses[i] >= 500 && i + 2 < times.size(); ++i) {
        const qint64 gap = times[i + 2] - times[i + 1];
        QVERIFY2(std::abs(double(gap) - ideal) <= 2.0, qPrintable(join(intervals(times))));
        ideal = std::min(ideal * 1.5, 1000.0);
    }

    int errorEntries = 0;
    for (const JobErrorEntry &e : rig.ctl.errors()) {
        QCOMPARE(e.endpoint, kWaterfallRoute);
        errorEntries += e.message.contains(QStringLiteral("HTTP 5")) ? 1 : 0;
    }
    QCOMPARE(errorEntries, fivexx);
    if (fails) {
        COMPARE_STATE(rig, JobState::Failed);
        COMPARE_DIAGNOSIS(rig, Diagnosis::ServerError);
        QCOMPARE(rig.api.calls(QStringLiteral("waterfall")).size(), statuses.size() + 1);
    } else {
        COMPARE_STATE(rig, JobState::StreamingData);
        COMPARE_DIAGNOSIS(rig, Diagnosis::Ok);
    }
    CHECK_INVARIANTS(rig);
}

// A bad 201 is logged with its JSON path and counted; the job goes on and keeps every row before and
// after it. Only maxBadReplies malformed replies in a row end it as bad_response.
void TestReadinessFailures::malformedRepliesAreFindings_data()
{
    QTest::addColumn<QList<QByteArray>>("bodies"); // waterfall 201 bodies after the consumer came alive; "" = good
    QTest::addColumn<bool>("fails");
    QTest::addColumn<QString>("logged");
    const QByteArray truncated = kWaterfall201.left(kWaterfall201.size() / 2);
    const QByteArray notAList = R"([{"rows": "not a list", "current_max_amp": 1, "current_min_amp": 0}])";
    const QByteArray wrongInRow = QByteArray(kWaterfall201).replace("12.5", "\"12.5\"");
    const int n = ReadinessSettings{}.maxBadReplies;
    QTest::newRow("one truncated body") << QList<QByteArray>{"", truncated, ""} << false << "not_json at [0].rows[0]";
    QTest::newRow("rows not a list") << QList<QByteArray>{"", notAList, ""} << false << "wrong_type at [0].rows";
    QTest::newRow("wrong type inside a row")
        << QList<QByteArray>{"", wrongInRow, ""} << false << "wrong_type at [0].rows[0].sensors[0].intensity[0]";
    QTest::newRow("maxBadReplies-1 in a row, twice")
        << (QList<QByteArray>(n - 1, truncated) + QList<QByteArray>{""} + QList<QByteArray>(n - 1, notAList)
            + QList<QByteArray>{""})
        << false << "not_json";
    QTest::newRow("maxBadReplies in a row") << (QList<QByteArray>{""} + QList<QByteArray>(n, truncated)) << true << "not_json";
}

void TestReadinessFailures::malformedRepliesAreFindings()
{
    QFETCH(QList<QByteArray>, bodies);
    QFETCH(bool, fails);
    QFETCH(QString, logged);
    Rig rig;
    rig.start();
    QList<Answer> answers{http(200)};
    int good = 0, bad = 0;
    for (const QByteArray &b : bodies) {
        answers.append(http(201, b.isEmpty() ? kWaterfall201 : b));
        (b.isEmpty() ? good : bad) += 1;
    }
    int signalled = 0;
    connect(&rig.ctl, &ReadinessController::malformedReply, this, [&] { ++signalled; });
    rig.api.setResponder(QStringLiteral("metadata"), always(http(200, configureReplyJson())));
    rig.api.setResponder(QStringLiteral("waterfall"), script(answers, http(200)));
    rig.configured(0.002);
    rig.clock.advance(20'000);
    QCOMPARE(rig.ctl.malformedReplies(), qint64(bad));
    QCOMPARE(signalled, bad);
    QCOMPARE(rig.ctl.rowsReceived(), qint64(good)); // every good reply's row, before and after
    QCOMPARE(rig.rowsSignalled, qint64(good));
    QCOMPARE(rig.ctl.polls().value(QStringLiteral("waterfall")).value(QStringLiteral("201")), int(bodies.size()));
    const bool inLog = std::any_of(rig.ctl.errors().begin(), rig.ctl.errors().end(), [&](const JobErrorEntry &e) {
        return e.endpoint == kWaterfallRoute && e.message.startsWith(logged);
    });
    QVERIFY2(inLog, qPrintable(rig.ctl.errors().isEmpty() ? QString() : rig.ctl.errors().first().message));
    if (fails) {
        COMPARE_STATE(rig, JobState::Failed);
        COMPARE_DIAGNOSIS(rig, Diagnosis::BadResponse);
    } else {
        COMPARE_STATE(rig, JobState::StreamingData);
        COMPARE_DIAGNOSIS(rig, Diagnosis::Ok);
    }
    CHECK_INVARIANTS(rig);
}

void TestReadinessFailures::serverErrorsWhileWaiting()
{
    Rig rig;
    rig.start();
    rig.api.setResponder(QStringLiteral("metadata"), always(http(500, "Internal Server Error")));
    rig.api.setResponder(QStringLiteral("waterfall"), always(http(503, R"({"detail": "Service Unavailable"})")));
    const qint64 c0 = rig.configured();
    rig.clock.advance(rig.settings.readyTimeoutMs);
    COMPARE_STATE(rig, JobState::Failed);
    COMPARE_DIAGNOSIS(rig, Diagnosis::ServerError); // the server's story, not "consumer not created"
    QVERIFY(*rig.finishedAt - c0 < rig.settings.readyTimeoutMs / 2);
    CHECK_INVARIANTS(rig);
}

void TestReadinessFailures::networkErrors_data()
{
    QTest::addColumn<bool>("aliveFirst");
    QTest::addColumn<QList<Answer>>("answers"); // waterfall (and metadata, when waiting) replies
    QTest::addColumn<Diagnosis>("diagnosis");    // Ok: keeps streaming
    QTest::addColumn<QString>("statusKey");
    QTest::addColumn<int>("count");
    const int n = ReadinessSettings{}.maxNetworkErrors;
    const Answer refused = netError(TransportError::ConnectionRefused);
    QTest::newRow("server killed mid-stream: maxNetworkErrors refused")
        << true << QList<Answer>(n, refused) << Diagnosis::ServerUnreachable << "connection_refused" << n;
    QTest::newRow("maxNetworkErrors-1 refused, then rows")
        << true << (QList<Answer>(n - 1, refused) + QList<Answer>{rowsAnswer(makeBlocks(3))}) << Diagnosis::Ok
        << "connection_refused" << n - 1;
    QTest::newRow("maxNetworkErrors timeouts")
        << true << QList<Answer>(n, netError(TransportError::Timeout)) << Diagnosis::ServerUnreachable << "timeout" << n;
    QTest::newRow("TLS failure mid-stream: at once")
        << true << QList<Answer>{netError(TransportError::Tls)} << Diagnosis::TlsError << "tls_error" << 1;
    QTest::newRow("server gone while waiting")
        << false << QList<Answer>(50, refused) << Diagnosis::ServerUnreachable << "connection_refused" << -1;
}

void TestReadinessFailures::networkErrors()
{
    QFETCH(bool, aliveFirst);
    QFETCH(QList<Answer>, answers);
    QFETCH(Diagnosis, diagnosis);
    QFETCH(QString, statusKey);
    QFETCH(int, count);

    Rig rig;
    rig.start();
    if (aliveFirst) {
        rig.api.setResponder(QStringLiteral("metadata"), always(http(200, configureReplyJson())));
        rig.api.setResponder(QStringLiteral("waterfall"), script(QList<Answer>{rowsAnswer(makeBlocks(5))} + answers, http(200)));
    } else {
        rig.api.setResponder(QStringLiteral("metadata"), script(answers));
        rig.api.setResponder(QStringLiteral("waterfall"), script(answers));
    }
    const qint64 c0 = rig.configured(0.002);
    rig.clock.advance(20'000);
    if (diagnosis == Diagnosis::Ok) {
        COMPARE_STATE(rig, JobState::StreamingData);
        COMPARE_DIAGNOSIS(rig, Diagnosis::Ok);
    } else {
        COMPARE_STATE(rig, JobState::Failed);
        COMPARE_DIAGNOSIS(rig, diagnosis);
        QVERIFY(*rig.finishedAt - c0 < rig.settings.readyTimeoutMs / 4);
    }
    if (count >= 0) {
        QCOMPARE(rig.ctl.polls().value(QStringLiteral("waterfall")).value(statusKey), count);
        QCOMPARE(rig.api.answeredWith(QStringLiteral("waterfall"), 0), count);
    }
    for (const JobErrorEntry &e : rig.ctl.errors())
        QVERIFY2(e.endpoint == kWaterfallRoute || e.endpoint == endpointPath(EndpointId::Metadata), qPrintable(e.endpoint));
    CHECK_INVARIANTS(rig);
}

// --- /configure -----------------------------------------------------------------------------------

void TestReadinessFailures::configureOutcomes_data()
{
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<Diagnosis>("diagnosis");
    QTest::newRow("503 waiting for fiber")
        << http(503, R"({"error": "Cannot start a live job: waiting for fiber"})") << Diagnosis::WaitingForFiber;
    QTest::newRow("503 waiting for fiber (framework detail)")
        << http(503, R"({"detail": "Waiting for fiber"})") << Diagnosis::WaitingForFiber;
    QTest::newRow("422 missing field")
        << http(422, R"({"detail": [{"loc": ["body", "channels"], "msg": "field required", "type": "value_error.missing"}]})")
        << Diagnosis::ConfigureRejected;
    QTest::newRow("404 no recording in range")
        << http(404, R"({"error": "No recording found in given time range"})") << Diagnosis::ConfigureRejected;
    QTest::newRow("500 error parsing configuration")
        << http(500, R"({"error": "Error parsing configuration"})") << Diagnosis::ConfigureRejected;
    QTest::newRow("404 framework: /configure not deployed") << http(404, kNotFound) << Diagnosis::EndpointNotDeployed;
    QTest::newRow("200, job_id not a string") << http(200, R"({"status": "", "job_id": 17, "lines_dt": 0.5})")
                                              << Diagnosis::BadResponse;
    QTest::newRow("200, not JSON") << http(200, "<html>ok</html>") << Diagnosis::BadResponse;
    QTest::newRow("200, empty body") << http(200) << Diagnosis::BadResponse;
    QTest::newRow("connection refused") << netError(TransportError::ConnectionRefused) << Diagnosis::ServerUnreachable;
    QTest::newRow("host not found") << netError(TransportError::HostNotFound) << Diagnosis::ServerUnreachable;
    QTest::newRow("TLS handshake failed") << netError(TransportError::Tls) << Diagnosis::TlsError;
}

void TestReadinessFailures::configureOutcomes()
{
    QFETCH(Answer, answer);
    QFETCH(Diagnosis, diagnosis);
    Rig rig;
    rig.start();
    const JobApi::Id openApiCall = rig.api.pendingIds(QStringLiteral("openapi")).value(0);
    QVERIFY(openApiCall);
    rig.clock.advance(75);
    QVERIFY(rig.api.answerNext(QStringLiteral("configure"), answer));
    COMPARE_STATE(rig, JobState::Failed);
    COMPARE_DIAGNOSIS(rig, diagnosis);
    QCOMPARE(*rig.ctl.timeline().configured, qint64(75));
    QCOMPARE(rig.ctl.configureInfo().httpStatus, answer.transport == TransportError::None ? answer.status : 0);
    QCOMPARE(rig.ctl.configureInfo().transport, answer.transport);
    QVERIFY(!rig.ctl.errors().isEmpty());
    QCOMPARE(rig.ctl.errors().first().endpoint, QStringLiteral("/configure"));
    QVERIFY(rig.api.aborted().contains(openApiCall));
    QVERIFY(rig.ctl.jobId().isEmpty());
    CHECK_INVARIANTS(rig);
    // Never retried (a second /configure could make a second job), no job route asked.
    QCOMPARE(rig.api.calls(QStringLiteral("configure")).size(), 1);
    QCOMPARE(rig.api.calls(QStringLiteral("metadata")).size(), 0);
    QCOMPARE(rig.api.calls(QStringLiteral("waterfall")).size(), 0);
}

// --- no data --------------------------------------------------------------------------------------

void TestReadinessFailures::noData_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("dataTimeoutMs");
    QTest::newRow("waterfall 200 forever") << "200" << ReadinessSettings{}.dataTimeoutMs;
    QTest::newRow("waterfall 201 without rows") << "201 empty" << ReadinessSettings{}.dataTimeoutMs;
    QTest::newRow("metadata alive, waterfall application 404") << "metadata only" << ReadinessSettings{}.dataTimeoutMs;
    QTest::newRow("waterfall 200, 5 s data timeout") << "200" << 5000;
}

void TestReadinessFailures::noData()
{
    QFETCH(QString, how);
    QFETCH(int, dataTimeoutMs);
    Rig rig;
    rig.settings.dataTimeoutMs = dataTimeoutMs;
    rig.start();
    const bool metadataOnly = how == QLatin1String("metadata only");
    rig.api.setResponder(QStringLiteral("metadata"),
                         always(metadataOnly ? http(200, configureReplyJson()) : http(404, kInvalidJobId)));
    rig.api.setResponder(QStringLiteral("waterfall"),
                         always(metadataOnly ? http(404, kInvalidJobId) : how == QLatin1String("200") ? http(200) : http(201, "[]")));
    const qint64 c0 = rig.configured();
    rig.clock.advance(0);
    COMPARE_STATE(rig, JobState::StreamingNoData);
    QCOMPARE(*rig.ctl.timeline().consumerReady, qint64(0));
    rig.clock.advance(dataTimeoutMs - 1);
    COMPARE_STATE(rig, JobState::StreamingNoData);
    rig.clock.advance(1);
    COMPARE_STATE(rig, JobState::Failed);
    COMPARE_DIAGNOSIS(rig, Diagnosis::NoData);
    QCOMPARE(*rig.finishedAt, c0 + dataTimeoutMs);
    QCOMPARE(rig.ctl.rowsReceived(), qint64(0));
    QVERIFY(!rig.ctl.timeline().firstData);
    CHECK_INVARIANTS(rig);
}

void TestReadinessFailures::rowsJustBeforeTheDataTimeout()
{
    Rig rig;
    rig.settings.dataTimeoutMs = 5000;
    rig.start();
    rig.api.setResponder(QStringLiteral("metadata"), always(http(404, kInvalidJobId)));
    rig.api.setResponder(QStringLiteral("waterfall"), always(http(200)));
    rig.configured();
    rig.clock.advance(3500);
    COMPARE_STATE(rig, JobState::StreamingNoData);
    rig.api.setResponder(QStringLiteral("waterfall"), script({rowsAnswer(makeBlocks(2))}, http(200)));
    rig.clock.advance(10'000);
    COMPARE_STATE(rig, JobState::StreamingData);
    COMPARE_DIAGNOSIS(rig, Diagnosis::Ok);
    QVERIFY(*rig.ctl.timeline().firstData < 5000);
    CHECK_INVARIANTS(rig);
}

// A server that sends the same rows in every poll: every repeat is counted, but the job's error log
// says so at the first such reply and when the total reaches 10, 100, … — not once per poll.
void TestReadinessFailures::repeatedRowsAreSaidAFewTimes()
{
    Rig rig;
    rig.start();
    rig.api.setResponder(QStringLiteral("metadata"), always(http(404, kInvalidJobId)));
    rig.api.setResponder(QStringLiteral("waterfall"), always(rowsAnswer(makeBlocks(3))));
    rig.configured();
    rig.clock.advance(60'000);
    COMPARE_STATE(rig, JobState::StreamingData);
    const int answers = rig.api.answeredWith(QStringLiteral("waterfall"), 201);
    QVERIFY2(answers > 40, qPrintable(QString::number(answers)));
    QCOMPARE(rig.ctl.repeatedRows(), qint64(3) * (answers - 1));
    QStringList said;
    for (const JobErrorEntry &e : rig.ctl.errors())
        if (e.message.contains(QLatin1String("no newer than rows already received")))
            said << e.message;
    QStringList expected{QStringLiteral("3 of 3 rows are no newer than rows already received (repeated or backwards)")};
    qint64 total = 3;
    for (qint64 decade = 10; decade <= rig.ctl.repeatedRows(); decade *= 10) {
        while (total < decade)
            total += 3;
        expected << QStringLiteral("%1 rows so far are no newer than rows already received (repeated or backwards)").arg(total);
    }
    QCOMPARE(said, expected);
    rig.ctl.stop();
    CHECK_INVARIANTS(rig);
}

void TestReadinessFailures::replyAfterALateDeadline_data()
{
    QTest::addColumn<QString>("deadline");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<int>("lateMs");
    QTest::newRow("ready timeout, then metadata 404") << "ready" << "metadata" << http(404, kInvalidJobId) << 25;
    QTest::newRow("ready timeout, then rows") << "ready" << "waterfall" << rowsAnswer(makeBlocks(3)) << 25;
    QTest::newRow("ready timeout, then metadata 200 at the same ms") << "ready" << "metadata" << http(200, configureReplyJson()) << 0;
    QTest::newRow("data timeout, then rows") << "data" << "waterfall" << rowsAnswer(makeBlocks(3)) << 40;
}

// A busy event loop runs a deadline's timer late, after a reply that arrived after the deadline. The
// deadline still goes first — as a replay on a virtual clock runs them, so a recorded session replays
// to the same story — and the reply it cut off is neither counted nor acted on.
void TestReadinessFailures::replyAfterALateDeadline()
{
    QFETCH(QString, deadline);
    QFETCH(QString, endpoint);
    QFETCH(Answer, answer);
    QFETCH(int, lateMs);
    Rig rig;
    rig.settings.readyTimeoutMs = 3000;
    rig.settings.dataTimeoutMs = 4000;
    rig.start();
    const bool data = deadline == QLatin1String("data");
    // No responders for the job routes: every poll waits for the test.
    const qint64 c0 = rig.configured();
    qint64 due = c0 + 3000;
    if (data) {
        rig.clock.advance(100);
        QVERIFY(rig.api.answerWaterfall(200));
        COMPARE_STATE(rig, JobState::StreamingNoData);
        due = rig.clock.nowMs() + 4000;
    }
    rig.clock.advanceTo(due - 1);
    QVERIFY(rig.api.pending(endpoint) == 1);
    const auto pollsBefore = rig.ctl.polls();
    rig.clock.jumpTo(due + lateMs);
    QVERIFY(rig.api.answerNext(endpoint, answer));
    COMPARE_STATE(rig, JobState::Failed);
    COMPARE_DIAGNOSIS(rig, data ? Diagnosis::NoData : Diagnosis::ConsumerNotCreated);
    QCOMPARE(rig.finishedCount, 1);
    QCOMPARE(rig.ctl.polls(), pollsBefore);
    QCOMPARE(rig.ctl.rowsReceived(), qint64(0));
    QCOMPARE(rig.rowsSignalled, qint64(0));
    QVERIFY(!rig.ctl.timeline().firstData);
    QCOMPARE(bool(rig.ctl.timeline().consumerReady), data);
    CHECK_INVARIANTS(rig);
}

// --- streaming pace -------------------------------------------------------------------------------

void TestReadinessFailures::streamingPace_data()
{
    QTest::addColumn<double>("linesDt");
    QTest::addColumn<int>("rowCount");
    QTest::addColumn<int>("intervalMs");
    QTest::newRow("0.03 s × 100 rows: 1500 ms, capped at 1000") << 0.03 << 100 << 1000;
    QTest::newRow("0.03 s × 10 rows: 150 ms") << 0.03 << 10 << 150;
    QTest::newRow("0.5 s × 100 rows (contract's example): capped") << 0.5 << 100 << 1000;
    QTest::newRow("0.002 s × 50 rows: 50 ms") << 0.002 << 50 << 50;
}

void TestReadinessFailures::streamingPace()
{
    QFETCH(double, linesDt);
    QFETCH(int, rowCount);
    QFETCH(int, intervalMs);
    Rig rig;
    rig.settings.rowCount = rowCount;
    rig.start();
    rig.api.setResponder(QStringLiteral("metadata"), always(http(200, configureReplyJson(linesDt))));
    // Partial polls (fewer rows than asked) alternating with "alive, nothing new".
    auto n = std::make_shared<int>(0);
    rig.api.setResponder(QStringLiteral("waterfall"), [n, rowCount](const CallRecord &) {
        return std::optional<Answer>((*n)++ % 2 == 0 ? rowsAnswer(makeBlocks(std::max(1, rowCount / 2))) : http(200));
    });
    rig.configured(linesDt);
    rig.clock.advance(8000);
    COMPARE_STATE(rig, JobState::StreamingData);
    const QList<qint64> gaps = intervals(rig.api.times(QStringLiteral("waterfall")));
    QVERIFY(gaps.size() >= 7);
    for (qint64 gap : gaps)
        QVERIFY2(gap == intervalMs, qPrintable(join(gaps)));
    QCOMPARE(rig.ctl.currentPollIntervalMs(), intervalMs);
    for (const CallRecord &c : rig.api.calls(QStringLiteral("waterfall")))
        QCOMPARE(c.rowCount, rowCount);
    CHECK_INVARIANTS(rig);
}

void TestReadinessFailures::fullPollIsFollowedAtOnce()
{
    Rig rig;
    rig.settings.rowCount = 10;
    rig.start();
    rig.api.setResponder(QStringLiteral("metadata"), always(http(200, configureReplyJson(0.03))));
    rig.api.setResponder(QStringLiteral("waterfall"),
                         script({rowsAnswer(makeBlocks(10)), rowsAnswer(makeBlocks(10, 2)), rowsAnswer(makeBlocks(3)),
                                 http(200), http(200)}));
    const qint64 c0 = rig.configured(0.03);
    rig.clock.advance(1000);
    QList<qint64> rel;
    for (qint64 t : rig.api.times(QStringLiteral("waterfall")))
        rel.append(t - c0);
    // A full poll means a backlog: drain it at once; then back to the pace (0.03 s × 10 / 2 = 150 ms).
    QCOMPARE(rel, QList<qint64>({0, 0, 0, 150, 300, 450}));
    QCOMPARE(rig.ctl.rowsReceived(), qint64(23));
    QCOMPARE(rig.ctl.blocksReceived(), qint64(4));
    QCOMPARE(rig.api.maxInFlight(QStringLiteral("waterfall")), 1);
    CHECK_INVARIANTS(rig);
}

// --- stop -----------------------------------------------------------------------------------------

void TestReadinessFailures::stopInEveryNonTerminalState_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<JobState>("before");
    QTest::addColumn<Diagnosis>("after");
    QTest::newRow("configuring (configure in flight)") << "configuring" << JobState::Configuring << Diagnosis::Stopped;
    QTest::newRow("waiting, polls in flight") << "waiting in flight" << JobState::WaitingForConsumer << Diagnosis::Stopped;
    QTest::newRow("waiting, between polls") << "waiting idle" << JobState::WaitingForConsumer << Diagnosis::Stopped;
    QTest::newRow("streaming, no data yet") << "no data" << JobState::StreamingNoData << Diagnosis::Stopped;
    QTest::newRow("streaming data (stop after enough rows: ok)") << "data" << JobState::StreamingData << Diagnosis::Ok;
}

void TestReadinessFailures::stopInEveryNonTerminalState()
{
    QFETCH(QString, stage);
    QFETCH(JobState, before);
    QFETCH(Diagnosis, after);
    Rig rig;
    rig.start();
    if (stage != QLatin1String("configuring"))
        rig.configured();
    if (stage == QLatin1String("waiting idle")) {
        QVERIFY(rig.api.answerMetadata(404, kInvalidJobId));
        QVERIFY(rig.api.answerWaterfall(404, kInvalidJobId));
        rig.clock.advance(50);
    } else if (stage == QLatin1String("no data")) {
        QVERIFY(rig.api.answerWaterfall(200));
    } else if (stage == QLatin1String("data")) {
        QVERIFY(rig.api.answerWaterfall(makeBlocks(5)));
    }
    COMPARE_STATE(rig, before);
    QList<JobApi::Id> inFlight = rig.api.pendingIds();
    if (stage != QLatin1String("waiting idle"))
        QVERIFY(!inFlight.isEmpty());
    QSignalSpy finished(&rig.ctl, &ReadinessController::finished);

    rig.ctl.stop();
    COMPARE_STATE(rig, JobState::Stopped);
    COMPARE_DIAGNOSIS(rig, after);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).value<Diagnosis>(), after);
    QList<JobApi::Id> aborted = rig.api.aborted();
    std::sort(aborted.begin(), aborted.end());
    QCOMPARE(aborted, inFlight); // every call in flight aborted, nothing else
    QCOMPARE(rig.api.pending(), 0);
    rig.ctl.stop(); // a second stop changes nothing
    QCOMPARE(finished.size(), 1);
    CHECK_INVARIANTS(rig);
}

void TestReadinessFailures::stopBeforeStartAndAfterTheEnd()
{
    {
        Rig rig;
        rig.ctl.stop(); // nothing runs: nothing to stop
        COMPARE_STATE(rig, JobState::Idle);
        QCOMPARE(rig.finishedCount, 0);
        QCOMPARE(rig.api.calls().size(), 0);
    }
    {
        Rig rig;
        rig.start();
        rig.configured();
        QVERIFY(rig.api.answerWaterfall(404, kNotFound));
        COMPARE_STATE(rig, JobState::Failed);
        rig.ctl.stop();
        COMPARE_STATE(rig, JobState::Failed);
        COMPARE_DIAGNOSIS(rig, Diagnosis::EndpointNotDeployed);
        CHECK_INVARIANTS(rig);
    }
}

// --- counters -------------------------------------------------------------------------------------

void TestReadinessFailures::countersLatenciesAndErrors()
{
    Rig rig;
    QSignalSpy logged(&rig.ctl, &ReadinessController::requestLogged);
    rig.start();
    rig.api.setResponder(QStringLiteral("metadata"),
                         script({http(404, kInvalidJobId), http(404, kInvalidJobId), http(200, configureReplyJson())}));
    QList<Answer> wf{http(404, kInvalidJobId), http(500, "Internal Server Error"), http(404, kInvalidJobId), http(200),
                     rowsAnswer(makeBlocks(5)), rowsAnswer(makeBlocks(3, 2))};
    while (wf.size() < 20)
        wf.append(http(200));
    for (qsizetype i = 0; i < wf.size(); ++i)
        wf[i] = withLatency(wf[i], double(i + 1));
    rig.api.setResponder(QStringLiteral("waterfall"), script(wf)); // the 21st stays in flight
    rig.configured();
    rig.clock.advance(40'000);
    COMPARE_STATE(rig, JobState::StreamingData);
    QCOMPARE(rig.api.pending(QStringLiteral("waterfall")), 1);

    const auto &polls = rig.ctl.polls();
    QCOMPARE(polls.value(QStringLiteral("configure")), (QMap<QString, int>{{"200", 1}}));
    QCOMPARE(polls.value(QStringLiteral("openapi")), (QMap<QString, int>{{"200", 1}}));
    QCOMPARE(polls.value(QStringLiteral("metadata")), (QMap<QString, int>{{"404", 2}, {"200", 1}}));
    QCOMPARE(polls.value(QStringLiteral("waterfall")), (QMap<QString, int>{{"404", 2}, {"500", 1}, {"200", 15}, {"201", 2}}));
    QCOMPARE(logged.size(), rig.api.answered()); // every reply is in the request log

    QCOMPARE(rig.ctl.rowsReceived(), qint64(8));
    QCOMPARE(rig.ctl.blocksReceived(), qint64(3));
    QCOMPARE(rig.ctl.lastPollLatencyMs().value_or(-1), 20.0);
    QCOMPARE(rig.ctl.p95PollLatencyMs().value_or(-1), 19.0);

    // Errors name the route template, not the concrete path.
    const auto &errors = rig.ctl.errors();
    const auto e500 = std::find_if(errors.begin(), errors.end(),
                                   [](const JobErrorEntry &e) { return e.message.contains(QStringLiteral("500")); });
    QVERIFY(e500 != errors.end());
    QCOMPARE(e500->endpoint, QStringLiteral("/waterfall/{task_id}/{row_count}"));
    QVERIFY(e500->atMs > 0 && e500->atMs <= rig.ctl.elapsedMs());
    for (const JobErrorEntry &e : errors)
        QVERIFY2(!e.endpoint.contains(kJobId), qPrintable(e.endpoint));
    CHECK_INVARIANTS(rig);
}

QTEST_GUILESS_MAIN(TestReadinessFailures)
#include "tst_readinessfailures.moc"
