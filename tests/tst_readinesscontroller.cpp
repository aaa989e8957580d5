// ReadinessController against a scripted server and a manual clock: every story of the contract
// (delayed consumer, route not deployed, consumer never created, expiry, 208, 400, 5xx, network,
// configure refusals, no data), the polling cadence and pace, and stop — all without sleeping.
#include "codecs.h"
#include "readinesscontroller.h"

#include <QPointer>
#include <QSignalSpy>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <vector>

using namespace wf;

namespace {

// --- time -----------------------------------------------------------------------------------------

// A clock that only moves when the test says so. advance() fires every due callback in time order
// (ties in scheduling order), including callbacks scheduled by callbacks during the advance.
class ManualClock final : public Clock
{
  public:
    explicit ManualClock(qint64 startMs) : m_now(startMs) {}

    qint64 nowMs() const override { return m_now; }
    quint64 callAfter(int ms, QObject *context, std::function<void()> f) override
    {
        const quint64 handle = ++m_next;
        m_timers.push_back({m_now + std::max(ms, 0), handle, context, context != nullptr, std::move(f)});
        return handle;
    }
    void cancel(quint64 handle) override
    {
        std::erase_if(m_timers, [handle](const Timer &t) { return t.handle == handle; });
    }

    void advance(qint64 ms)
    {
        const qint64 target = m_now + std::max<qint64>(ms, 0);
        for (;;) {
            auto due = std::min_element(m_timers.begin(), m_timers.end(), [](const Timer &a, const Timer &b) {
                return a.at != b.at ? a.at < b.at : a.handle < b.handle;
            });
            if (due == m_timers.end() || due->at > target)
                break;
            Timer t = std::move(*due);
            m_timers.erase(due);
            m_now = t.at;
            if (!t.hasContext || t.context)
                t.f();
        }
        m_now = target;
    }
    void advanceTo(qint64 atMs) { advance(atMs - m_now); }
    // Moves time without running the timers that fall due: an event loop too busy to run them yet.
    void jumpTo(qint64 atMs) { m_now = std::max(m_now, atMs); }
    int pendingTimers() const { return int(m_timers.size()); }

  private:
    struct Timer {
        qint64 at;
        quint64 handle;
        QPointer<QObject> context;
        bool hasContext;
        std::function<void()> f;
    };
    qint64 m_now;
    quint64 m_next = 0;
    std::vector<Timer> m_timers;
};

// --- the scripted server --------------------------------------------------------------------------

// One answer of the scripted server: an HTTP status with a body (or ready-made waterfall blocks for
// a 201), or a transport error instead of any HTTP reply.
struct Answer {
    int status = 0;
    QByteArray body;
    std::optional<WaterfallBlocks> blocks;
    TransportError transport = TransportError::None;
    int delayMs = 0;        // responders only: when the answer arrives after the request
    double latencyMs = 5.0; // what CallInfo reports
};

Answer http(int status, const QByteArray &body = {})
{
    Answer a;
    a.status = status;
    a.body = body;
    return a;
}

Answer rowsAnswer(WaterfallBlocks blocks)
{
    Answer a;
    a.status = 201;
    a.blocks = std::move(blocks);
    return a;
}

Answer netError(TransportError e)
{
    Answer a;
    a.transport = e;
    return a;
}

Answer withLatency(Answer a, double ms)
{
    a.latencyMs = ms;
    return a;
}

// What the controller asked, when, and what became of it.
struct CallRecord {
    JobApi::Id id = 0;
    EndpointId endpointId = EndpointId::Ack;
    QString endpoint; // "configure", "metadata", "waterfall", "openapi"
    QString path;
    QString jobId;
    int rowCount = 0;
    qint64 atMs = 0;
    std::optional<qint64> answeredAtMs;
    int status = 0; // 0 for a transport error
    TransportError transport = TransportError::None;
    bool aborted = false;

    bool pending() const { return !answeredAtMs && !aborted; }
};

constexpr qint64 kEpochBaseMs = 1'764'946'700'000;

CallInfo callInfo(const CallRecord &c, const Answer &a)
{
    CallInfo info;
    info.endpoint = c.endpointId;
    info.method = endpointMethod(c.endpointId);
    info.route = endpointPath(c.endpointId);
    info.path = c.path;
    info.startedAtMs = kEpochBaseMs + c.atMs;
    info.transport = a.transport;
    info.httpStatus = a.transport == TransportError::None ? a.status : 0;
    info.latencyMs = a.latencyMs;
    info.bytes = a.body.size();
    if (a.transport != TransportError::None)
        info.transportDetail = QStringLiteral("scripted ") + transportErrorName(a.transport);
    if (info.gotHttpReply() && (info.httpStatus < 200 || info.httpStatus >= 300))
        info.errorBody = decodeErrorBody(a.body);
    return info;
}

Result<WaterfallBlocks> decodeWaterfallBody(const QByteArray &body)
{
    return decodeWaterfall(body);
}

// A JobApi that records every call and lets the test answer each one by hand, or through a
// responder per endpoint (answers scheduled on the manual clock, never synchronously). Like
// FocusClient, an aborted call never calls back.
class ScriptedApi final : public JobApi
{
  public:
    using Responder = std::function<std::optional<Answer>(const CallRecord &)>;

    explicit ScriptedApi(ManualClock *clock) : m_clock(clock) {}

    Id configure(const ConfigureRequest &, FocusClient::Callback<ConfigureReply> done) override
    {
        return record(EndpointId::Configure, QStringLiteral("/configure"), {}, 0,
                      deliverer<ConfigureReply>(std::move(done), 200, &decodeConfigureReply));
    }
    Id metadata(const QString &jobId, FocusClient::Callback<ConfigureReply> done) override
    {
        return record(EndpointId::Metadata, QStringLiteral("/metadata/") + jobId, jobId, 0,
                      deliverer<ConfigureReply>(std::move(done), 200, &decodeConfigureReply));
    }
    Id waterfall(const QString &jobId, int rowCount, FocusClient::Callback<WaterfallBlocks> done) override
    {
        return record(EndpointId::Waterfall, QStringLiteral("/waterfall/%1/%2").arg(jobId).arg(rowCount), jobId,
                      rowCount, deliverer<WaterfallBlocks>(std::move(done), 201, &decodeWaterfallBody));
    }
    Id openApi(FocusClient::Callback<OpenApiDoc> done) override
    {
        return record(EndpointId::OpenApi, QStringLiteral("/openapi.json"), {}, 0,
                      deliverer<OpenApiDoc>(std::move(done), 200, &decodeOpenApi));
    }
    void abort(Id id) override
    {
        if (id == 0 || id > m_calls.size()) {
            m_problems << QStringLiteral("abort of unknown call %1").arg(id);
            return;
        }
        CallRecord &c = m_calls[id - 1];
        if (!c.pending()) {
            m_problems << QStringLiteral("abort of call %1 (%2), which is no longer in flight").arg(id).arg(c.endpoint);
            return;
        }
        c.aborted = true;
        m_deliver.erase(id);
        m_aborted.append(id);
    }

    void setResponder(const QString &endpoint, Responder r) { m_responders[endpoint] = std::move(r); }
    void clearResponder(const QString &endpoint) { m_responders.erase(endpoint); }

    // Answers one call now. False (and a recorded problem) when it is not in flight.
    bool answer(Id id, const Answer &a)
    {
        if (id == 0 || id > m_calls.size() || !m_calls[id - 1].pending()) {
            m_problems << QStringLiteral("the test answered call %1, which is not in flight").arg(id);
            return false;
        }
        deliver(id, a);
        return true;
    }
    // Answers the oldest call of `endpoint` still in flight.
    bool answerNext(const QString &endpoint, const Answer &a)
    {
        for (const CallRecord &c : m_calls)
            if (c.endpoint == endpoint && c.pending())
                return answer(c.id, a);
        m_problems << QStringLiteral("the test answered %1, but no such call is in flight").arg(endpoint);
        return false;
    }
    bool answerConfigure(int status, const QByteArray &body = {}) { return answerNext(QStringLiteral("configure"), http(status, body)); }
    bool answerMetadata(int status, const QByteArray &body = {}) { return answerNext(QStringLiteral("metadata"), http(status, body)); }
    bool answerWaterfall(int status, const QByteArray &body = {}) { return answerNext(QStringLiteral("waterfall"), http(status, body)); }
    bool answerWaterfall(WaterfallBlocks blocks) { return answerNext(QStringLiteral("waterfall"), rowsAnswer(std::move(blocks))); }
    bool failNext(const QString &endpoint, TransportError e) { return answerNext(endpoint, netError(e)); }

    QList<CallRecord> calls(const QString &endpoint = {}) const
    {
        QList<CallRecord> out;
        for (const CallRecord &c : m_calls)
            if (endpoint.isEmpty() || c.endpoint == endpoint)
                out.append(c);
        return out;
    }
    QList<qint64> times(const QString &endpoint) const
    {
        QList<qint64> out;
        for (const CallRecord &c : m_calls)
            if (c.endpoint == endpoint)
                out.append(c.atMs);
        return out;
    }
    QList<Id> pendingIds(const QString &endpoint = {}) const
    {
        QList<Id> out;
        for (const CallRecord &c : m_calls)
            if (c.pending() && (endpoint.isEmpty() || c.endpoint == endpoint))
                out.append(c.id);
        return out;
    }
    int pending(const QString &endpoint = {}) const { return int(pendingIds(endpoint).size()); }
    // Answered calls of `endpoint` with this HTTP status (0: transport errors).
    int answeredWith(const QString &endpoint, int status) const
    {
        return int(std::count_if(m_calls.begin(), m_calls.end(), [&](const CallRecord &c) {
            return c.endpoint == endpoint && c.answeredAtMs && c.status == status;
        }));
    }
    int answered() const
    {
        return int(std::count_if(m_calls.begin(), m_calls.end(), [](const CallRecord &c) { return bool(c.answeredAtMs); }));
    }
    const QList<Id> &aborted() const { return m_aborted; }
    int maxInFlight(const QString &endpoint) const
    {
        const auto it = m_maxInFlight.find(endpoint);
        return it == m_maxInFlight.end() ? 0 : it->second;
    }
    const QStringList &problems() const { return m_problems; }

  private:
    using Deliver = std::function<void(const CallRecord &, const Answer &)>;

    template <typename T>
    static Deliver deliverer(FocusClient::Callback<T> done, int successStatus, Result<T> (*decode)(const QByteArray &))
    {
        return [done = std::move(done), successStatus, decode](const CallRecord &c, const Answer &a) {
            Reply<T> r;
            r.info = callInfo(c, a);
            if (r.info.gotHttpReply() && r.info.httpStatus == successStatus) {
                std::optional<T> given;
                if constexpr (std::is_same_v<T, WaterfallBlocks>)
                    given = a.blocks;
                if (given) {
                    r.value = std::move(given);
                } else {
                    Result<T> res = decode(a.body);
                    if (res.ok())
                        r.value = std::move(res).value();
                    else
                        r.decodeError = res.error();
                }
            }
            done(r);
        };
    }

    static QString keyOf(EndpointId e)
    {
        switch (e) {
        case EndpointId::Configure: return QStringLiteral("configure");
        case EndpointId::Metadata: return QStringLiteral("metadata");
        case EndpointId::Waterfall: return QStringLiteral("waterfall");
        case EndpointId::OpenApi: return QStringLiteral("openapi");
        default: return QStringLiteral("other");
        }
    }

    Id record(EndpointId endpointId, const QString &path, const QString &jobId, int rowCount, Deliver d)
    {
        const Id id = Id(m_calls.size() + 1);
        CallRecord c;
        c.id = id;
        c.endpointId = endpointId;
        c.endpoint = keyOf(endpointId);
        c.path = path;
        c.jobId = jobId;
        c.rowCount = rowCount;
        c.atMs = m_clock->nowMs();
        int &most = m_maxInFlight[c.endpoint];
        most = std::max(most, pending(c.endpoint) + 1);
        m_calls.push_back(c);
        m_deliver[id] = std::move(d);
        if (auto it = m_responders.find(c.endpoint); it != m_responders.end()) {
            if (const std::optional<Answer> a = it->second(c)) {
                m_clock->callAfter(a->delayMs, &m_context, [this, id, a = *a] {
                    if (m_calls[id - 1].pending())
                        deliver(id, a);
                });
            }
        }
        return id;
    }

    void deliver(Id id, const Answer &a)
    {
        CallRecord &c = m_calls[id - 1];
        c.answeredAtMs = m_clock->nowMs();
        c.status = a.transport == TransportError::None ? a.status : 0;
        c.transport = a.transport;
        const CallRecord copy = c; // the callback may add calls (and move m_calls)
        Deliver d = std::move(m_deliver[id]);
        m_deliver.erase(id);
        d(copy, a);
    }

    ManualClock *m_clock;
    QObject m_context;
    std::vector<CallRecord> m_calls;
    std::map<Id, Deliver> m_deliver;
    std::map<QString, Responder> m_responders;
    std::map<QString, int> m_maxInFlight;
    QList<Id> m_aborted;
    QStringList m_problems;
};

ScriptedApi::Responder always(const Answer &a)
{
    return [a](const CallRecord &) { return std::optional<Answer>(a); };
}

// The answers in order, then `then` for every further call (nullopt: leave them in flight).
ScriptedApi::Responder script(QList<Answer> answers, std::optional<Answer> then = std::nullopt)
{
    auto next = std::make_shared<qsizetype>(0);
    return [answers = std::move(answers), then, next](const CallRecord &) -> std::optional<Answer> {
        if (*next < answers.size())
            return answers.at((*next)++);
        return then;
    };
}

// --- bodies (literal, as the server sends them) --------------------------------------------------

const QString kJobId = QStringLiteral("3-17");
const QString kWaterfallRoute = QStringLiteral("/waterfall/{task_id}/{row_count}");
const QByteArray kInvalidJobId = R"({"error": "Invalid job_id"})";
const QByteArray kNotFound = R"({"detail": "Not Found"})";

// The route list of a server deployed today (no waterfall) and of the newer API.
// (Single-line raw strings: moc's preprocessor trips over multi-line ones.)
const QByteArray kOpenApiDeployed =
    R"({"openapi": "3.1.0", "info": {"title": "Focus Server", "version": "0.1.0"},)"
    R"( "paths": {"/ack": {"get": {}}, "/channels": {"get": {}}, "/live_metadata": {"get": {}},)"
    R"( "/configure": {"post": {}}, "/metadata/{job_id}": {"get": {}}, "/recordings_in_time_range": {"post": {}}}})";
const QByteArray kOpenApiNewer =
    R"({"openapi": "3.1.0", "info": {"title": "Focus Server", "version": "0.2.0"},)"
    R"( "paths": {"/ack": {"get": {}}, "/configure": {"post": {}}, "/metadata/{task_id}": {"get": {}},)"
    R"( "/waterfall/{task_id}/{row_count}": {"get": {}}, "/sensors": {"get": {}}, "/config/{task_id}": {"post": {}}}})";

const QByteArray kWaterfall201 =
    R"([ { "rows": [ { "canvasId": "c1",)"
    R"(   "sensors": [ {"id": 0, "intensity": [12.5, 13.0, 11.8]},)"
    R"(                {"id": 1, "intensity": [10.1, 9.7, 10.4]} ],)"
    R"(   "startTimestamp": 1764946703000,)"
    R"(   "endTimestamp":   1764946703500 } ],)"
    R"(  "current_max_amp": 1143.47,)"
    R"(  "current_min_amp": 0.0 } ])";

QByteArray configureReplyJson(double linesDt = 0.5, const QString &jobId = kJobId)
{
    const QString json = QString::fromUtf8(
        R"({"status": "", "job_id": "%1", "lines_dt": %2,)"
        R"( "frequencies_list": [0.0, 1.9512, 3.9024], "frequencies_amount": 256, "channel_amount": 50,)"
        R"( "channel_to_stream_index": {"1": 0, "17": 0, "18": 1, "35": 2, "50": 2}, "stream_amount": 3,)"
        R"( "stream_url": "http://10.10.100.113", "stream_port": 12303, "view_type": 0, "metadata": {}})");
    return json.arg(jobId)
        .arg(linesDt)
        .toUtf8();
}

// `rows` rows of two sensors, spread round-robin over `blocks` blocks.
WaterfallBlocks makeBlocks(int rows, int blocks = 1)
{
    WaterfallBlocks out(size_t(std::max(blocks, 1)));
    for (int i = 0; i < rows; ++i) {
        WaterfallRow r;
        r.canvasId = "c1";
        r.startMs = 1'764'946'703'000 + qint64(i) * 30;
        r.endMs = r.startMs + 30;
        r.sensorIds = {0, 1};
        r.offsets = {0, 1, 2};
        r.samples = {12.5f, 10.1f};
        out[size_t(i) % out.size()].rows.push_back(std::move(r));
    }
    for (WaterfallBlock &b : out) {
        b.currentMinAmp = 10.1;
        b.currentMaxAmp = 12.5;
    }
    return out;
}

QString stateName(JobState s)
{
    return jobStateName(s);
}

QString diagName(std::optional<Diagnosis> d)
{
    return d ? diagnosisName(*d) : QStringLiteral("(none)");
}

QList<qint64> intervals(const QList<qint64> &times)
{
    QList<qint64> out;
    for (qsizetype i = 1; i < times.size(); ++i)
        out.append(times[i] - times[i - 1]);
    return out;
}

QString join(const QList<qint64> &v)
{
    QStringList s;
    for (qint64 x : v)
        s << QString::number(x);
    return s.join(QStringLiteral(", "));
}

// --- the rig --------------------------------------------------------------------------------------

// Clock, server and controller, plus what the controller's signals said. Declaration order matters:
// the controller goes first on destruction (it aborts its calls on the still-living server).
struct Rig {
    ManualClock clock{5'000'000}; // not 0: nothing may assume the clock starts there
    ScriptedApi api{&clock};
    ReadinessController ctl{&api, &clock};
    ReadinessSettings settings;

    qint64 startedAt = 0;
    qint64 configuredAt = 0;
    QList<JobState> states;
    int finishedCount = 0;
    std::optional<qint64> finishedAt;
    JobState finishedState = JobState::Idle;
    Diagnosis finishedDiagnosis = Diagnosis::Stopped;
    qsizetype callsAtFinish = 0;
    int pendingAtFinish = 0;
    qint64 rowsSignalled = 0;

    Rig()
    {
        QObject::connect(&ctl, &ReadinessController::stateChanged, &ctl, [this](JobState s) { states.append(s); });
        QObject::connect(&ctl, &ReadinessController::finished, &ctl, [this](JobState s, Diagnosis d) {
            ++finishedCount;
            finishedAt = clock.nowMs();
            finishedState = s;
            finishedDiagnosis = d;
            callsAtFinish = api.calls().size();
            pendingAtFinish = api.pending();
        });
        QObject::connect(&ctl, &ReadinessController::rowsReceivedBlocks, &ctl,
                         [this](const std::shared_ptr<const WaterfallBlocks> &b) {
                             for (const WaterfallBlock &block : *b)
                                 rowsSignalled += qint64(block.rows.size());
                         });
    }

    void start()
    {
        startedAt = clock.nowMs();
        ctl.start(ConfigureRequest{}, settings);
    }

    // The route list (unless null) and then /configure answer after `roundTripMs`; returns the
    // clock time of the configure reply, where the job's timeline starts. Set responders first:
    // the first polls leave at once.
    qint64 configured(double linesDt = 0.5, const QByteArray &openApi = kOpenApiNewer, int roundTripMs = 40)
    {
        clock.advance(roundTripMs);
        if (!openApi.isNull())
            api.answerNext(QStringLiteral("openapi"), http(200, openApi));
        configuredAt = clock.nowMs(); // before the reply: responders may look at it for the first polls
        api.answerConfigure(200, configureReplyJson(linesDt));
        return configuredAt;
    }

    qint64 sinceConfigured() const { return clock.nowMs() - configuredAt; }
};

// What must hold after every scenario: at most one request per job route in flight, one finished()
// for a terminal state, nothing in flight or sent after it (checked ten minutes later).
QString invariantProblems(Rig &rig)
{
    QStringList p = rig.api.problems();
    for (const char *ep : {"waterfall", "metadata", "configure", "openapi"})
        if (rig.api.maxInFlight(QLatin1String(ep)) > 1)
            p << QStringLiteral("%1 %2 requests in flight at once").arg(rig.api.maxInFlight(QLatin1String(ep))).arg(QLatin1String(ep));
    if (!rig.states.isEmpty() && rig.states.last() != rig.ctl.state())
        p << QStringLiteral("the last stateChanged (%1) is not state() (%2)").arg(stateName(rig.states.last()), stateName(rig.ctl.state()));
    if (isTerminal(rig.ctl.state())) {
        if (rig.finishedCount != 1)
            p << QStringLiteral("finished() emitted %1 times").arg(rig.finishedCount);
        if (rig.finishedState != rig.ctl.state())
            p << QStringLiteral("finished() said %1").arg(stateName(rig.finishedState));
        if (rig.finishedDiagnosis != rig.ctl.diagnosis().value_or(Diagnosis::Stopped))
            p << QStringLiteral("finished() said %1").arg(diagnosisName(rig.finishedDiagnosis));
        if (rig.pendingAtFinish != 0)
            p << QStringLiteral("%1 calls left in flight (not aborted) at the terminal state").arg(rig.pendingAtFinish);
        const QString before = diagName(rig.ctl.diagnosis());
        rig.clock.advance(10 * 60'000);
        if (rig.api.calls().size() != rig.callsAtFinish)
            p << QStringLiteral("%1 requests sent after the terminal state").arg(rig.api.calls().size() - rig.callsAtFinish);
        if (diagName(rig.ctl.diagnosis()) != before)
            p << QStringLiteral("the diagnosis changed after the terminal state");
    } else if (rig.finishedCount != 0) {
        p << QStringLiteral("finished() emitted in the non-terminal state %1").arg(stateName(rig.ctl.state()));
    }
    return p.join(QStringLiteral("; "));
}

} // namespace

Q_DECLARE_METATYPE(Answer)
Q_DECLARE_METATYPE(wf::JobState)
Q_DECLARE_METATYPE(wf::Diagnosis)

#define CHECK_INVARIANTS(rig)                                                                                       \
    do {                                                                                                            \
        const QString problems_ = invariantProblems(rig);                                                           \
        QVERIFY2(problems_.isEmpty(), qPrintable(problems_));                                                       \
    } while (false)

#define COMPARE_STATE(rig, s) QCOMPARE(stateName((rig).ctl.state()), stateName(s))
#define COMPARE_DIAGNOSIS(rig, d) QCOMPARE(diagName((rig).ctl.diagnosis()), diagName(d))

class TestReadinessController : public QObject
{
    Q_OBJECT

  private slots:
    void manualClockFiresInTimeOrder();

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

void TestReadinessController::manualClockFiresInTimeOrder()
{
    ManualClock clock(1000);
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

void TestReadinessController::serverErrorBursts_data()
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

void TestReadinessController::serverErrorBursts()
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
void TestReadinessController::malformedRepliesAreFindings_data()
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

void TestReadinessController::malformedRepliesAreFindings()
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

void TestReadinessController::serverErrorsWhileWaiting()
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

void TestReadinessController::networkErrors_data()
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

void TestReadinessController::networkErrors()
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

void TestReadinessController::configureOutcomes_data()
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

void TestReadinessController::configureOutcomes()
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

void TestReadinessController::noData_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("dataTimeoutMs");
    QTest::newRow("waterfall 200 forever") << "200" << ReadinessSettings{}.dataTimeoutMs;
    QTest::newRow("waterfall 201 without rows") << "201 empty" << ReadinessSettings{}.dataTimeoutMs;
    QTest::newRow("metadata alive, waterfall application 404") << "metadata only" << ReadinessSettings{}.dataTimeoutMs;
    QTest::newRow("waterfall 200, 5 s data timeout") << "200" << 5000;
}

void TestReadinessController::noData()
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

void TestReadinessController::rowsJustBeforeTheDataTimeout()
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
void TestReadinessController::repeatedRowsAreSaidAFewTimes()
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

void TestReadinessController::replyAfterALateDeadline_data()
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
void TestReadinessController::replyAfterALateDeadline()
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

void TestReadinessController::streamingPace_data()
{
    QTest::addColumn<double>("linesDt");
    QTest::addColumn<int>("rowCount");
    QTest::addColumn<int>("intervalMs");
    QTest::newRow("0.03 s × 100 rows: 1500 ms, capped at 1000") << 0.03 << 100 << 1000;
    QTest::newRow("0.03 s × 10 rows: 150 ms") << 0.03 << 10 << 150;
    QTest::newRow("0.5 s × 100 rows (contract's example): capped") << 0.5 << 100 << 1000;
    QTest::newRow("0.002 s × 50 rows: 50 ms") << 0.002 << 50 << 50;
}

void TestReadinessController::streamingPace()
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

void TestReadinessController::fullPollIsFollowedAtOnce()
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

void TestReadinessController::stopInEveryNonTerminalState_data()
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

void TestReadinessController::stopInEveryNonTerminalState()
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

void TestReadinessController::stopBeforeStartAndAfterTheEnd()
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

void TestReadinessController::countersLatenciesAndErrors()
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

QTEST_GUILESS_MAIN(TestReadinessController)
#include "tst_readinesscontroller.moc"
