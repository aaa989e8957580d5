#pragma once
// What the FocusClient-against-emulator tests share: a client call awaited on the event loop, a
// live request, a one-shot raw HTTP server for replies the emulator never gives, and the rig (an
// emulator on 127.0.0.1 port 0 with a client pointed at it).
#include "net/focusclient.h"
#include "focusemulator.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>
#include <memory>
#include <optional>

namespace wf::test {

using namespace wf::emu;

// Runs one client call and waits for its callback.
template <typename T, typename Start> Reply<T> await(Start start, int timeoutMs = 15000)
{
    std::optional<Reply<T>> got;
    start([&got](const Reply<T> &r) { got = r; });
    QElapsedTimer t;
    t.start();
    while (!got && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!got) {
        Reply<T> timedOut;
        timedOut.info.transportDetail = QStringLiteral("test: no callback");
        timedOut.info.transport = TransportError::Other;
        return timedOut;
    }
    return *got;
}

inline ConfigureRequest liveRequest(int lo = 1, int hi = 50)
{
    ConfigureRequest q;
    q.channelMin = lo;
    q.channelMax = hi;
    q.nfft = 1024;
    q.height = 1000;
    q.timeAxisDurationS = 30;
    return q;
}

// A one-shot raw HTTP server for replies the emulator never gives (redirects, oversize bodies).
class RawServer : public QTcpServer
{
  public:
    explicit RawServer(QByteArray reply) : m_reply(std::move(reply))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    s->readAll();
                    s->write(m_reply);
                    s->flush();
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

  private:
    QByteArray m_reply;
};

class ClientRig
{
  protected:
    std::unique_ptr<FocusEmulator> m_emu;
    std::unique_ptr<FocusClient> m_client;

    void startEmulator(EmulatorOptions o = {}, ClientOptions co = {})
    {
        m_client.reset();
        m_emu = std::make_unique<FocusEmulator>(o);
        QVERIFY2(m_emu->start() != 0, qPrintable(m_emu->startError()));
        co.baseUrl = QUrl(m_emu->baseUrl());
        m_client = std::make_unique<FocusClient>(co);
    }

    Reply<ConfigureReply> configure(const ConfigureRequest &q)
    {
        return await<ConfigureReply>([&](auto cb) { m_client->configure(q, cb); });
    }
    Reply<WaterfallBlocks> poll(const QString &id, int rows)
    {
        return await<WaterfallBlocks>([&](auto cb) { m_client->waterfall(id, rows, cb); });
    }
    // Polls until a 201 arrives (or `limit` polls); returns the blocks.
    WaterfallBlocks pollUntilData(const QString &id, int rows, int limit = 200)
    {
        for (int i = 0; i < limit; ++i) {
            const auto r = poll(id, rows);
            if (r.info.httpStatus == 201 && r.value)
                return *r.value;
            QTest::qWait(20);
        }
        return {};
    }

    void resetRig()
    {
        m_client.reset();
        m_emu.reset();
    }
};

} // namespace wf::test
