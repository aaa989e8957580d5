// FocusClient's limits against the in-process emulator and raw servers on 127.0.0.1: timeouts,
// refused connections, the size cap, redirects, malformed bodies, TLS trust, the base path, and
// the signal of every call. The endpoints and emulator switches are tst_client_emulator.cpp.
#include "api/codecs.h"
#include "net/focusclient.h"
#include "stream/streamsource.h"
#include "dasscene.h"
#include "focusemulator.h"
#include "support/clientrig.h"
#include "support/heartbeat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QtTest>
#include <cmath>
#include <memory>

using namespace wf;
using namespace wf::emu;
using namespace wf::test;

class TestClientLimits : public QObject, public ClientRig
{
    Q_OBJECT

  private slots:
    void cleanup() { resetRig(); }

    void timeoutIsReportedAsSuch()
    {
        EmulatorOptions o;
        o.extraLatencyMs = 2000;
        ClientOptions co;
        co.timeoutMs = 150;
        startEmulator(o, co);
        const auto r = await<bool>([&](auto cb) { m_client->ack(cb); });
        QCOMPARE(r.info.transport, TransportError::Timeout);
        QCOMPARE(r.info.httpStatus, 0);
        QVERIFY2(r.info.latencyMs >= 150 && r.info.latencyMs < 1500, qPrintable(QString::number(r.info.latencyMs)));
        QVERIFY(!r.value);
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        ClientOptions co;
        co.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        FocusClient client(co);
        const auto r = await<bool>([&](auto cb) { client.ack(cb); });
        QCOMPARE(r.info.transport, TransportError::ConnectionRefused);
    }

    void bodyOverTheCapIsRefused()
    {
        ClientOptions co;
        co.maxBodyBytes = 4096;
        // Declared too large: refused from the headers, before the body.
        RawServer declared("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2000000000\r\n\r\n{");
        co.baseUrl = declared.url();
        FocusClient c1(co);
        const auto r1 = await<bool>([&](auto cb) { c1.ack(cb); });
        QCOMPARE(r1.info.transport, TransportError::TooLarge);
        QVERIFY(r1.info.transportDetail.contains(QStringLiteral("2000000000")));
        // Undeclared (chunked) and actually too large.
        QByteArray chunked = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        const QByteArray chunk(3000, 'x');
        for (int i = 0; i < 4; ++i)
            chunked += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        chunked += "0\r\n\r\n";
        RawServer actual(chunked);
        co.baseUrl = actual.url();
        FocusClient c2(co);
        const auto r2 = await<bool>([&](auto cb) { c2.ack(cb); });
        QCOMPARE(r2.info.transport, TransportError::TooLarge);
        QVERIFY(r2.info.bytes <= 4096);
    }

    void redirectsAreReportedNotFollowed()
    {
        RawServer redirect("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:9/elsewhere\r\nContent-Length: 0\r\n\r\n");
        ClientOptions co;
        co.baseUrl = redirect.url();
        FocusClient client(co);
        const auto r = await<ChannelRange>([&](auto cb) { client.channels(cb); });
        QCOMPARE(r.info.transport, TransportError::Redirect);
        QCOMPARE(r.info.httpStatus, 302);
        QCOMPARE(r.info.redirectLocation, QStringLiteral("http://127.0.0.1:9/elsewhere"));
    }

    void malformedSuccessBodyIsABadResponse()
    {
        RawServer bad("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 39\r\n\r\n{\"lowest_channel\":\"1\",\"highest_channel\"");
        ClientOptions co;
        co.baseUrl = bad.url();
        FocusClient client(co);
        const auto r = await<ChannelRange>([&](auto cb) { client.channels(cb); });
        QCOMPARE(r.info.httpStatus, 200);
        QVERIFY(!r.value);
        QVERIFY(r.decodeError.has_value());
    }

    void httpsIsRefusedByDefaultWithTheFingerprint()
    {
        EmulatorOptions o;
        o.https = true;
        startEmulator(o);
        QVERIFY(m_emu->baseUrl().startsWith(QStringLiteral("https://")));
        const auto r = await<bool>([&](auto cb) { m_client->ack(cb); });
        QCOMPARE(r.info.transport, TransportError::Tls);
        QCOMPARE(r.info.peerFingerprint, m_emu->certificateFingerprint());
        QVERIFY(!r.info.transportDetail.isEmpty());
    }

    void httpsTrustedByPin()
    {
        EmulatorOptions o;
        o.https = true;
        m_emu = std::make_unique<FocusEmulator>(o);
        QVERIFY(m_emu->start() != 0);
        ClientOptions co;
        co.baseUrl = QUrl(m_emu->baseUrl());
        co.tls.mode = TlsOptions::Mode::Pin;
        co.tls.pinSha256 = *parseSha256Fingerprint(m_emu->certificateFingerprint());
        FocusClient pinned(co);
        const auto ok = await<ChannelRange>([&](auto cb) { pinned.channels(cb); });
        QCOMPARE(ok.info.transport, TransportError::None);
        QCOMPARE(ok.info.httpStatus, 200);
        QVERIFY(!ok.info.insecure);

        co.tls.pinSha256 = QByteArray(32, '\x01');
        FocusClient wrong(co);
        const auto bad = await<ChannelRange>([&](auto cb) { wrong.channels(cb); });
        QCOMPARE(bad.info.transport, TransportError::Tls);
        QCOMPARE(bad.info.peerFingerprint, m_emu->certificateFingerprint());
    }

    void httpsTrustedByCaFile()
    {
        EmulatorOptions o;
        o.https = true;
        m_emu = std::make_unique<FocusEmulator>(o);
        QVERIFY(m_emu->start() != 0);
        QTemporaryFile pem;
        QVERIFY(pem.open());
        pem.write(m_emu->certificatePem());
        pem.flush();
        ClientOptions co;
        co.baseUrl = QUrl(m_emu->baseUrl());
        co.tls.mode = TlsOptions::Mode::CaFile;
        co.tls.caFile = pem.fileName();
        FocusClient client(co);
        const auto ok = await<ChannelRange>([&](auto cb) { client.channels(cb); });
        QCOMPARE(ok.info.transport, TransportError::None);
        QCOMPARE(ok.info.httpStatus, 200);

        co.tls.caFile = QStringLiteral("/nonexistent/ca.pem");
        FocusClient missing(co);
        const auto bad = await<ChannelRange>([&](auto cb) { missing.channels(cb); });
        QCOMPARE(bad.info.transport, TransportError::Tls);
        QVERIFY(bad.info.transportDetail.contains(QStringLiteral("/nonexistent/ca.pem")));
    }

    void httpsInsecureIsMarked()
    {
        EmulatorOptions o;
        o.https = true;
        ClientOptions co;
        co.tls.mode = TlsOptions::Mode::Insecure;
        startEmulator(o, co);
        const auto r = await<bool>([&](auto cb) { m_client->ack(cb); });
        QCOMPARE(r.info.httpStatus, 200);
        QVERIFY(r.info.insecure);
        QCOMPARE(r.info.peerFingerprint, m_emu->certificateFingerprint());
    }

    void basePathIsJoinedWithoutDoubleSlash()
    {
        EmulatorOptions o;
        o.basePath = QStringLiteral("/focus-server");
        m_emu = std::make_unique<FocusEmulator>(o);
        QVERIFY(m_emu->start() != 0);
        ClientOptions co;
        co.baseUrl = QUrl(m_emu->baseUrl() + QStringLiteral("/"));
        FocusClient client(co);
        QCOMPARE(client.urlFor(QStringLiteral("/ack")).path(), QStringLiteral("/focus-server/ack"));
        const auto r = await<bool>([&](auto cb) { client.ack(cb); });
        QCOMPARE(r.info.httpStatus, 200);
    }

    void everyCallIsSignalled()
    {
        startEmulator();
        QSignalSpy spy(m_client.get(), &FocusClient::callFinished);
        await<bool>([&](auto cb) { m_client->ack(cb); });
        await<ChannelRange>([&](auto cb) { m_client->channels(cb); });
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).value<CallInfo>().route, QStringLiteral("/channels"));
        QCOMPARE(m_client->inFlight(), 0);
    }
};

QTEST_GUILESS_MAIN(TestClientLimits)
#include "tst_client_limits.moc"
