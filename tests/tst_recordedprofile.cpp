// The emulator's recorded-2025-12 profile (`focus-sim --profile recorded-2025-12`), pinned on the
// wire: literal HTTP bodies and the gRPC DataStream read with the generated stub, each StreamData
// call on a thread of its own so that the emulator's event loop (delayed ports, the job sweep) runs.
#include "focusemulator.h"
#include "scenarios.h"
#include "support/heartbeat.h"

#include "pandadatastream.grpc.pb.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>
#include <atomic>
#include <cstring>
#include <grpcpp/grpcpp.h>
#include <thread>

using namespace wf::emu;
using wf::test::scaledMs;

namespace {

struct HttpReply {
    int status = 0;
    QByteArray body;
};

HttpReply http(QNetworkAccessManager &nam, const QString &url, const QByteArray &postBody = {})
{
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = postBody.isNull() ? nam.get(request) : nam.post(request, postBody);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(scaledMs(5000)))
        qWarning("no reply from %s", qPrintable(url));
    HttpReply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return r;
}

// Literal configure bodies, as a client sends them: 8 channels in 3 streams (3/3/2), 65 bins.
QByteArray liveBody(double timeAxisS = 30)
{
    return QStringLiteral(R"({"displayTimeAxisDuration": %1, "nfftSelection": 256, "displayInfo": {"height": 1000},
        "channels": {"min": 1, "max": 8}, "frequencyRange": {"min": 0, "max": 500},
        "start_time": null, "end_time": null, "view_type": "0"})")
        .arg(timeAxisS)
        .toUtf8();
}

// A 4 s historic window (133 lines at lines_dt 0.03 s) inside the emulator's still-running recording.
QByteArray historicBody(const FocusEmulator &emu)
{
    const qint64 startS = emu.recordingsMs().last().first / 1000 + 60;
    return QStringLiteral(R"({"displayTimeAxisDuration": 30, "nfftSelection": 256, "displayInfo": {"height": 1000},
        "channels": {"min": 1, "max": 8}, "frequencyRange": {"min": 0, "max": 500},
        "start_time": %1, "end_time": %2, "view_type": "0"})")
        .arg(startS)
        .arg(startS + 4)
        .toUtf8();
}
constexpr int kHistoricLines = 133;

struct Frame {
    int rowIndex = -1;
    int jobSlot = 0;
    float globalMinimum = 0, globalMaximum = 0;
    float valueMin = 0, valueMax = 0; // of the frame's own values
    qint64 arrivedMs = 0;             // since the call started
};

// One StreamData call on its own thread: what it got, when, and how it ended.
class StreamCall
{
  public:
    StreamCall(int port, int streamId, int maxFrames = -1, int deadlineMs = 0)
    {
        m_clock.start();
        m_thread = std::thread([this, port, streamId, maxFrames, deadlineMs] { run(port, streamId, maxFrames, deadlineMs); });
    }
    ~StreamCall()
    {
        m_context.TryCancel();
        m_thread.join();
    }
    bool done() const { return m_done.load(); }
    QList<Frame> frames() const
    {
        QMutexLocker lock(&m_mutex);
        return m_frames;
    }
    qsizetype frameCount() const { return frames().size(); }
    grpc::StatusCode code() const { return m_code; }        // once done()
    std::string message() const { return m_message; }      // once done()
    qint64 endedMs() const { return m_endedMs; }            // once done(), since the call started

  private:
    void run(int port, int streamId, int maxFrames, int deadlineMs)
    {
        grpc::ChannelArguments args;
        args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1); // a fresh connection: no backoff shared with older calls
        args.SetMaxReceiveMessageSize(64 * 1024 * 1024);
        const auto channel = grpc::CreateCustomChannel("127.0.0.1:" + std::to_string(port), grpc::InsecureChannelCredentials(), args);
        const auto stub = pandadatastream::DataStreamService::NewStub(channel);
        if (deadlineMs > 0)
            m_context.set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(deadlineMs));
        pandadatastream::StreamDataRequest request;
        request.set_stream_id(streamId);
        const auto reader = stub->StreamData(&m_context, request);
        pandadatastream::DataStream message;
        qsizetype got = 0;
        while (reader->Read(&message)) {
            Frame f;
            f.rowIndex = message.row_index_size() > 0 ? message.row_index(0) : -1;
            f.jobSlot = message.job_id();
            f.globalMinimum = message.global_minimum();
            f.globalMaximum = message.global_maximum();
            f.valueMin = std::numeric_limits<float>::infinity();
            f.valueMax = -f.valueMin;
            for (const std::string &bytes : message.main_data())
                for (size_t i = 0; i + 4 <= bytes.size(); i += 4) {
                    float v;
                    std::memcpy(&v, bytes.data() + i, 4); // little-endian, as on this host
                    f.valueMin = std::min(f.valueMin, v);
                    f.valueMax = std::max(f.valueMax, v);
                }
            f.arrivedMs = m_clock.elapsed();
            {
                QMutexLocker lock(&m_mutex);
                m_frames.append(f);
            }
            if (++got == maxFrames)
                m_context.TryCancel();
        }
        const grpc::Status status = reader->Finish();
        m_code = status.error_code();
        m_message = status.error_message();
        m_endedMs = m_clock.elapsed();
        m_done.store(true);
    }

    QElapsedTimer m_clock;
    grpc::ClientContext m_context;
    mutable QMutex m_mutex;
    QList<Frame> m_frames;
    grpc::StatusCode m_code = grpc::StatusCode::OK;
    std::string m_message;
    qint64 m_endedMs = 0;
    std::atomic<bool> m_done{false};
    std::thread m_thread;
};

// Whether something listens on the port (a refusal on loopback is immediate).
bool accepts(int port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    return socket.waitForConnected(2000);
}

// The first object under `v`, at any depth, that has `key`.
QJsonObject objectWithKey(const QJsonValue &v, const QString &key, int depth = 0)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (depth > 0 && o.contains(key))
            return o;
        for (const QJsonValue &child : o)
            if (const QJsonObject found = objectWithKey(child, key, depth + 1); !found.isEmpty())
                return found;
    } else if (v.isArray()) {
        for (const QJsonValue &child : v.toArray())
            if (const QJsonObject found = objectWithKey(child, key, depth + 1); !found.isEmpty())
                return found;
    }
    return {};
}

struct Server {
    FocusEmulator emu;
    QNetworkAccessManager nam;
    explicit Server(EmulatorOptions o) : emu(std::move(o))
    {
        if (emu.start() == 0)
            qFatal("emulator: %s", qPrintable(emu.startError()));
    }
    HttpReply get(const QString &path) { return http(nam, emu.baseUrl() + path); }
    HttpReply post(const QString &path, const QByteArray &body) { return http(nam, emu.baseUrl() + path, body); }
    // POST /configure; the reply as JSON (empty on a failure).
    QJsonObject configure(const QByteArray &body)
    {
        const HttpReply r = post(QStringLiteral("/configure"), body);
        if (r.status != 200)
            qWarning("configure: %d %s", r.status, r.body.constData());
        return QJsonDocument::fromJson(r.body).object();
    }
};

int streamPort(const QJsonObject &reply)
{
    const QJsonValue v = reply.value(QStringLiteral("stream_port"));
    return v.isString() ? v.toString().toInt() : v.toInt();
}

EmulatorOptions quick()
{
    EmulatorOptions o;
    o.consumerDelayMs = 0;
    return o;
}

} // namespace

class TestRecordedProfile : public QObject
{
    Q_OBJECT
  private slots:
    void profileSwitchesEverythingOn()
    {
        QCOMPARE(profileNames(), QStringList{QStringLiteral("recorded-2025-12")});
        EmulatorOptions untouched;
        QVERIFY(!applyProfile(QStringLiteral("recorded-2099"), untouched));
        QVERIFY(!untouched.metadataNeverKnowsJobs && !untouched.recordedScale && !untouched.reusePorts);
        EmulatorOptions o;
        QVERIFY(applyProfile(QStringLiteral("recorded-2025-12"), o));
        QVERIFY(o.waterfallRouteAbsent && o.grpcStreams && o.metadataNeverKnowsJobs && o.recordedScale && o.historicBurst
                && o.reusePorts && o.viewTypeAsString && !o.streamPortAsInt && o.credentialsInMetadata);
        QCOMPARE(o.streamReadyDelayMinMs, 6600);
        QCOMPARE(o.streamReadyDelayMaxMs, 21000);
        QCOMPARE(o.streamCancelAfterMs, 30000);
        QCOMPARE(o.liveMetadataChannels, 9791);
        QVERIFY(!o.competingReader && !o.noLiveSource && o.fiberDown503.isEmpty());
        // The recorded demo scenarios: the profile, plus what each one is named for.
        const auto scenario = [](const char *name) {
            EmulatorOptions s;
            if (!applyScenario(QString::fromLatin1(name), s))
                qWarning("unknown scenario %s", name);
            return s;
        };
        for (const char *name : {"recorded-live", "recorded-historic", "recorded-competing-reader", "recorded-port-reuse",
                                 "recorded-fiber-down", "recorded-no-live-source"}) {
            QVERIFY2(scenarioNames().contains(QLatin1String(name)), name);
            QVERIFY2(scenario(name).metadataNeverKnowsJobs && scenario(name).reusePorts, name);
        }
        QVERIFY(scenario("recorded-competing-reader").competingReader);
        QVERIFY(scenario("recorded-port-reuse").jobLifetimeMs > 0);
        QCOMPARE(scenario("recorded-fiber-down").fiberDown503, QStringLiteral("text"));
        QVERIFY(scenario("recorded-no-live-source").noLiveSource);
        QVERIFY(scenarioIsHistoric(QStringLiteral("recorded-historic")));
        QVERIFY(!scenarioIsHistoric(QStringLiteral("recorded-live")));
        EmulatorOptions unknown;
        QVERIFY(!applyScenario(QStringLiteral("recorded-nothing"), unknown));
        QVERIFY(!unknown.metadataNeverKnowsJobs);
    }

    // /metadata never knows a job, while that job's stream works: the recorded 26-byte 404.
    void metadataNeverKnowsJobs()
    {
        EmulatorOptions o = quick();
        o.metadataNeverKnowsJobs = true;
        Server s(o);
        const QJsonObject reply = s.configure(liveBody());
        const QString id = reply.value(QStringLiteral("job_id")).toString();
        QVERIFY(!id.isEmpty());
        StreamCall call(streamPort(reply), 0, 3);
        QTRY_VERIFY_WITH_TIMEOUT(call.done(), scaledMs(5000));
        QCOMPARE(call.frameCount(), 3);
        const HttpReply m = s.get(QStringLiteral("/metadata/") + id);
        QCOMPARE(m.status, 404);
        QCOMPARE(m.body, QByteArrayLiteral(R"({"error":"Invalid job_id"})"));
        QCOMPARE(m.body.size(), 26);
    }

    // The port named in the configure reply refuses connections until the job's "pod" is up, then
    // the stream opens there and rows start from then (row 0 first).
    void streamRefusesUntilReady()
    {
        EmulatorOptions o = quick();
        o.streamReadyDelayMinMs = o.streamReadyDelayMaxMs = 1500;
        Server s(o);
        QElapsedTimer sinceConfigure;
        const QJsonObject reply = s.configure(liveBody());
        sinceConfigure.start();
        const int port = streamPort(reply);
        QVERIFY(port > 0);
        QVERIFY(!accepts(port));
        {
            StreamCall early(port, 0);
            QTRY_VERIFY_WITH_TIMEOUT(early.done(), scaledMs(3000));
            QCOMPARE(early.code(), grpc::StatusCode::UNAVAILABLE);
            QCOMPARE(early.frameCount(), 0);
        }
        QTRY_VERIFY_WITH_TIMEOUT(accepts(port), scaledMs(5000));
        const qint64 openedMs = sinceConfigure.elapsed();
        QVERIFY2(openedMs >= 1400, qPrintable(QString::number(openedMs)));
        StreamCall call(port, 0, 5);
        QTRY_VERIFY_WITH_TIMEOUT(call.done(), scaledMs(5000));
        const QList<Frame> frames = call.frames();
        QCOMPARE(frames.size(), 5);
        QCOMPARE(frames.front().rowIndex, 0); // rows flow from the opening, none piled up before it
        qInfo("port opened %lld ms after configure; first frame %lld ms after the call", openedMs, frames.front().arrivedMs);
    }

    void recordedScale_data()
    {
        QTest::addColumn<bool>("recorded");
        QTest::newRow("recorded scale") << true;
        QTest::newRow("frame's own range (default)") << false;
    }
    // global_minimum 0 and a global_maximum that climbs every 97 frames whatever the values are; by
    // default each frame's own range.
    void recordedScale()
    {
        QFETCH(bool, recorded);
        EmulatorOptions o = quick();
        o.recordedScale = recorded;
        Server s(o);
        const QJsonObject reply = s.configure(liveBody(1.0)); // lines_dt 1 ms: 300 frames in a moment
        StreamCall call(streamPort(reply), 0, 300);
        QTRY_VERIFY_WITH_TIMEOUT(call.done(), scaledMs(10'000));
        const QList<Frame> frames = call.frames();
        QCOMPARE(frames.size(), 300);
        QSet<float> scales;
        for (qsizetype i = 0; i < frames.size(); ++i) {
            const Frame &f = frames[i];
            QCOMPARE(f.rowIndex, int(i));
            if (!recorded) {
                QCOMPARE(f.globalMinimum, f.valueMin);
                QCOMPARE(f.globalMaximum, f.valueMax);
                continue;
            }
            QCOMPARE(f.globalMinimum, 0.0f);
            QVERIFY(f.globalMaximum != f.valueMax);
            if (i > 0)
                QVERIFY(f.globalMaximum >= frames[i - 1].globalMaximum);
            scales.insert(f.globalMaximum);
        }
        if (recorded) {
            QCOMPARE(frames[0].globalMaximum, 352.48f);
            QCOMPARE(frames[96].globalMaximum, 352.48f);
            QCOMPARE(frames[97].globalMaximum, 385.94f);
            QCOMPARE(scales.size(), 4); // rows 0, 97, 194, 291
        }
    }

    // Historic: all lines at once, then silence, then UNAVAILABLE "Cancelling all calls" at the
    // cancel time counted from the job's first call; rows are consumed once.
    void historicBurstThenCancel()
    {
        EmulatorOptions o = quick();
        o.historicBurst = true;
        o.streamCancelAfterMs = 1500;
        o.historicSpeed = 1; // paced, the 133 lines would take 4 s
        Server s(o);
        const int port = streamPort(s.configure(historicBody(s.emu)));
        QVERIFY(port > 0);
        QElapsedTimer sinceFirstCall;
        sinceFirstCall.start();
        StreamCall first(port, 0);
        QTRY_COMPARE_WITH_TIMEOUT(first.frameCount(), qsizetype(kHistoricLines), scaledMs(3000));
        const QList<Frame> burst = first.frames();
        for (int i = 0; i < kHistoricLines; ++i)
            QCOMPARE(burst[i].rowIndex, i);
        const qint64 burstMs = burst.back().arrivedMs - burst.front().arrivedMs;
        QVERIFY2(burstMs < 1000, qPrintable(QString::number(burstMs)));
        QVERIFY(!first.done());
        StreamCall second(port, 0); // after the rows were read: nothing for it
        QTRY_VERIFY_WITH_TIMEOUT(first.done() && second.done(), scaledMs(5000));
        const qint64 cancelMs = sinceFirstCall.elapsed();
        for (const StreamCall *c : {&first, &second}) {
            QCOMPARE(c->code(), grpc::StatusCode::UNAVAILABLE);
            QCOMPARE(c->message(), std::string("Cancelling all calls"));
        }
        QCOMPARE(second.frameCount(), 0);
        QCOMPARE(first.frameCount(), qsizetype(kHistoricLines));
        QVERIFY2(first.endedMs() >= 1400 && first.endedMs() < 1500 + scaledMs(1000), qPrintable(QString::number(first.endedMs())));
        QVERIFY(cancelMs < 1500 + scaledMs(1500));
        StreamCall late(port, 1); // past the cancel time: at once
        QTRY_VERIFY_WITH_TIMEOUT(late.done(), scaledMs(2000));
        QCOMPARE(late.code(), grpc::StatusCode::UNAVAILABLE);
        QCOMPARE(late.message(), std::string("Cancelling all calls"));
        QCOMPARE(late.frameCount(), 0);
        QVERIFY2(late.endedMs() < scaledMs(500), qPrintable(QString::number(late.endedMs())));
        qInfo("burst of %d lines in %lld ms; cancel %lld ms after the first call", kHistoricLines, burstMs, first.endedMs());
    }

    // Two readers of one stream split its rows: disjoint, every row to exactly one of them.
    void concurrentReadersSplitRows()
    {
        EmulatorOptions o = quick();
        o.historicSpeed = 2; // 133 lines over 2 s: both readers are there for most of them
        Server s(o);
        const int port = streamPort(s.configure(historicBody(s.emu)));
        StreamCall a(port, 0), b(port, 0);
        QTRY_VERIFY_WITH_TIMEOUT(a.done() && b.done(), scaledMs(8000));
        QCOMPARE(a.code(), grpc::StatusCode::OK);
        QCOMPARE(b.code(), grpc::StatusCode::OK);
        QSet<int> rowsA, rowsB;
        for (const Frame &f : a.frames())
            rowsA.insert(f.rowIndex);
        for (const Frame &f : b.frames())
            rowsB.insert(f.rowIndex);
        QCOMPARE(rowsA.size(), a.frameCount());
        QCOMPARE(rowsB.size(), b.frameCount());
        QVERIFY(!rowsA.isEmpty() && !rowsB.isEmpty());
        QVERIFY(!rowsA.intersects(rowsB));
        QSet<int> all;
        for (int i = 0; i < kHistoricLines; ++i)
            all.insert(i);
        QCOMPARE(rowsA + rowsB, all);
        qInfo("split %lld / %lld rows", qint64(rowsA.size()), qint64(rowsB.size()));
    }

    // The emulator as a second reader: the client sees every other row.
    void competingReaderTakesEveryOtherRow()
    {
        EmulatorOptions o = quick();
        o.competingReader = true;
        Server s(o);
        const QJsonObject reply = s.configure(liveBody(3.0)); // lines_dt 3 ms
        StreamCall call(streamPort(reply), 0, 20);
        QTRY_VERIFY_WITH_TIMEOUT(call.done(), scaledMs(5000));
        const QList<Frame> frames = call.frames();
        QCOMPARE(frames.size(), 20);
        for (qsizetype i = 0; i < frames.size(); ++i)
            QCOMPARE(frames[i].rowIndex, int(2 * i));
        const auto state = s.emu.streamState(reply.value(QStringLiteral("job_id")).toString());
        QVERIFY(state);
        QVERIFY(state->rowsElsewhere.load() >= 19);
    }

    // An ended job's port goes to the next job: a client reconnecting there reads the other job's
    // frames (its own job_id, row_index from 0, its own scale).
    void portIsReusedByTheNextJob()
    {
        EmulatorOptions o = quick();
        o.reusePorts = true;
        o.recordedScale = true;
        o.jobLifetimeMs = 500;
        Server s(o);
        const QJsonObject first = s.configure(liveBody());
        const int port = streamPort(first);
        StreamCall before(port, 0);
        QTRY_VERIFY_WITH_TIMEOUT(before.frameCount() >= 3, scaledMs(5000));
        QTRY_VERIFY_WITH_TIMEOUT(before.done(), scaledMs(5000)); // the job is killed
        QCOMPARE(before.code(), grpc::StatusCode::UNAVAILABLE);
        QCOMPARE(s.emu.jobCount(), 0);
        s.emu.options().jobLifetimeMs = 0;
        const QJsonObject second = s.configure(liveBody());
        QVERIFY(second.value(QStringLiteral("job_id")).toString() != first.value(QStringLiteral("job_id")).toString());
        QCOMPARE(streamPort(second), port);
        StreamCall reconnect(port, 0, 3);
        QTRY_VERIFY_WITH_TIMEOUT(reconnect.done(), scaledMs(5000));
        const QList<Frame> old = before.frames(), now = reconnect.frames();
        QCOMPARE(now.size(), 3);
        QVERIFY(now.front().jobSlot != old.front().jobSlot);
        QCOMPARE(now.front().rowIndex, 0);
        QCOMPARE(old.front().globalMaximum, 352.48f);
        QCOMPARE(now.front().globalMaximum, 825.0f);
    }

    void viewTypeAsString_data()
    {
        QTest::addColumn<bool>("asString");
        QTest::newRow("string") << true;
        QTest::newRow("integer (default)") << false;
    }
    void viewTypeAsString()
    {
        QFETCH(bool, asString);
        EmulatorOptions o = quick();
        o.viewTypeAsString = asString;
        Server s(o);
        const HttpReply configure = s.post(QStringLiteral("/configure"), liveBody());
        QCOMPARE(configure.status, 200);
        const QByteArray literal = asString ? QByteArrayLiteral(R"("view_type":"0")") : QByteArrayLiteral(R"("view_type":0)");
        QVERIFY2(configure.body.contains(literal), configure.body.left(300).constData());
        const QString id = QJsonDocument::fromJson(configure.body).object().value(QStringLiteral("job_id")).toString();
        const HttpReply metadata = s.get(QStringLiteral("/metadata/") + id);
        QCOMPARE(metadata.status, 200);
        QVERIFY(metadata.body.contains(literal));
    }

    void fiberDown503_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QStringLiteral("empty") << QByteArray();
        QTest::newRow("text") << QStringLiteral("text") << QByteArrayLiteral("Cannot proceed: Missing required fiber metadata fields: prr");
    }
    void fiberDown503()
    {
        QFETCH(QString, form);
        QFETCH(QByteArray, body);
        EmulatorOptions o = quick();
        o.fiberDown503 = form;
        Server s(o);
        const HttpReply live = s.post(QStringLiteral("/configure"), liveBody());
        QCOMPARE(live.status, 503);
        QCOMPARE(live.body, body);
        const HttpReply metadata = s.get(QStringLiteral("/live_metadata"));
        QCOMPARE(metadata.status, 200);
        const QJsonObject m = QJsonDocument::fromJson(metadata.body).object();
        QCOMPARE(m.value(QStringLiteral("sw_version")).toString(), QStringLiteral("waiting for fiber"));
        QCOMPARE(m.value(QStringLiteral("fiber_description")).toString(), QStringLiteral("waiting for fiber"));
        QCOMPARE(m.value(QStringLiteral("prr")).toDouble(), 0.0);
        QVERIFY(m.value(QStringLiteral("fiber_start_meters")).isNull());
        QCOMPARE(m.value(QStringLiteral("number_of_channels")).toInt(), 2337);
        QCOMPARE(s.post(QStringLiteral("/configure"), historicBody(s.emu)).status, 200); // historic is unaffected
    }

    void credentialsInMetadata()
    {
        EmulatorOptions o = quick();
        o.credentialsInMetadata = true;
        Server s(o);
        const QJsonObject reply = s.configure(liveBody());
        const QJsonObject metadata = reply.value(QStringLiteral("metadata")).toObject();
        QVERIFY(!metadata.contains(QStringLiteral("cmd"))); // in a nested layer, not at the top
        const QJsonObject layer = objectWithKey(metadata, QStringLiteral("cmd"));
        QCOMPARE(layer.value(QStringLiteral("cmd")).toString(),
                 QStringLiteral("/usr/bin/analyzer --grpc-streams-num 3 --amqp amqp://prisma:S3cr3t-Pa55@rabbitmq-panda:5672/ --log info"));
        QCOMPARE(layer.value(QStringLiteral("db_uri")).toString(),
                 QStringLiteral("mongodb://focus:S3cr3t-Pa55@mongo-panda:27017/prisma?authSource=admin"));
        QCOMPARE(layer.value(QStringLiteral("rabbit_password")).toString(), QStringLiteral("S3cr3t-Pa55"));
        const HttpReply m = s.get(QStringLiteral("/metadata/") + reply.value(QStringLiteral("job_id")).toString());
        QCOMPARE(m.status, 200);
        QVERIFY(m.body.contains("amqp://prisma:S3cr3t-Pa55@rabbitmq-panda:5672/"));
        EmulatorOptions plain = quick();
        Server p(plain);
        QVERIFY(objectWithKey(p.configure(liveBody()), QStringLiteral("cmd")).isEmpty());
    }

    // A live job with no live source: the call is accepted and nothing comes (here, until its deadline).
    void noLiveSource()
    {
        EmulatorOptions o = quick();
        o.noLiveSource = true;
        Server s(o);
        StreamCall live(streamPort(s.configure(liveBody())), 0, -1, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(live.done(), scaledMs(4000));
        QCOMPARE(live.code(), grpc::StatusCode::DEADLINE_EXCEEDED);
        QCOMPARE(live.frameCount(), 0);
        StreamCall historic(streamPort(s.configure(historicBody(s.emu))), 0, 1);
        QTRY_VERIFY_WITH_TIMEOUT(historic.done(), scaledMs(4000));
        QCOMPARE(historic.frameCount(), 1);
    }

    void liveMetadataChannels()
    {
        EmulatorOptions o = quick();
        o.liveMetadataChannels = 9791;
        Server s(o);
        const QJsonObject m = QJsonDocument::fromJson(s.get(QStringLiteral("/live_metadata")).body).object();
        QCOMPARE(m.value(QStringLiteral("number_of_channels")).toInt(), 9791);
        QCOMPARE(s.get(QStringLiteral("/channels")).body, QByteArrayLiteral(R"({"highest_channel":2337,"lowest_channel":1})"));
    }

    // focus-sim itself: the profile, a flag after it overriding it (the port opens after 0.3 s, not
    // 6.6 s or more), and every switch in --help.
    void focusSimProfileWithOverride()
    {
        QProcess help;
        help.start(QStringLiteral(FOCUS_SIM_PATH), {QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(10'000));
        const QString text = QString::fromUtf8(help.readAllStandardOutput());
        for (const char *flag : {"--profile", "recorded-2025-12", "--metadata-never-knows-jobs", "--stream-ready-delay",
                                 "--recorded-scale", "--historic-burst", "--stream-cancel-after", "--competing-reader",
                                 "--reuse-ports", "--view-type-string", "--fiber-down-503", "--credentials-in-metadata",
                                 "--no-live-source", "--live-metadata-channels", "recorded-port-reuse"})
            QVERIFY2(text.contains(QLatin1String(flag)), flag);

        QProcess sim;
        sim.start(QStringLiteral(FOCUS_SIM_PATH), {QStringLiteral("--profile"), QStringLiteral("recorded-2025-12"),
                                                   QStringLiteral("--stream-ready-delay"), QStringLiteral("0.3"),
                                                   QStringLiteral("--stream-cancel-after"), QStringLiteral("3"), QStringLiteral("--quiet")});
        QVERIFY(sim.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), scaledMs(5000));
        const QString base = QString::fromUtf8(sim.readLine()).trimmed();
        QNetworkAccessManager nam;
        const HttpReply configure = http(nam, base + QStringLiteral("/configure"), liveBody());
        QElapsedTimer sinceConfigure;
        sinceConfigure.start();
        QCOMPARE(configure.status, 200);
        QVERIFY(configure.body.contains(R"("view_type":"0")"));
        const QJsonObject reply = QJsonDocument::fromJson(configure.body).object();
        QVERIFY(reply.value(QStringLiteral("stream_port")).isString());
        QTRY_VERIFY_WITH_TIMEOUT(accepts(streamPort(reply)), scaledMs(3000));
        QVERIFY(sinceConfigure.elapsed() < 3000);
        const HttpReply metadata = http(nam, base + QStringLiteral("/metadata/") + reply.value(QStringLiteral("job_id")).toString());
        QCOMPARE(metadata.status, 404);
        QCOMPARE(metadata.body.size(), 26);
        QCOMPARE(http(nam, base + QStringLiteral("/waterfall/1-1/10")).body, QByteArrayLiteral(R"({"detail":"Not Found"})"));
        sim.terminate();
        QVERIFY(sim.waitForFinished(5000));
    }
};

QTEST_GUILESS_MAIN(TestRecordedProfile)
#include "tst_recordedprofile.moc"
