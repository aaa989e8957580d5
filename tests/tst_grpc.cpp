// Rows from the job's gRPC DataStream against focus-sim: on a server without the REST waterfall
// (the incident) the controller reads the stream, the job stays alive, reconnects and bad frames are
// counted, and `focusctl watch` reports row_source grpc with exact counts.
#include "net/focusclient.h"
#include "focusemulator.h"
#include "scenarios.h"
#include "grpc/grpcrowsource.h"
#include "net/jobapi.h"
#include "job/qualitymonitor.h"
#include "job/readinesscontroller.h"
#include "job/jobreport.h"
#include "apptext.h"
#include "configureform.h"
#include "readinesspanel.h"
#include "streaminspector.h"
#include "waterfallpanel.h"
#include "waterfallplot.h"
#include "support/focusctlrun.h"
#include "support/emulatortime.h"
#include "support/grpcrig.h"
#include "support/heartbeat.h"

#include <QComboBox>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace wf;
using namespace wf::emu;
using wf::test::EmulatorTime;
using wf::test::scaledMs;

namespace {

ConfigureRequest job(int lo = 1, int hi = 50)
{
    return wf::test::streamJob(lo, hi);
}

using Rig = wf::test::GrpcRig;

// focus-sim --profile recorded-2025-12 with short delays: the servers the QA team captured.
EmulatorOptions recorded(int streamReadyMs)
{
    EmulatorOptions o;
    applyProfile(QStringLiteral("recorded-2025-12"), o);
    o.streamReadyDelayMinMs = o.streamReadyDelayMaxMs = streamReadyMs;
    // The recorded cancel ends the call 1.5 s after it began, read or not: a build that reads the
    // burst ten times slower (ASan) gets ten times as long, or the unread lines of one stream are cut
    // and their channels are, truly, missing (327 of them in one sanitizer run).
    o.streamCancelAfterMs = scaledMs(1500);
    return o;
}

QStringList watchArgs(const FocusEmulator &emu, QStringList more)
{
    return QStringList{QStringLiteral("watch"), QStringLiteral("--server"), emu.baseUrl(), QStringLiteral("--channels"),
                       QStringLiteral("1-8"), QStringLiteral("--nfft"), QStringLiteral("256"), QStringLiteral("--report"),
                       QStringLiteral("-"), QStringLiteral("--lang"), QStringLiteral("en")}
           + more;
}

EmulatorOptions incident()
{
    EmulatorOptions o;
    o.waterfallRouteAbsent = true;
    o.consumerDelayMs = 200;
    return o;
}

} // namespace

class TestGrpc : public QObject
{
    Q_OBJECT
  private slots:
    // The incident's server: the REST route is absent, the rows are on the stream, and reading it
    // keeps the job alive long past the unread-job expiry.
    void autoReadsTheStreamWhereRestIsAbsent()
    {
        EmulatorOptions o = incident();
        o.jobExpiryMs = 1500;
        o.negativeRowRate = 0.05;
        Rig rig(o);
        rig.ctl->start(job());
        QTRY_VERIFY_WITH_TIMEOUT(rig.ctl->rowsReceived() > 20, scaledMs(15'000));
        QCOMPARE(rig.ctl->rowSource(), RowSourceKind::Grpc);
        QVERIFY(rig.ctl->restWaterfallAbsent());
        QCOMPARE(rig.ctl->state(), JobState::StreamingData);
        QCOMPARE(rig.ctl->polls().value(QStringLiteral("waterfall")).value(QStringLiteral("404")), 1);
        const auto status = rig.ctl->streamSource()->status();
        QCOMPARE(int(status.size()), 3);
        QCOMPARE(status[0].plan.firstChannel, 1);
        QCOMPARE(status[0].plan.lastChannel, 17);
        QCOMPARE(status[2].plan.lastChannel, 50);
        for (const auto &t : rig.ctl->streamTimes()) {
            QVERIFY(t.connected);
            QVERIFY(t.firstFrame);
        }
        // Three times the expiry with nobody polling REST: the stream keeps the job. The emulator's
        // clock moves 4.5 s in steps (it sweeps every second of it) while the stream is read in real
        // time between them; a stream nobody read would leave the job unread for 4.5 s of it.
        {
            EmulatorTime time(rig.emu);
            for (int step = 0; step < 9; ++step) {
                time.clock.advance(500);
                QTest::qWait(scaledMs(60));
            }
        }
        QCOMPARE(rig.emu.jobCount(), 1);
        QCOMPARE(rig.ctl->state(), JobState::StreamingData);
        QCOMPARE(*rig.ctl->diagnosis(), Diagnosis::Ok);
        const QualityChecker &q = rig.quality->checker();
        QCOMPARE(q.rowsChecked(), rig.ctl->rowsReceived());
        // Every bin of every channel is checked; a clean stream has no false findings.
        QCOMPARE(q.samplesChecked(), q.rowsChecked() * 50 * 65);
        for (QualityCheck c : {QualityCheck::TimestampGaps, QualityCheck::TimestampOverlaps, QualityCheck::TimestampsBackwards,
                               QualityCheck::MissingChannels, QualityCheck::DuplicateChannels, QualityCheck::RangeViolations,
                               QualityCheck::MalformedReplies, QualityCheck::BlocksWithNegativeRange, QualityCheck::RaggedRows})
            QVERIFY2(q.count(c) == 0, qualityCheckKey(c));
        QVERIFY(q.count(QualityCheck::NegativeValues) > 0);
        rig.ctl->stop();
    }

    // UNAVAILABLE mid-stream ("Cancelling all calls"): each stream reconnects and resumes; no row is
    // lost or repeated, so no false gap.
    void reconnectsAfterUnavailable()
    {
        EmulatorOptions o = incident();
        o.streamDropEveryFrames = 15;
        Rig rig(o);
        rig.ctl->start(job(1, 8));
        QTRY_VERIFY_WITH_TIMEOUT(rig.ctl->rowsReceived() > 80, scaledMs(20'000));
        QVERIFY(rig.ctl->streamSource()->reconnects() >= 3);
        QCOMPARE(rig.ctl->state(), JobState::StreamingData);
        const QualityChecker &q = rig.quality->checker();
        QCOMPARE(q.count(QualityCheck::TimestampGaps), 0);
        QCOMPARE(q.count(QualityCheck::MissingChannels), 0);
        for (const auto &s : rig.ctl->streamSource()->status()) {
            QCOMPARE(s.rowIndexGaps, 0);
            QCOMPARE(s.rowIndexRepeats, 0);
        }
        const bool said = std::any_of(rig.ctl->errors().begin(), rig.ctl->errors().end(), [](const JobErrorEntry &e) {
            return e.message.startsWith(QLatin1String("unavailable: gRPC 14: Cancelling all calls"));
        });
        QVERIFY(said);
        rig.ctl->stop();
    }

    // A frame whose bytes do not match its shape is a finding; the job goes on.
    void badFramesAreFindings()
    {
        EmulatorOptions o = incident();
        o.streamBadFrameRate = 0.05;
        Rig rig(o);
        rig.ctl->start(job(1, 8));
        QTRY_VERIFY_WITH_TIMEOUT(rig.quality->checker().count(QualityCheck::MalformedReplies) > 0, scaledMs(20'000));
        QTRY_VERIFY_WITH_TIMEOUT(rig.ctl->rowsReceived() > 50, scaledMs(20'000));
        QCOMPARE(rig.ctl->state(), JobState::StreamingData);
        qint64 bad = 0;
        for (const auto &s : rig.ctl->streamSource()->status())
            bad += s.badFrames;
        QVERIFY(bad > 0);
        rig.ctl->stop();
    }

    // The job status panel of the GUI: the diagnosis in both languages and the frame inspector, one
    // column per stream, filled from the frames.
    void statusPanelShowsTheStreams()
    {
        Rig rig(incident());
        ReadinessPanel panel;
        panel.resize(900, 1000);
        panel.setController(rig.ctl.get());
        panel.show();
        rig.ctl->start(job(1, 8));
        QTRY_VERIFY_WITH_TIMEOUT(rig.ctl->rowsReceived() > 10, scaledMs(15'000));
        const auto *inspector = panel.findChild<StreamInspector *>(QStringLiteral("streamInspector"));
        QVERIFY(inspector);
        QTRY_VERIFY_WITH_TIMEOUT(inspector->isVisible() && inspector->streamCount() == 3, scaledMs(3000));
        QCOMPARE(inspector->cellText(0, 0), QChar(0x2066) + QStringLiteral("1–3") + QChar(0x2069));
        QTRY_VERIFY_WITH_TIMEOUT(inspector->cellText(6, 2).contains(QStringLiteral("130 × 1 × 1")), scaledMs(3000)); // 2 × 65
        QCOMPARE(panel.diagnosisSentence(),
                 QStringLiteral("The REST waterfall endpoint is not deployed on this server; rows come from the job's gRPC stream."));
        installTranslations(*qApp, QStringLiteral("he"));
        QTRY_VERIFY(panel.diagnosisSentence().contains(QStringLiteral("זרם ה-gRPC")));
        installTranslations(*qApp, QStringLiteral("en"));
        rig.ctl->stop();
    }

    // The single-channel view over the stream is a real spectrogram: one column per frequency bin,
    // time down, the top axis in Hz; negatives still counted over every bin.
    void singleChannelIsASpectrogram()
    {
        EmulatorOptions o = incident();
        o.negativeRowRate = 0.2;
        Rig rig(o);
        WaterfallPanel panel;
        panel.resize(1000, 700);
        panel.attach(rig.ctl.get());
        panel.show();
        ConfigureRequest q = job(7, 7);
        q.view = ViewType::SingleChannel;
        q.nfft = 1024; // 257 bins below 500 Hz
        rig.ctl->start(q);
        QTRY_VERIFY_WITH_TIMEOUT(panel.store().totalRows() > 40, scaledMs(15'000));
        QVERIFY(panel.plot()->isSpectrum());
        QCOMPARE(panel.store().channelCount(), 257);
        QCOMPARE(rig.quality->checker().count(QualityCheck::MissingChannels), 0);
        QCOMPARE(panel.store().totalNegativeSamples(), rig.quality->checker().count(QualityCheck::NegativeValues));
        if (qEnvironmentVariableIsSet("WF_SCREENSHOT_DIR")) {
            QTest::qWait(3000);
            panel.grab().save(qEnvironmentVariable("WF_SCREENSHOT_DIR") + "/spectrogram.png");
        }
        rig.ctl->stop();
    }

    // The form's choice of row source is remembered.
    void formRemembersTheRowSource()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        ConfigureForm form;
        QCOMPARE(form.rowsFrom(), RowsFrom::Auto);
        form.setRowsFrom(RowsFrom::Grpc);
        form.saveSettings(settings);
        ConfigureForm again;
        again.loadSettings(settings);
        QCOMPARE(again.rowsFrom(), RowsFrom::Grpc);
    }

    // The server removes a streaming job: its stream stops (said with the row it stopped at) and,
    // when it cannot be reached again, the job is expired.
    void removedJobIsExpired()
    {
        Rig rig(incident());
        ReadinessSettings s;
        s.streamReadyTimeoutMs = 2000; // the stream may come back within this; it does not
        rig.ctl->start(job(1, 8), s);
        QTRY_VERIFY_WITH_TIMEOUT(rig.ctl->rowsReceived() > 10, scaledMs(15'000));
        rig.emu.killJob(rig.ctl->jobId());
        QTRY_VERIFY_WITH_TIMEOUT(isTerminal(rig.ctl->state()), scaledMs(60'000));
        QCOMPARE(*rig.ctl->diagnosis(), Diagnosis::JobExpired);
        const bool said = std::any_of(rig.ctl->errors().begin(), rig.ctl->errors().end(), [](const JobErrorEntry &e) {
            return e.message.contains(QRegularExpression(QStringLiteral("stream [123] of 3 stopped at row [0-9]+")));
        });
        QVERIFY(said);
    }

    // The bins of a multichannel line: mean by default, said on the colour bar; max and one bin.
    void binReductionIsChosenAndSaid()
    {
        Rig rig(incident());
        WaterfallPanel panel;
        panel.attach(rig.ctl.get());
        panel.show();
        rig.ctl->start(job(1, 8));
        QTRY_VERIFY_WITH_TIMEOUT(panel.store().totalRows() > 5, scaledMs(15'000));
        auto *box = panel.findChild<QComboBox *>(QStringLiteral("binReduction"));
        QVERIFY(box && box->isVisible());
        QCOMPARE(panel.model()->shaper().binReduction(), BinReduction::Mean);
        box->setCurrentIndex(int(BinReduction::Bin));
        auto *spin = panel.findChild<QSpinBox *>(QStringLiteral("reductionBin"));
        QVERIFY(spin && spin->isVisible());
        spin->setValue(3);
        QCOMPARE(panel.model()->shaper().binReduction(), BinReduction::Bin);
        QCOMPARE(panel.model()->shaper().reductionBin(), 3);
        rig.ctl->stop();
    }

    // The incident, GUI side: the REST route is absent and nothing listens where the configure reply
    // points. The route's absence is told at once (an event, and the job panel's sentence while the
    // stream is awaited), the job is never "consumer alive" although /metadata answers 200, refusals
    // are retried quickly rather than waited out, and the verdict at the stream-ready deadline is
    // endpoint_not_deployed with both facts in one sentence.
    void incidentWithUnreachableStreamIsNotDeployed()
    {
        EmulatorOptions o = incident();
        o.grpcStreams = false; // the reply names 12300 + slot, where nothing listens
        Rig rig(o);
        ReadinessPanel panel;
        panel.setController(rig.ctl.get());
        QList<JobState> states;
        connect(rig.ctl.get(), &ReadinessController::stateChanged, this, [&states](JobState s) { states << s; });
        QSignalSpy switched(rig.ctl.get(), &ReadinessController::rowSourceChanged);
        ReadinessSettings s;
        s.streamReadyTimeoutMs = 3000;
        QElapsedTimer wall;
        wall.start();
        rig.ctl->start(job(1, 8), s);
        QVERIFY(switched.wait(scaledMs(1000)));
        QVERIFY(rig.ctl->restWaterfallAbsent());
        QVERIFY2(panel.diagnosisSentence().contains(QLatin1String("REST waterfall route is not deployed")),
                 qPrintable(panel.diagnosisSentence()));
        QVERIFY(panel.diagnosisSentence().contains(rig.ctl->streamEndpoint()));
        QTRY_VERIFY_WITH_TIMEOUT(isTerminal(rig.ctl->state()), scaledMs(15'000));
        // At the deadline, not later (a 10 s connect timeout per attempt would overshoot it).
        QVERIFY2(wall.elapsed() < 3000 + scaledMs(2500), qPrintable(QString::number(wall.elapsed())));
        QCOMPARE(*rig.ctl->diagnosis(), Diagnosis::EndpointNotDeployed);
        QVERIFY(!states.contains(JobState::StreamingNoData));
        QVERIFY(rig.ctl->polls().value(QStringLiteral("metadata")).value(QStringLiteral("200")) >= 0);
        QVERIFY(rig.ctl->streamUnreached());
        QVERIFY(rig.ctl->streamUnreached()->refused);
        QVERIFY(rig.ctl->streamUnreached()->forMs >= 2500);
        const QString sentence = AppText::diagnosisText(Diagnosis::EndpointNotDeployed, *rig.ctl);
        QVERIFY2(sentence.contains(QLatin1String("The REST waterfall route is not deployed, and the job's gRPC stream at"))
                     && sentence.contains(QLatin1String("refused connections for")),
                 qPrintable(sentence));
        QCOMPARE(panel.diagnosisSentence(), sentence);
        // Switching the row source is an event naming the real endpoint, not an error at ":0".
        for (const JobErrorEntry &e : rig.ctl->errors())
            QVERIFY2(!e.message.contains(QLatin1String("reading")), qPrintable(e.message));
        const bool named = std::any_of(rig.ctl->events().begin(), rig.ctl->events().end(), [&](const JobErrorEntry &e) {
            return e.message.contains(QLatin1String("reading 3 stream(s) at ") + rig.ctl->streamEndpoint());
        });
        QVERIFY(named);
        QVERIFY(rig.ctl->streamEndpoint().startsWith(QLatin1String("127.0.0.1:123")));
    }

    // The same from focusctl watch: the not-deployed line within a second of the configure reply,
    // exit 3 at the stream-ready deadline, never "consumer alive" or no_data.
    void watchTellsTheIncidentFirst()
    {
        EmulatorOptions o = incident();
        o.grpcStreams = false;
        FocusEmulator emu(o);
        QVERIFY2(emu.start() != 0, qPrintable(emu.startError()));
        test::FocusctlRun run;
        WF_RUN_FOCUSCTL(run, QStringLiteral(FOCUSCTL_PATH),
                        {QStringLiteral("watch"), QStringLiteral("--server"), emu.baseUrl(), QStringLiteral("--channels"),
                         QStringLiteral("1-8"), QStringLiteral("--stream-ready-timeout"), QStringLiteral("3"),
                         QStringLiteral("--report"), QStringLiteral("-"), QStringLiteral("--lang"), QStringLiteral("en")},
                        test::Stdout::Json, 30'000);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json.value("diagnosis").toString(), QStringLiteral("endpoint_not_deployed"));
        const QRegularExpression line(QStringLiteral("\\+([0-9,]+) ms  the REST waterfall route is NOT deployed"));
        const QRegularExpressionMatch m = line.match(run.err);
        QVERIFY2(m.hasMatch(), qPrintable(run.err));
        QVERIFY(m.captured(1).remove(QLatin1Char(',')).toInt() < 1000);
        QVERIFY2(!run.err.contains(QLatin1String("consumer alive")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QLatin1String("no_data")));
        QVERIFY(run.json.value("diagnosis_text").toString().contains(QLatin1String("refused connections for")));
        QVERIFY(run.wallMs < 3000 + scaledMs(4000));
    }

    // Recorded: a live job whose port opens 1.5 s after configure. Streams, exit 0, stream_ready at
    // or after the delay, no slow-consumer finding (the stream's threshold is 25 s), the scale is
    // reported and never a range finding, /metadata's 404s are one observation.
    void recordedLiveJob()
    {
        FocusEmulator emu(recorded(1500));
        QVERIFY2(emu.start() != 0, qPrintable(emu.startError()));
        test::FocusctlRun run;
        WF_RUN_FOCUSCTL(run, QStringLiteral(FOCUSCTL_PATH), watchArgs(emu, {QStringLiteral("--rows"), QStringLiteral("400")}),
                        test::Stdout::Json, 60'000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject r = run.json;
        QCOMPARE(r.value("diagnosis").toString(), QStringLiteral("ok"));
        QVERIFY(r.value("rows_received").toDouble() >= 400);
        // The stop line counts what the report counts (the held last line is counted as the job
        // stops: the line said 400 beside a report of 401).
        const QRegularExpressionMatch stopLine =
            QRegularExpression(QStringLiteral("([\\d,]+) rows received \\(--rows 400\\): stopping")).match(run.err);
        QVERIFY2(stopLine.hasMatch(), qPrintable(run.err));
        QCOMPARE(stopLine.captured(1).remove(QLatin1Char(',')).toInt(), r.value("rows_received").toInt());
        // From the configure request (the server's delay starts while it handles it) to the connection
        // accepted: at least the delay; and read within a second of the port opening.
        const QJsonObject t = r.value("timeline_ms").toObject();
        const double ready = t.value("stream_ready").toDouble(-1) + t.value("configured").toDouble();
        QVERIFY2(ready >= 1500 && ready < 1500 + scaledMs(1000), qPrintable(QString::number(ready)));
        const QJsonObject q = r.value("quality").toObject();
        QCOMPARE(q.value("slow_consumer_creation").toInt(), 0);
        QCOMPARE(q.value("range_violations").toInt(), 0);
        QCOMPARE(q.value("consumer_creation_threshold_ms").toInt(), 25'000);
        const QJsonObject g = r.value("grpc").toObject();
        QCOMPARE(g.value("scale").toObject().value("min").toDouble(), 0.0);
        QVERIFY(g.value("scale").toObject().value("max").toDouble() >= 352.0);
        QVERIFY(g.value("scale").toObject().value("changes").toDouble() >= 1); // 400 rows: it climbed every 97
        bool noted = false; // each change an event with its row, never a finding
        for (const QJsonValue &e : r.value("events").toArray())
            noted = noted || e.toObject().value("message").toString().contains(QLatin1String("the server's scale (global_minimum/maximum) is now 0.."));
        QVERIFY(noted);
        QCOMPARE(g.value("foreign_frames").toInt(), 0);
        QCOMPARE(g.value("competing_reader_suspected").toBool(), false);
        QVERIFY(g.value("metadata_never_knew_job").toBool());
        QVERIFY2(!run.err.contains(QLatin1String("consumer alive")), qPrintable(run.err));
    }

    // A port that opens late is read within a second of opening (refusals retried every 250 ms).
    void lateStreamIsPickedUpAtOnce()
    {
        Rig rig(recorded(4000));
        rig.ctl->start(job(1, 8));
        QTRY_VERIFY_WITH_TIMEOUT(rig.ctl->timeline().streamReady.has_value(), scaledMs(20'000));
        const qint64 ready = *rig.ctl->timeline().streamReady + rig.ctl->timeline().configured.value_or(0); // from the request
        QVERIFY2(ready >= 4000 && ready < 4000 + scaledMs(1000), qPrintable(QString::number(ready)));
        QVERIFY(rig.ctl->state() == JobState::StreamingNoData || rig.ctl->state() == JobState::StreamingData);
        rig.ctl->stop();
    }

    // Recorded historic playback: one burst, then UNAVAILABLE "Cancelling all calls". That is the end
    // (analyzer_exited, exit 0): no reconnect, no error, every burst row exactly once.
    void recordedHistoricEndsHonestly()
    {
        FocusEmulator emu(recorded(300));
        QVERIFY2(emu.start() != 0, qPrintable(emu.startError()));
        // 60 s: 2000 lines a stream in one burst; one stream's burst may be read far ahead of the
        // others', which is lagging, not missing (it gave 428,563 false missing channels at 600 s).
        const auto window = test::historicWindow(emu, 60);
        QVERIFY(window);
        test::FocusctlRun run;
        WF_RUN_FOCUSCTL(run, QStringLiteral(FOCUSCTL_PATH),
                        watchArgs(emu, {QStringLiteral("--historic"), QStringLiteral("%1-%2").arg(window->first).arg(window->second),
                                        QStringLiteral("--rows"), QStringLiteral("1000000")}),
                        test::Stdout::Json, 60'000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject r = run.json;
        QCOMPARE(r.value("diagnosis").toString(), QStringLiteral("analyzer_exited"));
        const auto served = emu.streamState(r.value("job_id").toString());
        QVERIFY(served);
        QCOMPARE(qint64(r.value("rows_received").toDouble()), served->totalRows);
        const QJsonObject g = r.value("grpc").toObject();
        QCOMPARE(g.value("reconnects").toInt(), 0);
        // The normal end is an event, not an error (the one error is the absent route's 404).
        for (const QJsonValue &e : r.value("errors").toArray())
            QVERIFY2(!e.toObject().value("endpoint").toString().startsWith(QLatin1String("gRPC")), qPrintable(e.toObject().value("message").toString()));
        QVERIFY(r.value("timeline_ms").toObject().value("stream_ready").toDouble() < 300 + scaledMs(1000));
        QVERIFY(r.value("timeline_ms").toObject().value("ended").isDouble());
        QCOMPARE(r.value("quality").toObject().value("timestamp_gaps").toInt(), 0);
        QCOMPARE(r.value("quality").toObject().value("rows_outside_window").toInt(), 0);
        // Complete is known, not claimed: the rows' coverage of the window, in the report and the headline.
        const QJsonObject w = r.value("historic_window").toObject();
        QCOMPARE(w.value("requested_ms").toInt(), 60'000);
        QVERIFY(w.value("covered_ms").toDouble() > 0 && w.value("covered_ms").toDouble() <= 60'000);
        QCOMPARE(r.value("quality").toObject().value("missing_channels").toInt(), 0);
        QVERIFY2(r.value("diagnosis_text").toString().contains(QLatin1String("Rows cover")), qPrintable(r.value("diagnosis_text").toString()));
    }

    // A live job on a server with no live source: the stream opens and sends nothing. no_data, with
    // when it opened and how long nothing came (never "consumer alive").
    void liveWithoutSourceIsNoData()
    {
        EmulatorOptions o = recorded(300);
        o.noLiveSource = true;
        FocusEmulator emu(o);
        QVERIFY2(emu.start() != 0, qPrintable(emu.startError()));
        test::FocusctlRun run;
        WF_RUN_FOCUSCTL(run, QStringLiteral(FOCUSCTL_PATH), watchArgs(emu, {QStringLiteral("--data-timeout"), QStringLiteral("2")}),
                        test::Stdout::Json, 60'000);
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.json.value("diagnosis").toString(), QStringLiteral("no_data"));
        QVERIFY2(run.json.value("diagnosis_text").toString().contains(QLatin1String("a live job sends nothing when the server has no live source")),
                 qPrintable(run.json.value("diagnosis_text").toString()));
        QVERIFY(run.json.value("timeline_ms").toObject().value("stream_ready").isDouble());
    }

    // [recorded] A live configure refused with 503 while the fiber is down (an empty body, or the
    // server's "Missing required fiber metadata fields: prr"): /live_metadata decides, waiting_for_fiber.
    void fiberDown503IsWaitingForFiber_data()
    {
        QTest::addColumn<QString>("form");
        QTest::newRow("empty body") << QStringLiteral("empty");
        QTest::newRow("prr sentence") << QStringLiteral("text");
    }
    void fiberDown503IsWaitingForFiber()
    {
        QFETCH(QString, form);
        EmulatorOptions o = recorded(300);
        o.fiberDown503 = form;
        FocusEmulator emu(o);
        QVERIFY2(emu.start() != 0, qPrintable(emu.startError()));
        test::FocusctlRun run;
        WF_RUN_FOCUSCTL(run, QStringLiteral(FOCUSCTL_PATH), watchArgs(emu, {}), test::Stdout::Json, 30'000);
        QCOMPARE(run.json.value("diagnosis").toString(), QStringLiteral("waiting_for_fiber"));
        QCOMPARE(run.exitCode, 4);
    }

    // A second reader takes rows: said, counted exactly, no row invented.
    void competingReaderIsSuspected()
    {
        EmulatorOptions o = recorded(300);
        o.competingReader = true;
        FocusEmulator emu(o);
        QVERIFY2(emu.start() != 0, qPrintable(emu.startError()));
        test::FocusctlRun run;
        WF_RUN_FOCUSCTL(run, QStringLiteral(FOCUSCTL_PATH), watchArgs(emu, {QStringLiteral("--rows"), QStringLiteral("40")}),
                        test::Stdout::Json, 60'000);
        const QJsonObject g = run.json.value("grpc").toObject();
        QVERIFY2(g.value("competing_reader_suspected").toBool(), qPrintable(run.err));
        QVERIFY(g.value("rows_taken_by_another_reader").toDouble() >= 3);
        QVERIFY(run.err.contains(QLatin1String("another client is reading this job's stream")));
        // Every other row reached us: the rows counted are the lines every stream delivered, no more.
        const double lines = g.value("per_stream").toArray().at(0).toObject().value("lines").toDouble();
        QCOMPARE(run.json.value("rows_received").toDouble(), lines);
    }

    // Ports are reused: after the job ends, its port serves a new job; a reconnecting reader gets the
    // new job's frames, refuses them (never counted or drawn) and says job_expired with the evidence.
    void reusedPortIsAnotherJob()
    {
        EmulatorOptions o = recorded(300);
        o.jobLifetimeMs = 1500;
        Rig rig(o);
        ReadinessSettings s;
        s.rowsFrom = RowsFrom::Grpc;
        rig.ctl->start(job(1, 8), s);
        QTRY_VERIFY_WITH_TIMEOUT(rig.ctl->rowsReceived() > 5, scaledMs(15'000));
        const QString first = rig.ctl->jobId();
        // The job is killed; a new job is configured and gets its port.
        QTRY_VERIFY_WITH_TIMEOUT(rig.emu.jobCount() == 0 || !rig.emu.streamState(first), scaledMs(15'000));
        ReadinessController other(rig.api.get(), &rig.clock);
        other.setStreamSourceFactory(GrpcRowSource::factory());
        other.start(job(1, 8), s);
        QTRY_VERIFY_WITH_TIMEOUT(isTerminal(rig.ctl->state()), scaledMs(30'000));
        QCOMPARE(*rig.ctl->diagnosis(), Diagnosis::JobExpired);
        QVERIFY2(rig.ctl->foreignEvidence().contains(QLatin1String("job_id")), qPrintable(rig.ctl->foreignEvidence()));
        qint64 foreign = 0;
        for (const StreamStatus &st : rig.ctl->streamSource()->status())
            foreign += st.foreignFrames;
        QVERIFY(foreign >= 1);
        const QJsonObject r = jobReportJson(*rig.ctl, QString(), false);
        QVERIFY(r.value("grpc").toObject().value("foreign_frames").toDouble() >= 1);
        QVERIFY(AppText::diagnosisText(Diagnosis::JobExpired, *rig.ctl).contains(QLatin1String("another job")));
        other.stop();
    }

    // The contract of `focusctl watch --rows-from`: a historic window served whole over gRPC gives
    // exact counts (every row complete: rows_received and negative_values as the emulator served them).
    void watchReportsTheStream()
    {
        EmulatorOptions o = incident();
        o.negativeRowRate = 0.05;
        o.historicSpeed = 8;
        FocusEmulator emu(o);
        QVERIFY2(emu.start() != 0, qPrintable(emu.startError()));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QProcess proc;
        proc.setProgram(QStringLiteral(FOCUSCTL_PATH));
        proc.setArguments({QStringLiteral("watch"), QStringLiteral("--server"), emu.baseUrl(), QStringLiteral("--nfft"),
                           QStringLiteral("256"), QStringLiteral("--channels"), QStringLiteral("1-8"), QStringLiteral("--historic"),
                           QStringLiteral("%1-%2").arg(now - 120).arg(now - 114), QStringLiteral("--rows"), QStringLiteral("100000"),
                           QStringLiteral("--report"), QStringLiteral("-"), QStringLiteral("--lang"), QStringLiteral("en")});
        QSignalSpy finished(&proc, &QProcess::finished);
        proc.start();
        QVERIFY(finished.wait(scaledMs(60'000)));
        const QString err = QString::fromUtf8(proc.readAllStandardError());
        const QJsonObject r = QJsonDocument::fromJson(proc.readAllStandardOutput()).object();
        QVERIFY2(proc.exitCode() == 0, qPrintable(err));
        QCOMPARE(r.value("row_source").toString(), QStringLiteral("grpc"));
        QCOMPARE(r.value("diagnosis").toString(), QStringLiteral("analyzer_exited"));
        QVERIFY2(err.contains(QLatin1String("gRPC stream 1 of 3 connected")), qPrintable(err));
        const QJsonObject g = r.value("grpc").toObject();
        QCOMPARE(g.value("streams").toInt(), 3);
        QCOMPARE(g.value("values_per_channel").toInt(), 65);
        QVERIFY(g.value("endpoint").toString().startsWith(QLatin1String("127.0.0.1:")));
        const QJsonArray per = g.value("per_stream").toArray();
        QCOMPARE(per.size(), 3);
        QCOMPARE(per.at(0).toObject().value("channels").toArray(), (QJsonArray{1, 3}));
        QCOMPARE(per.at(2).toObject().value("channels").toArray(), (QJsonArray{7, 8}));
        const QString id = r.value("job_id").toString();
        const auto served = emu.streamState(id);
        QVERIFY(served);
        const qint64 rows = served->totalRows;
        QCOMPARE(qint64(r.value("rows_received").toDouble()), rows); // 6 s of 30 ms lines
        QCOMPARE(qint64(per.at(1).toObject().value("lines").toDouble()), rows);
        const QJsonObject q = r.value("quality").toObject();
        QCOMPARE(qint64(q.value("negative_values").toDouble()), served->negativeValues.load());
        QVERIFY(q.value("negative_values").toDouble() > 0);
        QCOMPARE(qint64(q.value("samples_checked").toDouble()), rows * 8 * 65);
        QCOMPARE(q.value("timestamp_gaps").toInt(), 0);
        QCOMPARE(q.value("missing_channels").toInt(), 0);
        QVERIFY(r.value("timeline_ms").toObject().value("first_data").isDouble());
    }
};

QTEST_MAIN(TestGrpc)
#include "tst_grpc.moc"
