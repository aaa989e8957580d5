#pragma once
// The rig of the ReadinessController tests: a scripted server (ScriptedApi: every call recorded,
// answered by hand or by a responder per endpoint, on a VirtualClock, never synchronously), canned
// replies, and the invariants every test checks. Header-only; one test executable includes it once.
#include "api/codecs.h"
#include "job/readinesscontroller.h"
#include "base/virtualclock.h"

#include <QPointer>
#include <QSignalSpy>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <vector>

namespace wf::testing {

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

inline Answer http(int status, const QByteArray &body = {})
{
    Answer a;
    a.status = status;
    a.body = body;
    return a;
}

inline Answer rowsAnswer(WaterfallBlocks blocks)
{
    Answer a;
    a.status = 201;
    a.blocks = std::move(blocks);
    return a;
}

inline Answer netError(TransportError e)
{
    Answer a;
    a.transport = e;
    return a;
}

inline Answer withLatency(Answer a, double ms)
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

inline CallInfo callInfo(const CallRecord &c, const Answer &a)
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

inline Result<WaterfallBlocks> decodeWaterfallBody(const QByteArray &body)
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

    explicit ScriptedApi(VirtualClock *clock) : m_clock(clock) {}

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

    VirtualClock *m_clock;
    QObject m_context;
    std::vector<CallRecord> m_calls;
    std::map<Id, Deliver> m_deliver;
    std::map<QString, Responder> m_responders;
    std::map<QString, int> m_maxInFlight;
    QList<Id> m_aborted;
    QStringList m_problems;
};

inline ScriptedApi::Responder always(const Answer &a)
{
    return [a](const CallRecord &) { return std::optional<Answer>(a); };
}

// The answers in order, then `then` for every further call (nullopt: leave them in flight).
inline ScriptedApi::Responder script(QList<Answer> answers, std::optional<Answer> then = std::nullopt)
{
    auto next = std::make_shared<qsizetype>(0);
    return [answers = std::move(answers), then, next](const CallRecord &) -> std::optional<Answer> {
        if (*next < answers.size())
            return answers.at((*next)++);
        return then;
    };
}

// --- bodies (literal, as the server sends them) --------------------------------------------------

inline const QString kJobId = QStringLiteral("3-17");
inline const QString kWaterfallRoute = QStringLiteral("/waterfall/{task_id}/{row_count}");
inline const QByteArray kInvalidJobId = R"({"error": "Invalid job_id"})";
inline const QByteArray kNotFound = R"({"detail": "Not Found"})";

// The route list of a server deployed today (no waterfall) and of the newer API.
// (Single-line raw strings: moc's preprocessor trips over multi-line ones.)
inline const QByteArray kOpenApiDeployed =
    R"({"openapi": "3.1.0", "info": {"title": "Focus Server", "version": "0.1.0"},)"
    R"( "paths": {"/ack": {"get": {}}, "/channels": {"get": {}}, "/live_metadata": {"get": {}},)"
    R"( "/configure": {"post": {}}, "/metadata/{job_id}": {"get": {}}, "/recordings_in_time_range": {"post": {}}}})";
inline const QByteArray kOpenApiNewer =
    R"({"openapi": "3.1.0", "info": {"title": "Focus Server", "version": "0.2.0"},)"
    R"( "paths": {"/ack": {"get": {}}, "/configure": {"post": {}}, "/metadata/{task_id}": {"get": {}},)"
    R"( "/waterfall/{task_id}/{row_count}": {"get": {}}, "/sensors": {"get": {}}, "/config/{task_id}": {"post": {}}}})";

inline const QByteArray kWaterfall201 =
    R"([ { "rows": [ { "canvasId": "c1",)"
    R"(   "sensors": [ {"id": 0, "intensity": [12.5, 13.0, 11.8]},)"
    R"(                {"id": 1, "intensity": [10.1, 9.7, 10.4]} ],)"
    R"(   "startTimestamp": 1764946703000,)"
    R"(   "endTimestamp":   1764946703500 } ],)"
    R"(  "current_max_amp": 1143.47,)"
    R"(  "current_min_amp": 0.0 } ])";

inline QByteArray configureReplyJson(double linesDt = 0.5, const QString &jobId = kJobId)
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
inline WaterfallBlocks makeBlocks(int rows, int blocks = 1)
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

inline QString stateName(JobState s)
{
    return jobStateName(s);
}

inline QString diagName(std::optional<Diagnosis> d)
{
    return d ? diagnosisName(*d) : QStringLiteral("(none)");
}

inline QList<qint64> intervals(const QList<qint64> &times)
{
    QList<qint64> out;
    for (qsizetype i = 1; i < times.size(); ++i)
        out.append(times[i] - times[i - 1]);
    return out;
}

inline QString join(const QList<qint64> &v)
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
    VirtualClock clock{5'000'000}; // not 0: nothing may assume the clock starts there
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
inline QString invariantProblems(Rig &rig)
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

} // namespace wf::testing

Q_DECLARE_METATYPE(wf::testing::Answer)
Q_DECLARE_METATYPE(wf::JobState)
Q_DECLARE_METATYPE(wf::Diagnosis)

#define CHECK_INVARIANTS(rig)                                                                                       \
    do {                                                                                                            \
        const QString problems_ = invariantProblems(rig);                                                           \
        QVERIFY2(problems_.isEmpty(), qPrintable(problems_));                                                       \
    } while (false)

#define COMPARE_STATE(rig, s) QCOMPARE(stateName((rig).ctl.state()), stateName(s))
#define COMPARE_DIAGNOSIS(rig, d) QCOMPARE(diagName((rig).ctl.diagnosis()), diagName(d))
