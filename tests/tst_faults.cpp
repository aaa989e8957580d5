// Hostile servers: every emulator fault against FocusClient (one call: what is reported, with the
// JSON path) and against ReadinessController mid-stream (nothing lost: rows accepted before the
// fault stay counted, the request log keeps the failed request). The event loop must keep running
// through every fault: a 10 ms heartbeat ticks while the faulty request is in flight.
#include "net/focusclient.h"
#include "focusemulator.h"
#include "job/readinesscontroller.h"
#include "support/heartbeat.h"

#include <QTcpServer>
#include <QtTest>
#include <memory>

using namespace wf;
using namespace wf::emu;
using wf::test::Heartbeat;

namespace {

constexpr int kClientTimeoutMs = 1500;
constexpr qint64 kCapBytes = 1 << 20;
constexpr int kNoDecodeError = -1;

struct Expect {
    TransportError transport = TransportError::None;
    int decodeKind = kNoDecodeError; // DecodeErrorKind, or kNoDecodeError
    int status = -1;                 // -1: not checked
    QString text;                    // in the transport detail, decode error, error body or warning
    bool pathNamed = false;          // the decode error names a JSON path
};

ConfigureRequest smallJob()
{
    ConfigureRequest q;
    q.channelMin = 1;
    q.channelMax = 20;
    return q;
}

EmulatorOptions faultOptions(const QString &fault, const QString &route, int after)
{
    EmulatorOptions o;
    o.consumerDelayMs = 0;
    o.fault = fault;
    o.faultRoute = route;
    o.faultAfter = after;
    o.faultDelayMs = fault == QLatin1String("slow") ? 3000 : 300;
    o.faultBytes = fault == QLatin1String("oversize-actual") ? 4 * kCapBytes
                 : fault == QLatin1String("long-string")     ? 200'000
                                                             : 0;
    return o;
}

ClientOptions clientOptions(const FocusEmulator &emu)
{
    ClientOptions co;
    co.baseUrl = QUrl(emu.baseUrl());
    co.timeoutMs = kClientTimeoutMs;
    co.maxBodyBytes = kCapBytes;
    return co;
}

// Everything the client said about one call, as one string, for "contains" checks and messages.
template <typename T> QString evidence(const Reply<T> &r)
{
    return QStringList{transportErrorName(r.info.transport), r.info.transportDetail,
                       r.decodeError ? r.decodeError->toString() : QString(), r.info.errorBody.message,
                       r.info.errorBody.raw.left(120), r.info.warning, r.info.redirectLocation,
                       QStringLiteral("HTTP %1").arg(r.info.httpStatus)}
        .join(QStringLiteral(" | "));
}

} // namespace

Q_DECLARE_METATYPE(Expect)

class TestFaults : public QObject
{
    Q_OBJECT

    // Adds one row per route for a fault, with the same expectation.
    static void row(const char *fault, const QStringList &routes, const Expect &e)
    {
        for (const QString &route : routes)
            QTest::addRow("%s on %s", fault, qPrintable(route)) << QString::fromLatin1(fault) << route << e;
    }

    template <typename T, typename Start> static Reply<T> await(Start start, Heartbeat &beat, int &ticks)
    {
        std::optional<Reply<T>> got;
        const int before = beat.ticks();
        start([&got](const Reply<T> &r) { got = r; });
        QElapsedTimer t;
        t.start();
        while (!got && t.elapsed() < 30'000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        ticks = beat.ticks() - before;
        if (!got) {
            Reply<T> none;
            none.info.transport = TransportError::Other;
            none.info.transportDetail = QStringLiteral("test: no callback");
            return none;
        }
        return *got;
    }

    template <typename T> static void check(const Reply<T> &r, const Expect &e)
    {
        const QString all = evidence(r);
        qInfo().noquote() << "  reported:" << all;
        QCOMPARE(transportErrorName(r.info.transport), transportErrorName(e.transport));
        if (e.status >= 0)
            QCOMPARE(r.info.httpStatus, e.status);
        if (e.decodeKind == kNoDecodeError) {
            QVERIFY2(!r.decodeError, qPrintable(all));
        } else {
            QVERIFY2(r.decodeError, qPrintable(all));
            QCOMPARE(decodeErrorKindName(r.decodeError->kind), decodeErrorKindName(DecodeErrorKind(e.decodeKind)));
            if (e.pathNamed)
                QVERIFY2(!r.decodeError->path.isEmpty(), qPrintable(all));
        }
        QVERIFY2(all.contains(e.text, Qt::CaseInsensitive), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(e.text, all)));
    }

  private slots:
    void clientReportsFault_data();
    void clientReportsFault();
    void controllerKeepsWhatItHad_data();
    void controllerKeepsWhatItHad();
    void connectionRefused();
    void flappingJobIsNotCalledExpired();
    void duplicatedRowsAreCountedAsRepeated();
    void faultRecoversAfterFaultTimes();
};

void TestFaults::clientReportsFault_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("route");
    QTest::addColumn<Expect>("expect");
    using T = TransportError;
    using K = DecodeErrorKind;
    const QStringList all{QStringLiteral("waterfall"), QStringLiteral("metadata"), QStringLiteral("configure")};
    const QStringList wf{QStringLiteral("waterfall")};
    const QStringList small{QStringLiteral("metadata"), QStringLiteral("configure")};
    // The status line did arrive (it stays in the call's info); the body did not.
    row("reset-mid-body", all, {T::ConnectionClosed, kNoDecodeError, -1, QStringLiteral("connection_closed")});
    row("close-after-headers", all, {T::ConnectionClosed, kNoDecodeError, -1, QStringLiteral("connection_closed")});
    row("stall", all, {T::Timeout, kNoDecodeError, 0, QStringLiteral("no complete reply within 1500 ms")});
    row("slow", all, {T::Timeout, kNoDecodeError, 0, QStringLiteral("no complete reply within 1500 ms")});
    row("truncated-json", all, {T::None, int(K::NotJson), -1, QStringLiteral("not_json at "), true});
    row("invalid-utf8", all, {T::None, int(K::NotJson), -1, QStringLiteral("not_json"), true});
    row("wrong-content-type", all, {T::None, kNoDecodeError, -1, QStringLiteral("labelled Content-Type \"text/plain")});
    row("proxy-502", all, {T::None, kNoDecodeError, 502, QStringLiteral("502 Bad Gateway")});
    row("proxy-504", all, {T::None, kNoDecodeError, 504, QStringLiteral("504 Gateway Time-out")});
    row("empty-201", wf, {T::None, int(K::Empty), 201, QStringLiteral("empty")});
    row("null-201", wf, {T::None, int(K::WrongType), 201, QStringLiteral("wrong_type")});
    // The small routes succeed with 200: a 201 there is an unexpected status, reported as such.
    row("empty-201", small, {T::None, kNoDecodeError, 201, QStringLiteral("HTTP 201")});
    row("null-201", small, {T::None, kNoDecodeError, 201, QStringLiteral("HTTP 201")});
    row("array-for-object", all, {T::None, int(K::WrongType), -1, QStringLiteral("expected"), false});
    row("numbers-as-strings", wf, {T::None, int(K::WrongType), -1, QStringLiteral("wrong_type at "), true});
    // Real servers send numbers of the configure reply as strings ("stream_port": "12323"): accepted there.
    row("numbers-as-strings", small, {T::None, kNoDecodeError, 200, QString()});
    row("huge-number", all, {T::None, int(K::OutOfRange), -1, QStringLiteral("out_of_range at "), true});
    row("deep-nesting", small, {T::None, int(K::TooDeep), -1, QStringLiteral("too_deep")});
    // The waterfall decoder reads lazily: it stops at the first block, an array where an object belongs.
    row("deep-nesting", wf, {T::None, int(K::WrongType), -1, QStringLiteral("wrong_type at [0]"), true});
    row("long-string", all, {T::None, int(K::OutOfRange), -1, QStringLiteral("exceeds the limit"), true});
    row("oversize-declared", all, {T::TooLarge, kNoDecodeError, -1, QStringLiteral("declared body of 1099511627776 bytes")});
    row("oversize-actual", all, {T::TooLarge, kNoDecodeError, -1, QStringLiteral("body exceeds the cap of 1048576 bytes")});
    for (const char *r : {"redirect-301", "redirect-302", "redirect-307"})
        row(r, all, {T::Redirect, kNoDecodeError, QByteArray(r).right(3).toInt(), QStringLiteral("/moved/")});
}

void TestFaults::clientReportsFault()
{
    QFETCH(QString, fault);
    QFETCH(QString, route);
    QFETCH(Expect, expect);
    FocusEmulator emu(faultOptions(fault, route, 0));
    QVERIFY2(emu.start() != 0, qPrintable(emu.startError()));
    FocusClient client(clientOptions(emu));
    Heartbeat beat;
    int ticks = 0;
    const auto faulted = [&](auto r) {
        check(r, expect);
        // A blocked loop would tick about never; a live one about once per 10 ms in flight.
        QVERIFY2(ticks >= int(r.info.latencyMs / (100 * wf::test::timeScale())), qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(r.info.latencyMs)));
        QVERIFY2(beat.maxGapMs() < wf::test::Heartbeat::freezeLimitMs(), qPrintable(QStringLiteral("event loop blocked for %1 ms").arg(beat.maxGapMs())));
        QCOMPARE(emu.faults().injected(), qint64(1));
    };
    if (route == QLatin1String("configure")) {
        faulted(await<ConfigureReply>([&](auto cb) { client.configure(smallJob(), cb); }, beat, ticks));
        return;
    }
    const auto configured = await<ConfigureReply>([&](auto cb) { client.configure(smallJob(), cb); }, beat, ticks);
    QVERIFY2(configured.value, qPrintable(evidence(configured)));
    const QString id = configured.value->jobId;
    if (route == QLatin1String("metadata")) {
        faulted(await<ConfigureReply>([&](auto cb) { client.metadata(id, cb); }, beat, ticks));
        return;
    }
    // The waterfall's first reply with rows is the faulted one; "no rows yet" (200) is not.
    for (int i = 0; i < 200 && emu.faults().injected() == 0; ++i) {
        const auto r = await<WaterfallBlocks>([&](auto cb) { client.waterfall(id, 100, cb); }, beat, ticks);
        if (emu.faults().injected() > 0) {
            faulted(r);
            return;
        }
        QCOMPARE(r.info.httpStatus, 200);
        QTest::qWait(30);
    }
    QFAIL("the fault was never injected");
}

void TestFaults::controllerKeepsWhatItHad_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("logged");   // in the controller's errors
    QTest::addColumn<QString>("outcome");  // of the failed request in the request log ("" = HTTP status)
    QTest::addColumn<int>("status");       // of the failed request in the request log
    auto add = [](const char *f, const char *logged, const char *outcome, int status) {
        QTest::newRow(f) << QString::fromLatin1(f) << QString::fromLatin1(logged) << QString::fromLatin1(outcome) << status;
    };
    add("reset-mid-body", "connection_closed", "connection_closed", -1);
    add("close-after-headers", "connection_closed", "connection_closed", -1);
    add("stall", "timeout: no complete reply", "timeout", 0);
    add("slow", "timeout: no complete reply", "timeout", 0);
    add("truncated-json", "not_json", "", 201);
    add("invalid-utf8", "not_json", "", 201);
    add("wrong-content-type", "accepted despite: body labelled Content-Type", "", 201);
    add("proxy-502", "HTML page from a proxy or ingress, not the Focus Server: \"502 Bad Gateway\"", "", 502);
    add("proxy-504", "\"504 Gateway Time-out\"", "", 504);
    add("empty-201", "empty", "", 201);
    add("null-201", "wrong_type", "", 201);
    add("array-for-object", "wrong_type at [0]", "", 201);
    add("numbers-as-strings", "wrong_type at [0]", "", 201);
    add("huge-number", "out_of_range at [0]", "", 201);
    add("deep-nesting", "wrong_type at [0]", "", 201);
    add("long-string", "exceeds the limit", "", 201);
    add("oversize-declared", "declared body of", "too_large", -1);
    add("oversize-actual", "exceeds the cap", "too_large", -1);
    add("redirect-307", "HTTP 307 redirect to /moved/waterfall/", "redirect", 307);
}

void TestFaults::controllerKeepsWhatItHad()
{
    QFETCH(QString, fault);
    QFETCH(QString, logged);
    QFETCH(QString, outcome);
    QFETCH(int, status);
    FocusEmulator emu(faultOptions(fault, QStringLiteral("waterfall"), 2));
    QVERIFY2(emu.start() != 0, qPrintable(emu.startError()));
    FocusClient client(clientOptions(emu));
    ClientJobApi api(&client);
    SystemClock clock;
    ReadinessController ctl(&api, &clock);
    QList<RequestLogEntry> log;
    qint64 rowsBeforeFault = -1;
    int ticksAtFault = 0;
    Heartbeat beat;
    connect(&ctl, &ReadinessController::requestLogged, this, [&](const RequestLogEntry &e) {
        log.append(e);
        if (rowsBeforeFault < 0 && emu.faults().injected() > 0)
            rowsBeforeFault = ctl.rowsReceived();
    });
    connect(&emu, &FocusEmulator::logged, this, [&](const QString &line) {
        if (line.contains(QLatin1String("[fault")) && ticksAtFault == 0)
            ticksAtFault = beat.ticks();
    });
    ReadinessSettings s;
    s.rowCount = 100;
    s.maxNetworkErrors = 2;
    s.maxServerErrors = 2;
    ctl.start(smallJob(), s);
    QTRY_VERIFY_WITH_TIMEOUT(isTerminal(ctl.state()) || std::any_of(ctl.errors().begin(), ctl.errors().end(), [&](const JobErrorEntry &e) {
                                 return e.message.contains(logged);
                             }),
                             30'000);
    QTRY_VERIFY_WITH_TIMEOUT(rowsBeforeFault >= 0, 10'000);
    QStringList errors;
    for (const JobErrorEntry &e : ctl.errors())
        errors << e.message;
    QStringList polls;
    for (auto it = ctl.polls().begin(); it != ctl.polls().end(); ++it)
        for (auto jt = it.value().begin(); jt != it.value().end(); ++jt)
            polls << QStringLiteral("%1 %2 x%3").arg(it.key(), jt.key()).arg(jt.value());
    qInfo().noquote() << "  state:" << jobStateName(ctl.state())
                      << (ctl.diagnosis() ? diagnosisName(*ctl.diagnosis()) : QString()) << polls.join(QStringLiteral(", ")) << "errors:" << errors.join(QStringLiteral(" || ")).left(400);
    QVERIFY2(errors.join(QLatin1Char('\n')).contains(logged), qPrintable(errors.join(QLatin1Char('\n'))));
    // Nothing lost: the two good replies' rows stay counted, and the failed request is in the log.
    QVERIFY(rowsBeforeFault > 0);
    QVERIFY(ctl.rowsReceived() >= rowsBeforeFault);
    const bool inLog = std::any_of(log.begin(), log.end(), [&](const RequestLogEntry &e) {
        return e.path.startsWith(QLatin1String("/waterfall/")) && e.outcome == outcome && (status < 0 || e.httpStatus == status);
    });
    QVERIFY2(inLog, "the failed waterfall request is in the request log");
    // At least the two good polls and the faulted one (counted per outcome: "200", "201", ...).
    int waterfallPolls = 0;
    for (const int n : ctl.polls().value(QStringLiteral("waterfall")))
        waterfallPolls += n;
    QVERIFY2(waterfallPolls >= 3, qPrintable(polls.join(QStringLiteral(", "))));
    QTRY_VERIFY2_WITH_TIMEOUT(beat.ticks() > ticksAtFault + 5, "the event loop keeps running after the fault", 10'000);
    QVERIFY2(beat.maxGapMs() < wf::test::Heartbeat::freezeLimitMs(), qPrintable(QStringLiteral("event loop blocked for %1 ms").arg(beat.maxGapMs())));
    ctl.stop();
}

void TestFaults::connectionRefused()
{
    // A closed port: bind one, note it, close it.
    quint16 port = 0;
    {
        QTcpServer s;
        QVERIFY(s.listen(QHostAddress::LocalHost, 0));
        port = s.serverPort();
    }
    ClientOptions co;
    co.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    co.timeoutMs = kClientTimeoutMs;
    FocusClient client(co);
    ClientJobApi api(&client);
    SystemClock clock;
    ReadinessController ctl(&api, &clock);
    QList<RequestLogEntry> log;
    connect(&ctl, &ReadinessController::requestLogged, this, [&](const RequestLogEntry &e) { log.append(e); });
    Heartbeat beat;
    ctl.start(smallJob());
    QTRY_VERIFY_WITH_TIMEOUT(isTerminal(ctl.state()), 10'000);
    QCOMPARE(diagnosisName(ctl.diagnosis().value()), QStringLiteral("server_unreachable"));
    QVERIFY(!ctl.errors().isEmpty());
    QVERIFY2(ctl.errors().first().message.startsWith(QLatin1String("connection_refused")), qPrintable(ctl.errors().first().message));
    QVERIFY(std::any_of(log.begin(), log.end(), [](const RequestLogEntry &e) { return e.outcome == QLatin1String("connection_refused"); }));
    QVERIFY(beat.maxGapMs() < wf::test::Heartbeat::freezeLimitMs());
}

void TestFaults::flappingJobIsNotCalledExpired()
{
    FocusEmulator emu(faultOptions(QStringLiteral("flap-404"), QStringLiteral("waterfall"), 2));
    QVERIFY(emu.start() != 0);
    FocusClient client(clientOptions(emu));
    ClientJobApi api(&client);
    SystemClock clock;
    ReadinessController ctl(&api, &clock);
    ReadinessSettings s;
    s.maxPollMs = 100;
    ctl.start(smallJob(), s);
    QTRY_VERIFY_WITH_TIMEOUT(ctl.flaps() >= 3, 20'000);
    QCOMPARE(ctl.state(), JobState::StreamingData);
    QVERIFY(emu.faults().injected() >= 3);
    const qint64 rows = ctl.rowsReceived();
    QTRY_VERIFY_WITH_TIMEOUT(ctl.rowsReceived() > rows, 10'000);
    QVERIFY(std::any_of(ctl.errors().begin(), ctl.errors().end(),
                        [](const JobErrorEntry &e) { return e.message.contains(QLatin1String("it flaps")); }));
    ctl.stop();
}

void TestFaults::duplicatedRowsAreCountedAsRepeated()
{
    FocusEmulator emu(faultOptions(QStringLiteral("duplicate-replies"), QStringLiteral("waterfall"), 1));
    QVERIFY(emu.start() != 0);
    FocusClient client(clientOptions(emu));
    ClientJobApi api(&client);
    SystemClock clock;
    ReadinessController ctl(&api, &clock);
    qint64 delivered = 0;
    connect(&ctl, &ReadinessController::rowsReceivedBlocks, this, [&](const std::shared_ptr<const WaterfallBlocks> &b) {
        for (const WaterfallBlock &block : *b)
            delivered += qint64(block.rows.size());
    });
    ctl.start(smallJob());
    QTRY_VERIFY_WITH_TIMEOUT(ctl.repeatedRows() > 0 && emu.faults().injected() >= 2, 20'000);
    ctl.stop();
    // Rows received are the truth of what arrived; the repeats are counted and said, not hidden.
    QCOMPARE(ctl.rowsReceived(), delivered);
    QVERIFY(ctl.rowsReceived() > ctl.repeatedRows());
    QCOMPARE(ctl.state(), JobState::Stopped);
    QVERIFY(std::any_of(ctl.errors().begin(), ctl.errors().end(), [](const JobErrorEntry &e) {
        return e.message.contains(QLatin1String("no newer than rows already received"));
    }));
}

void TestFaults::faultRecoversAfterFaultTimes()
{
    // Three 502 pages from the ingress, then the server is back: the job streams on.
    EmulatorOptions o = faultOptions(QStringLiteral("proxy-502"), QStringLiteral("waterfall"), 1);
    o.faultTimes = 3;
    FocusEmulator emu(o);
    QVERIFY(emu.start() != 0);
    FocusClient client(clientOptions(emu));
    ClientJobApi api(&client);
    SystemClock clock;
    ReadinessController ctl(&api, &clock);
    ReadinessSettings s;
    s.maxPollMs = 100;
    ctl.start(smallJob(), s);
    QTRY_COMPARE_WITH_TIMEOUT(emu.faults().injected(), qint64(3), 20'000);
    const qint64 rows = ctl.rowsReceived();
    QTRY_VERIFY_WITH_TIMEOUT(ctl.rowsReceived() > rows, 10'000);
    QCOMPARE(ctl.state(), JobState::StreamingData);
    QCOMPARE(ctl.polls().value(QStringLiteral("waterfall")).value(QStringLiteral("502")), 3);
    ctl.stop();
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
