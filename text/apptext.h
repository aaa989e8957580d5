#pragma once
// Translated words for core's structured results, shared by the GUI and focusctl (Qt Core only).
#include "net/focusclient.h"
#include "net/prober.h"
#include "job/readiness.h"
#include "job/readinesscontroller.h"
#include "session/jobrecording.h"

#include <QCoreApplication>
#include <QString>

namespace wf {

class AppText
{
    Q_DECLARE_TR_FUNCTIONS(AppText)
  public:
    // How long ago something was checked: "just now", "12 s ago", "2 min ago", "3 h ago".
    static QString ageText(qint64 ms);
    // Why a recording failed, as a clause (no capital, no full stop) naming `shownPath` (the path as
    // the caller shows it): focusctl's "--record: …" and the GUI's sentence (recordingNews()) alike.
    static QString recordingFailure(const RecordingNews &news, const QString &shownPath);
    // What a recording did, as a sentence of the GUI (the path kept left-to-right).
    static QString recordingNews(const RecordingNews &news);
    // A recording that cannot be opened: its path and what is wrong where (ShownSession's technical
    // English, "line 3: body: not valid base64"), both kept left-to-right.
    static QString recordingOpenFailed(const QString &path, const QString &detail);
    // The words of the one Start/Stop action (the job panel's button, the form's, the Job menu's):
    // what it does now, with a job running (`active`) or not.
    static QString startStopText(bool active);
    static QString startStopToolTip(bool active);
    static QString stateName(EndpointState state);      // "available", "not deployed", ...
    static QString reasonText(const EndpointProbe &probe); // one sentence: why we concluded it
    static QString groupName(EndpointGroup group);
    static QString transportText(const CallInfo &info); // "connection refused", "timed out after ..."
    // "Server reachable · 6/6 deployed endpoints available · waterfall endpoint NOT deployed"
    static QString probeSummary(const ProbeResult &result);
    static QString insecureWarning();
    static QString milliseconds(double ms);
    static QString jobStateText(JobState state);  // "waiting for the consumer", ...
    // The same for this job: on the gRPC path the awaited consumer is the job's stream (shorter words, too).
    static QString jobStateText(const ReadinessController &controller);
    static QString diagnosisText(Diagnosis d);
    // The verdict as the screen shows it now: diagnosisText, in the past tense once the job stopped.
    static QString headlineText(Diagnosis d, const ReadinessController &c);
    // A job-log error line in the reader's language (the server's own words stay as they are).
    static QString jobErrorText(const JobErrorEntry &e);
    // The same, told for this job: on a server without the REST waterfall whose rows come from the
    // job's gRPC stream, "ok" says so.
    // While no verdict: what the job waits for when its rows come from the gRPC stream (empty otherwise).
    static QString streamWaitText(const ReadinessController &controller);
    static QString diagnosisText(Diagnosis d, const ReadinessController &controller);    // one plain sentence a tester can paste into a bug report // "12.3 ms", locale digits
};

// The one set of bidi helpers. Text that must read left-to-right (paths, URLs, numbers with units,
// ids) inside a right-to-left layout:
// ltr(): a left-to-right embedding (LRE..PDF), safe for any text; neither reordered nor mirrored.
QString ltr(const QString &text);
// ltrIsolate(): a left-to-right isolate (LRI..PDI), which also leaves the text around it alone
// ("%1 (%2 channels)" keeps its brackets and order in Hebrew); only for values holding no brackets
// of their own (Qt 6.4 mis-orders a closing brace inside an isolate).
QString ltrIsolate(const QString &text);
// ltrUnderRtl(): ltr() while the application's language is right-to-left, the text unchanged
// otherwise, so the command line's English output stays plain text that scripts can grep.
QString ltrUnderRtl(const QString &text);

// Language handling shared by every executable: "en" or "he"; empty = from the system locale.
QString resolveLanguage(const QString &requested);
bool isSupportedLanguage(const QString &lang);
// Loads the app's and Qt's own translations for `lang`, replacing earlier ones.
void installTranslations(QCoreApplication &app, const QString &lang);

} // namespace wf
