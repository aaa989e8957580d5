// Whole probes against the in-process emulator (HTTP and HTTPS, port 0): every endpoint available,
// routes absent, TLS refused, pinned, wrong pin, CA file, nothing listening, a timeout. The pure
// classification rule, exit status and JSON are tst_prober.cpp.
#include "api/codecs.h"
#include "net/focusclient.h"
#include "focusemulator.h"
#include "net/prober.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QtTest>

using namespace wf;
using wf::emu::EmulatorOptions;
using wf::emu::FocusEmulator;


class TestProbeEmulator : public QObject
{
    Q_OBJECT

  private slots:
    void probeAllAvailable();
    void probeWaterfallRouteAbsent();
    void probeMetadataRouteAbsent();
    void probeHttpsRefusedByDefault();
    void probeHttpsPinned();
    void probeHttpsWrongPin();
    void probeHttpsCaFile();
    void probeNothingListening();
    void probeTimeout();

  private:
    void runProbe(const ClientOptions &options, ProbeResult &out);
    void startEmulator(FocusEmulator &emu);
    void verifyNoJob(const FocusEmulator &emu);
};

void TestProbeEmulator::runProbe(const ClientOptions &options, ProbeResult &out)
{
    FocusClient client(options);
    EndpointProber prober(&client);
    QSignalSpy spy(&prober, &EndpointProber::finished);
    prober.start();
    QVERIFY(prober.running());
    QVERIFY2(spy.wait(30'000), "the probe did not finish");
    QCOMPARE(spy.count(), 1);
    QVERIFY(!prober.running());
    out = qvariant_cast<ProbeResult>(spy.at(0).at(0));
    QCOMPARE(out.endpoints.size(), qsizetype(endpoints().size()));
    for (qsizetype i = 0; i < out.endpoints.size(); ++i)
        QCOMPARE(int(out.endpoints.at(i).id), int(endpoints()[size_t(i)].id));
}

void TestProbeEmulator::startEmulator(FocusEmulator &emu)
{
    QVERIFY2(emu.start() != 0, qPrintable(emu.startError()));
}

void TestProbeEmulator::verifyNoJob(const FocusEmulator &emu)
{
    QCOMPARE(emu.jobCount(), 0);
    QCOMPARE(emu.stats().jobsCreated, qint64(0));
}

namespace {
ClientOptions optionsFor(const FocusEmulator &emu)
{
    ClientOptions o;
    o.baseUrl = QUrl(emu.baseUrl());
    o.timeoutMs = 10'000;
    return o;
}

QString statesOf(const ProbeResult &r)
{
    QStringList s;
    for (const EndpointProbe &p : r.endpoints)
        s << endpointPath(p.id) + QLatin1Char('=') + endpointStateName(p.state) + QStringLiteral(" (") + p.detail
                 + QLatin1Char(')');
    return s.join(QStringLiteral("\n"));
}
} // namespace

void TestProbeEmulator::probeAllAvailable()
{
    FocusEmulator emu;
    startEmulator(emu);
    ProbeResult r;
    runProbe(optionsFor(emu), r);
    if (QTest::currentTestFailed())
        return;
    for (const EndpointProbe &p : std::as_const(r.endpoints))
        QVERIFY2(p.state == EndpointState::Available, qPrintable(statesOf(r)));
    QVERIFY(r.reachable);
    QVERIFY(r.openApiAvailable);
    QVERIFY(!r.insecure);
    QCOMPARE(r.server, emu.baseUrl());
    QCOMPARE(r.deployedAvailable(), 6);
    QCOMPARE(r.deployedTotal(), 6);
    QCOMPARE(r.exitCode(), 0);
    verifyNoJob(emu);
}

void TestProbeEmulator::probeWaterfallRouteAbsent()
{
    EmulatorOptions o;
    o.waterfallRouteAbsent = true;
    FocusEmulator emu(o);
    startEmulator(emu);
    ProbeResult r;
    runProbe(optionsFor(emu), r);
    if (QTest::currentTestFailed())
        return;
    const EndpointProbe *w = r.find(EndpointId::Waterfall);
    QVERIFY(w);
    QCOMPARE(endpointStateName(w->state), QStringLiteral("not_deployed"));
    QCOMPARE(w->info.httpStatus, 404);
    QVERIFY2(w->detail.contains(QLatin1String("route not in openapi.json")), qPrintable(w->detail));
    QVERIFY2(w->detail.contains(QLatin1String(R"({"detail":"Not Found"})")), qPrintable(w->detail));
    for (const EndpointProbe &p : std::as_const(r.endpoints))
        if (p.id != EndpointId::Waterfall)
            QVERIFY2(p.state == EndpointState::Available, qPrintable(statesOf(r)));
    QVERIFY(r.reachable);
    QCOMPARE(r.deployedAvailable(), 6);
    QCOMPARE(r.exitCode(), 3);
    verifyNoJob(emu);
}

void TestProbeEmulator::probeMetadataRouteAbsent()
{
    EmulatorOptions o;
    o.metadataRouteAbsent = true;
    FocusEmulator emu(o);
    startEmulator(emu);
    ProbeResult r;
    runProbe(optionsFor(emu), r);
    if (QTest::currentTestFailed())
        return;
    const EndpointProbe *m = r.find(EndpointId::Metadata);
    QVERIFY(m);
    QCOMPARE(endpointStateName(m->state), QStringLiteral("not_deployed"));
    QCOMPARE(m->info.httpStatus, 404);
    QVERIFY2(m->detail.contains(QLatin1String("route not in openapi.json")), qPrintable(m->detail));
    QCOMPARE(endpointStateName(r.find(EndpointId::Waterfall)->state), QStringLiteral("available"));
    QCOMPARE(r.deployedAvailable(), 5);
    QCOMPARE(r.exitCode(), 3);
    verifyNoJob(emu);
}

void TestProbeEmulator::probeHttpsRefusedByDefault()
{
    EmulatorOptions o;
    o.https = true;
    FocusEmulator emu(o);
    startEmulator(emu);
    const QString fingerprint = emu.certificateFingerprint();
    QVERIFY(!fingerprint.isEmpty());
    QVERIFY(emu.baseUrl().startsWith(QLatin1String("https://")));
    ProbeResult r;
    runProbe(optionsFor(emu), r);
    if (QTest::currentTestFailed())
        return;
    for (const EndpointProbe &p : std::as_const(r.endpoints)) {
        QVERIFY2(p.state == EndpointState::TlsError, qPrintable(statesOf(r)));
        QCOMPARE(p.info.httpStatus, 0);
        // The user can pin what the error message shows.
        QVERIFY2(p.detail.contains(fingerprint), qPrintable(p.detail));
    }
    QVERIFY(!r.reachable);
    QVERIFY(r.anyTlsError());
    QCOMPARE(r.exitCode(), 5);
    verifyNoJob(emu);
}

void TestProbeEmulator::probeHttpsPinned()
{
    EmulatorOptions o;
    o.https = true;
    FocusEmulator emu(o);
    startEmulator(emu);
    ClientOptions c = optionsFor(emu);
    const auto pin = parseSha256Fingerprint(emu.certificateFingerprint());
    QVERIFY(pin);
    c.tls.mode = TlsOptions::Mode::Pin;
    c.tls.pinSha256 = *pin;
    ProbeResult r;
    runProbe(c, r);
    if (QTest::currentTestFailed())
        return;
    for (const EndpointProbe &p : std::as_const(r.endpoints))
        QVERIFY2(p.state == EndpointState::Available, qPrintable(statesOf(r)));
    QVERIFY(r.reachable);
    QVERIFY(!r.insecure);
    QCOMPARE(r.exitCode(), 0);
    verifyNoJob(emu);
}

void TestProbeEmulator::probeHttpsWrongPin()
{
    EmulatorOptions o;
    o.https = true;
    FocusEmulator emu(o);
    startEmulator(emu);
    ClientOptions c = optionsFor(emu);
    c.tls.mode = TlsOptions::Mode::Pin;
    c.tls.pinSha256 = QByteArray(32, char(0xab));
    ProbeResult r;
    runProbe(c, r);
    if (QTest::currentTestFailed())
        return;
    for (const EndpointProbe &p : std::as_const(r.endpoints))
        QVERIFY2(p.state == EndpointState::TlsError, qPrintable(statesOf(r)));
    QCOMPARE(r.exitCode(), 5);
    verifyNoJob(emu);
}

void TestProbeEmulator::probeHttpsCaFile()
{
    EmulatorOptions o;
    o.https = true;
    FocusEmulator emu(o);
    startEmulator(emu);
    QTemporaryFile ca;
    QVERIFY(ca.open());
    QCOMPARE(ca.write(emu.certificatePem()), qint64(emu.certificatePem().size()));
    ca.close();
    ClientOptions c = optionsFor(emu);
    c.tls.mode = TlsOptions::Mode::CaFile;
    c.tls.caFile = ca.fileName();
    ProbeResult r;
    runProbe(c, r);
    if (QTest::currentTestFailed())
        return;
    for (const EndpointProbe &p : std::as_const(r.endpoints))
        QVERIFY2(p.state == EndpointState::Available, qPrintable(statesOf(r)));
    QVERIFY(r.reachable);
    QCOMPARE(r.exitCode(), 0);
    verifyNoJob(emu);
}

void TestProbeEmulator::probeNothingListening()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    ClientOptions c;
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    c.timeoutMs = 10'000;
    ProbeResult r;
    runProbe(c, r);
    if (QTest::currentTestFailed())
        return;
    for (const EndpointProbe &p : std::as_const(r.endpoints)) {
        QVERIFY2(p.state == EndpointState::Unreachable, qPrintable(statesOf(r)));
        QCOMPARE(p.info.httpStatus, 0);
        QVERIFY2(p.detail.contains(QLatin1String("connection_refused")), qPrintable(p.detail));
    }
    QVERIFY(!r.reachable);
    QVERIFY(!r.openApiAvailable);
    QCOMPARE(r.exitCode(), 5);
}

void TestProbeEmulator::probeTimeout()
{
    EmulatorOptions o;
    o.extraLatencyMs = 5'000;
    FocusEmulator emu(o);
    startEmulator(emu);
    ClientOptions c = optionsFor(emu);
    c.timeoutMs = 300;
    ProbeResult r;
    QElapsedTimer clock;
    clock.start();
    runProbe(c, r);
    if (QTest::currentTestFailed())
        return;
    // The probe gives up after the timeout; it does not wait for the slow server.
    QVERIFY2(clock.elapsed() < 4'000, qPrintable(QString::number(clock.elapsed())));
    for (const EndpointProbe &p : std::as_const(r.endpoints)) {
        QVERIFY2(p.state == EndpointState::Timeout, qPrintable(statesOf(r)));
        QVERIFY2(p.detail.contains(QLatin1String("300 ms")), qPrintable(p.detail));
    }
    QVERIFY(!r.reachable);
    QCOMPARE(r.exitCode(), 5);
    verifyNoJob(emu);
}

QTEST_GUILESS_MAIN(TestProbeEmulator)
#include "tst_probe_emulator.moc"
