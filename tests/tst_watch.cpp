// `focusctl watch` end to end: the real binary, run with QProcess against the in-process emulator,
// one case per diagnosis. The emulator answers from this test's event loop, so the test waits on
// signals, never blocks.
#include "net/focusclient.h"
#include "focusemulator.h"
#include "support/heartbeat.h"

#include "support/focusctlrun.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

using wf::emu::EmulatorOptions;
using wf::emu::FocusEmulator;

namespace {

using Run = wf::test::FocusctlRun;

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Index of the first line containing `needle`, -1 if none.
qsizetype lineOf(const QStringList &ls, const QString &needle)
{
    for (qsizetype i = 0; i < ls.size(); ++i)
        if (ls[i].contains(needle))
            return i;
    return -1;
}

} // namespace

class TestWatch : public QObject
{
    Q_OBJECT

  private slots:
    void normalJob();
    void normalJobHumanAndReportFile();
    void delayedConsumer();
    void consumerNeverCreated();
    void routeAbsent();
    void jobExpired();
    void historicEnd();
    void waitingForFiber();
    void noRecording();
    void serverErrors();
    void nothingListening();
    void insecure();
    void interrupted();
    void badArguments_data();
    void badArguments();
    void refusalNamesTheOption();

  private:
    void start(QProcess &proc, const QStringList &args);
    void watch(const QStringList &args, Run &run);
    // Runs with `--report -` and parses stdout, which must be nothing but the report.
    void watchJson(const QStringList &args, Run &run, QJsonObject &report);
    void startEmulator(FocusEmulator &emu);
};

void TestWatch::start(QProcess &proc, const QStringList &args)
{
    proc.setProgram(QStringLiteral(FOCUSCTL_PATH));
    proc.setArguments(QStringList{QStringLiteral("watch")} + args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    proc.setProcessEnvironment(env);
    proc.start();
}

void TestWatch::watch(const QStringList &args, Run &run)
{
    WF_RUN_FOCUSCTL(run, QStringLiteral(FOCUSCTL_PATH), QStringList{QStringLiteral("watch")} + args, wf::test::Stdout::Text,
                    30'000);
}

void TestWatch::watchJson(const QStringList &args, Run &run, QJsonObject &report)
{
    watch(args + QStringList{QStringLiteral("--report"), QStringLiteral("-"), QStringLiteral("--lang"), QStringLiteral("en")},
          run);
    if (QTest::currentTestFailed())
        return;
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError && doc.isObject(),
             qPrintable(QStringLiteral("stdout is not one JSON object (%1):\n%2\nstderr:\n%3").arg(pe.errorString(), run.out, run.err)));
    report = doc.object();
    // Whatever happened, the human timeline went to stderr and ends with the diagnosis.
    QVERIFY2(run.err.contains(QLatin1String("Diagnosis: ") + report.value(QLatin1String("diagnosis")).toString()),
             qPrintable(run.err));
}

void TestWatch::startEmulator(FocusEmulator &emu)
{
    QVERIFY2(emu.start() != 0, qPrintable(emu.startError()));
}

namespace {

QString diagnosis(const QJsonObject &r)
{
    return r.value(QLatin1String("diagnosis")).toString();
}

QJsonValue timeline(const QJsonObject &r, const char *key)
{
    return r.value(QLatin1String("timeline_ms")).toObject().value(QLatin1String(key));
}

QString why(const Run &run)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(run.exitCode).arg(run.out, run.err);
}

} // namespace

void TestWatch::normalJob()
{
    FocusEmulator emu;
    startEmulator(emu);
    Run run;
    QJsonObject r;
    watchJson({QStringLiteral("--server"), emu.baseUrl(), QStringLiteral("--rows"), QStringLiteral("100")}, run, r);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(run.exitCode == 0, qPrintable(why(run)));

    // The contract's keys, spelled as the issue spells them.
    for (const char *key : {"server", "job_id", "config", "diagnosis", "diagnosis_text", "timeline_ms", "polls",
                            "rows_received", "blocks_received", "errors"})
        QVERIFY2(r.contains(QLatin1String(key)), key);
    QCOMPARE(r.value(QLatin1String("server")).toString(), emu.baseUrl());
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]+-[0-9]+$")).match(r.value(QLatin1String("job_id")).toString()).hasMatch(),
             qPrintable(r.value(QLatin1String("job_id")).toString()));
    QCOMPARE(r.value(QLatin1String("insecure")), QJsonValue(false));

    const QJsonObject config = r.value(QLatin1String("config")).toObject();
    QCOMPARE(config.value(QLatin1String("view")).toString(), QStringLiteral("multichannel"));
    QCOMPARE(config.value(QLatin1String("channels")).toArray(), (QJsonArray{1, 50}));
    QCOMPARE(config.value(QLatin1String("nfft")), QJsonValue(1024));
    QCOMPARE(config.value(QLatin1String("freq")).toArray(), (QJsonArray{0, 500}));
    QCOMPARE(config.value(QLatin1String("height")), QJsonValue(1000));
    QCOMPARE(config.value(QLatin1String("duration_s")), QJsonValue(30));
    QVERIFY(config.value(QLatin1String("historic")).isNull());

    QCOMPARE(diagnosis(r), QStringLiteral("ok"));
    QCOMPARE(r.value(QLatin1String("diagnosis_text")).toString(), QStringLiteral("The job's consumer is alive and rows are arriving."));

    const QJsonObject t = r.value(QLatin1String("timeline_ms")).toObject();
    QCOMPARE(t.keys(), (QStringList{QStringLiteral("configured"), QStringLiteral("consumer_ready"), QStringLiteral("ended"),
                                    QStringLiteral("first_data"), QStringLiteral("stream_ready")})); // QJsonObject keeps keys sorted
    QVERIFY(t.value(QLatin1String("stream_ready")).isNull()); // REST rows: no stream
    QVERIFY(t.value(QLatin1String("configured")).isDouble());
    QVERIFY(t.value(QLatin1String("configured")).toDouble() >= 0);
    // The emulator's consumer appears 800 ms after configure; polls reach 1 s apart at most.
    QVERIFY2(t.value(QLatin1String("consumer_ready")).toDouble() >= 750
                 && t.value(QLatin1String("consumer_ready")).toDouble() <= 1800 + wf::test::scaledMs(200) - 200,
             qPrintable(why(run)));
    QVERIFY(t.value(QLatin1String("first_data")).toDouble() >= t.value(QLatin1String("consumer_ready")).toDouble());
    QVERIFY(t.value(QLatin1String("ended")).isNull());

    const QJsonObject polls = r.value(QLatin1String("polls")).toObject();
    QVERIFY(polls.value(QLatin1String("waterfall")).isObject());
    QVERIFY(polls.value(QLatin1String("metadata")).isObject());
    QVERIFY(polls.value(QLatin1String("waterfall")).toObject().value(QLatin1String("201")).toInt() >= 1);
    QVERIFY(polls.value(QLatin1String("metadata")).toObject().value(QLatin1String("200")).toInt() >= 0);
    QVERIFY(r.value(QLatin1String("rows_received")).toDouble() >= 100);
    QVERIFY(r.value(QLatin1String("blocks_received")).toDouble() >= 10); // 10 rows per block
    QVERIFY(r.value(QLatin1String("errors")).isArray());
    QCOMPARE(r.value(QLatin1String("errors")).toArray().size(), 0);
    QCOMPARE(emu.stats().jobsCreated, qint64(1));
}

void TestWatch::normalJobHumanAndReportFile()
{
    FocusEmulator emu;
    startEmulator(emu);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("report.json"));
    Run run;
    watch({QStringLiteral("--server"), emu.baseUrl(), QStringLiteral("--rows"), QStringLiteral("50"), QStringLiteral("--report"),
           file, QStringLiteral("--lang"), QStringLiteral("en")},
          run);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    // The timeline, in the order it happened, one line per event.
    const QStringList ls = lines(run.out);
    const QStringList expected{QStringLiteral("Configure sent: multichannel, channels 1-50, nfft 1024, 0-500 Hz, height 1000, time axis 30 s, live"),
                               QStringLiteral(" created; configure took "), QStringLiteral(" ms  consumer ready"),
                               QStringLiteral(" ms  first data"), QStringLiteral("rows received (--rows 50): stopping"),
                               QStringLiteral("Diagnosis: ok — The job's consumer is alive and rows are arriving."),
                               QStringLiteral("Report written to ")};
    qsizetype previous = -1;
    for (const QString &e : expected) {
        const qsizetype at = lineOf(ls, e);
        QVERIFY2(at > previous, qPrintable(QStringLiteral("\"%1\" missing or out of order:\n%2").arg(e, run.out)));
        previous = at;
    }
    QVERIFY2(!run.out.contains(QLatin1String("INSECURE")), qPrintable(run.out));

    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject r = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(diagnosis(r), QStringLiteral("ok"));
    QVERIFY(r.value(QLatin1String("rows_received")).toDouble() >= 50);
    QVERIFY2(run.out.contains(QLatin1String("Job ") + r.value(QLatin1String("job_id")).toString() + QLatin1String(" created")),
             qPrintable(run.out));
}

void TestWatch::delayedConsumer()
{
    EmulatorOptions o;
    o.consumerDelayMs = 1500;
    FocusEmulator emu(o);
    startEmulator(emu);
    Run run;
    QJsonObject r;
    watchJson({QStringLiteral("--server"), emu.baseUrl(), QStringLiteral("--rows"), QStringLiteral("10")}, run, r);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
    QCOMPARE(diagnosis(r), QStringLiteral("ok"));
    // Measured from the configure reply, within one poll interval (≤ 1 s) of the injected delay;
    // the configure reply's own transit may make it a few ms early.
    const double ready = timeline(r, "consumer_ready").toDouble();
    // (A slow build stretches every poll's round trip: more slack above.)
    QVERIFY2(ready >= 1500 - 50 && ready <= 1500 + 1000 + wf::test::scaledMs(200) - 200,
             qPrintable(QStringLiteral("consumer_ready %1").arg(ready)));
    // The human timeline says the same time.
    QVERIFY2(run.err.contains(QStringLiteral("+%1 ms  consumer ready").arg(QLocale(QLocale::English).toString(qint64(ready)))),
             qPrintable(run.err));
}

void TestWatch::consumerNeverCreated()
{
    EmulatorOptions o;
    o.consumerNeverCreated = true;
    FocusEmulator emu(o);
    startEmulator(emu);
    Run run;
    QJsonObject r;
    watchJson({QStringLiteral("--server"), emu.baseUrl(), QStringLiteral("--ready-timeout"), QStringLiteral("2")}, run, r);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(run.exitCode == 4, qPrintable(why(run)));
    QCOMPARE(diagnosis(r), QStringLiteral("consumer_not_created"));
    QVERIFY(timeline(r, "consumer_ready").isNull());
    QVERIFY(timeline(r, "first_data").isNull());
    QVERIFY(r.value(QLatin1String("polls")).toObject().value(QLatin1String("waterfall")).toObject().value(QLatin1String("404")).toInt() >= 2);
    QVERIFY2(run.wallMs >= 2000, qPrintable(QString::number(run.wallMs))); // it did wait for the timeout
}

void TestWatch::routeAbsent()
{
    EmulatorOptions o;
    o.waterfallRouteAbsent = true;
    FocusEmulator emu(o);
    startEmulator(emu);
    Run run;
    QJsonObject r;
    // --rows-from rest: the REST waterfall or nothing (auto reads the job's gRPC stream, tst_grpc).
    watchJson({QStringLiteral("--server"), emu.baseUrl(), QStringLiteral("--ready-timeout"), QStringLiteral("60"),
               QStringLiteral("--rows-from"), QStringLiteral("rest")},
              run, r);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(run.exitCode == 3, qPrintable(why(run)));
    QCOMPARE(r.value(QLatin1String("row_source")).toString(), QStringLiteral("rest"));
    QCOMPARE(diagnosis(r), QStringLiteral("endpoint_not_deployed"));
    // Decided at the first 404, not after the 60 s ready timeout: the point of the tool.
    QVERIFY2(run.wallMs < 10'000, qPrintable(QStringLiteral("took %1 ms").arg(run.wallMs)));
    QCOMPARE(r.value(QLatin1String("polls")).toObject().value(QLatin1String("waterfall")).toObject().value(QLatin1String("404")).toInt(), 1);
    const QJsonArray errors = r.value(QLatin1String("errors")).toArray();
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.last().toObject().value(QLatin1String("endpoint")).toString(), QStringLiteral("/waterfall/{task_id}/{row_count}"));
    // The evidence a tester pastes into the bug report: the framework's own 404 body.
    QVERIFY2(errors.last().toObject().value(QLatin1String("message")).toString().contains(QLatin1String(R"(404 {"detail":"Not Found"})")),
             qPrintable(errors.last().toObject().value(QLatin1String("message")).toString()));
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]+-[0-9]+$")).match(r.value(QLatin1String("job_id")).toString()).hasMatch(),
             "the job itself was configured");
    // No rows is not a clean bill of health: the summary says nothing was checked.
    QVERIFY2(run.err.contains(QLatin1String("Quality: nothing to check, no rows arrived")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("no findings")), qPrintable(run.err));
}

void TestWatch::jobExpired()
{
    EmulatorOptions o;
    o.jobLifetimeMs = 1500;
    FocusEmulator emu(o);
    startEmulator(emu);
    Run run;
    QJsonObject r;
    watchJson({QStringLiteral("--server"), emu.baseUrl(), QStringLiteral("--rows"), QStringLiteral("1000000")}, run, r);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(run.exitCode == 4, qPrintable(why(run)));
    QCOMPARE(diagnosis(r), QStringLiteral("job_expired"));
    QVERIFY(timeline(r, "consumer_ready").isDouble());
    QVERIFY(timeline(r, "first_data").isDouble());
    QVERIFY(timeline(r, "ended").isNull());
    QVERIFY(r.value(QLatin1String("rows_received")).toDouble() > 0);
    QCOMPARE(emu.stats().jobsExpired, qint64(1));
}

void TestWatch::historicEnd()
{
    EmulatorOptions o;
    o.historicSpeed = 50;
    FocusEmulator emu(o);
    startEmulator(emu);

    // A window inside a closed recording, as the emulator itself lists them.
    wf::ClientOptions co;
    co.baseUrl = QUrl(emu.baseUrl());
    wf::FocusClient client(co);
    std::optional<QList<wf::Recording>> recordings;
    const qint64 nowS = QDateTime::currentSecsSinceEpoch();
    client.recordings(nowS - 7 * 3600, nowS, [&](const wf::Reply<QList<wf::Recording>> &reply) {
        recordings = reply.value.value_or(QList<wf::Recording>{});
    });
    QTRY_VERIFY_WITH_TIMEOUT(recordings.has_value(), 5000);
    std::optional<wf::Recording> closed;
    for (const wf::Recording &rec : *recordings)
        if (!rec.stillRecording() && !closed)
            closed = rec;
    QVERIFY2(closed, "the emulator lists a closed recording");
    const qint64 start = closed->startMs / 1000 + 60, end = start + 10;

    Run run;
    QJsonObject r;
    watchJson({QStringLiteral("--server"), emu.baseUrl(), QStringLiteral("--historic"), QStringLiteral("%1-%2").arg(start).arg(end),
               QStringLiteral("--rows"), QStringLiteral("100000")},
              run, r);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
    QCOMPARE(diagnosis(r), QStringLiteral("analyzer_exited"));
    QCOMPARE(r.value(QLatin1String("config")).toObject().value(QLatin1String("historic")).toArray(),
             (QJsonArray{double(start), double(end)}));
    QVERIFY(timeline(r, "ended").isDouble());
    QVERIFY(timeline(r, "ended").toDouble() >= timeline(r, "first_data").toDouble());
    QCOMPARE(r.value(QLatin1String("polls")).toObject().value(QLatin1String("waterfall")).toObject().value(QLatin1String("208")).toInt(), 1);
    // Every row of the 10 s window, at lines_dt = 30 s / 1000 rows, and no more.
    const double expected = 10.0 / r.value(QLatin1String("lines_dt")).toDouble();
    QVERIFY2(std::abs(r.value(QLatin1String("rows_received")).toDouble() - expected) <= 1,
             qPrintable(QStringLiteral("%1 rows, expected %2").arg(r.value(QLatin1String("rows_received")).toDouble()).arg(expected)));
    QVERIFY2(run.err.contains(QLatin1String("ended: the job's analyzer exited (208)")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("(epoch s %1-%2)").arg(start).arg(end)), qPrintable(run.err));
}

void TestWatch::waitingForFiber()
{
    EmulatorOptions o;
    o.waitingForFiber = true;
    FocusEmulator emu(o);
    startEmulator(emu);
    Run run;
    QJsonObject r;
    watchJson({QStringLiteral("--server"), emu.baseUrl()}, run, r);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(run.exitCode == 4, qPrintable(why(run)));
    QCOMPARE(diagnosis(r), QStringLiteral("waiting_for_fiber"));
    QVERIFY(r.value(QLatin1String("job_id")).isNull());
    QVERIFY(timeline(r, "configured").isDouble());
    QVERIFY(timeline(r, "consumer_ready").isNull());
    QVERIFY2(run.err.contains(QLatin1String("Configure answered HTTP 503")), qPrintable(run.err));
}

void TestWatch::noRecording()
{
    FocusEmulator emu;
    startEmulator(emu);
    Run run;
    QJsonObject r;
    // 1970: no recording there; the server answers 404 {"error": "No recording found in given time range"}.
    watchJson({QStringLiteral("--server"), emu.baseUrl(), QStringLiteral("--historic"), QStringLiteral("10-20")}, run, r);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(run.exitCode == 4, qPrintable(why(run)));
    QCOMPARE(diagnosis(r), QStringLiteral("configure_rejected"));
    QCOMPARE(r.value(QLatin1String("configure_status")), QJsonValue(404));
    QVERIFY2(run.err.contains(QLatin1String("No recording found in given time range")), qPrintable(run.err));
    QCOMPARE(emu.stats().jobsCreated, qint64(0));
}

void TestWatch::serverErrors()
{
    EmulatorOptions o;
    o.serverErrorRate = 1.0;
    FocusEmulator emu(o);
    startEmulator(emu);
    Run run;
    QJsonObject r;
    watchJson({QStringLiteral("--server"), emu.baseUrl()}, run, r);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(run.exitCode == 5, qPrintable(why(run)));
    QCOMPARE(diagnosis(r), QStringLiteral("server_error"));
    const QJsonArray errors = r.value(QLatin1String("errors")).toArray();
    QVERIFY(errors.size() >= 10);
    QVERIFY2(errors.first().toObject().value(QLatin1String("message")).toString().startsWith(QLatin1String("HTTP 500")),
             qPrintable(QJsonDocument(errors.first().toObject()).toJson()));
    QVERIFY(run.wallMs < 20'000);
}

void TestWatch::nothingListening()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const quint16 port = server.serverPort();
    server.close();
    Run run;
    QJsonObject r;
    watchJson({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:%1").arg(port)}, run, r);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(run.exitCode == 5, qPrintable(why(run)));
    QCOMPARE(diagnosis(r), QStringLiteral("server_unreachable"));
    QVERIFY(r.value(QLatin1String("job_id")).isNull());
    QVERIFY2(run.err.contains(QLatin1String("connection refused")), qPrintable(run.err));
}

void TestWatch::insecure()
{
    EmulatorOptions o;
    o.https = true;
    FocusEmulator emu(o);
    startEmulator(emu);
    Run run;
    QJsonObject r;
    watchJson({QStringLiteral("--server"), emu.baseUrl(), QStringLiteral("--insecure"), QStringLiteral("--rows"), QStringLiteral("10")},
              run, r);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(run.exitCode == 0, qPrintable(why(run)));
    QCOMPARE(r.value(QLatin1String("insecure")), QJsonValue(true));
    QVERIFY2(lines(run.err).value(0).contains(QLatin1String("INSECURE")), qPrintable(run.err));

    // Without a way to trust it, the self-signed certificate is refused.
    Run refused;
    QJsonObject r2;
    watchJson({QStringLiteral("--server"), emu.baseUrl()}, refused, r2);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(refused.exitCode == 5, qPrintable(why(refused)));
    QCOMPARE(diagnosis(r2), QStringLiteral("tls_error"));
    QCOMPARE(emu.stats().jobsCreated, qint64(1));
}

void TestWatch::interrupted()
{
    FocusEmulator emu;
    startEmulator(emu);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("report.json"));
    QProcess proc;
    QSignalSpy finished(&proc, &QProcess::finished);
    start(proc, {QStringLiteral("--server"), emu.baseUrl(), QStringLiteral("--rows"), QStringLiteral("1000000"),
                 QStringLiteral("--report"), file, QStringLiteral("--lang"), QStringLiteral("en")});
    QString out;
    QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(proc.readAllStandardOutput())).contains(QLatin1String("first data")),
                             wf::test::scaledMs(10'000));
    QVERIFY(::kill(pid_t(proc.processId()), SIGINT) == 0);
    QVERIFY2(finished.wait(wf::test::scaledMs(10'000)), "focusctl watch did not stop on SIGINT");
    QCOMPARE(proc.exitStatus(), QProcess::NormalExit);
    out += QString::fromUtf8(proc.readAllStandardOutput());
    // Rows were flowing when the user stopped it: that is the story, exit 0.
    QVERIFY2(proc.exitCode() == 0, qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Interrupted: stopping the job.")), qPrintable(out));
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), "the report is written after Ctrl-C");
    const QJsonObject r = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(diagnosis(r), QStringLiteral("ok"));
    QCOMPARE(r.value(QLatin1String("state")).toString(), QStringLiteral("stopped"));
    QVERIFY(r.value(QLatin1String("rows_received")).toDouble() > 0);
}

void TestWatch::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions"); // the message on stderr names the option

    QTest::newRow("channels 5-1") << QStringList{QStringLiteral("--channels"), QStringLiteral("5-1")} << QStringLiteral("--channels");
    QTest::newRow("nfft 1000") << QStringList{QStringLiteral("--nfft"), QStringLiteral("1000")} << QStringLiteral("--nfft");
    QTest::newRow("view foo") << QStringList{QStringLiteral("--view"), QStringLiteral("foo")} << QStringLiteral("--view");
    QTest::newRow("freq 0-2000") << QStringList{QStringLiteral("--freq"), QStringLiteral("0-2000")} << QStringLiteral("--freq");
    QTest::newRow("historic 10-5") << QStringList{QStringLiteral("--historic"), QStringLiteral("10-5")} << QStringLiteral("--historic");
    QTest::newRow("rows 0") << QStringList{QStringLiteral("--rows"), QStringLiteral("0")} << QStringLiteral("--rows");
    QTest::newRow("channels 1-2300") << QStringList{QStringLiteral("--channels"), QStringLiteral("1-2300")} << QStringLiteral("--channels");
    QTest::newRow("channels abc") << QStringList{QStringLiteral("--channels"), QStringLiteral("abc")} << QStringLiteral("--channels");
    QTest::newRow("height 0") << QStringList{QStringLiteral("--height"), QStringLiteral("0")} << QStringLiteral("--height");
    QTest::newRow("ready-timeout 0") << QStringList{QStringLiteral("--ready-timeout"), QStringLiteral("0")} << QStringLiteral("--ready-timeout");
    QTest::newRow("waterfall with nfft") << QStringList{QStringLiteral("--view"), QStringLiteral("waterfall"), QStringLiteral("--nfft"),
                                                         QStringLiteral("1024")}
                                          << QStringLiteral("--nfft");
    QTest::newRow("no --server") << QStringList{QStringLiteral("--no-server")} << QStringLiteral("--server");
}

void TestWatch::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    FocusEmulator emu;
    startEmulator(emu);
    const bool noServer = args == QStringList{QStringLiteral("--no-server")};
    const QStringList full = noServer ? QStringList{QStringLiteral("--lang"), QStringLiteral("en")}
                                      : QStringList{QStringLiteral("--server"), emu.baseUrl(), QStringLiteral("--lang"), QStringLiteral("en")} + args;
    Run run;
    watch(full, run);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(run.exitCode == 2, qPrintable(why(run)));
    QVERIFY2(run.err.section(QLatin1Char('\n'), 0, 0).contains(mentions), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out)); // nothing a script would mistake for a result
    QCOMPARE(emu.stats().requests, qint64(0));         // refused before sending
    // Said in the options the user typed, never in /configure's field names.
    for (const char *wire : {"nfftSelection", "frequencyRange", "displayInfo", "displayTimeAxisDuration", "start_time"})
        QVERIFY2(!run.err.contains(QLatin1String(wire)), qPrintable(run.err));
}

void TestWatch::refusalNamesTheOption()
{
    FocusEmulator emu;
    startEmulator(emu);
    Run run;
    watch({QStringLiteral("--server"), emu.baseUrl(), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--nfft"),
           QStringLiteral("1000"), QStringLiteral("--channels"), QStringLiteral("50-20")},
          run);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(run.exitCode == 2, qPrintable(why(run)));
    const QString first = run.err.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(first.contains(QStringLiteral("--nfft: must be a power of two from 128 to 2048 (1000 given)")), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("--channels: the last channel (20) comes before the first (50)")), qPrintable(first));
}

QTEST_GUILESS_MAIN(TestWatch)
#include "tst_watch.moc"
