#pragma once
// ReadinessText: the readiness panel's words and colours for one followed job — the parameters,
// the timeline steps, the request-log lines and the Markdown report a tester pastes into a bug.
// Pure functions of their arguments, translated (context "ReadinessText").
#include "job/backendwatch.h"
#include "job/readinesscontroller.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <optional>

class QLabel;

namespace wf {

// The steps of a job's timeline, in the order they happen.
enum class JobStep { ConfigureSent, JobId, ConsumerReady, FirstData, Finished };

// What the panel knows beyond the controller: where it talks to and when it saw things happen.
struct ReportContext {
    QString server;
    bool insecure = false;
    QDateTime startedAt;                // wall clock when the job was started (invalid: unknown)
    std::optional<qint64> finishedAtMs; // from the configure reply, when the panel saw the terminal state
    const BackendWatch *backend = nullptr; // the job's ladder with what was read of its backend (may be null)
};

class ReadinessText
{
    Q_DECLARE_TR_FUNCTIONS(ReadinessText)
  public:
    static QString viewName(ViewType view);
    static QString number(qint64 value); // locale digits, no group separator, left-to-right
    static QString decimal(double value, int decimals);
    static QString range(double a, double b, int decimals, const QString &unit = QString());
    static QString dateTime(qint64 epochS);                     // locale short date and time, left-to-right
    static QString windowText(const ConfigureRequest &request); // "live" or "historic: a – b"
    static QString sinceConfigure(qint64 ms);                   // "+310 ms"
    static QString milliseconds(double ms);                     // "12.3 ms"
    static QString seconds(qint64 ms);                          // "3.2 s", or "46 ms" below a second

    // One step of the timeline: its name (final words depend on how the job finished) and, once
    // it happened, its time; empty when it has not happened. `c` may be null (no job).
    static QString stepName(JobStep step, const ReadinessController *c);
    static QString stepTime(JobStep step, const ReadinessController *c, const ReportContext &context);
    static bool stepHappened(JobStep step, const ReadinessController *c, const ReportContext &context);

    // The time column of the first step still awaited: how long it has been awaited.
    static QString awaitedStepTime(JobStep step, const ReadinessController &c);

    // Shown while no diagnosis decides the story yet.
    static QString pendingText(JobState state);

    // The request log: wall time, method, path, status, latency, bytes in fixed ASCII columns,
    // the same in every language so that it greps and diffs like a server's access log.
    static QString logLine(const QTime &wall, const RequestLogEntry &e);
    static QString errorLine(const QTime &wall, const JobErrorEntry &e);
    static QString observationLine(const QTime &wall, const JobErrorEntry &e); // a quirk accepted, said once
    static QString eventLine(const QTime &wall, const JobErrorEntry &e);       // what happened, not an error

    static QString markdownReport(const ReadinessController &c, const ReportContext &context);
    // The report's ladder section: a table of the rungs, why (the diagnosis detail), the logs.
    static QString ladderMarkdown(const ReadinessController &c, const BackendWatch *backend);

    // Endpoint keys in the order a reader expects them (configure first), then any others.
    static QStringList endpointOrder(const QMap<QString, QMap<QString, int>> &polls);
    // Status keys: HTTP codes ascending, then transport failures ("timeout", ...).
    static QStringList statusOrder(const QMap<QString, QMap<QString, int>> &polls);
};

// QLabel aligns by its text's own direction: a left-to-right id in a right-to-left layout would sit
// at the far edge of its cell. Pins the label to the layout's leading edge; call again on
// QEvent::LayoutDirectionChange.
void alignToLeadingEdge(QLabel *label);

QColor jobStateColor(JobState state);
QColor diagnosisColor(Diagnosis d);
QColor statusKeyColor(const QString &statusKey); // "201" green, "404" orange, "500" red, "timeout" grey

} // namespace wf
