#include "replaycommand.h"

#include "apptext.h"
#include "datetext.h"
#include "job/qualitymonitor.h"
#include "session/sessionreplay.h"
#include "watchcommand.h"

#include <QDateTime>
#include <QEventLoop>
#include <QLocale>
#include <QSaveFile>

namespace wf::cli {

int ReplayCommand::run(const ReplayArgs &args, QTextStream &out, QTextStream &err)
{
    const bool reportToStdout = args.report == QLatin1String("-");
    QTextStream &human = reportToStdout ? err : out;
    auto say = [&human](const QString &line) {
        human << line << '\n';
        human.flush();
    };
    auto fail = [&err](const QString &message) {
        err << "focusctl replay: " << message << '\n';
        err.flush();
        return 2;
    };

    QSaveFile reportFile(args.report);
    if (!args.report.isEmpty() && !reportToStdout && !reportFile.open(QIODevice::WriteOnly | QIODevice::Text))
        return fail(WatchCommand::tr("--report: cannot write \"%1\": %2").arg(args.report, reportFile.errorString()));

    Result<Session> loaded = loadSession(args.file);
    if (!loaded.ok()) {
        // "line 3: body: not valid base64": where, then what (technical English, like decode errors elsewhere).
        const DecodeError &e = loaded.error();
        const QString what = e.path.isEmpty() ? e.detail : e.path + QStringLiteral(": ") + e.detail;
        return fail(tr("cannot replay \"%1\": %2").arg(args.file, what));
    }

    SessionReplay replay(std::move(loaded).value());
    const Session &session = replay.session();
    ReadinessController &controller = *replay.controller();
    QualityMonitor &quality = *replay.quality();

    say(tr("Replaying %1, recorded %2: %3 replies")
            .arg(ltrUnderRtl(args.file),
                 ltrUnderRtl(DateText::dateTimeMs(session.header.startedAtMs, DateText::Zone::Utc)),
                 QLocale().toString(qint64(session.replies.size()))));
    if (!session.trailer)
        say(tr("The recording has no end (it was cut short): replaying up to its last reply."));
    if (session.header.insecure)
        say(AppText::insecureWarning());
    say(WatchCommand::tr("Server: %1").arg(ltrUnderRtl(session.header.server)));

    QEventLoop loop;
    WatchCommand::printTimeline(replay, &loop, say);
    QObject::connect(&replay, &SessionReplay::finished, &loop, &QEventLoop::quit);

    say(WatchCommand::tr("Configure sent: %1").arg(WatchCommand::configText(session.header.request)));
    replay.start();
    if (!replay.isFinished())
        loop.exec();

    const Diagnosis d = controller.diagnosis().value_or(Diagnosis::Stopped);
    int status = diagnosisExitCode(d);
    if (status == 0 && args.failOnFindings && quality.checker().anyFindings())
        status = 1;
    if (!args.report.isEmpty()) {
        QJsonObject report = WatchCommand::report(replay, session.header.server, session.header.insecure);
        report.insert(QStringLiteral("replayed_from"), args.file);
        status = WatchCommand::writeReport(report, args.report, reportFile, out, err, say, "focusctl replay", status);
    }
    return status;
}

} // namespace wf::cli
