#pragma once
// `focusctl watch`: configures one job, follows it with the readiness controller (the GUI's) and
// prints its timeline as it happens; writes the JSON report and, with --record, the session file
// `focusctl replay` reads. Runs on the main thread's event loop.
#include "cliargs.h"
#include "job/qualitymonitor.h"
#include "data/quality.h"
#include "job/readinesscontroller.h"

#include <QSaveFile>
#include <QTextStream>
#include <functional>

namespace wf {
class JobSession;
struct RecordingNews;
}

namespace wf::cli {

class WatchCommand
{
    Q_DECLARE_TR_FUNCTIONS(WatchCommand)
  public:
    // Runs the event loop until the job is decided (or Ctrl-C); returns the exit status.
    // `out` gets the timeline, or the JSON report with --report - (the timeline then goes to `err`).
    static int run(const WatchArgs &args, QTextStream &out, QTextStream &err);

    static QString configText(const ConfigureRequest &request); // "multichannel, channels 1-50, ..."
    static QString atMs(qint64 ms);                              // "+1,234 ms", left to right
    // "waterfall 201×10, 404×6 · metadata 200×1, 404×5"
    static QString pollsText(const QMap<QString, QMap<QString, int>> &polls);
    // The --report JSON of a session's job, live or replayed (its controller and quality checks).
    static QJsonObject report(JobSession &session, const QString &server, bool insecure);
    // "Quality: negative_values 12, timestamp_gaps 1", "Quality: no findings in N rows", or (N = 0)
    // "Quality: nothing to check, no rows arrived"
    static QString qualityText(const QualityChecker &quality);

    // Shared by watch and replay: prints the job's timeline as it happens, and the summary,
    // diagnosis and quality lines when it ends.
    using Say = std::function<void(const QString &)>;
    // The session's timeline and findings as they happen, live or replayed alike.
    static void printTimeline(JobSession &session, QObject *context, const Say &say);
    // Writes the report to the opened file or to `out` ("-"); returns `status`, or 1 when it cannot be written.
    static int writeReport(const QJsonObject &report, const QString &path, QSaveFile &file, QTextStream &out,
                           QTextStream &err, const Say &say, const char *command, int status);

  private:
    static QString recordError(const RecordingNews &news);
};

} // namespace wf::cli
