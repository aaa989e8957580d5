#include "focusctlrun.h"

#include "focusemulator.h"
#include "heartbeat.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>

namespace wf::test {

FocusctlRun runFocusctl(const QString &program, const QStringList &args, Stdout stdoutIs, int timeoutMs)
{
    FocusctlRun run;
    QProcess proc;
    proc.setProgram(program);
    proc.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    proc.setProcessEnvironment(env);
    QSignalSpy finished(&proc, &QProcess::finished);
    QElapsedTimer wall;
    wall.start();
    proc.start();
    // Never waitForFinished(): the emulator needs this event loop to answer.
    if (!finished.wait(scaledMs(timeoutMs))) {
        run.problem = QStringLiteral("focusctl %1 did not finish: %2").arg(args.join(QLatin1Char(' ')), proc.errorString());
        proc.kill();
        proc.waitForFinished(5000);
        return run;
    }
    run.wallMs = wall.elapsed();
    run.exitCode = proc.exitCode();
    const QByteArray out = proc.readAllStandardOutput();
    run.out = QString::fromUtf8(out);
    run.err = QString::fromUtf8(proc.readAllStandardError());
    if (proc.exitStatus() != QProcess::NormalExit) {
        run.problem = QStringLiteral("focusctl %1 crashed").arg(args.join(QLatin1Char(' ')));
        return run;
    }
    if (stdoutIs == Stdout::Json) {
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(out, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            run.problem = QStringLiteral("stdout of focusctl %1 is not one JSON object: %2")
                              .arg(args.join(QLatin1Char(' ')), pe.errorString());
        else
            run.json = doc.object();
    }
    return run;
}

std::optional<QPair<qint64, qint64>> historicWindow(const emu::FocusEmulator &emu, int seconds)
{
    for (const auto &[start, end] : emu.recordingsMs())
        if (end > 0 && end - start > (seconds + 120) * 1000LL)
            return QPair<qint64, qint64>{start / 1000 + 60, start / 1000 + 60 + seconds};
    return std::nullopt;
}

} // namespace wf::test
