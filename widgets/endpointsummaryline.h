#pragma once
// EndpointSummaryLine: the live server's last probe in the job panel's "Endpoints:" line — the
// summary and its age (renewed every 10 s), or that the server is being checked again after a job's
// failure; nothing while a recording is shown. The facts come from a ServerCheck.
#include <QObject>

class QTimer;

namespace wf {

class ReadinessPanel;
class ServerCheck;
class ShownSession;
struct ProbeResult;

class EndpointSummaryLine : public QObject
{
    Q_OBJECT
  public:
    EndpointSummaryLine(ReadinessPanel *panel, const ServerCheck *check, const ShownSession *shown, QObject *parent = nullptr);

    void setResult(const ProbeResult &result); // worded now (and again on a language change: call it again)
    void show(); // the line as it stands now (the live server's summary says nothing about a recorded one)

  private:
    ReadinessPanel *m_panel;
    const ServerCheck *m_check;
    const ShownSession *m_shown;
    QString m_summary; // the live server's, put back after a replay
    QTimer *m_age;     // ages the summary ("checked 2 min ago")
};

} // namespace wf
