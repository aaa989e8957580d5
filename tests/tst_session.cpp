// Session files and their replay, without a server or a sleep: the file format round trip, every
// malformed or hostile file refused with its line number, the recorder's cap, and ReplayJobApi /
// SessionReplay delivering recorded replies at their recorded times on a virtual clock.
#include "api/codecs.h"
#include "session/replayjobapi.h"
#include "session/sessionrecorder.h"
#include "session/sessionreplay.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace wf;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(WF_TEST_DATA "/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

SessionReply reply(qint64 atMs, EndpointId endpoint, int status, const QByteArray &body,
                   TransportError transport = TransportError::None)
{
    SessionReply r;
    r.atMs = atMs;
    r.info.endpoint = endpoint;
    r.info.method = endpointMethod(endpoint);
    r.info.route = endpointPath(endpoint);
    r.info.path = endpointPath(endpoint);
    r.info.httpStatus = status;
    r.info.transport = transport;
    r.info.startedAtMs = 1'700'000'000'000 + atMs;
    r.info.latencyMs = 12.5;
    r.info.contentType = QStringLiteral("application/json");
    r.body = body;
    return r;
}

SessionHeader header()
{
    SessionHeader h;
    h.server = QStringLiteral("http://127.0.0.1:5000");
    h.startedAtMs = 1'700'000'000'000;
    h.request.channelMin = 1;
    h.request.channelMax = 2;
    h.settings.readyTimeoutMs = 1000;
    h.settings.dataTimeoutMs = 2000;
    h.thresholds.consumerCreationMs = 300;
    return h;
}

// A job whose consumer never comes: application 404s on both routes until the ready timeout.
Session consumerNeverCreated()
{
    Session s;
    s.header = header();
    s.replies.push_back(reply(10, EndpointId::OpenApi, 200, fixture("openapi_newer.json")));
    s.replies.push_back(reply(50, EndpointId::Configure, 200, fixture("configure_reply.json")));
    for (qint64 t = 60; t < 1000; t += 100) {
        s.replies.push_back(reply(t, EndpointId::Metadata, 404, fixture("error_invalid_job_id.json")));
        s.replies.push_back(reply(t + 1, EndpointId::Waterfall, 404, fixture("error_invalid_job_id.json")));
    }
    s.trailer = SessionTrailer{1050, QStringLiteral("failed"), QStringLiteral("consumer_not_created")};
    return s;
}

QByteArray encode(const Session &s)
{
    QByteArray out = encodeSessionHeader(s.header) + '\n';
    for (const SessionReply &r : s.replies)
        out += encodeSessionReply(r) + '\n';
    if (s.trailer)
        out += encodeSessionTrailer(*s.trailer) + '\n';
    return out;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT
  private slots:
    void roundTrip();
    void malformed_data();
    void malformed();
    void mutatedFilesNeverCrash();
    void loadRefusesOversizedFile();
    void recorderWritesLoadableLinesAndKeepsItsCap();
    void replayDeliversAtRecordedTime();
    void replaySkipsRepliesRecordedBeforeTheCall();
    void replaySkipsAnotherCallersReplies();
    void abortedCallIsNeverAnswered();
    void timeoutVerdictIsReproducedInVirtualTime();
    void sliceRunFromTheEventLoop();
    void hostileStreamFrameRoundTrips();
};

void TestSession::roundTrip()
{
    Session s = consumerNeverCreated();
    s.header.insecure = true;
    s.header.request.startTimeS = 1'764'946'700;
    s.header.request.endTimeS = 1'764'946'760;
    s.header.settings.backoff = 1.25;
    s.header.thresholds.failAt[size_t(QualityCheck::TimestampGaps)] = 7;
    s.replies.push_back(reply(1001, EndpointId::Waterfall, 0, {}, TransportError::Timeout));
    s.replies.back().info.transportDetail = QStringLiteral("no complete reply within 10000 ms");
    const QByteArray binary("\x00\xff\n{\"", 5);
    s.replies.push_back(reply(1002, EndpointId::LiveMetadata, 200, binary));
    const Result<Session> r = parseSession(encode(s));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    const Session &t = r.value();
    QCOMPARE(t.header.server, s.header.server);
    QCOMPARE(t.header.insecure, true);
    QCOMPARE(t.header.startedAtMs, s.header.startedAtMs);
    QVERIFY(t.header.request == s.header.request);
    QCOMPARE(t.header.settings.backoff, 1.25);
    QCOMPARE(t.header.settings.readyTimeoutMs, 1000);
    QVERIFY(t.header.thresholds == s.header.thresholds);
    QCOMPARE(t.replies.size(), s.replies.size());
    for (size_t i = 0; i < s.replies.size(); ++i) {
        QCOMPARE(t.replies[i].atMs, s.replies[i].atMs);
        QCOMPARE(t.replies[i].info.endpoint, s.replies[i].info.endpoint);
        QCOMPARE(t.replies[i].info.httpStatus, s.replies[i].info.httpStatus);
        QCOMPARE(t.replies[i].info.transport, s.replies[i].info.transport);
        QCOMPARE(t.replies[i].info.transportDetail, s.replies[i].info.transportDetail);
        QCOMPARE(t.replies[i].info.startedAtMs, s.replies[i].info.startedAtMs);
        QCOMPARE(t.replies[i].body, s.replies[i].body);
    }
    QVERIFY(t.trailer);
    QCOMPARE(t.trailer->diagnosis, QStringLiteral("consumer_not_created"));
    QCOMPARE(t.endMs(), qint64(1050));
}

void TestSession::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    const QByteArray good = encode(consumerNeverCreated());
    const QList<QByteArray> lines = good.split('\n');
    auto withLine = [&](int index, const QByteArray &line) {
        QList<QByteArray> l = lines;
        l[index] = line;
        return l.join('\n');
    };
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty file");
    QTest::newRow("truncated") << good.left(good.size() - 40) << QStringLiteral("truncated");
    QTest::newRow("not json") << withLine(2, "{\"type\": \"reply\", ") << QStringLiteral("line 3");
    QTest::newRow("bad base64")
        << withLine(2, QByteArray(lines[2]).replace("\"body\":\"", "\"body\":\"!!*")) << QStringLiteral("line 3: body: not valid base64");
    QTest::newRow("wrong format") << withLine(0, QByteArray(lines[0]).replace("focus-waterfall-session", "pcap"))
                                  << QStringLiteral("not a session recording");
    QTest::newRow("wrong version") << withLine(0, QByteArray(lines[0]).replace("\"version\":1", "\"version\":99"))
                                   << QStringLiteral("version 99 is not supported");
    QTest::newRow("no header") << lines.mid(1).join('\n') << QStringLiteral("line 1");
    QTest::newRow("backwards") << withLine(3, QByteArray(lines[3]).replace("\"at_ms\":60", "\"at_ms\":1"))
                               << QStringLiteral("line 4");
    QTest::newRow("unknown endpoint") << withLine(1, QByteArray(lines[1]).replace("/openapi.json", "/rm-rf"))
                                      << QStringLiteral("line 2: endpoint: unknown endpoint");
    QTest::newRow("after end") << good + encodeSessionTrailer({}) + '\n' << QStringLiteral("after the end");
    QTest::newRow("too many channels")
        << withLine(0, QByteArray(lines[0]).replace("\"max\":2", "\"max\":2000000000")) << QStringLiteral("line 1");
    QTest::newRow("huge line") << good + QByteArray(5000, 'A') + '\n' << QStringLiteral("longer than 4096 bytes");
    QTest::newRow("array") << QByteArray("[]\n") << QStringLiteral("expected a JSON object");
}

void TestSession::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    const Result<Session> r = parseSession(data, 4096);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().toString().contains(expected), qPrintable(r.error().toString()));
}

void TestSession::mutatedFilesNeverCrash()
{
    const QByteArray good = encode(consumerNeverCreated());
    QRandomGenerator rng(42);
    for (int i = 0; i < 3000; ++i) {
        QByteArray d = good;
        const int edits = 1 + int(rng.bounded(4));
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = rng.bounded(int(d.size()));
            switch (rng.bounded(3)) {
            case 0: d[at] = char(rng.bounded(256)); break;
            case 1: d.remove(at, rng.bounded(40)); break;
            default: d.insert(at, QByteArray(int(rng.bounded(8)), char(rng.bounded(256)))); break;
            }
        }
        const Result<Session> r = parseSession(d);
        if (r.ok()) {
            // Whatever parses must also replay without trouble.
            SessionReplay replay(r.value());
            replay.runToEnd();
            QVERIFY(replay.isFinished());
        }
    }
}

void TestSession::loadRefusesOversizedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.jsonl"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(encode(consumerNeverCreated()));
    f.close();
    QVERIFY(loadSession(path).ok());
    const Result<Session> r = loadSession(path, 100);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().toString().contains(QLatin1String("exceeds the cap")), qPrintable(r.error().toString()));
    QVERIFY(!loadSession(dir.filePath(QStringLiteral("missing"))).ok());
}

void TestSession::recorderWritesLoadableLinesAndKeepsItsCap()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rec.jsonl"));
    qint64 now = 0;
    SessionRecorder rec([&now] { return now; });
    QVERIFY(rec.open(path, header()));
    const Session s = consumerNeverCreated();
    for (const SessionReply &r : s.replies) {
        now = r.atMs;
        rec.record(r.info, r.body);
    }
    QCoreApplication::processEvents(); // the queued flush: lines are on disk before the session ends
    Result<Session> partial = loadSession(path);
    QVERIFY2(partial.ok(), qPrintable(partial.ok() ? QString() : partial.error().toString()));
    QCOMPARE(partial.value().replies.size(), s.replies.size());
    QVERIFY(!partial.value().trailer);
    rec.finish(*s.trailer);
    QCOMPARE(loadSession(path).value().trailer->endedAtMs, qint64(1050));

    // A cap: the recording stops with a clear error, and what it holds stays loadable.
    SessionRecorder capped([] { return qint64(5); });
    capped.setMaxBytes(2500);
    QSignalSpy failed(&capped, &SessionRecorder::failed);
    QVERIFY(capped.open(path, header()));
    for (const SessionReply &r : s.replies)
        capped.record(r.info, r.body);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(capped.error(), RecorderError::TooLarge);
    QVERIFY(QFileInfo(path).size() <= 2500);
    QVERIFY(loadSession(path).ok());
    QVERIFY(!capped.isRecording());
    QVERIFY(!SessionRecorder([] { return qint64(0); }).open(dir.filePath(QStringLiteral("no/such/dir/x")), header()));
}

void TestSession::replayDeliversAtRecordedTime()
{
    const Session s = consumerNeverCreated();
    VirtualClock clock;
    ReplayJobApi api(&s, &clock);
    std::optional<Reply<ConfigureReply>> got;
    api.configure({}, [&](const Reply<ConfigureReply> &r) { got = r; });
    clock.advanceTo(49);
    QVERIFY(!got);
    clock.advanceTo(50);
    QVERIFY(got && got->value);
    QCOMPARE(got->value->jobId, QStringLiteral("1-1603"));
    QCOMPARE(got->info.latencyMs, 12.5);
    // Same decoders as the client: a 404 carries its decoded error body.
    std::optional<Reply<WaterfallBlocks>> wf;
    api.waterfall(QStringLiteral("1-1603"), 100, [&](const Reply<WaterfallBlocks> &r) { wf = r; });
    clock.advanceTo(61);
    QVERIFY(wf && !wf->value && !wf->decodeError);
    QCOMPARE(wf->info.httpStatus, 404);
    QCOMPARE(wf->info.errorBody.shape, ErrorShape::Application);
    QCOMPARE(wf->info.errorBody.message, QStringLiteral("Invalid job_id"));
    // Nothing recorded for /live_metadata: the call stays unanswered.
    bool answered = false;
    api.liveMetadata([&](const Reply<LiveMetadata> &) { answered = true; });
    clock.advanceTo(5000);
    QVERIFY(!answered);
    QCOMPARE(api.inFlight(), 1);
}

void TestSession::replaySkipsRepliesRecordedBeforeTheCall()
{
    const Session s = consumerNeverCreated();
    VirtualClock clock;
    ReplayJobApi api(&s, &clock);
    clock.advanceTo(200);
    qint64 at = -1;
    api.metadata(QStringLiteral("1-1603"), [&](const Reply<ConfigureReply> &) { at = clock.nowMs(); });
    clock.advanceTo(10'000);
    QCOMPARE(at, qint64(260)); // not the replies of 60 and 160, which answered earlier calls
}

// A recording made while the endpoint prober shared the client held the probe's replies too: its
// GET /waterfall/focusctl-probe/0 (400) then answered the replayed job's first waterfall poll, and
// the replay ended at once with client_error (seen in tst_guireplay, once in four runs under load).
// The job's calls take only replies to their own paths.
void TestSession::replaySkipsAnotherCallersReplies()
{
    Session s = consumerNeverCreated();
    for (SessionReply &r : s.replies) {
        if (r.info.endpoint == EndpointId::Waterfall)
            r.info.path = QStringLiteral("/waterfall/1-1603/100");
        if (r.info.endpoint == EndpointId::Metadata)
            r.info.path = QStringLiteral("/metadata/1-1603");
    }
    SessionReply probe = reply(55, EndpointId::Waterfall, 400, R"({"error":"row_count must be a positive integer"})");
    probe.info.path = QStringLiteral("/waterfall/focusctl-probe/0");
    SessionReply probeMetadata = reply(55, EndpointId::Metadata, 404, fixture("error_invalid_job_id.json"));
    probeMetadata.info.path = QStringLiteral("/metadata/focusctl-probe");
    s.replies.insert(s.replies.begin() + 2, {probe, probeMetadata});
    VirtualClock clock;
    ReplayJobApi api(&s, &clock);
    clock.advanceTo(50);
    std::optional<Reply<WaterfallBlocks>> wf;
    qint64 metadataAt = -1;
    api.waterfall(QStringLiteral("1-1603"), 100, [&](const Reply<WaterfallBlocks> &r) { wf = r; });
    api.metadata(QStringLiteral("1-1603"), [&](const Reply<ConfigureReply> &) { metadataAt = clock.nowMs(); });
    clock.advanceTo(1000);
    QVERIFY(wf);
    QCOMPARE(wf->info.httpStatus, 404); // the job's own reply of 61, not the probe's 400 of 55
    QCOMPARE(wf->info.path, QStringLiteral("/waterfall/1-1603/100"));
    QCOMPARE(metadataAt, qint64(60));
}

void TestSession::abortedCallIsNeverAnswered()
{
    Session s = consumerNeverCreated();
    s.replies.insert(s.replies.begin() + 2, reply(55, EndpointId::LiveMetadata, 0, {}, TransportError::Aborted));
    s.replies.push_back(reply(2000, EndpointId::LiveMetadata, 200, fixture("live_metadata_ready.json")));
    VirtualClock clock;
    ReplayJobApi api(&s, &clock);
    int calls = 0;
    bool first = false, second = false;
    const JobApi::Id id = api.configure({}, [&](const Reply<ConfigureReply> &) { ++calls; });
    api.liveMetadata([&](const Reply<LiveMetadata> &) { first = true; }); // was aborted when recorded
    api.liveMetadata([&](const Reply<LiveMetadata> &r) { second = r.value.has_value(); });
    api.abort(id);
    clock.advanceTo(3000);
    QCOMPARE(calls, 0);
    QVERIFY(!first);
    QVERIFY(second);
}

void TestSession::timeoutVerdictIsReproducedInVirtualTime()
{
    SessionReplay replay(consumerNeverCreated());
    QSignalSpy finished(&replay, &SessionReplay::finished);
    replay.runToEnd();
    QCOMPARE(finished.count(), 1);
    ReadinessController &c = *replay.controller();
    QCOMPARE(c.diagnosis(), std::optional<Diagnosis>(Diagnosis::ConsumerNotCreated));
    QCOMPARE(c.timeline().configured, std::optional<qint64>(50));
    // The 1 s ready timeout counted from the configure reply, in virtual time.
    QCOMPARE(replay.positionMs(), qint64(1050));
    QCOMPARE(c.polls().value(QStringLiteral("configure")).value(QStringLiteral("200")), 1);
    QVERIFY(c.polls().value(QStringLiteral("metadata")).value(QStringLiteral("404")) >= 3);
}

void TestSession::sliceRunFromTheEventLoop()
{
    SessionReplay replay(consumerNeverCreated());
    QSignalSpy finished(&replay, &SessionReplay::finished);
    QSignalSpy progress(&replay, &SessionReplay::progress);
    replay.start();
    QVERIFY(replay.isRunning());
    QVERIFY(finished.wait(5000));
    QCOMPARE(replay.controller()->diagnosis(), std::optional<Diagnosis>(Diagnosis::ConsumerNotCreated));
    QVERIFY(progress.count() >= 1);
    QCOMPARE(progress.last().at(0).toLongLong(), replay.endMs());
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"

// A hostile server's NaN or infinite scale and the viewer's own dropped frames are kept by a recording
// (JSON has no NaN: Qt wrote null, and the recording did not load again).
void TestSession::hostileStreamFrameRoundTrips()
{
    Session s = consumerNeverCreated();
    for (auto [lo, hi] : {std::pair{qQNaN(), 1.0}, std::pair{0.0, qInf()}, std::pair{-qInf(), qInf()}}) {
        SessionStreamEvent e;
        e.atMs = 2000;
        e.event.kind = StreamEvent::Kind::Frame;
        e.event.frame.globalMinimum = float(lo);
        e.event.frame.globalMaximum = float(hi);
        e.event.droppedFrames = 3;
        e.event.droppedLines = 4;
        s.streamEvents.push_back(e);
    }
    QByteArray text = encode(s);
    text.chop(text.size() - text.lastIndexOf('\n', text.size() - 2) - 1); // the trailer goes last
    for (const SessionStreamEvent &e : s.streamEvents)
        text += encodeSessionStreamEvent(e) + '\n';
    text += encodeSessionTrailer(*s.trailer) + '\n';
    const Result<Session> back = parseSession(text);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().toString()));
    QCOMPARE(int(back.value().streamEvents.size()), 3);
    const StreamEvent &nan = back.value().streamEvents[0].event;
    QVERIFY(std::isnan(nan.frame.globalMinimum));
    QCOMPARE(back.value().streamEvents[1].event.frame.globalMaximum, std::numeric_limits<float>::infinity());
    QCOMPARE(back.value().streamEvents[2].event.frame.globalMinimum, -std::numeric_limits<float>::infinity());
    QCOMPARE(nan.droppedFrames, 3);
    QCOMPARE(nan.droppedLines, 4);
}
