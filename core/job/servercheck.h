#pragma once
// ServerCheck: when the live server's endpoints are probed again — at a job's start when the last
// probe failed or is older than a minute, after a job failure that may mean the server changed —
// and what the last probe found (when, the waterfall endpoint missing, a second look under way). No text.
#include "job/readiness.h"
#include "net/prober.h"

#include <optional>

namespace wf {

class ServerCheck
{
  public:
    static constexpr qint64 kFreshMs = 60'000; // an older probe is made again at a job's start

    void probed(const ProbeResult &result); // a probe came back
    void cancelled();                       // the probe was cancelled: no second look under way
    // The job about to start deserves a fresh probe: none yet, the server unreachable, or `last` old.
    bool wantedAtJobStart(const std::optional<ProbeResult> &last, qint64 nowMs) const;
    // A job ended in `diagnosis`: true when that may mean the server changed under it (then the
    // caller probes again and the summary says a second look is under way).
    bool recheckAfter(Diagnosis diagnosis);

    bool rechecking() const { return m_rechecking; }
    qint64 checkedAtMs() const { return m_checkedAtMs; }
    bool waterfallNotDeployed() const { return m_waterfallNotDeployed; }

  private:
    qint64 m_checkedAtMs = 0;
    bool m_rechecking = false;
    bool m_waterfallNotDeployed = false;
};

} // namespace wf
