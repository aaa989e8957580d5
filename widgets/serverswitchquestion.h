#pragma once
// ServerSwitchQuestion: before File → Connect to server replaces the window, asks whether the job
// on screen and its rows may go ("Stop job 3-1757 and discard 8,421 rows?"), offering to save the
// session report first. Only the question: the caller saves the report and switches.
#include <QMessageBox>

namespace wf {

class ServerSwitchQuestion : public QMessageBox
{
    Q_OBJECT
  public:
    enum class Answer { Cancel, SaveReportFirst, Discard };
    // `active`: the job still runs (it is stopped); else only its history goes. `jobId` may be empty.
    ServerSwitchQuestion(bool active, const QString &jobId, qint64 rows, QWidget *parent = nullptr);
    Answer ask(); // modal

  private:
    QPushButton *m_save;
    QPushButton *m_discard;
};

} // namespace wf
