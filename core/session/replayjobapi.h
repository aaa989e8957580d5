#pragma once
// ReplayJobApi: answers the readiness controller (and a QualityMonitor) from a recorded session
// instead of a server. Each call takes the next recorded reply of its endpoint — skipping any
// recorded before the call was made, which another user of the recording client made — decodes it
// with the decoders FocusClient uses (replydecode.h) and delivers it on the clock at
// max(now, recorded time). A call whose recorded reply was aborted, or that has none left, stays
// unanswered until aborted. Owner: SessionReplay (or a test); lives on its thread. Invariants: each
// recorded reply answers at most one call; no callback runs after abort() of its call.
#include "base/clock.h"
#include "net/jobapi.h"
#include "session/session.h"

#include <QObject>
#include <map>

namespace wf {

class ReplayJobApi final : public QObject, public JobApi
{
    Q_OBJECT
  public:
    // `session` and `clock` must outlive this object.
    ReplayJobApi(const Session *session, Clock *clock, QObject *parent = nullptr);
    ~ReplayJobApi() override;

    Id configure(const ConfigureRequest &request, FocusClient::Callback<ConfigureReply> done) override;
    Id metadata(const QString &jobId, FocusClient::Callback<ConfigureReply> done) override;
    Id waterfall(const QString &jobId, int rowCount, FocusClient::Callback<WaterfallBlocks> done) override;
    Id openApi(FocusClient::Callback<OpenApiDoc> done) override;
    Id liveMetadata(FocusClient::Callback<LiveMetadata> done) override;
    void abort(Id id) override;

    int inFlight() const { return int(m_calls.size()); }
    qint64 repliesDelivered() const { return m_delivered; }

  signals:
    void replyDelivered(const wf::CallInfo &info); // as FocusClient::callFinished, for request logs

  private:
    // Finds the recorded reply for a call of `endpoint` and schedules `deliver(reply)`.
    // `taken`, if given, runs at once with the reply that will be delivered (to start work on it).
    // `path`, when given, is the call's path (its job id): a reply to another path of the endpoint
    // (a probe's /waterfall/focusctl-probe/0 in a recording made before only the job's calls were
    // recorded) is not this call's.
    Id take(EndpointId endpoint, std::function<void(const SessionReply &)> deliver,
            std::function<void(const SessionReply &)> taken = {}, std::function<bool(const QString &)> path = {});
    template <typename T>
    Id typed(EndpointId endpoint, int successStatus, Result<T> (*decode)(const QByteArray &), FocusClient::Callback<T> done,
             std::function<bool(const QString &)> path = {});

    const Session *m_session;
    Clock *m_clock;
    std::map<EndpointId, size_t> m_next; // per endpoint: where the search for its next reply starts
    std::map<Id, quint64> m_calls;       // call → clock handle of its delivery (0: never answered)
    Id m_nextId = 1;
    qint64 m_delivered = 0;
};

} // namespace wf
