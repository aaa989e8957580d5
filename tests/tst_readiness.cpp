// The readiness state machine as a pure function: every (state × event) pair written out with the
// next state, the diagnosis it decides (if any) and whether the event means anything there. The
// expectations come from issue 3 and the Focus Server contract, not from the implementation.
#include "job/readiness.h"

#include <QSet>
#include <QtTest>
#include <vector>

using namespace wf;

Q_DECLARE_METATYPE(wf::JobState)
Q_DECLARE_METATYPE(wf::JobEvent)
Q_DECLARE_METATYPE(wf::Diagnosis)
Q_DECLARE_METATYPE(std::optional<wf::Diagnosis>)

namespace {

using S = JobState;
using E = JobEvent;
using D = Diagnosis;

constexpr S kStates[] = {S::Idle, S::Configuring, S::WaitingForConsumer, S::StreamingNoData,
                         S::StreamingData, S::Ended, S::Failed, S::Stopped};
constexpr E kEvents[] = {E::Start, E::ConfigureAccepted, E::ConfigureRejected, E::ConfigureWaitingForFiber,
                         E::ConsumerAlive, E::RowsArrived, E::NotFoundApplication, E::RouteNotDeployed,
                         E::AnalyzerExited, E::ClientError, E::ServerErrorsExhausted, E::Unreachable,
                         E::TlsFailure, E::BadResponse, E::ReadyTimeout, E::DataTimeout, E::RowSourceSwitched, E::Stop};
constexpr D kDiagnoses[] = {D::Ok, D::EndpointNotDeployed, D::ConsumerNotCreated, D::JobExpired,
                            D::AnalyzerExited, D::WaitingForFiber, D::ConfigureRejected, D::ServerUnreachable,
                            D::TlsError, D::ServerError, D::BadResponse, D::NoData, D::ClientError, D::Stopped};

// Row tags only (independent of jobStateName, which is tested on its own).
const char *tag(S s)
{
    switch (s) {
    case S::Idle: return "Idle";
    case S::Configuring: return "Configuring";
    case S::WaitingForConsumer: return "WaitingForConsumer";
    case S::StreamingNoData: return "StreamingNoData";
    case S::StreamingData: return "StreamingData";
    case S::Ended: return "Ended";
    case S::Failed: return "Failed";
    case S::Stopped: return "Stopped";
    }
    return "?";
}

const char *tag(E e)
{
    switch (e) {
    case E::Start: return "Start";
    case E::ConfigureAccepted: return "ConfigureAccepted";
    case E::ConfigureRejected: return "ConfigureRejected";
    case E::ConfigureWaitingForFiber: return "ConfigureWaitingForFiber";
    case E::ConsumerAlive: return "ConsumerAlive";
    case E::RowsArrived: return "RowsArrived";
    case E::NotFoundApplication: return "NotFoundApplication";
    case E::RouteNotDeployed: return "RouteNotDeployed";
    case E::AnalyzerExited: return "AnalyzerExited";
    case E::ClientError: return "ClientError";
    case E::ServerErrorsExhausted: return "ServerErrorsExhausted";
    case E::Unreachable: return "Unreachable";
    case E::TlsFailure: return "TlsFailure";
    case E::BadResponse: return "BadResponse";
    case E::ReadyTimeout: return "ReadyTimeout";
    case E::DataTimeout: return "DataTimeout";
    case E::RowSourceSwitched: return "RowSourceSwitched";
    case E::Stop: return "Stop";
    }
    return "?";
}

struct Expect {
    S state;
    E event;
    S next;
    std::optional<D> diagnosis;
    bool legal;
};

constexpr bool Legal = true;
constexpr bool Illegal = false;
constexpr std::nullopt_t none = std::nullopt;

// The whole table, one line per pair. Illegal events leave the state as it is and decide nothing.
const std::vector<Expect> &table()
{
    static const std::vector<Expect> t = {
        // Idle: only Start means anything; nothing runs, so there is nothing to fail or to stop.
        {S::Idle, E::Start, S::Configuring, none, Legal},
        {S::Idle, E::ConfigureAccepted, S::Idle, none, Illegal},
        {S::Idle, E::ConfigureRejected, S::Idle, none, Illegal},
        {S::Idle, E::ConfigureWaitingForFiber, S::Idle, none, Illegal},
        {S::Idle, E::ConsumerAlive, S::Idle, none, Illegal},
        {S::Idle, E::RowsArrived, S::Idle, none, Illegal},
        {S::Idle, E::NotFoundApplication, S::Idle, none, Illegal},
        {S::Idle, E::RouteNotDeployed, S::Idle, none, Illegal},
        {S::Idle, E::AnalyzerExited, S::Idle, none, Illegal},
        {S::Idle, E::ClientError, S::Idle, none, Illegal},
        {S::Idle, E::ServerErrorsExhausted, S::Idle, none, Illegal},
        {S::Idle, E::Unreachable, S::Idle, none, Illegal},
        {S::Idle, E::TlsFailure, S::Idle, none, Illegal},
        {S::Idle, E::BadResponse, S::Idle, none, Illegal},
        {S::Idle, E::ReadyTimeout, S::Idle, none, Illegal},
        {S::Idle, E::DataTimeout, S::Idle, none, Illegal},
        {S::Idle, E::RowSourceSwitched, S::Idle, none, Illegal},
        {S::Idle, E::Stop, S::Idle, none, Illegal},

        // Configuring: /configure is in flight; no job id yet, so no job route can answer.
        {S::Configuring, E::Start, S::Configuring, none, Illegal},
        {S::Configuring, E::ConfigureAccepted, S::WaitingForConsumer, none, Legal},
        {S::Configuring, E::ConfigureRejected, S::Failed, D::ConfigureRejected, Legal},
        {S::Configuring, E::ConfigureWaitingForFiber, S::Failed, D::WaitingForFiber, Legal},
        {S::Configuring, E::ConsumerAlive, S::Configuring, none, Illegal},
        {S::Configuring, E::RowsArrived, S::Configuring, none, Illegal},
        {S::Configuring, E::NotFoundApplication, S::Configuring, none, Illegal},
        {S::Configuring, E::RouteNotDeployed, S::Failed, D::EndpointNotDeployed, Legal}, // /configure itself absent
        {S::Configuring, E::AnalyzerExited, S::Configuring, none, Illegal},
        {S::Configuring, E::ClientError, S::Configuring, none, Illegal},
        {S::Configuring, E::ServerErrorsExhausted, S::Failed, D::ServerError, Legal},
        {S::Configuring, E::Unreachable, S::Failed, D::ServerUnreachable, Legal},
        {S::Configuring, E::TlsFailure, S::Failed, D::TlsError, Legal},
        {S::Configuring, E::BadResponse, S::Failed, D::BadResponse, Legal},
        {S::Configuring, E::ReadyTimeout, S::Configuring, none, Illegal}, // the ready clock starts at the reply
        {S::Configuring, E::DataTimeout, S::Configuring, none, Illegal},
        {S::Configuring, E::RowSourceSwitched, S::Configuring, none, Illegal},
        {S::Configuring, E::Stop, S::Stopped, D::Stopped, Legal},

        // WaitingForConsumer: application 404s mean "not yet"; the framework 404 decides at once.
        {S::WaitingForConsumer, E::Start, S::WaitingForConsumer, none, Illegal},
        {S::WaitingForConsumer, E::ConfigureAccepted, S::WaitingForConsumer, none, Illegal},
        {S::WaitingForConsumer, E::ConfigureRejected, S::WaitingForConsumer, none, Illegal},
        {S::WaitingForConsumer, E::ConfigureWaitingForFiber, S::WaitingForConsumer, none, Illegal},
        {S::WaitingForConsumer, E::ConsumerAlive, S::StreamingNoData, none, Legal},
        {S::WaitingForConsumer, E::RowsArrived, S::StreamingData, D::Ok, Legal},
        {S::WaitingForConsumer, E::NotFoundApplication, S::WaitingForConsumer, none, Legal},
        {S::WaitingForConsumer, E::RouteNotDeployed, S::Failed, D::EndpointNotDeployed, Legal},
        {S::WaitingForConsumer, E::AnalyzerExited, S::Ended, D::AnalyzerExited, Legal},
        {S::WaitingForConsumer, E::ClientError, S::Failed, D::ClientError, Legal},
        {S::WaitingForConsumer, E::ServerErrorsExhausted, S::Failed, D::ServerError, Legal},
        {S::WaitingForConsumer, E::Unreachable, S::Failed, D::ServerUnreachable, Legal},
        {S::WaitingForConsumer, E::TlsFailure, S::Failed, D::TlsError, Legal},
        {S::WaitingForConsumer, E::BadResponse, S::Failed, D::BadResponse, Legal},
        {S::WaitingForConsumer, E::ReadyTimeout, S::Failed, D::ConsumerNotCreated, Legal},
        {S::WaitingForConsumer, E::DataTimeout, S::WaitingForConsumer, none, Illegal}, // data clock starts when alive
        {S::WaitingForConsumer, E::RowSourceSwitched, S::WaitingForConsumer, none, Legal},
        {S::WaitingForConsumer, E::Stop, S::Stopped, D::Stopped, Legal},

        // StreamingNoData: alive, no row yet. A 404 now means the job went away.
        {S::StreamingNoData, E::Start, S::StreamingNoData, none, Illegal},
        {S::StreamingNoData, E::ConfigureAccepted, S::StreamingNoData, none, Illegal},
        {S::StreamingNoData, E::ConfigureRejected, S::StreamingNoData, none, Illegal},
        {S::StreamingNoData, E::ConfigureWaitingForFiber, S::StreamingNoData, none, Illegal},
        {S::StreamingNoData, E::ConsumerAlive, S::StreamingNoData, none, Legal},
        {S::StreamingNoData, E::RowsArrived, S::StreamingData, D::Ok, Legal},
        {S::StreamingNoData, E::NotFoundApplication, S::Failed, D::JobExpired, Legal},
        {S::StreamingNoData, E::RouteNotDeployed, S::Failed, D::EndpointNotDeployed, Legal},
        {S::StreamingNoData, E::AnalyzerExited, S::Ended, D::AnalyzerExited, Legal},
        {S::StreamingNoData, E::ClientError, S::Failed, D::ClientError, Legal},
        {S::StreamingNoData, E::ServerErrorsExhausted, S::Failed, D::ServerError, Legal},
        {S::StreamingNoData, E::Unreachable, S::Failed, D::ServerUnreachable, Legal},
        {S::StreamingNoData, E::TlsFailure, S::Failed, D::TlsError, Legal},
        {S::StreamingNoData, E::BadResponse, S::Failed, D::BadResponse, Legal},
        {S::StreamingNoData, E::ReadyTimeout, S::StreamingNoData, none, Illegal}, // already ready
        {S::StreamingNoData, E::DataTimeout, S::Failed, D::NoData, Legal},
        {S::StreamingNoData, E::RowSourceSwitched, S::WaitingForConsumer, none, Legal}, // a /metadata 200 is not the stream
        {S::StreamingNoData, E::Stop, S::Stopped, D::Stopped, Legal},

        // StreamingData: the story is already "ok"; more rows decide nothing new.
        {S::StreamingData, E::Start, S::StreamingData, none, Illegal},
        {S::StreamingData, E::ConfigureAccepted, S::StreamingData, none, Illegal},
        {S::StreamingData, E::ConfigureRejected, S::StreamingData, none, Illegal},
        {S::StreamingData, E::ConfigureWaitingForFiber, S::StreamingData, none, Illegal},
        {S::StreamingData, E::ConsumerAlive, S::StreamingData, none, Legal}, // 200: no new rows this time
        {S::StreamingData, E::RowsArrived, S::StreamingData, none, Legal},
        {S::StreamingData, E::NotFoundApplication, S::Failed, D::JobExpired, Legal},
        {S::StreamingData, E::RouteNotDeployed, S::Failed, D::EndpointNotDeployed, Legal},
        {S::StreamingData, E::AnalyzerExited, S::Ended, D::AnalyzerExited, Legal},
        {S::StreamingData, E::ClientError, S::Failed, D::ClientError, Legal},
        {S::StreamingData, E::ServerErrorsExhausted, S::Failed, D::ServerError, Legal},
        {S::StreamingData, E::Unreachable, S::Failed, D::ServerUnreachable, Legal},
        {S::StreamingData, E::TlsFailure, S::Failed, D::TlsError, Legal},
        {S::StreamingData, E::BadResponse, S::Failed, D::BadResponse, Legal},
        {S::StreamingData, E::ReadyTimeout, S::StreamingData, none, Illegal},
        {S::StreamingData, E::DataTimeout, S::StreamingData, none, Illegal}, // data did arrive
        {S::StreamingData, E::RowSourceSwitched, S::StreamingData, none, Illegal},
        {S::StreamingData, E::Stop, S::Stopped, D::Ok, Legal},              // stopped after data: ok

        // Terminal states absorb everything.
        {S::Ended, E::Start, S::Ended, none, Illegal},
        {S::Ended, E::ConfigureAccepted, S::Ended, none, Illegal},
        {S::Ended, E::ConfigureRejected, S::Ended, none, Illegal},
        {S::Ended, E::ConfigureWaitingForFiber, S::Ended, none, Illegal},
        {S::Ended, E::ConsumerAlive, S::Ended, none, Illegal},
        {S::Ended, E::RowsArrived, S::Ended, none, Illegal},
        {S::Ended, E::NotFoundApplication, S::Ended, none, Illegal},
        {S::Ended, E::RouteNotDeployed, S::Ended, none, Illegal},
        {S::Ended, E::AnalyzerExited, S::Ended, none, Illegal},
        {S::Ended, E::ClientError, S::Ended, none, Illegal},
        {S::Ended, E::ServerErrorsExhausted, S::Ended, none, Illegal},
        {S::Ended, E::Unreachable, S::Ended, none, Illegal},
        {S::Ended, E::TlsFailure, S::Ended, none, Illegal},
        {S::Ended, E::BadResponse, S::Ended, none, Illegal},
        {S::Ended, E::ReadyTimeout, S::Ended, none, Illegal},
        {S::Ended, E::DataTimeout, S::Ended, none, Illegal},
        {S::Ended, E::RowSourceSwitched, S::Ended, none, Illegal},
        {S::Ended, E::Stop, S::Ended, none, Illegal},

        {S::Failed, E::Start, S::Failed, none, Illegal},
        {S::Failed, E::ConfigureAccepted, S::Failed, none, Illegal},
        {S::Failed, E::ConfigureRejected, S::Failed, none, Illegal},
        {S::Failed, E::ConfigureWaitingForFiber, S::Failed, none, Illegal},
        {S::Failed, E::ConsumerAlive, S::Failed, none, Illegal},
        {S::Failed, E::RowsArrived, S::Failed, none, Illegal},
        {S::Failed, E::NotFoundApplication, S::Failed, none, Illegal},
        {S::Failed, E::RouteNotDeployed, S::Failed, none, Illegal},
        {S::Failed, E::AnalyzerExited, S::Failed, none, Illegal},
        {S::Failed, E::ClientError, S::Failed, none, Illegal},
        {S::Failed, E::ServerErrorsExhausted, S::Failed, none, Illegal},
        {S::Failed, E::Unreachable, S::Failed, none, Illegal},
        {S::Failed, E::TlsFailure, S::Failed, none, Illegal},
        {S::Failed, E::BadResponse, S::Failed, none, Illegal},
        {S::Failed, E::ReadyTimeout, S::Failed, none, Illegal},
        {S::Failed, E::DataTimeout, S::Failed, none, Illegal},
        {S::Failed, E::RowSourceSwitched, S::Failed, none, Illegal},
        {S::Failed, E::Stop, S::Failed, none, Illegal},

        {S::Stopped, E::Start, S::Stopped, none, Illegal},
        {S::Stopped, E::ConfigureAccepted, S::Stopped, none, Illegal},
        {S::Stopped, E::ConfigureRejected, S::Stopped, none, Illegal},
        {S::Stopped, E::ConfigureWaitingForFiber, S::Stopped, none, Illegal},
        {S::Stopped, E::ConsumerAlive, S::Stopped, none, Illegal},
        {S::Stopped, E::RowsArrived, S::Stopped, none, Illegal},
        {S::Stopped, E::NotFoundApplication, S::Stopped, none, Illegal},
        {S::Stopped, E::RouteNotDeployed, S::Stopped, none, Illegal},
        {S::Stopped, E::AnalyzerExited, S::Stopped, none, Illegal},
        {S::Stopped, E::ClientError, S::Stopped, none, Illegal},
        {S::Stopped, E::ServerErrorsExhausted, S::Stopped, none, Illegal},
        {S::Stopped, E::Unreachable, S::Stopped, none, Illegal},
        {S::Stopped, E::TlsFailure, S::Stopped, none, Illegal},
        {S::Stopped, E::BadResponse, S::Stopped, none, Illegal},
        {S::Stopped, E::ReadyTimeout, S::Stopped, none, Illegal},
        {S::Stopped, E::DataTimeout, S::Stopped, none, Illegal},
        {S::Stopped, E::RowSourceSwitched, S::Stopped, none, Illegal},
        {S::Stopped, E::Stop, S::Stopped, none, Illegal},
    };
    return t;
}

} // namespace

class TestReadiness : public QObject
{
    Q_OBJECT

  private slots:
    void tableCoversEveryPairOnce();
    void transitionTable_data();
    void transitionTable();
    void terminalStates();
    void theIncidentPathsEndInWords();
    void stateNames();
    void diagnosisNames();
    void exitCodes_data();
    void exitCodes();
};

void TestReadiness::tableCoversEveryPairOnce()
{
    QCOMPARE(std::size(kStates) * std::size(kEvents), size_t(144));
    QSet<QPair<int, int>> seen;
    for (const Expect &x : table()) {
        const QPair<int, int> key(int(x.state), int(x.event));
        QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("duplicate row %1 + %2").arg(tag(x.state), tag(x.event))));
        seen.insert(key);
    }
    for (S s : kStates)
        for (E e : kEvents)
            QVERIFY2(seen.contains({int(s), int(e)}), qPrintable(QStringLiteral("missing row %1 + %2").arg(tag(s), tag(e))));
    QCOMPARE(table().size(), size_t(144));
}

void TestReadiness::transitionTable_data()
{
    QTest::addColumn<JobState>("state");
    QTest::addColumn<JobEvent>("event");
    QTest::addColumn<JobState>("next");
    QTest::addColumn<std::optional<Diagnosis>>("diagnosis");
    QTest::addColumn<bool>("legal");
    for (const Expect &x : table())
        QTest::addRow("%s + %s", tag(x.state), tag(x.event)) << x.state << x.event << x.next << x.diagnosis << x.legal;
}

void TestReadiness::transitionTable()
{
    QFETCH(JobState, state);
    QFETCH(JobEvent, event);
    QFETCH(JobState, next);
    QFETCH(std::optional<Diagnosis>, diagnosis);
    QFETCH(bool, legal);

    const Transition t = transition(state, event);
    QCOMPARE(tag(t.next), tag(next));
    QCOMPARE(t.legal, legal);
    QCOMPARE(t.diagnosis.has_value(), diagnosis.has_value());
    if (diagnosis)
        QCOMPARE(diagnosisName(*t.diagnosis), diagnosisName(*diagnosis));
    // A state that fails always says why; a state that ends normally says so too.
    if (legal && (next == S::Failed || next == S::Ended || next == S::Stopped))
        QVERIFY(t.diagnosis.has_value());
}

void TestReadiness::terminalStates()
{
    for (S s : kStates) {
        const bool terminal = s == S::Ended || s == S::Failed || s == S::Stopped;
        QVERIFY2(isTerminal(s) == terminal, tag(s));
    }
}

// Walks of the table that tell the stories of the contract, start to end.
void TestReadiness::theIncidentPathsEndInWords()
{
    auto walk = [](std::initializer_list<E> events) {
        S s = S::Idle;
        std::optional<D> d;
        for (E e : events) {
            const Transition t = transition(s, e);
            s = t.next;
            if (t.diagnosis)
                d = t.diagnosis;
        }
        return std::pair{s, d};
    };
    // The incident: job ids returned, waterfall route absent → said at the first 404.
    auto [s1, d1] = walk({E::Start, E::ConfigureAccepted, E::RouteNotDeployed});
    QCOMPARE(tag(s1), tag(S::Failed));
    QCOMPARE(diagnosisName(d1.value()), QStringLiteral("endpoint_not_deployed"));
    // A slow consumer: several "not yet" 404s, then alive, then rows.
    auto [s2, d2] = walk({E::Start, E::ConfigureAccepted, E::NotFoundApplication, E::NotFoundApplication,
                          E::ConsumerAlive, E::RowsArrived, E::RowsArrived});
    QCOMPARE(tag(s2), tag(S::StreamingData));
    QCOMPARE(diagnosisName(d2.value()), QStringLiteral("ok"));
    // Historic playback: rows, then 208 — the analyzer's exit overrides "ok" as the final word.
    auto [s3, d3] = walk({E::Start, E::ConfigureAccepted, E::ConsumerAlive, E::RowsArrived, E::AnalyzerExited});
    QCOMPARE(tag(s3), tag(S::Ended));
    QCOMPARE(diagnosisName(d3.value()), QStringLiteral("analyzer_exited"));
    // Alive, then gone: expired, not "never created".
    auto [s4, d4] = walk({E::Start, E::ConfigureAccepted, E::ConsumerAlive, E::NotFoundApplication, E::ReadyTimeout});
    QCOMPARE(tag(s4), tag(S::Failed));
    QCOMPARE(diagnosisName(d4.value()), QStringLiteral("job_expired"));
}

void TestReadiness::stateNames()
{
    const std::pair<S, const char *> names[] = {
        {S::Idle, "idle"},
        {S::Configuring, "configuring"},
        {S::WaitingForConsumer, "waiting_for_consumer"},
        {S::StreamingNoData, "streaming_no_data"},
        {S::StreamingData, "streaming"},
        {S::Ended, "ended"},
        {S::Failed, "failed"},
        {S::Stopped, "stopped"},
    };
    QSet<QString> seen;
    for (const auto &[s, name] : names) {
        QCOMPARE(jobStateName(s), QString::fromLatin1(name));
        seen.insert(jobStateName(s));
    }
    QCOMPARE(seen.size(), qsizetype(std::size(kStates)));
}

void TestReadiness::diagnosisNames()
{
    // The report's contract (focusctl watch JSON, the panel's copy report).
    const std::pair<D, const char *> names[] = {
        {D::Ok, "ok"},
        {D::EndpointNotDeployed, "endpoint_not_deployed"},
        {D::ConsumerNotCreated, "consumer_not_created"},
        {D::JobExpired, "job_expired"},
        {D::AnalyzerExited, "analyzer_exited"},
        {D::WaitingForFiber, "waiting_for_fiber"},
        {D::ConfigureRejected, "configure_rejected"},
        {D::ServerUnreachable, "server_unreachable"},
        {D::TlsError, "tls_error"},
        {D::ServerError, "server_error"},
        {D::BadResponse, "bad_response"},
        {D::NoData, "no_data"},
        // Beyond the list: a 400 (our own bug) and a user's stop before any verdict.
        {D::ClientError, "client_error"},
        {D::Stopped, "stopped"},
    };
    QCOMPARE(std::size(names), std::size(kDiagnoses));
    QSet<QString> seen;
    for (const auto &[d, name] : names) {
        QCOMPARE(diagnosisName(d), QString::fromLatin1(name));
        seen.insert(diagnosisName(d));
    }
    QCOMPARE(seen.size(), qsizetype(std::size(kDiagnoses)));
}

void TestReadiness::exitCodes_data()
{
    QTest::addColumn<Diagnosis>("diagnosis");
    QTest::addColumn<int>("code");
    QTest::newRow("ok") << D::Ok << 0;
    QTest::newRow("analyzer_exited") << D::AnalyzerExited << 0;
    QTest::newRow("endpoint_not_deployed") << D::EndpointNotDeployed << 3;
    QTest::newRow("consumer_not_created") << D::ConsumerNotCreated << 4;
    QTest::newRow("job_expired") << D::JobExpired << 4;
    QTest::newRow("no_data") << D::NoData << 4;
    QTest::newRow("waiting_for_fiber") << D::WaitingForFiber << 4;
    QTest::newRow("configure_rejected") << D::ConfigureRejected << 4;
    QTest::newRow("server_unreachable") << D::ServerUnreachable << 5;
    QTest::newRow("tls_error") << D::TlsError << 5;
    QTest::newRow("server_error") << D::ServerError << 5;
    QTest::newRow("bad_response") << D::BadResponse << 5;
    // Not named by the issue; the header documents them: a 400 is a failure of ours (5), a stop
    // before any verdict is neither success nor a server story (1). Neither may look like success.
    QTest::newRow("client_error") << D::ClientError << 5;
    QTest::newRow("stopped") << D::Stopped << 1;
}

void TestReadiness::exitCodes()
{
    QFETCH(Diagnosis, diagnosis);
    QFETCH(int, code);
    QCOMPARE(diagnosisExitCode(diagnosis), code);
    // 2 is reserved for invalid arguments / configuration refused before sending.
    QVERIFY(diagnosisExitCode(diagnosis) != 2);
}

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
