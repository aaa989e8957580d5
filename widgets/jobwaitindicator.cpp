#include "jobwaitindicator.h"

#include "busyindicator.h"
#include "job/readinesscontroller.h"

namespace wf {

JobWaitIndicator::JobWaitIndicator(ReadinessController *controller, BusyIndicator *busy, QObject *parent)
    : QObject(parent), m_controller(controller), m_busy(busy)
{
    connect(m_controller, &ReadinessController::stateChanged, this, &JobWaitIndicator::update);
    connect(m_controller, &ReadinessController::rowSourceChanged, this, &JobWaitIndicator::update);
}

void JobWaitIndicator::update()
{
    const JobState state = m_controller->state();
    if (state != JobState::Configuring && state != JobState::WaitingForConsumer) {
        m_busy->end(QStringLiteral("consumer"));
        return;
    }
    const bool stream = m_controller->rowSource() == RowSourceKind::Grpc;
    m_busy->begin(QStringLiteral("consumer"),
                  [state, stream] {
                      return state == JobState::Configuring ? tr("Configuring the job…")
                             : stream                      ? tr("Waiting for the job's gRPC stream to open…")
                                                           : tr("Waiting for the job's consumer…");
                  },
                  [this] { m_controller->stop(); });
}

} // namespace wf
