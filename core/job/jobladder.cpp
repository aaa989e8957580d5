// The whole ladder of one job: see jobladder.h.
#include "job/jobladder.h"

#include <QJsonArray>

namespace wf {

namespace {

LadderStep step(Rung r, RungState s, QString evidence = {}, std::optional<qint64> at = {}, LadderWords words = LadderWords::Backend,
                QStringList args = {})
{
    return LadderStep{r, s, LadderDetail::None, std::move(evidence), at, words, std::move(args)};
}

bool diagnosed(const JobRun &run, Diagnosis d)
{
    return run.diagnosis && *run.diagnosis == d;
}

bool over(const JobRun &run)
{
    return run.state == JobState::Failed || run.state == JobState::Ended || run.state == JobState::Stopped;
}

LadderStep routeStep(const JobRun &run)
{
    if (diagnosed(run, Diagnosis::EndpointNotDeployed))
        return step(Rung::RouteDeployed, RungState::Failed,
                    QStringLiteral("GET /waterfall/{id}/{rows} is not deployed on this server (framework 404 or absent from /openapi.json)"), {},
                    LadderWords::RouteNotDeployed);
    if (run.restAbsent)
        return step(Rung::RouteDeployed, RungState::Passed,
                    QStringLiteral("the REST waterfall is not deployed; the rows are read from the job's gRPC stream"), {},
                    LadderWords::RestAbsentStreamUsed);
    if (run.rowSource == RowSourceKind::Grpc)
        return step(Rung::RouteDeployed, RungState::Passed, QStringLiteral("the rows are read from the job's gRPC stream"), {}, LadderWords::StreamUsed);
    if (run.waterfallListed.value_or(false) || run.timeline.consumerReady)
        return step(Rung::RouteDeployed, RungState::Passed, QStringLiteral("GET /waterfall/{id}/{rows} is deployed"), {},
                    LadderWords::RestRouteDeployed);
    return step(Rung::RouteDeployed, over(run) ? RungState::Unknown : RungState::Waiting);
}

LadderStep configureStep(const JobRun &run)
{
    if (run.reply)
        return step(Rung::ConfigureAccepted, RungState::Passed,
                    QStringLiteral("job %1%2").arg(run.reply->jobId,
                                                   run.reply->streamPort > 0 ? QStringLiteral(", stream_port %1").arg(run.reply->streamPort) : QString()),
                    run.timeline.configured, LadderWords::JobCreated,
                    {run.reply->jobId, run.reply->streamPort > 0 ? QString::number(run.reply->streamPort) : QString()});
    if (diagnosed(run, Diagnosis::ConfigureRejected) || diagnosed(run, Diagnosis::WaitingForFiber) || diagnosed(run, Diagnosis::ClientError)) {
        QString e = run.configureInfo.httpStatus > 0 ? QStringLiteral("HTTP %1").arg(run.configureInfo.httpStatus) : QStringLiteral("refused");
        if (!run.configureInfo.errorBody.message.isEmpty())
            e += QStringLiteral(": ") + run.configureInfo.errorBody.message;
        else if (!run.configureInfo.transportDetail.isEmpty())
            e += QStringLiteral(": ") + run.configureInfo.transportDetail;
        return step(Rung::ConfigureAccepted, RungState::Failed, e, {}, LadderWords::ConfigureRefused,
                    {run.configureInfo.httpStatus > 0 ? QString::number(run.configureInfo.httpStatus) : QString(),
                     e.section(QStringLiteral(": "), 1)});
    }
    return step(Rung::ConfigureAccepted, run.state == JobState::Configuring ? RungState::Waiting : RungState::Unknown);
}

// The stream (or, on the REST path, the consumer answering its routes) opened.
LadderStep openStep(const JobRun &run)
{
    if (run.rowSource == RowSourceKind::Grpc) {
        if (run.timeline.streamReady)
            return step(Rung::StreamOpen, RungState::Passed, QStringLiteral("%1 accepted a connection").arg(run.streamEndpoint()),
                        run.timeline.streamReady, LadderWords::StreamAccepted, {run.streamEndpoint()});
        if (const auto &u = run.streamUnreached)
            return step(Rung::StreamOpen, RungState::Failed,
                        u->refused ? QStringLiteral("%1 refused connections for %2 ms").arg(u->endpoint).arg(u->forMs)
                                   : QStringLiteral("%1 did not answer for %2 ms").arg(u->endpoint).arg(u->forMs),
                        {}, u->refused ? LadderWords::StreamRefused : LadderWords::StreamSilent, {u->endpoint, QString::number(u->forMs)});
    } else {
        if (run.timeline.consumerReady)
            return step(Rung::StreamOpen, RungState::Passed, QStringLiteral("the job's consumer answers its routes"), run.timeline.consumerReady,
                        LadderWords::ConsumerAnswers);
        if (diagnosed(run, Diagnosis::ConsumerNotCreated))
            return step(Rung::StreamOpen, RungState::Failed, QStringLiteral("the job's routes answered 404 until the ready timeout"), {},
                        LadderWords::ConsumerNever);
    }
    if (!run.reply)
        return step(Rung::StreamOpen, RungState::Unknown);
    return step(Rung::StreamOpen, over(run) ? RungState::Failed : RungState::Waiting);
}

LadderStep frameStep(const JobRun &run)
{
    if (run.timeline.firstData)
        return step(Rung::FirstFrame, RungState::Passed, QStringLiteral("the first rows arrived"), run.timeline.firstData,
                    LadderWords::FirstRows);
    if (!run.reply)
        return step(Rung::FirstFrame, RungState::Unknown);
    if (run.state == JobState::Stopped)
        return step(Rung::FirstFrame, RungState::Unknown, QStringLiteral("stopped before a row arrived"), {}, LadderWords::StoppedBeforeRow);
    return step(Rung::FirstFrame, over(run) ? RungState::Failed : RungState::Waiting,
                diagnosed(run, Diagnosis::NoData) ? QStringLiteral("no row before the data timeout") : QString(), {},
                diagnosed(run, Diagnosis::NoData) ? LadderWords::NoRowBeforeTimeout : LadderWords::Backend);
}

} // namespace

std::vector<LadderStep> jobLadder(const JobRun &run, const BackendLookResult *look)
{
    std::vector<LadderStep> steps;
    steps.reserve(kRungCount);
    steps.push_back(routeStep(run));
    steps.push_back(configureStep(run));
    const LadderStep open = openStep(run);
    const LadderStep frame = frameStep(run);
    // A later rung that passed proves the backend ones it needs (a frame: the pod ran, its port was
    // served, its queue consumed); the live source only where rows flowed on a live job.
    const bool streamed = open.state == RungState::Passed || frame.state == RungState::Passed;
    // A look taken before the stream opened is out of date once it has: what it had not seen pass
    // (a pod still ContainerCreating, a queue not yet consumed) is proven by the stream since.
    const bool lookBeforeStream = look && open.atMs && look->atMs < *open.atMs;
    const bool podStarting = [&] {
        if (look)
            for (const RungResult &b : look->rungs)
                if (b.rung == Rung::Pod)
                    return b.state == RungState::Waiting;
        return false;
    }();
    for (Rung r : {Rung::Pod, Rung::ServicePort, Rung::Queue, Rung::LiveSource}) {
        LadderStep s = step(r, RungState::Unknown);
        if (look)
            for (const RungResult &b : look->rungs)
                if (b.rung == r)
                    s = LadderStep{r, b.state, b.detail, b.evidence, look->atMs,
                                   b.state == RungState::NotApplicable && r == Rung::LiveSource ? LadderWords::HistoricNoLiveSource
                                                                                                : LadderWords::Backend,
                                   {}};
        if (r == Rung::LiveSource && run.request.historic() && s.state == RungState::Unknown && run.reply)
            s = step(r, RungState::NotApplicable, QStringLiteral("a historic job reads recorded data"), {}, LadderWords::HistoricNoLiveSource);
        // While the job's pod is still starting, its queue has no consumer yet: not yet, not a failure.
        if (r == Rung::Queue && podStarting && !over(run) && s.state == RungState::Failed) {
            s.state = RungState::Waiting;
            s.detail = LadderDetail::None;
        }
        const bool proven = (r != Rung::LiveSource && streamed) || (r == Rung::LiveSource && frame.state == RungState::Passed);
        if (proven && s.state != RungState::Passed && s.state != RungState::NotApplicable
            && (s.state == RungState::Unknown || lookBeforeStream))
            s = step(r, RungState::Passed, QStringLiteral("implied: the job's stream answered"), r == Rung::LiveSource ? frame.atMs : open.atMs,
                     LadderWords::Implied);
        steps.push_back(s);
    }
    steps.push_back(open);
    steps.push_back(frame);
    return steps;
}

LadderDetail ladderDetail(const std::vector<LadderStep> &steps)
{
    for (const LadderStep &s : steps)
        if (s.state == RungState::Failed && s.detail != LadderDetail::None)
            return s.detail;
    return LadderDetail::None;
}

void addLadderToReport(QJsonObject &report, const JobRun &run, const BackendAccess *access, const BackendLookResult *look)
{
    QJsonObject backend;
    if (access && access->readsRabbit())
        backend.insert(QStringLiteral("rabbitmq"),
                       QJsonObject{{QStringLiteral("url"), access->rabbitUrl.toString(QUrl::RemoveUserInfo)},
                                   {QStringLiteral("user"), access->rabbitUser},
                                   {QStringLiteral("read"), look && look->observation.queues.has_value()}});
    if (access && access->readsKube())
        backend.insert(QStringLiteral("kubernetes"),
                       QJsonObject{{QStringLiteral("url"), access->kubeUrl.toString(QUrl::RemoveUserInfo)},
                                   {QStringLiteral("namespace"), access->kubeNamespace},
                                   {QStringLiteral("read"), look && look->observation.pods.has_value()}});
    if (look) {
        backend.insert(QStringLiteral("problems"), QJsonArray::fromStringList(look->problems));
        backend.insert(QStringLiteral("took_ms"), look->tookMs);
        backend.insert(QStringLiteral("at_ms"), look->atMs);
        QJsonArray logs;
        for (const LogExcerpt &l : look->logs)
            logs << QJsonObject{{QStringLiteral("pod"), l.pod},
                                {QStringLiteral("lines"), QJsonArray::fromStringList(l.lines)},
                                {QStringLiteral("problem"), l.problem.isEmpty() ? QJsonValue() : QJsonValue(l.problem)}};
        backend.insert(QStringLiteral("logs"), logs);
    }
    const std::vector<LadderStep> steps = jobLadder(run, look);
    QJsonArray ladder;
    for (const LadderStep &s : steps)
        ladder << QJsonObject{{QStringLiteral("rung"), rungName(s.rung)},
                              {QStringLiteral("state"), rungStateName(s.state)},
                              {QStringLiteral("detail"), s.detail == LadderDetail::None ? QJsonValue() : QJsonValue(ladderDetailKey(s.detail))},
                              {QStringLiteral("evidence"), s.evidence},
                              {QStringLiteral("at_ms"), s.atMs ? QJsonValue(double(*s.atMs)) : QJsonValue()}};
    const LadderDetail detail = ladderDetail(steps);
    report.insert(QStringLiteral("backend"), backend);
    report.insert(QStringLiteral("ladder"), ladder);
    report.insert(QStringLiteral("diagnosis_detail"), detail == LadderDetail::None ? QJsonValue() : QJsonValue(ladderDetailKey(detail)));
}

} // namespace wf
