// No secret kept, end to end: a stand-in server (literal replies) whose configure reply and
// /metadata/{id} carry credentials in their metadata (a command line with an AMQP URI, a MongoDB
// URI, a *_password key), whose waterfall errors quote an AMQP URI with its password (as JSON and
// as a proxy's HTML page), whose /live_metadata redirects to a URL with a password, and whose
// configure can answer a 503 in plain text naming a MongoDB URI. It is followed by `focusctl watch
// --report --record` and by the GUI's parts (job panel, endpoint panel, session report, recorder,
// log file); then every file written, every recorded body and every clipboard copy is searched for
// the password, which must be nowhere, while the users and hosts must still be there (so the test
// cannot pass by writing nothing).
#include "endpointpanel.h"
#include "net/focusclient.h"
#include "net/jobapi.h"
#include "base/logging.h"
#include "net/prober.h"
#include "job/qualitymonitor.h"
#include "job/readinesscontroller.h"
#include "readinesspanel.h"
#include "session/sessionrecorder.h"
#include "sessionreport.h"

#include "support/focusctlrun.h"

#include <QAbstractHttpServer>
#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace wf;

namespace {

const QByteArray kPassword("S3cr3t-Pa55");
// What must survive the mask: the users and hosts of the URIs.
const QByteArray kAmqpMasked("amqp://prisma:***@rabbitmq-panda");
const QByteArray kMongoMasked("mongodb://focus:***@mongo-panda");

const char kConfigureReply[] = R"({"status": "", "job_id": "7-1603", "lines_dt": 0.5,
  "frequencies_list": [0.0, 250.0], "frequencies_amount": 2, "channel_amount": 8,
  "channel_to_stream_index": {"1": 0, "4": 1, "7": 2}, "stream_amount": 3,
  "stream_url": "http://127.0.0.1", "stream_port": 1, "view_type": 0,
  "metadata": {"dx": 1.0, "prr": 2000, "fiber_start_meters": 0, "fiber_length_meters": 10000,
    "sw_version": "11.17.10513", "number_of_channels": 2337, "fiber_description": "stand-in",
    "layers": [{"name": "analyzer", "cmd": "/usr/bin/analyzer --amqp amqp://prisma:S3cr3t-Pa55@rabbitmq-panda:5672/ --log info"},
               {"name": "store", "db_uri": "mongodb://focus:S3cr3t-Pa55@mongo-panda:27017/prisma?authSource=admin",
                "rabbit_password": "S3cr3t-Pa55"}]}})";
const char kWaterfallError[] = R"({"error": "analyzer lost its queue amqp://prisma:S3cr3t-Pa55@rabbitmq-panda:5672/"})";
const char kProxyPage[] = "<html><head><title>502 Bad Gateway: amqp://prisma:S3cr3t-Pa55@rabbitmq-panda:5672/</title></head>"
                          "<body>upstream amqp://prisma:S3cr3t-Pa55@rabbitmq-panda:5672/ failed</body></html>";
const char kFiberDown[] = "Cannot configure job - validation failed: mongodb://focus:S3cr3t-Pa55@mongo-panda:27017/prisma unreachable";
const char kOpenApi[] = R"({"openapi": "3.0.2", "paths": {"/ack": {"get": {}}, "/channels": {"get": {}},
  "/live_metadata": {"get": {}}, "/configure": {"post": {}}, "/metadata/{job_id}": {"get": {}},
  "/waterfall/{task_id}/{row_count}": {"get": {}}}})";

// Answers every route with a literal reply; the job is 7-1603.
class StandIn : public QAbstractHttpServer
{
  public:
    bool fiberDown = false; // configure answers 503 in plain text

  protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        using Status = QHttpServerResponder::StatusCode;
        QHttpServerResponder r = makeResponder(request, socket);
        const QString path = request.url().path();
        const auto json = [&r](const QByteArray &body, Status status) { r.write(body, "application/json", status); };
        if (path == QLatin1String("/configure")) {
            if (fiberDown)
                r.write(QByteArray(kFiberDown), "text/plain; charset=utf-8", Status::ServiceUnavailable);
            else
                json(kConfigureReply, Status::Ok);
        } else if (path == QLatin1String("/metadata/7-1603")) {
            json(kConfigureReply, Status::Ok);
        } else if (path.startsWith(QLatin1String("/metadata/"))) {
            json(R"({"error": "Invalid job_id"})", Status::NotFound);
        } else if (path.startsWith(QLatin1String("/waterfall/"))) {
            if (++m_waterfallPolls % 2)
                json(kWaterfallError, Status::InternalServerError);
            else
                r.write(QByteArray(kProxyPage), "text/html", Status::BadGateway);
        } else if (path == QLatin1String("/live_metadata")) {
            r.write(QByteArray(), QHttpServerResponder::HeaderList{{"Location", "https://prisma:S3cr3t-Pa55@sso-panda/login"}},
                    Status::Found);
        } else if (path == QLatin1String("/channels")) {
            json(R"({"lowest_channel": 1, "highest_channel": 2337})", Status::Ok);
        } else if (path == QLatin1String("/ack")) {
            json("{}", Status::Ok);
        } else if (path == QLatin1String("/openapi.json")) {
            json(kOpenApi, Status::Ok);
        } else {
            json(R"({"detail": "Not Found"})", Status::NotFound);
        }
        return true;
    }
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
    }

  private:
    int m_waterfallPolls = 0;
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every file under `dir` (recursively), by path.
QMap<QString, QByteArray> filesUnder(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        out.insert(p, readFile(p));
    }
    return out;
}

// The bodies a session recording holds (base64 in the file: a plain search would not see them).
QByteArray recordedBodies(const QByteArray &recording)
{
    QByteArray bodies;
    for (const QByteArray &line : recording.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QLatin1String("type")).toString() == QLatin1String("reply"))
            bodies += QByteArray::fromBase64(o.value(QLatin1String("body")).toString().toLatin1()) + '\n';
    }
    return bodies;
}

#define VERIFY_NO_SECRET(name, text)                                                                         \
    QVERIFY2(!QByteArray(text).contains(kPassword),                                                         \
             qPrintable(QStringLiteral("the password is in %1:\n%2").arg(name, QString::fromUtf8(text).left(3000))))
#define VERIFY_HAS(name, text, needle)                                                                       \
    QVERIFY2(QByteArray(text).contains(needle),                                                             \
             qPrintable(QStringLiteral("%1 lacks %2:\n%3").arg(name, QString::fromLatin1(needle), QString::fromUtf8(text).left(3000))))

} // namespace

class TestRedactionE2e : public QObject
{
    Q_OBJECT
  private slots:
    void init();
    void focusctlWatchKeepsNoSecret();
    void focusctlReportOfA503KeepsNoSecret();
    void guiKeepsNoSecret();

  private:
    // focusctl watch of channels 1-8 on the stand-in, rows from the REST waterfall, its report and
    // recording written to the files given.
    void watch(const QString &report, const QString &recording, wf::test::FocusctlRun &run);

    std::unique_ptr<StandIn> m_server;
    QString m_url;
};

void TestRedactionE2e::init()
{
    m_server = std::make_unique<StandIn>();
    const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    m_url = QStringLiteral("http://127.0.0.1:%1").arg(port);
}

void TestRedactionE2e::watch(const QString &report, const QString &recording, wf::test::FocusctlRun &run)
{
    WF_RUN_FOCUSCTL(run, QStringLiteral(FOCUSCTL_PATH),
                    {QStringLiteral("watch"), QStringLiteral("--server"), m_url, QStringLiteral("--channels"), QStringLiteral("1-8"),
                     QStringLiteral("--rows-from"), QStringLiteral("rest"), QStringLiteral("--ready-timeout"), QStringLiteral("10"),
                     QStringLiteral("--data-timeout"), QStringLiteral("10"), QStringLiteral("--lang"), QStringLiteral("en"),
                     QStringLiteral("--report"), report, QStringLiteral("--record"), recording},
                    wf::test::Stdout::Text, 60'000);
}

void TestRedactionE2e::focusctlWatchKeepsNoSecret()
{
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("report.json"));
    const QString recording = dir.filePath(QStringLiteral("job.session"));
    wf::test::FocusctlRun run;
    watch(report, recording, run);
    QVERIFY2(run.exitCode != 0, qPrintable(run.err)); // the job failed on the waterfall's errors

    const QMap<QString, QByteArray> files = filesUnder(dir.path());
    QVERIFY(files.contains(report) && files.contains(recording));
    for (auto it = files.begin(); it != files.end(); ++it)
        VERIFY_NO_SECRET(it.key(), it.value());
    const QByteArray bodies = recordedBodies(files.value(recording));
    VERIFY_NO_SECRET(QStringLiteral("the recorded bodies"), bodies);
    VERIFY_NO_SECRET(QStringLiteral("stdout"), run.out.toUtf8());
    VERIFY_NO_SECRET(QStringLiteral("stderr"), run.err.toUtf8());

    // What helps a bug report is kept: the metadata's users and hosts, the error's words.
    VERIFY_HAS(QStringLiteral("the recorded bodies"), bodies, kMongoMasked);
    VERIFY_HAS(QStringLiteral("the recorded bodies"), bodies, kAmqpMasked);
    VERIFY_HAS(QStringLiteral("the recorded bodies"), bodies, R"("rabbit_password":"***")");
    VERIFY_HAS(QStringLiteral("the recorded bodies"), bodies, "analyzer lost its queue");
    VERIFY_HAS(QStringLiteral("the report"), files.value(report), kAmqpMasked);
    VERIFY_HAS(QStringLiteral("the timeline on the terminal"), (run.out + run.err).toUtf8(), kAmqpMasked);

    // The recording replays to the same masked story.
    const QString replayed = dir.filePath(QStringLiteral("replayed.json"));
    WF_RUN_FOCUSCTL(run, QStringLiteral(FOCUSCTL_PATH),
                    {QStringLiteral("replay"), recording, QStringLiteral("--report"), replayed, QStringLiteral("--lang"), QStringLiteral("en")});
    VERIFY_NO_SECRET(replayed, readFile(replayed));
    VERIFY_HAS(replayed, readFile(replayed), kAmqpMasked);
}

void TestRedactionE2e::focusctlReportOfA503KeepsNoSecret()
{
    m_server->fiberDown = true;
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("report.json"));
    const QString recording = dir.filePath(QStringLiteral("job.session"));
    wf::test::FocusctlRun run;
    watch(report, recording, run);
    const QByteArray written = readFile(report);
    const QByteArray bodies = recordedBodies(readFile(recording));
    VERIFY_NO_SECRET(report, written);
    VERIFY_NO_SECRET(recording, readFile(recording));
    VERIFY_NO_SECRET(QStringLiteral("the recorded bodies"), bodies);
    VERIFY_NO_SECRET(QStringLiteral("stderr"), run.err.toUtf8());
    VERIFY_HAS(report, written, kMongoMasked);
    VERIFY_HAS(QStringLiteral("the recorded bodies"), bodies, kMongoMasked);
}

void TestRedactionE2e::guiKeepsNoSecret()
{
    QTemporaryDir dir;
    const QString logDir = dir.filePath(QStringLiteral("logs"));
    QString logError;
    QVERIFY2(FileLog::install(logDir, QStringLiteral("focus-waterfall"), &logError), qPrintable(logError));

    ClientOptions co;
    co.baseUrl = QUrl(m_url);
    co.timeoutMs = 5000;
    FocusClient client(co);
    ClientJobApi api(&client);
    SystemClock clock;
    ReadinessController controller(&api, &clock);
    QualityMonitor monitor(&controller, &api);
    SessionRecorder recorder([&controller] { return controller.elapsedMs(); });
    ConfigureRequest q;
    q.channelMin = 1;
    q.channelMax = 8;
    ReadinessSettings settings;
    settings.rowsFrom = RowsFrom::Rest;
    settings.readyTimeoutMs = 10'000;
    settings.dataTimeoutMs = 10'000;
    SessionHeader header;
    header.server = m_url;
    header.request = q;
    header.settings = settings;
    QVERIFY(recorder.open(dir.filePath(QStringLiteral("gui.session")), header));
    recorder.attach(&client);

    ReadinessPanel panel;
    panel.setServer(m_url, false);
    panel.setController(&controller);
    panel.resize(900, 700);
    panel.show();
    controller.start(q, settings);
    QTRY_VERIFY_WITH_TIMEOUT(isTerminal(controller.state()), 30'000);
    recorder.finish(SessionTrailer{controller.elapsedMs(), jobStateName(controller.state()), QString()});

    EndpointProber prober(&client);
    QSignalSpy probed(&prober, &EndpointProber::finished);
    prober.start();
    QVERIFY(probed.wait(30'000));
    const ProbeResult endpoints = probed.first().first().value<ProbeResult>();
    EndpointPanel endpointPanel;
    endpointPanel.setResult(endpoints);

    // The two copies a tester pastes into a bug report, through the clipboard as a user makes them.
    QStringList copies;
    for (QWidget *w : {static_cast<QWidget *>(&panel), static_cast<QWidget *>(&endpointPanel)}) {
        QApplication::clipboard()->clear();
        QPushButton *copy = nullptr;
        for (QPushButton *b : w->findChildren<QPushButton *>())
            if (b->text().startsWith(QLatin1String("Copy")))
                copy = b;
        QVERIFY2(copy && copy->isEnabled(), qPrintable(w->metaObject()->className()));
        copy->click();
        copies << QApplication::clipboard()->text();
        QVERIFY(!copies.last().isEmpty());
    }
    QVERIFY(panel.saveLog(dir.filePath(QStringLiteral("job-log.txt"))));

    SessionReportInput in;
    in.server = m_url;
    in.controller = &controller;
    in.quality = &monitor.checker();
    in.endpoints = endpoints;
    in.generatedAt = QDateTime::currentDateTime();
    QString error;
    const QString html = dir.filePath(QStringLiteral("report.html"));
    QVERIFY2(SessionReport::save(html, in, &error), qPrintable(error));
    FileLog::uninstall();

    const QMap<QString, QByteArray> files = filesUnder(dir.path());
    QVERIFY(files.contains(html) && files.contains(SessionReport::jsonPathFor(html)));
    QVERIFY(!filesUnder(logDir).isEmpty());
    for (auto it = files.begin(); it != files.end(); ++it)
        VERIFY_NO_SECRET(it.key(), it.value());
    const QByteArray bodies = recordedBodies(files.value(dir.filePath(QStringLiteral("gui.session"))));
    VERIFY_NO_SECRET(QStringLiteral("the recorded bodies"), bodies);
    for (const QString &c : copies)
        VERIFY_NO_SECRET(QStringLiteral("the clipboard"), c.toUtf8());
    VERIFY_NO_SECRET(QStringLiteral("the job log"), panel.logText().toUtf8());

    VERIFY_HAS(QStringLiteral("the recorded bodies"), bodies, kMongoMasked);
    VERIFY_HAS(QStringLiteral("the job's Markdown report"), copies.at(0).toUtf8(), kAmqpMasked);
    VERIFY_HAS(QStringLiteral("the HTML report"), files.value(html), kAmqpMasked);
    VERIFY_HAS(QStringLiteral("the JSON report"), files.value(SessionReport::jsonPathFor(html)), kAmqpMasked);
    QByteArray logs;
    for (const QByteArray &text : filesUnder(logDir))
        logs += text;
    VERIFY_HAS(QStringLiteral("the log folder"), logs, "https://prisma:***@sso-panda/login");
}

QTEST_MAIN(TestRedactionE2e)
#include "tst_redaction_e2e.moc"
