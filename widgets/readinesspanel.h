#pragma once
// ReadinessPanel: the story of one followed job beside the plot — state badge, diagnosis in words,
// the job's parameters, a timeline, reply counters, poll latency and a log of every request — for
// a tester to read at a glance and paste into a bug report. Watches a ReadinessController it does
// not own; the composition root starts and stops jobs when the panel asks (startRequested, ...).
#include "job/readinesscontroller.h"
#include "readinesstext.h"

#include <QDateTime>
#include <QPointer>
#include <QColor>
#include <QWidget>
#include <optional>

class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTimer;

namespace wf {

class JobParamsView;
class JobTimelineView;
class RepliesBox;
class RequestLogView;

class ReadinessPanel : public QWidget
{
    Q_OBJECT
  public:
    static constexpr int kMaxLogLines = 5000;
    static constexpr int kRefreshMs = 250;
    static constexpr int kWideWidth = 700; // from this width on, timeline and counters sit side by side
    static constexpr int kTwoColumnJobWidth = 400; // narrower: the job's values one pair per row

    explicit ReadinessPanel(QWidget *parent = nullptr);

    // The panel follows this controller (not owned; may be null). A controller that starts a new
    // job (Configuring again) clears the panel's log and timeline marks.
    void setController(ReadinessController *controller);
    ReadinessController *controller() const { return m_controller; }
    void setServer(const QString &url, bool insecure);
    // For a replayed job: the wall-clock time its start() was recorded at, so the log and the
    // timeline read the recorded times; nullopt (live): the present. Call before setController().
    void setRecordedStart(std::optional<QDateTime> startedAt) { m_recordedStart = std::move(startedAt); }
    // The endpoint probe's summary line ("… · waterfall endpoint NOT deployed"), shown and reported.
    void setEndpointSummary(const QString &summary, bool waterfallNotDeployed);
    QString endpointSummary() const { return m_endpointSummaryText; }
    // The job's ladder: what this watch (not owned; may be null) reads of the backend.
    void setBackendWatch(const BackendWatch *watch);
    class LadderView *ladderView() const { return m_ladder; }

    QString stateText() const;         // the badge's words, e.g. "streaming"
    QString diagnosisCode() const;     // "endpoint_not_deployed"; empty before a verdict
    QString diagnosisSentence() const; // the sentence shown (a verdict, or what is awaited)
    QColor verdictColor() const;       // the colour the diagnosis is shown in
    QColor stateColor() const;         // the badge's colour
    QString elapsedText() const;       // "6.0 s elapsed", "took 12.3 s"; empty before a job
    bool jobActive() const; // a job is configured and not over: the Start/Stop action stops it
    QString markdownReport() const;
    QString logText() const;
    int logLineCount() const;
    bool saveLog(const QString &path, QString *error = nullptr) const;

  signals:
    void startRequested();
    void stopRequested();
    void verdictChanged(); // the state badge or the diagnosis sentence changed
    void backendAccessRequested();

  protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

  private:
    QDateTime jobStart() const;          // when the followed job's start() ran (recorded or now − elapsed)
    QTime timeOf(qint64 sinceStartMs) const; // a log entry's clock time
    QWidget *buildHeader();
    void buildTimelineBox();
    void buildLogBox();
    void arrange(bool wide);
    void retranslate();
    void refresh();
    void refreshState();
    void refreshDiagnosis();
    void refreshTimeline();
    void refreshCounters();
    void refreshButtons();
    void refreshElapsed();
    void onStateChanged(JobState state);
    void appendLog(const QString &line);
    void saveLogInteractively();
    ReportContext context() const;

    QPointer<ReadinessController> m_controller;
    QString m_server;
    bool m_insecure = false;
    QDateTime m_startedAt;
    std::optional<QDateTime> m_recordedStart;
    std::optional<qint64> m_finishedAtMs;   // after the configure reply
    std::optional<qint64> m_finalElapsedMs; // since start

    QTimer *m_refresh;
    QGridLayout *m_details = nullptr;
    bool m_wide = false;
    QLabel *m_title = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_diagnosis = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_endpointSummary = nullptr;
    QString m_endpointSummaryText;
    QPushButton *m_startStop = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    JobParamsView *m_job = nullptr;
    QGroupBox *m_timelineBox = nullptr;
    RepliesBox *m_countersBox = nullptr; // the replies, rows received and how they came
    QGroupBox *m_logBox = nullptr;
    class StreamInspector *m_streams = nullptr;
    JobTimelineView *m_timeline = nullptr;
    RequestLogView *m_log = nullptr;
    class LadderView *m_ladder = nullptr;
    QPointer<const BackendWatch> m_backend;
};

} // namespace wf
