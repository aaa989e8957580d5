#include "watchcommand.h"

#include "apptext.h"
#include "backendargs.h"
#include "backendlook.h"
#include "datetext.h"
#include "session/livejobsession.h"
#include "grpc/grpcrowsource.h"
#include "job/jobreport.h"
#include "job/qualitymonitor.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QTimer>
#include <atomic>
#include <csignal>
#include <memory>
#include <optional>

namespace wf::cli {

namespace {

// A signal handler may only touch lock-free atomics, so this flag is the one piece of process-wide
// state; a timer on the event loop polls it.
std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free);

void onInterrupt(int sig)
{
    g_interrupted.store(true);
    std::signal(sig, SIG_DFL); // a second Ctrl-C ends the process at once
}

// Ctrl-C (and SIGTERM) stop the job cleanly while it runs; the previous handlers come back after.
class InterruptGuard
{
  public:
    InterruptGuard()
    {
        g_interrupted.store(false);
        m_int = std::signal(SIGINT, onInterrupt);
        m_term = std::signal(SIGTERM, onInterrupt);
    }
    ~InterruptGuard()
    {
        if (m_int != SIG_ERR)
            std::signal(SIGINT, m_int);
        if (m_term != SIG_ERR)
            std::signal(SIGTERM, m_term);
    }
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;
    bool interrupted() const { return g_interrupted.load(); }

  private:
    using Handler = void (*)(int);
    Handler m_int = SIG_ERR, m_term = SIG_ERR;
};

constexpr int kHeartbeatMs = 2000;
constexpr int kInterruptPollMs = 100;

QString range(double lo, double hi)
{
    return ltrUnderRtl(QStringLiteral("%1-%2").arg(QString::number(lo, 'g', 15), QString::number(hi, 'g', 15)));
}

QString utc(qint64 epochS)
{
    return ltrUnderRtl(DateText::dateTimeS(epochS, DateText::Zone::Utc));
}

} // namespace

QString WatchCommand::recordError(const RecordingNews &news)
{
    return QStringLiteral("--record: ") + AppText::recordingFailure(news, news.path);
}

QString WatchCommand::atMs(qint64 ms)
{
    return ltrUnderRtl(tr("+%1 ms").arg(QLocale().toString(ms)));
}

QString WatchCommand::configText(const ConfigureRequest &q)
{
    QString s;
    switch (q.view) {
    case ViewType::MultiChannel:
    case ViewType::SingleChannel:
        s = tr("%1, channels %2, nfft %3, %4 Hz, height %5, time axis %6 s")
                .arg(q.view == ViewType::MultiChannel ? tr("multichannel") : tr("single channel"),
                     range(q.channelMin, q.channelMax), ltrUnderRtl(QString::number(q.nfft)), range(q.freqMin, q.freqMax),
                     ltrUnderRtl(QString::number(q.height)), ltrUnderRtl(QString::number(q.timeAxisDurationS, 'g', 15)));
        break;
    case ViewType::Waterfall:
        s = tr("waterfall, channels %1, height %2").arg(range(q.channelMin, q.channelMax), ltrUnderRtl(QString::number(q.height)));
        break;
    }
    if (q.historic())
        return tr("%1, historic %2 to %3 (epoch s %4)")
            .arg(s, utc(*q.startTimeS), utc(*q.endTimeS), range(double(*q.startTimeS), double(*q.endTimeS)));
    return tr("%1, live").arg(s);
}

QString WatchCommand::pollsText(const QMap<QString, QMap<QString, int>> &polls)
{
    QStringList parts;
    for (const char *endpoint : {"waterfall", "metadata"}) {
        const QMap<QString, int> byStatus = polls.value(QLatin1String(endpoint));
        if (byStatus.isEmpty())
            continue;
        QStringList counts;
        for (auto it = byStatus.begin(); it != byStatus.end(); ++it)
            counts << QStringLiteral("%1×%2").arg(it.key()).arg(it.value());
        parts << ltrUnderRtl(QStringLiteral("%1 %2").arg(QLatin1String(endpoint), counts.join(QStringLiteral(", "))));
    }
    return parts.join(QStringLiteral(" · "));
}

QJsonObject WatchCommand::report(JobSession &session, const QString &server, bool insecure)
{
    const ReadinessController &controller = *session.controller();
    QJsonObject o = jobReportJson(controller, server, insecure);
    o.insert(QStringLiteral("diagnosis_text"), AppText::diagnosisText(controller.diagnosis().value_or(Diagnosis::Stopped), controller));
    o.insert(QStringLiteral("quality"), qualityJson(session.quality()->checker()));
    return o;
}

QString WatchCommand::qualityText(const QualityChecker &quality)
{
    QStringList parts;
    for (int i = 0; i < kQualityCheckCount; ++i) {
        const auto check = QualityCheck(i);
        if (quality.count(check) > 0)
            parts << ltrUnderRtl(QStringLiteral("%1 %2").arg(QLatin1String(qualityCheckKey(check)), QLocale().toString(quality.count(check))));
    }
    // No rows is not a pass: nothing was checked (the incident's "no findings in 0 rows").
    if (parts.isEmpty() && quality.rowsChecked() == 0)
        return tr("Quality: nothing to check, no rows arrived");
    if (parts.isEmpty())
        return tr("Quality: no findings in %1 rows").arg(QLocale().toString(quality.rowsChecked()));
    return tr("Quality: %1").arg(parts.join(QStringLiteral(", ")));
}

void WatchCommand::printTimeline(JobSession &session, QObject *context, const Say &say)
{
    const ReadinessController &controller = *session.controller();
    const QualityMonitor &quality = *session.quality();
    auto printed = std::make_shared<JobTimeline>();
    auto printedStreams = std::make_shared<std::vector<ReadinessController::StreamTimes>>();
    QObject::connect(&controller, &ReadinessController::timelineChanged, context, [&controller, printed, printedStreams, say] {
        const JobTimeline &t = controller.timeline();
        const CallInfo &info = controller.configureInfo();
        if (t.configured && !printed->configured) {
            printed->configured = t.configured;
            // Success is told with the job id, once the reply is decoded (stateChanged below).
            if (info.transport != TransportError::None)
                say(tr("Configure failed after %1: %2").arg(ltrUnderRtl(tr("%1 ms").arg(QLocale().toString(*t.configured))),
                                                           AppText::transportText(info)));
            else if (info.httpStatus != 200)
                say(tr("Configure answered HTTP %1 after %2")
                        .arg(info.httpStatus)
                        .arg(ltrUnderRtl(tr("%1 ms").arg(QLocale().toString(*t.configured)))));
        }
        const auto &streams = controller.streamTimes();
        printedStreams->resize(streams.size());
        for (size_t i = 0; i < streams.size(); ++i) {
            auto &p = (*printedStreams)[i];
            if (streams[i].connected && !p.connected) {
                p.connected = streams[i].connected;
                say(tr("%1  gRPC stream %2 of %3 connected").arg(atMs(*streams[i].connected)).arg(i + 1).arg(streams.size()));
            }
            if (streams[i].firstFrame && !p.firstFrame) {
                p.firstFrame = streams[i].firstFrame;
                say(tr("%1  gRPC stream %2 of %3: first frame").arg(atMs(*streams[i].firstFrame)).arg(i + 1).arg(streams.size()));
            }
        }
        if (t.streamReady && !printed->streamReady) {
            printed->streamReady = t.streamReady;
            say(tr("%1  stream ready: the job's gRPC stream at %2 accepted the connection")
                    .arg(atMs(*t.streamReady), ltrUnderRtl(controller.streamEndpoint())));
        }
        if (t.consumerReady && !printed->consumerReady) {
            printed->consumerReady = t.consumerReady;
            if (controller.rowSource() != RowSourceKind::Grpc) // on the stream, "stream ready" said it
                say(tr("%1  consumer ready").arg(atMs(*t.consumerReady)));
        }
        if (t.firstData && !printed->firstData) {
            printed->firstData = t.firstData;
            say(tr("%1  first data").arg(atMs(*t.firstData)));
        }
        if (t.ended && !printed->ended) {
            printed->ended = t.ended;
            if (controller.rowSource() == RowSourceKind::Grpc)
                say(tr("%1  ended: every stream of the historic job delivered its rows and ended").arg(atMs(*t.ended)));
            else
                say(tr("%1  ended: the job's analyzer exited (208)").arg(atMs(*t.ended)));
        }
    });
    QObject::connect(&controller, &ReadinessController::stateChanged, context, [&controller, say](JobState s) {
        if (s == JobState::WaitingForConsumer)
            say(tr("Job %1 created; configure took %2. Waiting for its consumer…")
                    .arg(ltrUnderRtl(controller.jobId()),
                         ltrUnderRtl(tr("%1 ms").arg(QLocale().toString(controller.timeline().configured.value_or(0))))));
    });
    QObject::connect(&controller, &ReadinessController::errorLogged, context, [&controller, say](const JobErrorEntry &e) {
        const qint64 at = e.atMs - controller.timeline().configured.value_or(0);
        if (e.endpoint.isEmpty())
            say(tr("%1  error: %2").arg(atMs(at), ltrUnderRtl(AppText::jobErrorText(e))));
        else
            say(tr("%1  error on %2: %3").arg(atMs(at), ltrUnderRtl(e.endpoint), ltrUnderRtl(AppText::jobErrorText(e))));
    });
    QObject::connect(&controller, &ReadinessController::rowSourceChanged, context, [&controller, say] {
        // The incident, said at once: the route is missing; where the rows are sought instead.
        if (controller.restWaterfallAbsent())
            say(tr("%1  the REST waterfall route is NOT deployed on this server (404 {\"detail\":\"Not Found\"}); reading the job's gRPC stream at %2 instead")
                    .arg(atMs(controller.elapsedMs() - controller.timeline().configured.value_or(0)), ltrUnderRtl(controller.streamEndpoint())));
    });
    QObject::connect(&controller, &ReadinessController::eventLogged, context, [&controller, say](const JobErrorEntry &e) {
        const qint64 at = e.atMs - controller.timeline().configured.value_or(0);
        say(tr("%1  %2: %3").arg(atMs(at), ltrUnderRtl(e.endpoint), ltrUnderRtl(e.message)));
    });
    QObject::connect(&controller, &ReadinessController::observationLogged, context, [&controller, say](const JobErrorEntry &e) {
        const qint64 at = e.atMs - controller.timeline().configured.value_or(0);
        say(tr("%1  note on %2: accepted a reply that differs from the contract: %3").arg(atMs(at), ltrUnderRtl(e.endpoint), ltrUnderRtl(e.message)));
    });
    QObject::connect(&controller, &ReadinessController::finished, context, [&controller, &quality, say](JobState, Diagnosis d) {
        const QString polls = pollsText(controller.polls());
        const QString rows = tr("Summary: %1 in %2")
                                 .arg(tr("%Ln row(s)", nullptr, int(controller.rowsReceived())),
                                      tr("%Ln block(s)", nullptr, int(controller.blocksReceived())));
        say(polls.isEmpty() ? rows : rows + QStringLiteral(" · ") + polls);
        say(tr("Diagnosis: %1 — %2").arg(ltrUnderRtl(diagnosisName(d)), AppText::diagnosisText(d, controller)));
        say(qualityText(quality.checker()));
    });
}

int WatchCommand::writeReport(const QJsonObject &report, const QString &path, QSaveFile &file, QTextStream &out,
                              QTextStream &err, const Say &say, const char *command, int status)
{
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
    if (path == QLatin1String("-")) {
        out << QString::fromUtf8(json);
        out.flush();
        return status;
    }
    file.write(json);
    if (file.commit()) {
        say(tr("Report written to %1").arg(ltrUnderRtl(path)));
        return status;
    }
    err << command << ": " << tr("--report: cannot write \"%1\": %2").arg(path, file.errorString()) << '\n';
    err.flush();
    return 1;
}

int WatchCommand::run(const WatchArgs &args, QTextStream &out, QTextStream &err)
{
    const bool reportToStdout = args.report == QLatin1String("-");
    QTextStream &human = reportToStdout ? err : out;
    auto say = [&human](const QString &line) {
        human << line << '\n';
        human.flush();
    };

    // Refuse an unwritable report before anything is sent, not after the job.
    QSaveFile reportFile(args.report);
    if (!args.report.isEmpty() && !reportToStdout && !reportFile.open(QIODevice::WriteOnly | QIODevice::Text)) {
        err << "focusctl watch: " << tr("--report: cannot write \"%1\": %2").arg(args.report, reportFile.errorString())
            << '\n';
        err.flush();
        return 2;
    }

    // The broker's password before anything is sent (a prompt in the middle of a timeline is lost).
    BackendAccess backend = args.backend;
    if (backend.readsRabbit()) {
        QString problem;
        if (!BackendArgs::rabbitPassword(backend.rabbitPassword, problem)) {
            err << "focusctl watch: " << problem << '\n';
            err.flush();
            return 2;
        }
    }
    if (args.tls.insecure())
        say(AppText::insecureWarning());
    say(tr("Server: %1").arg(ltrUnderRtl(args.server.toString())));

    ClientOptions options;
    options.baseUrl = args.server;
    options.tls = args.tls;
    FocusClient client(options);
    // Rows from the gRPC stream where the REST waterfall is not deployed (--rows-from).
    LiveJobSession session(&client, GrpcRowSource::factory());
    ReadinessController &controller = *session.controller();
    QualityMonitor &quality = *session.quality();
    JobRecording &recording = *session.recording();
    std::optional<RecordingNews> recordingFailed;
    QObject::connect(&recording, &JobRecording::stopped, &recording, [&recordingFailed](const RecordingNews &news) {
        if (news.failed())
            recordingFailed = news;
    });
    QualityThresholds thresholds;
    thresholds.consumerCreationMs = args.consumerThresholdMs;
    thresholds.streamConsumerCreationMs = args.streamConsumerThresholdMs;
    quality.setThresholds(thresholds);
    ReadinessSettings settings;
    settings.readyTimeoutMs = args.readyTimeoutMs;
    settings.dataTimeoutMs = args.dataTimeoutMs;
    settings.maxBadReplies = args.maxBadReplies;
    settings.rowsFrom = args.rowsFrom;
    settings.rowCount = args.rowCount;
    settings.streamReadyTimeoutMs = args.streamReadyTimeoutMs;
    if (!args.record.isEmpty()) {
        // Refused before anything is sent, like --report.
        RecordingNews news;
        if (!recording.start(args.record, session.header(args.request, settings), &news)) {
            err << "focusctl watch: " << recordError(news) << '\n';
            err.flush();
            return 2;
        }
    }

    QEventLoop loop;
    bool done = false;
    // "+X ms" counts from the configure reply, as the report's timeline does.
    auto sinceReply = [&controller] {
        return controller.elapsedMs() - controller.timeline().configured.value_or(0);
    };
    // The --rows stop line, said once the job has stopped: a gRPC job's last line (held until the
    // next one tells where it ends) is counted as it stops, so the line says the count the summary
    // and the report will. Connected before printTimeline's summary, which it precedes.
    std::optional<qint64> stoppedAt;
    auto sayStopped = [&] {
        if (!stoppedAt)
            return;
        say(tr("%1  %2 rows received (--rows %3): stopping")
                .arg(atMs(*stoppedAt), QLocale().toString(controller.rowsReceived()), QLocale().toString(args.rows)));
        stoppedAt.reset();
    };
    QObject::connect(&controller, &ReadinessController::finished, &loop, sayStopped);
    printTimeline(session, &loop, say);

    // Queued: the controller finishes handling the reply (and its state change) before we stop it.
    QObject::connect(
        &controller, &ReadinessController::countersChanged, &loop,
        [&] {
            if (controller.state() != JobState::StreamingData || controller.rowsReceived() < args.rows)
                return;
            stoppedAt = sinceReply();
            controller.stop();
            sayStopped(); // unless the job's end said it already
        },
        Qt::QueuedConnection);
    QObject::connect(&controller, &ReadinessController::finished, &loop, [&](JobState, Diagnosis) {
        done = true;
        recording.stop(); // the trailer: the job's end, its state and diagnosis
        loop.quit();
    });

    QTimer heartbeat;
    heartbeat.setInterval(kHeartbeatMs);
    QObject::connect(&heartbeat, &QTimer::timeout, &loop, [&] {
        switch (controller.state()) {
        case JobState::WaitingForConsumer:
            if (controller.rowSource() == RowSourceKind::Grpc)
                say(tr("%1  waiting for the job's gRPC stream at %2 to open — production servers take 7–21 s")
                        .arg(atMs(sinceReply()), ltrUnderRtl(controller.streamEndpoint())));
            else
                say(tr("%1  still waiting for the consumer").arg(atMs(sinceReply())));
            break;
        case JobState::StreamingNoData:
            if (controller.rowSource() == RowSourceKind::Grpc)
                say(tr("%1  the job's gRPC stream is open, no frame yet").arg(atMs(sinceReply())));
            else
                say(tr("%1  consumer alive, no data yet").arg(atMs(sinceReply())));
            break;
        case JobState::StreamingData:
            say(tr("%1  %2 so far (%3)")
                    .arg(atMs(sinceReply()), tr("%Ln row(s)", nullptr, int(controller.rowsReceived())),
                         tr("%Ln block(s)", nullptr, int(controller.blocksReceived()))));
            break;
        default: break;
        }
    });

    InterruptGuard interrupt;
    QTimer interruptPoll;
    interruptPoll.setInterval(kInterruptPollMs);
    QObject::connect(&interruptPoll, &QTimer::timeout, &loop, [&] {
        if (!interrupt.interrupted() || isTerminal(controller.state()))
            return;
        interruptPoll.stop();
        say(tr("Interrupted: stopping the job."));
        controller.stop();
    });

    say(tr("Configure sent: %1").arg(configText(args.request)));
    controller.start(args.request, settings);
    heartbeat.start();
    interruptPoll.start();
    if (!done)
        loop.exec();
    heartbeat.stop();
    interruptPoll.stop();

    const Diagnosis d = controller.diagnosis().value_or(Diagnosis::Stopped);
    int status = diagnosisExitCode(d);
    // A job that failed on the server's side: one level deeper, when the tester opened the backend.
    std::optional<BackendLook> look;
    if ((backend.readsRabbit() || backend.readsKube()) && status >= 3 && !controller.jobId().isEmpty()) {
        look = BackendLook::take(backend, controller);
        look->print(say);
    }
    if (status == 0 && args.failOnFindings && quality.checker().anyFindings())
        status = 1;
    if (recordingFailed) {
        err << "focusctl watch: " << recordError(*recordingFailed) << '\n';
        err.flush();
        status = 1;
    }
    if (!args.report.isEmpty()) {
        QJsonObject r = report(session, args.server.toString(), args.tls.insecure());
        if (backend.readsRabbit() || backend.readsKube())
            BackendLook::addToReport(r, controller.run(), backend, look ? &*look : nullptr);
        status = writeReport(r, args.report, reportFile, out, err, say, "focusctl watch", status);
    }
    return status;
}

} // namespace wf::cli
