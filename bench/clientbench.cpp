// ---- client CPU per row: the whole REST client against its own decoder, in the same run ----------
//
// A loopback HTTP/1.1 server on a thread of its own serves fixed bodies: the configure reply, the
// metadata, and 100 waterfall bodies of 20 rows x 2222 sensors with increasing timestamps, one per
// poll, in order (so no row repeats). The client side is the viewer's: FocusClient (Qt's HTTP,
// the body decoded on the thread pool) -> ReadinessController -> QualityMonitor, and a
// WaterfallModel (store + contrast) attached as the waterfall panel attaches it. Its CPU is the
// process's minus the server thread's (both read from the kernel's per-thread clocks). The
// baseline is the decoder alone over the same bodies, on one thread. The ratio says what the
// client spends beyond decoding; the goal is within 2x of the decoder.
#include "benchcommon.h"
#include "base/cputime.h"
#include "session/livejobsession.h"
#include "data/waterfallmodel.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <pthread.h>

namespace bench {

namespace {

constexpr int kServed = 100;     // bodies
constexpr int kRowsPerPoll = 20;

const char kConfigureReply[] = R"({"status": "", "job_id": "1-4242", "lines_dt": 0.5, "frequencies_list": [],
 "frequencies_amount": 1, "channel_amount": 2222, "stream_amount": 1, "stream_url": "http://127.0.0.1",
 "stream_port": "0", "view_type": 0, "metadata": {"dx": 1.0213698148727417, "prr": 2000.0,
 "fiber_start_meters": 0, "fiber_length_meters": 10000, "sw_version": "11.17.10513",
 "number_of_channels": 2337, "fiber_description": "bench"}})";
const char kLiveMetadata[] = R"({"dx": 1.0213698148727417, "prr": 2000.0, "fiber_start_meters": 0,
 "fiber_length_meters": 10000, "sw_version": "11.17.10513", "number_of_channels": 2337, "fiber_description": "bench"})";

// Answers requests on its thread: keep-alive HTTP/1.1, Content-Length bodies, routes by suffix.
class FixedServer : public QTcpServer
{
  public:
    explicit FixedServer(const std::vector<QByteArray> *bodies) : m_bodies(bodies)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(s, &QObject::destroyed, [buffer] { delete buffer; });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    buffer->append(s->readAll());
                    serve(s, *buffer);
                });
            }
        });
    }
    void rewind() { m_next.storeRelaxed(0); }
    int served() const { return m_next.loadRelaxed(); }

  private:
    void serve(QTcpSocket *s, QByteArray &buf)
    {
        for (;;) {
            const qsizetype end = buf.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buf.left(end);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buf.size() < end + 4 + length)
                return;
            const QByteArray requestLine = head.left(head.indexOf('\r'));
            buf.remove(0, end + 4 + length);
            const QList<QByteArray> parts = requestLine.split(' ');
            const QByteArray path = parts.size() > 1 ? parts[1] : QByteArray();
            int status = 404;
            QByteArray body = "{\"detail\": \"Not Found\"}";
            if (path.endsWith("/configure")) {
                status = 200;
                body = kConfigureReply;
            } else if (path.contains("/metadata/")) {
                status = 200;
                body = kConfigureReply;
            } else if (path.endsWith("/live_metadata")) {
                status = 200;
                body = kLiveMetadata;
            } else if (path.contains("/waterfall/")) {
                const int i = m_next.fetchAndAddRelaxed(1);
                if (i < int(m_bodies->size())) {
                    status = 201;
                    body = (*m_bodies)[size_t(i)];
                } else {
                    status = 200; // alive, no rows: the pass is over
                    body = "{}";
                }
            }
            QByteArray reply = "HTTP/1.1 " + QByteArray::number(status) + (status == 404 ? " Not Found" : " OK")
                               + "\r\nContent-Type: application/json\r\nContent-Length: "
                               + QByteArray::number(body.size()) + "\r\n\r\n";
            s->write(reply);
            s->write(body);
        }
    }

    const std::vector<QByteArray> *m_bodies;
    QAtomicInt m_next;
};

// The server's thread, with its CPU clock for the accounting.
class ServerThread : public QThread
{
  public:
    explicit ServerThread(const std::vector<QByteArray> *bodies) : m_bodies(bodies) {}
    FixedServer *server = nullptr;
    quint16 port = 0;
    clockid_t cpuClock{};
    QSemaphore ready;

  protected:
    void run() override
    {
        FixedServer s(m_bodies);
        s.listen(QHostAddress::LocalHost, 0);
        server = &s;
        port = s.serverPort();
        pthread_getcpuclockid(pthread_self(), &cpuClock);
        ready.release();
        exec();
        server = nullptr;
    }

  private:
    const std::vector<QByteArray> *m_bodies;
};

std::vector<QByteArray> servedBodies(qint64 &rows)
{
    std::vector<QByteArray> bodies;
    rows = 0;
    for (int i = 0; i < kServed; ++i) {
        const qint64 start = 1764946703000 + qint64(i) * kRowsPerPoll * 500;
        wf::WaterfallBlocks a = makeBody(9000u + uint32_t(i), start);
        wf::WaterfallBlocks b = makeBody(19000u + uint32_t(i), start + kRowsPerBody * 500);
        for (wf::WaterfallRow &r : b.front().rows)
            a.front().rows.push_back(std::move(r));
        a.front().currentMinAmp = std::min(a.front().currentMinAmp, b.front().currentMinAmp);
        a.front().currentMaxAmp = std::max(a.front().currentMaxAmp, b.front().currentMaxAmp);
        rows += qint64(a.front().rows.size());
        bodies.push_back(wf::encodeWaterfall(a));
    }
    return bodies;
}

} // namespace

void benchClient(Report &report)
{
    qint64 rowsServed = 0;
    const std::vector<QByteArray> bodies = servedBodies(rowsServed);
    qint64 bytes = 0;
    for (const QByteArray &b : bodies)
        bytes += b.size();

    ServerThread thread(&bodies);
    thread.start();
    thread.ready.acquire();

    wf::ConfigureRequest request;
    request.channelMin = 11;
    request.channelMax = 10 + kChannels;
    request.nfft = 1024;
    request.height = 1000;
    request.timeAxisDurationS = 30;
    wf::ReadinessSettings settings;
    settings.rowsFrom = wf::RowsFrom::Rest;
    settings.rowCount = kRowsPerPoll;

    std::vector<double> clientMsPerRow, decoderMsPerRow, ratios, clientMBps;
    qint64 rowsChecked = 0;
    bool passOk = true;
    for (int rep = 0; rep < 5; ++rep) {
        // The client: one job through every body.
        QMetaObject::invokeMethod(thread.server, [&thread] { thread.server->rewind(); }, Qt::BlockingQueuedConnection);
        wf::ClientOptions options;
        options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(thread.port));
        wf::FocusClient client(options);
        wf::LiveJobSession session(&client);
        wf::WaterfallModel model;
        model.attach(session.controller());
        if (qEnvironmentVariableIsSet("WF_BENCH_DEBUG"))
            QObject::connect(session.controller(), &wf::ReadinessController::requestLogged, [](const wf::RequestLogEntry &e) {
                std::fprintf(stderr, "%s %s -> %d %s\n", qPrintable(e.method), qPrintable(e.path), e.httpStatus,
                             qPrintable(e.outcome));
            });
        const double server0 = wf::cpuSeconds(thread.cpuClock), process0 = wf::processCpuSeconds();
        // Waits in the event loop (a spinning processEvents() would be CPU of the bench, not of the client).
        QEventLoop loop;
        QObject::connect(session.quality(), &wf::QualityMonitor::updated, &loop, [&] {
            if (session.quality()->checker().rowsChecked() >= rowsServed)
                loop.quit();
        });
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        session.controller()->start(request, settings);
        loop.exec();
        const double clientCpu = (wf::processCpuSeconds() - process0) - (wf::cpuSeconds(thread.cpuClock) - server0);
        const qint64 rows = session.quality()->checker().rowsChecked();
        if (qEnvironmentVariableIsSet("WF_BENCH_DEBUG"))
            std::fprintf(stderr, "state %s diagnosis %s rows %lld\n", qPrintable(wf::jobStateName(session.controller()->state())),
                         session.controller()->diagnosis() ? qPrintable(wf::diagnosisName(*session.controller()->diagnosis())) : "-",
                         qint64(rows));
        session.controller()->stop();
        QCoreApplication::processEvents();
        rowsChecked += rows;
        if (rows != rowsServed || model.store().totalRows() != rowsServed) {
            passOk = false;
            continue;
        }

        // The decoder alone, the same bodies, one thread.
        const double d0 = wf::threadCpuSeconds();
        qint64 decoded = 0;
        for (const QByteArray &b : bodies) {
            const auto r = wf::decodeWaterfall(b);
            if (r.ok())
                for (const wf::WaterfallBlock &block : r.value())
                    decoded += qint64(block.rows.size());
        }
        const double decoder = wf::threadCpuSeconds() - d0;
        if (decoded != rowsServed)
            passOk = false;
        clientMsPerRow.push_back(clientCpu * 1000 / double(rows));
        decoderMsPerRow.push_back(decoder * 1000 / double(decoded));
        clientMBps.push_back(double(bytes) / 1e6 / clientCpu);
        ratios.push_back(clientCpu / decoder);
    }
    thread.quit();
    thread.wait();
    if (!passOk || ratios.empty())
        report.ok = false;
    report.add(QStringLiteral("client_cpu_ms_per_row"), round3(median(clientMsPerRow)), QStringLiteral("ms"),
               QStringLiteral("CPU per row of 2222 sensors through the whole REST client (HTTP, decode, controller, "
                              "quality, store, contrast), %1 rows per poll from a loopback server")
                   .arg(kRowsPerPoll));
    report.add(QStringLiteral("client_mb_per_s"), round3(median(clientMBps)), QStringLiteral("MB/s"),
               QStringLiteral("waterfall body bytes per CPU second of the client"));
    report.add(QStringLiteral("client_decoder_cpu_ms_per_row"), round3(median(decoderMsPerRow)), QStringLiteral("ms"),
               QStringLiteral("CPU per row of the decoder alone over the same bodies"));
    report.add(QStringLiteral("client_vs_decoder_ratio"), round3(median(ratios)), QStringLiteral("x"),
               QStringLiteral("client CPU / decoder CPU, median of 5 passes; the goal is <= 2"));
    report.add(QStringLiteral("client_rows_checked"), double(rowsChecked), QString(),
               QStringLiteral("rows through the client in all passes (each pass: every served row once)"));
}

} // namespace bench
