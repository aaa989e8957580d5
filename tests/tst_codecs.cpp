// The small messages of the Focus Server contract: literal fixtures in, exact fields out; every
// malformed body refused with the kind and the JSON path a user would be shown.
#include "api/codecs.h"
#include "net/tlsoptions.h"

#include <QFile>
#include <QJsonDocument>
#include <QtTest>

using namespace wf;

Q_DECLARE_METATYPE(wf::DecodeErrorKind)
Q_DECLARE_METATYPE(wf::ConfigureRequest)
Q_DECLARE_METATYPE(wf::ErrorShape)
Q_DECLARE_METATYPE(wf::Recording)
Q_DECLARE_METATYPE(wf::LiveMetadata)

// QVERIFY2 evaluates its message eagerly: only ask for the error when there is one.
#define VERIFY_OK(r) QVERIFY2((r).ok(), (r).ok() ? "" : qPrintable((r).error().toString()))

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(WF_TEST_DATA "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

template <typename T> std::optional<DecodeError> errorOf(const Result<T> &r)
{
    return r.ok() ? std::nullopt : std::optional<DecodeError>(r.error());
}

// Runs the decoder named `which`; nullopt when it accepted the body.
std::optional<DecodeError> decodeWith(const QString &which, const QByteArray &body)
{
    if (which == "channels") return errorOf(decodeChannels(body));
    if (which == "live") return errorOf(decodeLiveMetadata(body));
    if (which == "configure") return errorOf(decodeConfigureReply(body));
    if (which == "recordings") return errorOf(decodeRecordings(body));
    if (which == "sensors") return errorOf(decodeSensors(body));
    if (which == "configtask") return errorOf(decodeConfigTaskReply(body));
    if (which == "openapi") return errorOf(decodeOpenApi(body));
    if (which == "ack") return errorOf(decodeAck(body));
    if (which == "request") return errorOf(decodeConfigureRequest(body));
    qFatal("unknown decoder %s", qPrintable(which));
}

// A contract fixture with one key replaced by the JSON text `raw`, or dropped when `raw` is null.
const QByteArray kRemove;

QByteArray fixtureWith(const QString &file, const QString &key, const QByteArray &raw)
{
    QJsonObject o = QJsonDocument::fromJson(fixture(file)).object();
    if (raw.isNull())
        o.remove(key);
    else if (const QJsonArray a = QJsonDocument::fromJson("[" + raw + "]").array(); a.size() == 1)
        o.insert(key, a.at(0));
    else
        qFatal("bad replacement %s", raw.constData());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray nested(int depth, char open, char close, const QByteArray &inner = {})
{
    return QByteArray(depth, open) + inner + QByteArray(depth, close);
}

void addError(const QByteArray &name, const char *decoder, const QByteArray &body, DecodeErrorKind kind,
              const char *path)
{
    QTest::newRow(name.constData()) << QString::fromLatin1(decoder) << body << kind
                                    << QString::fromLatin1(path);
}

ConfigureRequest request(void (*edit)(ConfigureRequest &))
{
    ConfigureRequest q;
    edit(q);
    return q;
}

} // namespace

class TestCodecs : public QObject
{
    Q_OBJECT

  private slots:
    void channels()
    {
        const auto r = decodeChannels(fixture("channels.json"));
        VERIFY_OK(r);
        QCOMPARE(r.value(), (ChannelRange{1, 2337}));
    }

    void liveMetadata_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<LiveMetadata>("want");
        QTest::addColumn<bool>("waiting");
        const double dx = 1.0213698148727417;
        QTest::newRow("ready") << "live_metadata_ready.json"
                               << LiveMetadata{dx, 2000, 0.0, 10000.0, "11.17.10513", 9791, "Panda3_staging", {}}
                               << false;
        QTest::newRow("waiting for fiber")
            << "live_metadata_waiting.json"
            << LiveMetadata{0, 0, std::nullopt, std::nullopt, "waiting for fiber", 2337, "waiting for fiber", {}}
            << true;
        QTest::newRow("float channel count, extra keys")
            << "live_metadata_float_channels.json"
            << LiveMetadata{dx, 2000, 12.5, 2500.0, "11.17.10513", 2448, "Panda3_staging", {}} << false;
    }
    void liveMetadata()
    {
        QFETCH(QString, file);
        QFETCH(LiveMetadata, want);
        const auto r = decodeLiveMetadata(fixture(file));
        VERIFY_OK(r);
        const LiveMetadata &m = r.value();
        QCOMPARE(m.dx, want.dx);
        QCOMPARE(m.prr, want.prr);
        QCOMPARE(m.fiberStartMeters, want.fiberStartMeters);
        QCOMPARE(m.fiberLengthMeters, want.fiberLengthMeters);
        QCOMPARE(m.swVersion, want.swVersion);
        QCOMPARE(m.numberOfChannels, want.numberOfChannels);
        QCOMPARE(m.fiberDescription, want.fiberDescription);
        QTEST(m.waitingForFiber(), "waiting");
    }

    void configureReplyContract()
    {
        const auto r = decodeConfigureReply(fixture("configure_reply.json"));
        VERIFY_OK(r);
        const ConfigureReply &c = r.value();
        QCOMPARE(c.status, QString(""));
        QCOMPARE(c.jobId, QString("1-1603"));
        QCOMPARE(c.linesDt, 0.5);
        QCOMPARE(c.frequencies, (QList<double>{0.0, 1.9512, 3.9024}));
        QCOMPARE(c.frequenciesAmount, 256);
        QCOMPARE(c.channelAmount, 50);
        QCOMPARE(c.channelToStreamIndex, (QMap<int, int>{{1, 0}, {17, 0}, {18, 1}, {35, 2}, {50, 2}}));
        QCOMPARE(c.streamAmount, 3);
        QCOMPARE(c.streamUrl, QString("http://10.10.100.113"));
        QCOMPARE(c.streamPort, 12301);
        QCOMPARE(c.view, ViewType::MultiChannel);
        QVERIFY(!c.metadata.has_value()); // `{}`: no recording metadata to show
    }

    // Real servers send the port as a string (the QA suite's records of real runs, three places).
    void configureReplyRealPortString()
    {
        const auto r = decodeConfigureReply(fixture("configure_reply_real_port_string.json"));
        VERIFY_OK(r);
        QCOMPARE(r.value().streamPort, 12323);
        QCOMPARE(r.value().jobId, QString("23-68"));
        QCOMPARE(r.value().streamAmount, 3);
        QCOMPARE(r.value().quirks, QStringList{"stream_port: number sent as a string (\"12323\")"});
        // The integer form, as focus-sim sends it, is no quirk.
        QVERIFY(decodeConfigureReply(fixture("configure_reply.json")).value().quirks.isEmpty());
    }

    // Every representation a real server is recorded to use, at once: accepted, each one noted.
    void configureReplyEveryQuirk()
    {
        const auto r = decodeConfigureReply(fixture("configure_reply_quirks.json"));
        VERIFY_OK(r);
        const ConfigureReply &c = r.value();
        QCOMPARE(c.linesDt, 0.03);
        QCOMPARE(c.frequencies, (QList<double>{0.0, 1.951219512195122, 3.902439024390244}));
        QCOMPARE(c.frequenciesAmount, 256);
        QCOMPARE(c.channelToStreamIndex, (QMap<int, int>{{1, 0}, {4, 1}, {7, 2}, {8, 2}}));
        QCOMPARE(c.streamAmount, 3);
        QCOMPARE(c.streamPort, 12305);
        QCOMPARE(c.view, ViewType::MultiChannel);
        QVERIFY(c.metadata);
        QCOMPARE(c.metadata->dx, 1.0213698148727417);
        QCOMPARE(c.metadata->numberOfChannels, 2448);
        QCOMPARE(c.metadata->fiberLengthMeters, std::optional<double>(10000.0));
        const QStringList want{
            "lines_dt: number sent as a string (\"0.03\")",
            "frequencies_list[1]: number sent as a string (\"1.951219512195122\")",
            "frequencies_amount: number sent as a string (\"256\")",
            "channel_to_stream_index.1: number sent as a string (\"0\")",
            "stream_amount: number sent as a string (\"3\")",
            "stream_port: number sent as a string (\"12305\")",
            "view_type: number sent as a string (\"0\")",
            "metadata.dx: number sent as a string (\"1.0213698148727417\")",
            "metadata.fiber_length_meters: number sent as a string (\"10000\")",
            "metadata.number_of_channels: channel count sent as a fraction (2447.75), rounded to 2448",
        };
        for (const QString &q : want)
            QVERIFY2(c.quirks.contains(q), qPrintable(q + " not in " + c.quirks.join(" | ")));
        QCOMPARE(c.quirks.size(), want.size());
    }

    void configureReplyNestedMetadata()
    {
        const auto r = decodeConfigureReply(fixture("configure_reply_nested_metadata.json"));
        VERIFY_OK(r);
        const ConfigureReply &c = r.value();
        QCOMPARE(c.jobId, QString("22-52"));
        QCOMPARE(c.view, ViewType::MultiChannel); // "0" as a string
        QCOMPARE(c.linesDt, 0.03);
        QCOMPARE(c.frequencies, (QList<double>{0.0, 3.90625, 7.8125, 11.71875}));
        QCOMPARE(c.channelToStreamIndex.size(), 6);
        QCOMPARE(c.channelToStreamIndex.value(109), 2);
        QCOMPARE(c.streamPort, 12322);
        QVERIFY(c.metadata.has_value());
        QCOMPARE(c.metadata->dx, 1.0213698148727417);
        QCOMPARE(c.metadata->prr, 2000.0);
        QCOMPARE(c.metadata->fiberStartMeters, std::optional<double>(0.0));
        QCOMPARE(c.metadata->numberOfChannels, 2448); // 2447.75 rounded
        QCOMPARE(c.metadata->fiberDescription, QString("Panda3_staging"));
    }

    void configureReplyWaterfallView()
    {
        const auto r = decodeConfigureReply(fixture("configure_reply_waterfall.json"));
        VERIFY_OK(r);
        QCOMPARE(r.value().view, ViewType::Waterfall); // integer 2
        QCOMPARE(r.value().jobId, QString("21-51"));
        QVERIFY(r.value().frequencies.isEmpty());
        QCOMPARE(r.value().frequenciesAmount, 0);
        QCOMPARE(r.value().channelToStreamIndex, (QMap<int, int>{{7, 0}}));
        QCOMPARE(r.value().streamPort, 12321);
    }

    void recordings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QList<Recording>>("expected");
        const QList<Recording> fromSeconds{{1764940000000, 1764943600000}, {1764944000000, -1}};
        const QList<Recording> fromMs{{1764940000000, 1764943600500}, {1764944000000, -1}};
        QTest::newRow("bare, seconds") << "recordings_bare_seconds.json" << fromSeconds;
        QTest::newRow("wrapped, seconds") << "recordings_wrapped_seconds.json" << fromSeconds;
        QTest::newRow("bare, ms") << "recordings_bare_ms.json" << fromMs;
        QTest::newRow("wrapped, ms") << "recordings_wrapped_ms.json" << fromMs;
        QTest::newRow("wrapped, none") << "recordings_empty.json" << QList<Recording>{};
    }
    void recordings()
    {
        QFETCH(QString, file);
        QFETCH(QList<Recording>, expected);
        const auto r = decodeRecordings(fixture(file));
        VERIFY_OK(r);
        QCOMPARE(r.value(), expected);
        if (!expected.isEmpty())
            QVERIFY(r.value().last().stillRecording());
    }

    void sensorsAndConfigTask()
    {
        const auto s = decodeSensors(fixture("sensors.json"));
        VERIFY_OK(s);
        QCOMPARE(s.value().sensors, (std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
        const auto t = decodeConfigTaskReply(fixture("config_task_reply.json"));
        VERIFY_OK(t);
        QCOMPARE(t.value().status, QString("Config received successfully"));
        QCOMPARE(t.value().taskId, QString("5-77"));
    }

    void configureRequestContract()
    {
        const auto r = decodeConfigureRequest(fixture("configure_request.json"));
        VERIFY_OK(r);
        QCOMPARE(r.value(), ConfigureRequest{}); // the contract's example is our default request
    }

    void openApiHas_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("has");
        QTest::newRow("same placeholder") << "openapi.json" << "GET" << "/metadata/{job_id}" << true;
        QTest::newRow("other placeholder name") << "openapi.json" << "GET" << "/metadata/{task_id}" << true;
        QTest::newRow("lower-case method") << "openapi.json" << "post" << "/configure" << true;
        QTest::newRow("wrong method") << "openapi.json" << "POST" << "/metadata/{job_id}" << false;
        QTest::newRow("waterfall not deployed") << "openapi.json"
                                                << "GET"
                                                << "/waterfall/{job_id}/{n}" << false;
        QTest::newRow("no DELETE /job") << "openapi.json" << "DELETE" << "/job/{id}" << false;
        QTest::newRow("placeholder is not a value") << "openapi.json" << "GET" << "/metadata/1-1603" << false;
        QTest::newRow("prefix only") << "openapi.json" << "GET" << "/metadata" << false;
        QTest::newRow("longer path") << "openapi.json" << "GET" << "/metadata/{job_id}/x" << false;
        QTest::newRow("newer waterfall") << "openapi_newer.json"
                                         << "GET"
                                         << "/waterfall/{job_id}/{rows}" << true;
        QTest::newRow("newer metadata") << "openapi_newer.json" << "GET" << "/metadata/{job_id}" << true;
        QTest::newRow("newer config") << "openapi_newer.json" << "POST" << "/config/{id}" << true;
        QTest::newRow("newer lacks channels") << "openapi_newer.json" << "GET" << "/channels" << false;
    }
    void openApiHas()
    {
        QFETCH(QString, file);
        QFETCH(QString, method);
        QFETCH(QString, path);
        const auto r = decodeOpenApi(fixture(file));
        VERIFY_OK(r);
        QCOMPARE(r.value().routes.size(), 6);
        QTEST(r.value().has(method, path), "has");
    }

    void ack_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank") << QByteArray(" \r\n");
        QTest::newRow("{}") << QByteArray("{}");
        QTest::newRow("object") << QByteArray(R"({"status": "ok"})");
    }
    void ack()
    {
        QFETCH(QByteArray, body);
        const auto r = decodeAck(body);
        QVERIFY(r.ok() && r.value());
    }

    void errorBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorShape>("shape");
        QTest::addColumn<QString>("message");
        QTest::newRow("invalid job") << fixture("error_invalid_job_id.json") << ErrorShape::Application
                                     << "Invalid job_id";
        QTest::newRow("no recording") << fixture("error_no_recording.json") << ErrorShape::Application
                                      << "No recording found in given time range";
        QTest::newRow("route not deployed")
            << fixture("error_not_found.json") << ErrorShape::FrameworkNotFound << "Not Found";
        QTest::newRow("wrong method") << fixture("error_method_not_allowed.json")
                                      << ErrorShape::FrameworkMethodNotAllowed << "Method Not Allowed";
        QTest::newRow("422")
            << fixture("error_validation_422.json") << ErrorShape::Validation
            << "body.nfftSelection: field required; body.channels.0: value is not a valid integer";
        QTest::newRow("other detail") << QByteArray(R"({"detail":"waiting for fiber"})")
                                      << ErrorShape::FrameworkDetail << "waiting for fiber";
        QTest::newRow("error object") << QByteArray(R"({"error": {"code": 5}})") << ErrorShape::Application
                                      << R"({"error":{"code":5}})";
        QTest::newRow("empty") << QByteArray() << ErrorShape::None << "";
        QTest::newRow("plain text 500")
            << QByteArray("Error parsing configuration") << ErrorShape::Unknown << "";
        // A proxy's page, not the server's: its title (none here) is the message.
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                              << ErrorShape::Html << "";
        QTest::newRow("other object") << QByteArray(R"({"message":"x"})") << ErrorShape::Unknown << "";
        QTest::newRow("array") << QByteArray(R"(["Not Found"])") << ErrorShape::Unknown << "";
    }
    void errorBody()
    {
        QFETCH(QByteArray, body);
        const ErrorBody e = decodeErrorBody(body);
        QTEST(e.shape, "shape");
        QTEST(e.message, "message");
        QCOMPARE(e.raw, QString::fromUtf8(body.simplified()));
    }
    void errorBodyRawIsTrimmed()
    {
        const ErrorBody e = decodeErrorBody(QByteArray(5000, 'x'));
        QCOMPARE(e.shape, ErrorShape::Unknown);
        QCOMPARE(e.raw, QString(300, 'x') + "...");
    }

    void encodeConfigure_data()
    {
        QTest::addColumn<ConfigureRequest>("request");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("live multichannel") << ConfigureRequest{} << QByteArray(
            R"({"channels":{"max":50,"min":1},"displayInfo":{"height":1000},"displayTimeAxisDuration":30,)"
            R"("end_time":null,"frequencyRange":{"max":500,"min":0},"nfftSelection":1024,"start_time":null,)"
            R"("view_type":"0"})");
        QTest::newRow("historic") << request([](ConfigureRequest &q) {
            q.channelMin = 11, q.channelMax = 109, q.freqMax = 1000, q.height = 200;
            q.startTimeS = 1764940000, q.endTimeS = 1764940060;
        }) << QByteArray(R"({"channels":{"max":109,"min":11},"displayInfo":{"height":200},)"
                         R"("displayTimeAxisDuration":30,"end_time":1764940060,"frequencyRange":{"max":1000,)"
                         R"("min":0},"nfftSelection":1024,"start_time":1764940000,"view_type":"0"})");
        QTest::newRow("waterfall") << request([](ConfigureRequest &q) { q.view = ViewType::Waterfall; })
                                   << QByteArray(
                                          R"({"channels":{"max":50,"min":1},"displayInfo":{"height":1000},)"
                                          R"("end_time":null,"nfftSelection":1,"start_time":null,)"
                                          R"("view_type":"2"})");
        QTest::newRow("single channel") << request([](ConfigureRequest &q) {
            q.view = ViewType::SingleChannel, q.channelMin = q.channelMax = 7, q.nfft = 8192;
            q.freqMin = 10.5, q.timeAxisDurationS = 2.5;
        }) << QByteArray(R"({"channels":{"max":7,"min":7},"displayInfo":{"height":1000},)"
                         R"("displayTimeAxisDuration":2.5,"end_time":null,"frequencyRange":{"max":500,)"
                         R"("min":10.5},"nfftSelection":8192,"start_time":null,"view_type":"1"})");
    }
    void encodeConfigure()
    {
        QFETCH(ConfigureRequest, request);
        QFETCH(QByteArray, expected);
        const QByteArray body = encodeConfigureRequest(request);
        QCOMPARE(body, expected);
        if (request.view == ViewType::Waterfall)
            return; // the server form drops nfft and the frequency range: no round trip
        const auto back = decodeConfigureRequest(body);
        VERIFY_OK(back);
        QCOMPARE(back.value(), request);
    }

    void validateConfigure_data()
    {
        QTest::addColumn<ConfigureRequest>("request");
        QTest::addColumn<QList<int>>("fields"); // ConfigField values, in reporting order
        const QList<int> none;
        const QList<int> channels{int(ConfigField::Channels)}, nfft{int(ConfigField::Nfft)};
        const QList<int> freq{int(ConfigField::FrequencyRange)}, height{int(ConfigField::Height)};
        const QList<int> window{int(ConfigField::TimeWindow)}, axis{int(ConfigField::TimeAxisDuration)};
        using Q = ConfigureRequest;
        QTest::newRow("defaults") << Q{} << none;
        QTest::newRow("2222 channels") << request([](Q &q) { q.channelMax = 2222; }) << none;
        QTest::newRow("2223 channels") << request([](Q &q) { q.channelMax = 2223; }) << channels;
        QTest::newRow("min 0") << request([](Q &q) { q.channelMin = 0; }) << channels;
        QTest::newRow("max < min") << request([](Q &q) { q.channelMin = 50, q.channelMax = 49; }) << channels;
        // Found by fuzz_configure_request: the channel count overflowed int (undefined behaviour).
        QTest::newRow("whole int range") << request([](Q &q) {
            q.channelMin = std::numeric_limits<int>::min(), q.channelMax = std::numeric_limits<int>::max();
        }) << channels + channels;
        QTest::newRow("single, min != max")
            << request([](Q &q) { q.view = ViewType::SingleChannel; }) << channels;
        QTest::newRow("nfft 1000") << request([](Q &q) { q.nfft = 1000; }) << nfft;
        QTest::newRow("nfft 0") << request([](Q &q) { q.nfft = 0; }) << nfft;
        QTest::newRow("nfft 64") << request([](Q &q) { q.nfft = 64; }) << nfft;
        QTest::newRow("nfft 128") << request([](Q &q) { q.nfft = 128; }) << none;
        QTest::newRow("nfft 2048") << request([](Q &q) { q.nfft = 2048; }) << none;
        QTest::newRow("nfft 4096 multi") << request([](Q &q) { q.nfft = 4096; }) << nfft;
        QTest::newRow("nfft 65536 single") << request([](Q &q) {
            q.view = ViewType::SingleChannel, q.channelMin = q.channelMax = 7, q.nfft = 65536;
        }) << none;
        QTest::newRow("nfft 131072 single") << request([](Q &q) {
            q.view = ViewType::SingleChannel, q.channelMin = q.channelMax = 7, q.nfft = 131072;
        }) << nfft;
        QTest::newRow("waterfall ignores nfft, freq, axis") << request([](Q &q) {
            q.view = ViewType::Waterfall, q.nfft = 3, q.freqMax = 5000, q.timeAxisDurationS = 0;
        }) << none;
        QTest::newRow("freq 0..1000") << request([](Q &q) { q.freqMax = 1000; }) << none;
        QTest::newRow("freq min < 0") << request([](Q &q) { q.freqMin = -1; }) << freq;
        QTest::newRow("freq max > 1000") << request([](Q &q) { q.freqMax = 1000.5; }) << freq;
        QTest::newRow("freq max == min") << request([](Q &q) { q.freqMin = q.freqMax = 200; }) << freq;
        QTest::newRow("freq max < min") << request([](Q &q) { q.freqMin = 300, q.freqMax = 200; }) << freq;
        QTest::newRow("freq NaN") << request([](Q &q) { q.freqMax = qQNaN(); }) << freq;
        QTest::newRow("time axis 0") << request([](Q &q) { q.timeAxisDurationS = 0; }) << axis;
        QTest::newRow("height 0") << request([](Q &q) { q.height = 0; }) << height;
        QTest::newRow("height < 0") << request([](Q &q) { q.height = -5; }) << height;
        QTest::newRow("historic ok") << request([](Q &q) { q.startTimeS = 0, q.endTimeS = 1; }) << none;
        QTest::newRow("end == start")
            << request([](Q &q) { q.startTimeS = q.endTimeS = 1764940000; }) << window;
        QTest::newRow("end < start") << request([](Q &q) { q.startTimeS = 1764940000, q.endTimeS = 1; })
                                     << window;
        QTest::newRow("start < 0") << request([](Q &q) { q.startTimeS = -10, q.endTimeS = 10; }) << window;
        QTest::newRow("start only") << request([](Q &q) { q.startTimeS = 1764940000; }) << window;
        QTest::newRow("end only") << request([](Q &q) { q.endTimeS = 1764940000; }) << window;
        QTest::newRow("two fields") << request([](Q &q) { q.channelMin = 0, q.height = 0; })
                                    << QList<int>{int(ConfigField::Channels), int(ConfigField::Height)};
    }
    void validateConfigure()
    {
        QFETCH(ConfigureRequest, request);
        QFETCH(QList<int>, fields);
        QList<int> got;
        for (const ConfigViolation &v : wf::validateConfigure(request)) {
            got.append(int(v.field));
            QVERIFY(!v.detail.isEmpty());
        }
        QCOMPARE(got, fields);
    }

    // The fiber's channels from /channels bound a request too; which end is wrong is told.
    void validateConfigureAgainstFiber()
    {
        const ChannelRange fiber{1, 2337};
        ConfigureRequest q;
        QVERIFY(wf::validateConfigure(q, fiber).empty());
        q.channelMin = 2000;
        q.channelMax = 2400;
        QVERIFY(wf::validateConfigure(q).empty()); // no fiber known: 401 channels are fine
        auto v = wf::validateConfigure(q, fiber);
        QCOMPARE(v.size(), size_t(1));
        QCOMPARE(v.front().field, ConfigField::Channels);
        QCOMPARE(v.front().rule, ConfigRule::OutsideFiber);
        QCOMPARE(v.front().end, ConfigEnd::Max);
        q.channelMax = 1999;
        v = wf::validateConfigure(q, fiber);
        QCOMPARE(v.size(), size_t(1));
        QCOMPARE(v.front().rule, ConfigRule::Reversed);
        QCOMPARE(v.front().end, ConfigEnd::Both);
    }

    void fingerprint_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        const QString hex = "00112233445566778899aabbccddeeff0123456789abcdef0f1e2d3c4b5a6978";
        QString colons;
        for (int i = 0; i < hex.size(); i += 2)
            colons += (i ? ":" : "") + hex.mid(i, 2).toUpper();
        QTest::newRow("plain lower") << hex << true;
        QTest::newRow("plain upper") << hex.toUpper() << true;
        QTest::newRow("colons") << colons << true;
        QTest::newRow("colons lower") << colons.toLower() << true;
        QTest::newRow("openssl 3") << "sha256 Fingerprint=" + colons << true;
        QTest::newRow("openssl 1.1, spaces") << "  SHA256 Fingerprint=" + colons + "\n" << true;
        QTest::newRow("31 bytes") << hex.left(62) << false;
        QTest::newRow("33 bytes") << hex + "aa" << false;
        QTest::newRow("sha1 length") << colons.left(59) << false;
        QTest::newRow("odd digit") << hex + "a" << false;
        QTest::newRow("not hex") << "g" + hex.mid(1) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("prefix only") << "sha256 Fingerprint=" << false;
    }
    void fingerprint()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto pin = parseSha256Fingerprint(text);
        QCOMPARE(pin.has_value(), valid);
        if (valid)
            QCOMPARE(*pin,
                     QByteArray::fromHex("00112233445566778899aabbccddeeff0123456789abcdef0f1e2d3c4b5a6978"));
    }

    void malformed_data();
    void malformed()
    {
        QFETCH(QString, decoder);
        QFETCH(QByteArray, body);
        QFETCH(DecodeErrorKind, kind);
        QFETCH(QString, path);
        const auto e = decodeWith(decoder, body);
        QVERIFY2(e.has_value(), "malformed body accepted");
        QCOMPARE(decodeErrorKindName(e->kind), decodeErrorKindName(kind));
        QCOMPARE(e->path, path);
        QVERIFY(!e->detail.isEmpty());
    }

    void everyPrefixFails_data()
    {
        QTest::addColumn<QString>("decoder");
        QTest::addColumn<QString>("file");
        QTest::newRow("channels") << "channels" << "channels.json";
        QTest::newRow("live") << "live" << "live_metadata_waiting.json";
        QTest::newRow("configure") << "configure" << "configure_reply_nested_metadata.json";
        QTest::newRow("recordings bare") << "recordings" << "recordings_bare_ms.json";
        QTest::newRow("recordings wrapped") << "recordings" << "recordings_wrapped_seconds.json";
        QTest::newRow("sensors") << "sensors" << "sensors.json";
        QTest::newRow("config task") << "configtask" << "config_task_reply.json";
        QTest::newRow("openapi") << "openapi" << "openapi.json";
        QTest::newRow("request") << "request" << "configure_request.json";
    }
    void everyPrefixFails()
    {
        QFETCH(QString, decoder);
        QFETCH(QString, file);
        const QByteArray full = fixture(file).trimmed();
        QVERIFY(!decodeWith(decoder, full).has_value());
        for (qsizetype n = 0; n < full.size(); ++n) {
            const QByteArray prefix = full.left(n);
            const auto e = decodeWith(decoder, prefix);
            QVERIFY2(e.has_value(), prefix.constData());
            const auto want = prefix.trimmed().isEmpty() ? DecodeErrorKind::Empty : DecodeErrorKind::NotJson;
            QCOMPARE(decodeErrorKindName(e->kind), decodeErrorKindName(want));
            // A truncated body names where it broke off: a path into what was sent, never beyond it.
            QVERIFY2(e->path.isEmpty() || prefix.contains(e->path.section(QLatin1Char('.'), -1).section(QLatin1Char('['), 0, 0).toUtf8()),
                     qPrintable(e->path));
        }
    }
};

void TestCodecs::malformed_data()
{
    QTest::addColumn<QString>("decoder");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<DecodeErrorKind>("kind");
    QTest::addColumn<QString>("path");
    using K = DecodeErrorKind;
    const QByteArray html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    for (const char *d :
         {"channels", "live", "configure", "recordings", "sensors", "configtask", "openapi", "ack"}) {
        const QByteArray n = QByteArray(d) + ": ";
        if (QByteArray(d) != "ack") {
            addError(n + "empty", d, "", K::Empty, "");
            addError(n + "blank", d, " \r\n\t", K::Empty, "");
        }
        addError(n + "html from a proxy", d, html, K::NotJson, "");
        addError(n + "5000 nested arrays", d, nested(5000, '[', ']'), K::TooDeep, "");
        addError(n + "5000 nested in an object", d, "{\"a\":" + nested(4999, '[', ']', "{}") + "}",
                 K::TooDeep, "");
        addError(n + "top-level null", d, "null", K::NotJson, "");
        addError(n + "top-level number", d, "12", K::NotJson, "");
        addError(n + "trailing garbage", d, "{} x", K::NotJson, "");
        addError(n + "invalid utf-8", d, "{\"k\": \"\xff\xfe\"}", K::NotJson, "k");
        addError(n + "truncated", d, "{\"lowest_channel\": 1, \"highest_ch", K::NotJson, "");
        // Qt's parser refuses a number beyond double range as a syntax error; its offset gives the path.
        addError(n + "1e309", d, "{\"lowest_channel\": 1e309}", K::OutOfRange, "lowest_channel");
        if (QByteArray(d) != "recordings")
            addError(n + "array where an object belongs", d, "[{}]", K::WrongType, "");
    }

    // One key of a valid reply replaced by `raw` (kRemove: dropped); `path` defaults to the key.
    struct Case {
        const char *key;
        QByteArray raw;
        K kind;
        const char *path = nullptr;
    };
    auto addCases = [](const char *decoder, const char *file, std::initializer_list<Case> cases) {
        for (const Case &c : cases) {
            const QByteArray name =
                QByteArray(decoder) + ": " + c.key + " = " + (c.raw.isNull() ? "<absent>" : c.raw);
            const QByteArray body = fixtureWith(file, c.key, c.raw);
            addError(name, decoder, body, c.kind, c.path ? c.path : c.key);
        }
    };
    addCases("channels", "channels.json",
             {{"lowest_channel", "\"1\"", K::WrongType}, {"highest_channel", "null", K::WrongType},
              {"highest_channel", kRemove, K::MissingField}, {"lowest_channel", "1.5", K::WrongType},
              {"highest_channel", "1e20", K::OutOfRange}, {"lowest_channel", "-1", K::OutOfRange},
              {"lowest_channel", "{}", K::WrongType}, {"lowest_channel", "[1]", K::WrongType},
              {"highest_channel", "0", K::InvalidValue}});
    addCases("live", "live_metadata_ready.json",
             {{"dx", "\"1.02 m\"", K::WrongType}, {"dx", "-1", K::OutOfRange}, {"dx", "\"-1\"", K::OutOfRange},
              {"prr", kRemove, K::MissingField}, {"prr", "null", K::WrongType},
              {"fiber_start_meters", kRemove, K::MissingField},
              {"fiber_length_meters", "\"ten km\"", K::WrongType}, {"sw_version", "11", K::WrongType},
              {"number_of_channels", "\"12 channels\"", K::WrongType}, {"number_of_channels", "[12]", K::WrongType}, {"number_of_channels", "1e20", K::OutOfRange},
              {"number_of_channels", "-3", K::OutOfRange}, {"fiber_description", "null", K::WrongType},
              {"fiber_description", kRemove, K::MissingField}});
    for (const char *bad : {"\"\"", "\"1603\"", "\"1-\"", "\"-1603\"", "\"a-1\"", "\"1-1603 \"",
                            "\" 1-1603\"", "\"1-1603\\n\"", "\"1-1603/x\"", "\"1--2\""})
        addCases("configure", "configure_reply.json", {{"job_id", bad, K::InvalidValue}});
    addCases("configure", "configure_reply.json",
             {{"status", "0", K::WrongType}, {"job_id", kRemove, K::MissingField},
              {"job_id", "1603", K::WrongType}, {"lines_dt", "\"half\"", K::WrongType}, {"lines_dt", "\"nan\"", K::OutOfRange}, {"lines_dt", "[0.5]", K::WrongType},
              {"lines_dt", "0", K::OutOfRange},
              {"frequencies_list", "[0.0, 1.9, \"3.9 Hz\"]", K::WrongType, "frequencies_list[2]"},
              {"frequencies_list", "[0.0, null]", K::WrongType, "frequencies_list[1]"},
              {"frequencies_list", "{}", K::WrongType}, {"frequencies_amount", "256.5", K::WrongType},
              {"channel_amount", "\"fifty\"", K::WrongType}, {"channel_amount", "\"50.5\"", K::WrongType}, {"channel_amount", "{}", K::WrongType}, {"channel_amount", kRemove, K::MissingField},
              {"channel_amount", "1e20", K::OutOfRange},
              {"channel_to_stream_index", R"({"1": 0, "a": 1})", K::InvalidValue,
               "channel_to_stream_index.a"},
              {"channel_to_stream_index", R"({"1": "zero"})", K::WrongType, "channel_to_stream_index.1"},
              {"channel_to_stream_index", "[0, 1]", K::WrongType}, {"stream_amount", "null", K::WrongType},
              {"stream_url", kRemove, K::MissingField}, {"stream_port", "70000", K::OutOfRange},
              {"stream_port", "\"port 12301\"", K::WrongType}, {"stream_port", "\"70000\"", K::OutOfRange}, {"stream_port", "true", K::WrongType}, {"view_type", "\"waterfall\"", K::InvalidValue},
              {"view_type", "3", K::OutOfRange}, {"view_type", "\"3\"", K::OutOfRange},
              {"view_type", "1.5", K::WrongType}, {"view_type", kRemove, K::MissingField},
              {"metadata", "[]", K::WrongType}, {"metadata", R"({"dx": "one"})", K::WrongType, "metadata.dx"}, {"metadata", R"({"dx": true})", K::WrongType, "metadata.dx"},
              {"metadata", R"({"dx": 1, "number_of_channels": []})", K::WrongType,
               "metadata.number_of_channels"}});

    const std::initializer_list<std::tuple<const char *, const char *, const char *, K, const char *>> rows{
        {"recordings", "wrapped object", R"({"recordings": {}})", K::WrongType, "recordings"},
        {"recordings", "wrong key", R"({"recs": []})", K::MissingField, "recordings"},
        {"recordings", "short pair", "[[1, 2], [3]]", K::InvalidValue, "[1]"},
        {"recordings", "long pair", "[[1, 2, 3]]", K::InvalidValue, "[0]"},
        {"recordings", "string start", R"([[1, 2], ["3", 4]])", K::WrongType, "[1][0]"},
        {"recordings", "wrapped string end", R"({"recordings": [[1, 2], [3, "4"]]})", K::WrongType,
         "recordings[1][1]"},
        {"recordings", "float start", R"({"recordings": [[1, 2], [1.5, 3]]})", K::WrongType,
         "recordings[1][0]"},
        {"recordings", "null pair", "[[1, 2], null]", K::WrongType, "[1]"},
        {"recordings", "object pair", R"([[1, 2], {"start": 1, "end": 2}])", K::WrongType, "[1]"},
        {"recordings", "end before start", "[[1764943600, 1764940000]]", K::InvalidValue, "[0]"},
        {"recordings", "end -2", "[[1, -2]]", K::OutOfRange, "[0][1]"},
        {"recordings", "start -1", "[[-1, 5]]", K::OutOfRange, "[0][0]"},
        {"recordings", "1e20", "[[1e20, 1e20]]", K::OutOfRange, "[0][0]"},
        {"sensors", "string", R"({"sensors": [0, 1, "2"]})", K::WrongType, "sensors[2]"},
        {"sensors", "negative", R"({"sensors": [0, -1]})", K::OutOfRange, "sensors[1]"},
        {"sensors", "float", R"({"sensors": [0, 1.5]})", K::WrongType, "sensors[1]"},
        {"sensors", "1e20", R"({"sensors": [0, 1e20]})", K::OutOfRange, "sensors[1]"},
        {"sensors", "object", R"({"sensors": {"0": 0}})", K::WrongType, "sensors"},
        {"sensors", "missing", "{}", K::MissingField, "sensors"},
        {"configtask", "no task_id", R"({"status": "ok"})", K::MissingField, "task_id"},
        {"configtask", "task_id number", R"({"task_id": 5})", K::WrongType, "task_id"},
        {"configtask", "status number", R"({"status": 1, "task_id": "5-7"})", K::WrongType, "status"},
        {"openapi", "no paths", R"({"openapi": "3.1.0"})", K::MissingField, "paths"},
        {"openapi", "paths array", R"({"paths": ["/ack"]})", K::WrongType, "paths"},
        {"openapi", "operation array", R"({"paths": {"/ack": ["get"]}})", K::WrongType, "paths./ack"},
        {"request", "nfft string", R"({"view_type": "0", "nfftSelection": "1024"})", K::WrongType,
         "nfftSelection"},
        {"request", "height missing", R"({"view_type": 0, "nfftSelection": 1, "displayInfo": {}})",
         K::MissingField, "displayInfo.height"},
    };
    for (const auto &[decoder, name, body, kind, path] : rows)
        addError(QByteArray(decoder) + ": " + name, decoder, body, kind, path);
}

QTEST_GUILESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
