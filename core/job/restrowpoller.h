#pragma once
// RestRowPoller: the job's rows from GET /waterfall/{job_id}/{rows}. Paces its polls (backoff while
// waiting, half the time the server needs to fill one poll while streaming, at once while a backlog
// waits), tells the JobLifecycle each reply's meaning (alive, 208 end, 404 absent / not yet /
// expired / flapping) and hands rows to its RowSink. At most one call in flight; lives on its
// owner's thread.
#include "job/joblifecycle.h"
#include "job/rowproducer.h"

#include <QObject>

namespace wf {

class RestRowPoller final : public QObject, public RowProducer
{
    Q_OBJECT
  public:
    RestRowPoller(JobApi *api, JobLifecycle *job, RowSink *sink, QObject *parent = nullptr);
    ~RestRowPoller() override;

    RowSourceKind kind() const override { return RowSourceKind::Rest; }
    bool start(const QString &why) override; // polls at once
    void finish() override {}
    void cancel() override;                   // aborts its call and its timer
    void reset(int initialPollMs);            // a new job: its pacing and its 404 memory start again
    int intervalMs() const { return m_s.interval; }

  private:
    void poll();
    void schedule(int ms);
    void onReply(Reply<WaterfallBlocks> r);
    void onRows(const CallInfo &info, WaterfallBlocks &&blocks);
    void onNotFound(const CallInfo &info, int backoffNext);
    int streamingIntervalMs(bool fullPoll) const;

    JobApi *m_api;
    JobLifecycle *m_job;
    RowSink *m_sink;
    JobApi::Id m_call = 0;
    quint64 m_timer = 0;
    // One job's poll, replaced whole by reset().
    struct State {
        int interval = 100;
        bool alive = false;                  // the route itself answered 200/201
        int notFoundStreak = 0;              // 404s in a row after the consumer was alive
        std::optional<qint64> newestEndMs;   // newest row end received
    } m_s;
};

} // namespace wf
