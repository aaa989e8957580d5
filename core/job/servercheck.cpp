#include "job/servercheck.h"

namespace wf {

void ServerCheck::probed(const ProbeResult &result)
{
    const EndpointProbe *w = result.find(EndpointId::Waterfall);
    m_checkedAtMs = result.checkedAtMs;
    m_rechecking = false;
    m_waterfallNotDeployed = w && w->state == EndpointState::NotDeployed;
}

void ServerCheck::cancelled()
{
    m_rechecking = false;
}

bool ServerCheck::wantedAtJobStart(const std::optional<ProbeResult> &last, qint64 nowMs) const
{
    return !last || !last->reachable || nowMs - m_checkedAtMs > kFreshMs;
}

bool ServerCheck::recheckAfter(Diagnosis diagnosis)
{
    switch (diagnosis) {
    case Diagnosis::ServerUnreachable:
    case Diagnosis::TlsError:
    case Diagnosis::ServerError:
    case Diagnosis::BadResponse:
    case Diagnosis::EndpointNotDeployed:
    case Diagnosis::ConsumerNotCreated:
    case Diagnosis::JobExpired:
        m_rechecking = true;
        return true;
    default: return false;
    }
}

} // namespace wf
