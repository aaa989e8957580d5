// BackendLook: see backendlook.h.
#include "backendlook.h"

#include "apptext.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

namespace wf::cli {

BackendLook BackendLook::take(const BackendAccess &access, const QString &jobId, qint64 streamPort, bool live)
{
    BackendLook look;
    QElapsedTimer t;
    t.start();
    BackendClient client(access);
    QEventLoop loop;
    bool done = false;
    client.observe(jobId, streamPort, live, [&](BackendObservation o, QStringList problems) {
        look.observation = std::move(o);
        look.problems = std::move(problems);
        done = true;
        loop.quit();
    });
    if (!done) {
        QTimer::singleShot(access.timeoutMs + 2'000, &loop, &QEventLoop::quit); // every read has its own timeout
        loop.exec();
    }
    look.rungs = judgeBackend(look.observation);
    look.detail = firstFailure(look.rungs);
    look.tookMs = t.elapsed();
    return look;
}

QString BackendLook::rungText(Rung r)
{
    switch (r) {
    case Rung::RouteDeployed: return tr("route deployed");
    case Rung::ConfigureAccepted: return tr("configure accepted");
    case Rung::Pod: return tr("job's pod");
    case Rung::ServicePort: return tr("service and port");
    case Rung::Queue: return tr("job's queue");
    case Rung::LiveSource: return tr("live source");
    case Rung::StreamOpen: return tr("stream open");
    case Rung::FirstFrame: return tr("first frame");
    }
    return QString();
}

QString BackendLook::stateText(RungState s)
{
    switch (s) {
    case RungState::Unknown: return tr("not read");
    case RungState::Passed: return tr("ok");
    case RungState::Waiting: return tr("not yet");
    case RungState::Failed: return tr("FAILED");
    case RungState::NotApplicable: return tr("does not apply");
    }
    return QString();
}

void BackendLook::print(const std::function<void(const QString &)> &say) const
{
    say(tr("Backend, one look (%1):").arg(ltrUnderRtl(AppText::milliseconds(double(tookMs)))));
    for (const RungResult &r : rungs)
        say(r.evidence.isEmpty() ? tr("  %1: %2").arg(rungText(r.rung), stateText(r.state))
                                 : tr("  %1: %2 — %3").arg(rungText(r.rung), stateText(r.state), ltrUnderRtl(r.evidence)));
    for (const QString &p : problems)
        say(tr("  could not read: %1").arg(ltrUnderRtl(p)));
    if (detail != LadderDetail::None)
        say(tr("Diagnosis detail: %1").arg(ltrUnderRtl(ladderDetailKey(detail))));
}

void BackendLook::addToReport(QJsonObject &report, const BackendAccess &access, const BackendLook *look)
{
    QJsonObject backend;
    if (access.readsRabbit())
        backend.insert(QStringLiteral("rabbitmq"),
                       QJsonObject{{QStringLiteral("url"), access.rabbitUrl.toString(QUrl::RemoveUserInfo)},
                                   {QStringLiteral("user"), access.rabbitUser},
                                   {QStringLiteral("read"), look && look->observation.queues.has_value()}});
    if (access.readsKube())
        backend.insert(QStringLiteral("kubernetes"),
                       QJsonObject{{QStringLiteral("url"), access.kubeUrl.toString(QUrl::RemoveUserInfo)},
                                   {QStringLiteral("namespace"), access.kubeNamespace},
                                   {QStringLiteral("read"), look && look->observation.pods.has_value()}});
    QJsonArray ladder;
    if (look) {
        backend.insert(QStringLiteral("problems"), QJsonArray::fromStringList(look->problems));
        backend.insert(QStringLiteral("took_ms"), look->tookMs);
        for (const RungResult &r : look->rungs)
            ladder << QJsonObject{{QStringLiteral("rung"), rungName(r.rung)},
                                  {QStringLiteral("state"), rungStateName(r.state)},
                                  {QStringLiteral("detail"), r.detail == LadderDetail::None ? QJsonValue() : QJsonValue(ladderDetailKey(r.detail))},
                                  {QStringLiteral("evidence"), r.evidence}};
    }
    report.insert(QStringLiteral("backend"), backend);
    report.insert(QStringLiteral("ladder"), ladder);
    report.insert(QStringLiteral("diagnosis_detail"),
                  look && look->detail != LadderDetail::None ? QJsonValue(ladderDetailKey(look->detail)) : QJsonValue());
}

} // namespace wf::cli
