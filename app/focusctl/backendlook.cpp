// BackendLook: see backendlook.h.
#include "backendlook.h"

#include "apptext.h"
#include "laddertext.h"

#include <QEventLoop>
#include <QTimer>

namespace wf::cli {

BackendLook BackendLook::take(const BackendAccess &access, const ReadinessController &controller)
{
    BackendLook look;
    BackendWatch watch;
    watch.setAccess(access); // follows no job yet: nothing is read before lookNow()
    watch.follow(&controller);
    QEventLoop loop;
    QObject::connect(&watch, &BackendWatch::looked, &loop, [&] {
        if (watch.latest() && watch.latest()->logsRead)
            loop.quit();
    });
    watch.lookNow(true);
    if (watch.looking()) {
        QTimer::singleShot(2 * access.timeoutMs + 2'000, &loop, &QEventLoop::quit); // every read has its own timeout
        loop.exec();
    }
    if (watch.latest())
        look.result = *watch.latest();
    look.steps = jobLadder(controller.run(), watch.latest() ? &look.result : nullptr);
    look.detail = ladderDetail(look.steps);
    return look;
}

void BackendLook::print(const std::function<void(const QString &)> &say) const
{
    say(tr("Backend, one look (%1):").arg(ltrUnderRtl(AppText::milliseconds(double(result.tookMs)))));
    for (const LadderStep &s : steps) {
        QString line = tr("  %1: %2").arg(LadderText::rung(s.rung), LadderText::state(s.state));
        if (s.atMs && s.state == RungState::Passed)
            line += QLatin1Char(' ') + tr("(%1)").arg(LadderText::at(s.atMs));
        if (!s.evidence.isEmpty())
            line += tr(" — %1").arg(LadderText::evidence(s));
        say(line);
    }
    for (const QString &p : result.problems)
        say(tr("  could not read: %1").arg(ltrUnderRtl(p)));
    if (detail != LadderDetail::None)
        say(tr("Diagnosis detail: %1 (%2)").arg(ltrUnderRtl(ladderDetailKey(detail)), LadderText::detail(detail)));
    for (const LogExcerpt &log : result.logs) {
        if (!log.problem.isEmpty()) {
            say(tr("Log of %1: not read: %2").arg(ltrUnderRtl(log.pod), ltrUnderRtl(log.problem)));
            continue;
        }
        say(log.lines.isEmpty() ? tr("Log of %1: no line names the job or an error").arg(ltrUnderRtl(log.pod))
                                : tr("Log of %1, last %n line(s):", nullptr, int(log.lines.size())).arg(ltrUnderRtl(log.pod)));
        for (const QString &line : log.lines)
            say(QStringLiteral("    ") + ltrUnderRtl(line));
    }
}

void BackendLook::addToReport(QJsonObject &report, const JobRun &run, const BackendAccess &access, const BackendLook *look)
{
    addLadderToReport(report, run, &access, look ? &look->result : nullptr);
}

} // namespace wf::cli
