// ServerCheck, the re-probe policy the window follows: when a job's start deserves a fresh probe
// (none yet, the server unreachable, the last one older than a minute: exactly a minute is fresh),
// which job endings make it look again, and what the last probe found.
#include "job/servercheck.h"

#include <QTest>

using namespace wf;

Q_DECLARE_METATYPE(wf::Diagnosis)

namespace {

ProbeResult probeAt(qint64 atMs, bool reachable, EndpointState waterfall)
{
    ProbeResult r;
    r.reachable = reachable;
    r.checkedAtMs = atMs;
    EndpointProbe w;
    w.id = EndpointId::Waterfall;
    w.state = waterfall;
    r.endpoints << w;
    return r;
}

} // namespace

class TestServerCheck : public QObject
{
    Q_OBJECT
  private slots:
    void freshProbeAtJobStart_data()
    {
        QTest::addColumn<bool>("probedBefore");
        QTest::addColumn<bool>("reachable");
        QTest::addColumn<qint64>("ageMs");
        QTest::addColumn<bool>("wanted");
        QTest::newRow("never probed") << false << true << qint64(0) << true;
        QTest::newRow("unreachable, just now") << true << false << qint64(0) << true;
        QTest::newRow("reachable, just now") << true << true << qint64(0) << false;
        QTest::newRow("reachable, exactly a minute ago") << true << true << ServerCheck::kFreshMs << false;
        QTest::newRow("reachable, a minute and 1 ms ago") << true << true << ServerCheck::kFreshMs + 1 << true;
        QTest::newRow("reachable, an hour ago") << true << true << qint64(3'600'000) << true;
    }
    void freshProbeAtJobStart()
    {
        QFETCH(bool, probedBefore);
        QFETCH(bool, reachable);
        QFETCH(qint64, ageMs);
        QFETCH(bool, wanted);
        const qint64 checkedAt = 1'764'000'000'000;
        ServerCheck check;
        std::optional<ProbeResult> last;
        if (probedBefore) {
            last = probeAt(checkedAt, reachable, EndpointState::Available);
            check.probed(*last);
        }
        QCOMPARE(check.wantedAtJobStart(last, checkedAt + ageMs), wanted);
    }

    void recheckAfterJobEndings_data()
    {
        QTest::addColumn<Diagnosis>("diagnosis");
        QTest::addColumn<bool>("recheck");
        // The server may have changed under the job: unreachable, TLS, a 5xx, a reply of another
        // shape, the route gone, no consumer, the job gone.
        QTest::newRow("server_unreachable") << Diagnosis::ServerUnreachable << true;
        QTest::newRow("tls_error") << Diagnosis::TlsError << true;
        QTest::newRow("server_error") << Diagnosis::ServerError << true;
        QTest::newRow("bad_response") << Diagnosis::BadResponse << true;
        QTest::newRow("endpoint_not_deployed") << Diagnosis::EndpointNotDeployed << true;
        QTest::newRow("consumer_not_created") << Diagnosis::ConsumerNotCreated << true;
        QTest::newRow("job_expired") << Diagnosis::JobExpired << true;
        // The job's own story: nothing about the server to look at again.
        QTest::newRow("ok") << Diagnosis::Ok << false;
        QTest::newRow("analyzer_exited") << Diagnosis::AnalyzerExited << false;
        QTest::newRow("waiting_for_fiber") << Diagnosis::WaitingForFiber << false;
        QTest::newRow("configure_rejected") << Diagnosis::ConfigureRejected << false;
        QTest::newRow("no_data") << Diagnosis::NoData << false;
        QTest::newRow("client_error") << Diagnosis::ClientError << false;
        QTest::newRow("stopped") << Diagnosis::Stopped << false;
    }
    void recheckAfterJobEndings()
    {
        QFETCH(Diagnosis, diagnosis);
        QFETCH(bool, recheck);
        ServerCheck check;
        QCOMPARE(check.recheckAfter(diagnosis), recheck);
        QCOMPARE(check.rechecking(), recheck);
    }

    // A second look is under way until the probe comes back or is cancelled; the probe says when it
    // was made and whether the waterfall route is deployed.
    void whatTheLastProbeFound()
    {
        ServerCheck check;
        QVERIFY(!check.rechecking());
        QVERIFY(check.recheckAfter(Diagnosis::ConsumerNotCreated));
        check.probed(probeAt(5'000, true, EndpointState::NotDeployed));
        QVERIFY(!check.rechecking());
        QCOMPARE(check.checkedAtMs(), qint64(5'000));
        QVERIFY(check.waterfallNotDeployed());

        QVERIFY(check.recheckAfter(Diagnosis::ServerError));
        check.cancelled();
        QVERIFY(!check.rechecking());
        QVERIFY(check.waterfallNotDeployed()); // a cancelled probe changes nothing it found

        check.probed(probeAt(9'000, true, EndpointState::Available));
        QCOMPARE(check.checkedAtMs(), qint64(9'000));
        QVERIFY(!check.waterfallNotDeployed());

        // A probe that never reached the waterfall endpoint does not claim it missing.
        ProbeResult none;
        none.checkedAtMs = 12'000;
        check.probed(none);
        QVERIFY(!check.waterfallNotDeployed());
        QCOMPARE(check.checkedAtMs(), qint64(12'000));
    }
};

QTEST_GUILESS_MAIN(TestServerCheck)
#include "tst_servercheck.moc"
