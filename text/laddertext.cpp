// LadderText: see laddertext.h.
#include "laddertext.h"

#include "apptext.h"

#include <QLocale>

namespace wf {

QString LadderText::rung(Rung r)
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

QString LadderText::state(RungState s)
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

QString LadderText::detail(LadderDetail d)
{
    switch (d) {
    case LadderDetail::None: return QString();
    case LadderDetail::PodMissing: return tr("the job's pod was never created");
    case LadderDetail::PodPending: return tr("the job's pod cannot be scheduled");
    case LadderDetail::PodCrashing: return tr("the job's pod keeps crashing");
    case LadderDetail::PodExited: return tr("the job's pod has exited");
    case LadderDetail::ServiceMissing: return tr("the job has no service for its stream port");
    case LadderDetail::PortHeld: return tr("another service holds the job's stream port");
    case LadderDetail::PortMismatch: return tr("the job's service exposes another port");
    case LadderDetail::QueueMissing: return tr("the job's queue was never declared");
    case LadderDetail::QueueWithoutConsumer: return tr("nobody consumes the job's queue");
    case LadderDetail::QueueStalled: return tr("the job's queue fills and nothing is delivered");
    case LadderDetail::LiveSourceIdle: return tr("the live source (smart_recorder) is idle");
    }
    return QString();
}

QString LadderText::evidence(const LadderStep &s)
{
    const auto arg = [&s](int i) { return i < s.args.size() ? s.args.at(i) : QString(); };
    switch (s.words) {
    case LadderWords::Backend: return s.evidence.isEmpty() ? QString() : ltrUnderRtl(s.evidence);
    case LadderWords::RestRouteDeployed: return tr("the REST waterfall route is deployed");
    case LadderWords::RestAbsentStreamUsed: return tr("the REST waterfall route is not deployed; the rows are read from the job's gRPC stream");
    case LadderWords::StreamUsed: return tr("the rows are read from the job's gRPC stream");
    case LadderWords::RouteNotDeployed: return tr("the REST waterfall route is not deployed on this server");
    case LadderWords::JobCreated:
        return arg(1).isEmpty() ? tr("job %1").arg(ltrUnderRtl(arg(0))) : tr("job %1, stream port %2").arg(ltrUnderRtl(arg(0)), ltrUnderRtl(arg(1)));
    case LadderWords::ConfigureRefused:
        return arg(0).isEmpty() ? tr("refused: %1").arg(ltrUnderRtl(arg(1))) : tr("HTTP %1: %2").arg(ltrUnderRtl(arg(0)), ltrUnderRtl(arg(1)));
    case LadderWords::StreamAccepted: return tr("%1 accepted a connection").arg(ltrUnderRtl(arg(0)));
    case LadderWords::StreamRefused:
        return tr("%1 refused connections for %2").arg(ltrUnderRtl(arg(0)), ltrUnderRtl(AppText::milliseconds(arg(1).toDouble())));
    case LadderWords::StreamSilent:
        return tr("%1 did not answer for %2").arg(ltrUnderRtl(arg(0)), ltrUnderRtl(AppText::milliseconds(arg(1).toDouble())));
    case LadderWords::ConsumerAnswers: return tr("the job's consumer answers its routes");
    case LadderWords::ConsumerNever: return tr("the job's routes answered 404 until the ready timeout");
    case LadderWords::Implied: return tr("implied: the job's stream answered");
    case LadderWords::FirstRows: return tr("the first rows arrived");
    case LadderWords::StoppedBeforeRow: return tr("stopped before a row arrived");
    case LadderWords::NoRowBeforeTimeout: return tr("no row before the data timeout");
    case LadderWords::HistoricNoLiveSource: return tr("a historic job reads recorded data");
    }
    return s.evidence;
}

QString LadderText::at(std::optional<qint64> ms)
{
    if (!ms)
        return QString();
    return tr("after %1 s").arg(ltrUnderRtl(QLocale().toString(double(*ms) / 1000.0, 'f', 1)));
}

} // namespace wf
