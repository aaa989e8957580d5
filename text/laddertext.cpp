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

QString LadderText::at(std::optional<qint64> ms)
{
    if (!ms)
        return QString();
    return tr("after %1 s").arg(ltrUnderRtl(QLocale().toString(double(*ms) / 1000.0, 'f', 1)));
}

} // namespace wf
