#include "recordingopenfeedback.h"

#include "apptext.h"
#include "busyindicator.h"
#include "session/shownsession.h"

#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

namespace wf {

RecordingOpenFeedback::RecordingOpenFeedback(ShownSession *shown, BusyIndicator *busy, QMainWindow *window)
    : QObject(window), m_shown(shown), m_busy(busy), m_window(window)
{
    connect(m_shown, &ShownSession::loading, this, [this](const QString &path) {
        const QString name = QFileInfo(path).fileName();
        m_busy->begin(QStringLiteral("recording"), [name] { return tr("Loading the recording %1…").arg(ltr(name)); },
                      [this] {
                          m_shown->cancelOpening();
                          m_window->statusBar()->showMessage(tr("Opening the recording was cancelled."), 5000);
                      });
    });
    connect(m_shown, &ShownSession::opened, this, [this] { m_busy->end(QStringLiteral("recording")); });
    connect(m_shown, &ShownSession::openFailed, this, [this] { m_busy->end(QStringLiteral("recording")); });
    connect(m_shown, &ShownSession::openFailed, this, &RecordingOpenFeedback::failed);
}

void RecordingOpenFeedback::failed(const QString &path, const QString &detail)
{
    m_window->statusBar()->clearMessage();
    // Window-modal and not waiting: the replay or live job on screen goes on behind it.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Open recording"), AppText::recordingOpenFailed(path, detail),
                                QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace wf
