#pragma once
// BackendWatch: looks at a followed job's backend while the job waits for its consumer, and once
// more, with the logs that explain it, when the job fails; what it saw is the backend half of the
// job's ladder (jobladder.h). Opt-in: without access (setAccess(nullopt)) it never sends anything.
// Only GETs, through BackendClient. Owner: the composition root (the viewer) or focusctl watch;
// GUI/main thread. A look that returns after its job was replaced by a new one is dropped.
#include "job/jobladder.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

class QTimer;

namespace wf {

class ReadinessController;

class BackendWatch : public QObject
{
    Q_OBJECT
  public:
    static constexpr int kLookEveryMs = 5'000;
    explicit BackendWatch(QObject *parent = nullptr);
    ~BackendWatch() override;

    // The backend to read (nullopt: none; every look stops and what was seen is forgotten).
    void setAccess(std::optional<BackendAccess> access);
    const std::optional<BackendAccess> &access() const { return m_access; }
    bool enabled() const { return m_access && (m_access->readsRabbit() || m_access->readsKube()); }

    // Follows a job (not owned; null: none): a look every lookEveryMs() from its configure reply
    // until it streams data or ends, and one with its logs when it fails.
    void follow(const ReadinessController *controller);
    void setLookEveryMs(int ms);
    int lookEveryMs() const { return m_everyMs; }

    // One look now at the followed job (ignored without access, a job id, or while one is under way:
    // a look with logs asked meanwhile is taken when it returns).
    void lookNow(bool withLogs);
    bool looking() const { return m_inFlight; }
    int looksTaken() const { return m_looks; }

    const std::optional<BackendLookResult> &latest() const { return m_latest; }
    std::vector<LadderStep> ladder() const; // of the followed job, with the latest look
    LadderDetail detail() const { return ladderDetail(ladder()); }

  signals:
    void looked();                                    // latest() changed (a look, or its logs)
    void requestFinished(const wf::BackendReply &reply); // every GET, for the request log
    void accessChanged();

  private:
    void onStateChanged();
    void finishLook(BackendObservation o, QStringList problems, bool withLogs, quint64 generation, qint64 startedAtMs);

    std::optional<BackendAccess> m_access;
    std::unique_ptr<class BackendClient> m_client;
    QPointer<const ReadinessController> m_controller;
    QTimer *m_timer;
    int m_everyMs = kLookEveryMs;
    bool m_inFlight = false;
    bool m_logsPending = false;
    quint64 m_generation = 0; // a new job, or new access: older looks are dropped
    int m_looks = 0;
    std::optional<BackendLookResult> m_latest;
};

} // namespace wf
