#pragma once
// JobLifecycle: one job's state, timeline, diagnosis and deadlines, and its log. It holds the job's
// JobRun (replaced whole by begin()), feeds the pure transition() with events, runs the ready and
// data deadlines on the job's Clock, and says everything that happens as a signal. The
// ReadinessController (configure, /metadata) and the two row producers (RestRowPoller,
// StreamRowDriver) tell it what they saw; none of them keeps a copy of the job's state.
// Invariant: nothing runs after a terminal state (ended() tells the producers to stop first).
#include "base/clock.h"
#include "job/jobrun.h"

#include <QObject>

namespace wf {

// "HTTP 502 <html>..." says little; an ingress's page title says who answered.
QString httpEvidence(const CallInfo &info);
bool waitingForFiberMessage(const CallInfo &info);

class JobLifecycle : public QObject
{
    Q_OBJECT
  public:
    explicit JobLifecycle(Clock *clock, QObject *parent = nullptr);
    ~JobLifecycle() override;

    // A new job: a fresh JobRun, the deadlines of the last job cancelled, the state Configuring.
    void begin(const ConfigureRequest &request, const ReadinessSettings &settings);
    const JobRun &run() const { return m_run; }
    JobRun &run() { return m_run; }
    Clock *clock() const { return m_clock; }
    JobState state() const { return m_run.state; }
    bool over() const { return isTerminal(m_run.state); }
    qint64 elapsedMs() const { return m_clock->nowMs() - m_run.startMs; }
    qint64 sinceConfigured() const { return m_clock->nowMs() - m_run.configuredAtMs; }

    void apply(JobEvent event, const QString &why = QString());
    void configured(); // the configure reply is in: the job's time 0
    void markFirstData();
    void stampStreamReady();

    // Deadlines. Ready: from the configure reply until the consumer is alive (the REST path; the
    // stream has its own). Data: from the consumer alive until the first row.
    void armReadyDeadline();
    void cancelReadyDeadline();
    void markConsumerReady();   // arms the data deadline, once
    void forgetConsumerReady(); // the rows will come from elsewhere: "alive" was not their consumer
    // A deadline that fell before a reply was handled goes first (see the definition). True when the
    // job ended so: the reply is then dropped unseen.
    bool deadlinePassed();

    // The log: each entry said as a signal.
    void count(const char *endpointKey, const CallInfo &info);
    void logError(const CallInfo &info, const QString &message, JobErrorKind kind = JobErrorKind::Evidence,
                  QList<qint64> numbers = {}, const QString &detail = {});
    void logError(const QString &endpoint, const QString &message);
    void logEvent(const QString &endpoint, const QString &message);
    void observe(const QString &endpoint, const QStringList &quirks);
    void noteMalformed(const QString &endpoint, const QString &evidence);
    void countersMoved() { emit countersChanged(); }
    void timelineMoved() { emit timelineChanged(); }
    void noteMetadataNeverKnows();
    // Transport failures, 5xx and undecodable bodies of a polled job route, counted in a row per
    // route: logged, and the job ends when a run of them is long enough. True when it was one.
    bool handleFailure(const CallInfo &info, bool decodeFailed, const QString &decodeDetail, FailureStreak &streak);

  signals:
    void stateChanged(wf::JobState state);
    void ended(); // terminal: before finished(), for the producers and calls to stop
    void finished(wf::JobState state, wf::Diagnosis diagnosis);
    void timelineChanged();
    void countersChanged();
    void requestLogged(const wf::RequestLogEntry &entry);
    void errorLogged(const wf::JobErrorEntry &entry);
    void observationLogged(const wf::JobErrorEntry &entry);
    void eventLogged(const wf::JobErrorEntry &entry);
    void malformedReply(const QString &endpoint, const QString &evidence); // the job goes on

  private:
    void onReadyTimeout();
    void cancelDeadlines();

    Clock *m_clock;
    JobRun m_run;
    struct Deadline {
        quint64 timer = 0;
        qint64 dueMs = 0;
    };
    Deadline m_ready, m_data;
};

} // namespace wf
