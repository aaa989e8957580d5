#pragma once
// RecordingOpenFeedback: what the window shows while a recording is opened in the background —
// "Loading the recording …" in the BusyIndicator (Cancel gives up and says so in the status bar),
// and a window-modal box saying what is wrong when the file cannot be opened.
#include <QObject>

class QMainWindow;

namespace wf {

class BusyIndicator;
class ShownSession;

class RecordingOpenFeedback : public QObject
{
    Q_OBJECT
  public:
    RecordingOpenFeedback(ShownSession *shown, BusyIndicator *busy, QMainWindow *window);

  private:
    void failed(const QString &path, const QString &detail);
    ShownSession *m_shown;
    BusyIndicator *m_busy;
    QMainWindow *m_window;
};

} // namespace wf
