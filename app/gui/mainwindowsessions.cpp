// MainWindow, its sessions: recording the live job, opening a recording, showing a replay and
// returning to live (the window's layout, menus and the live job are in mainwindow.cpp).
#include "mainwindow.h"

#include "datetext.h"

#include "job/qualitymonitor.h"
#include "qualitypanel.h"
#include "replaybar.h"
#include "sessionrecording.h"
#include "session/livejobsession.h"
#include "session/sessionreplay.h"
#include "session/shownsession.h"

#include "apptext.h"
#include "configureform.h"
#include "readinesspanel.h"
#include "waterfallpanel.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>

namespace wf {

SessionHeader MainWindow::liveSessionHeader(const ConfigureRequest &request) const
{
    ReadinessSettings readiness = m_setup.readiness;
    readiness.rowsFrom = m_form->rowsFrom();
    readiness.streamReadyTimeoutMs = m_form->streamReadyTimeoutMs();
    return m_live->header(request, readiness);
}

bool MainWindow::startRecording(const QString &path, QString *error)
{
    // Until a job starts, the header holds the job the form describes; the job's own replaces it.
    if (!m_recording->start(path, liveSessionHeader(m_form->request()), error))
        return false;
    statusBar()->showMessage(tr("Recording to %1: the next job you start is recorded.").arg(ltr(path)), 10000);
    return true;
}

void MainWindow::stopRecording()
{
    if (m_recording)
        m_recording->stop();
}

bool MainWindow::isRecording() const
{
    return m_recording && m_recording->isRecording();
}

void MainWindow::updateRecordingStatus()
{
    const bool on = isRecording();
    m_record->setText(on ? tr("Stop &recording") : tr("&Record session…"));
    m_recordBadge->setVisible(on);
    if (!on)
        return;
    m_recordBadge->setText(m_recording->jobStarted()
                               ? tr("● REC %1 replies").arg(QLocale().toString(m_recording->repliesRecorded()))
                               : tr("● REC waiting for the next job"));
    m_recordBadge->setToolTip(tr("Recording to %1").arg(ltr(m_recording->path())));
}

void MainWindow::chooseRecordFile()
{
    // The next job's, whose id is not known yet: the UTC time it starts recording.
    const QString suggested = QStringLiteral("focus-session-%1.jsonl").arg(DateText::fileStamp(QDateTime::currentDateTimeUtc()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Record session"), suggested,
                                                      tr("Session recordings (*.jsonl)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!startRecording(path, &error))
        QMessageBox::warning(this, tr("Record session"), error);
}

void MainWindow::chooseRecording()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open recording"), QString(),
                                                      tr("Session recordings (*.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    openRecordingInBackground(path);
}

bool MainWindow::openRecording(const QString &path, QString *error, double speed)
{
    QString detail;
    if (!m_shown->open(path, speed, &detail)) {
        if (error)
            *error = AppText::recordingOpenFailed(path, detail);
        return false;
    }
    announceReplay(path);
    return true;
}

void MainWindow::openRecordingInBackground(const QString &path, double speed)
{
    m_shown->openInBackground(path, speed);
}

void MainWindow::announceReplay(const QString &path)
{
    const Session &session = m_shown->replay()->session();
    statusBar()->showMessage(tr("Replaying %1: %2 replies recorded from %3.")
                                 .arg(ltr(QFileInfo(path).fileName()), QLocale().toString(qint64(session.replies.size())),
                                      ltr(session.header.server)),
                             10000);
}

void MainWindow::returnToLive()
{
    if (!m_shown->isReplay() && !m_shown->isLoading())
        return;
    const bool wasReplay = m_shown->isReplay();
    m_shown->close(); // also drops a recording still loading
    if (!wasReplay) {
        statusBar()->clearMessage();
        return;
    }
    statusBar()->showMessage(tr("Back to live: the panels follow the live job again."), 5000);
}

SessionReplay *MainWindow::replay() const
{
    return m_shown ? m_shown->replay() : nullptr;
}

QualityMonitor *MainWindow::replayQualityMonitor() const
{
    return m_shown ? m_shown->replayQuality() : nullptr;
}

// The panels let go of what they followed and follow the live job or the replay; nothing of the one
// stays on screen under the other's name.
void MainWindow::onShownSessionSwitched()
{
    // The live job's rows go on into a history of their own behind a replay and come back with it.
    m_waterfall->attach(m_shown->controller(), WaterfallPanel::Previous::KeepInBackground);
    std::optional<QDateTime> recordedStart;
    if (const SessionReplay *replay = m_shown->replay(); replay && replay->session().header.startedAtMs > 0)
        recordedStart = QDateTime::fromMSecsSinceEpoch(replay->session().header.startedAtMs);
    m_readiness->setRecordedStart(recordedStart); // the log and timeline read the recorded clock times
    m_readiness->setController(m_shown->controller());
    m_qualityPanel->setMonitor(m_shown->quality());
    m_waterfall->setQuality(m_shown->quality());
    if (SessionReplay *replay = m_shown->replay()) {
        const SessionHeader &header = replay->session().header;
        m_waterfall->resetJob(header.request.channelMin, header.request.channelMax);
        m_readiness->setServer(header.server, header.insecure);
        m_waterfall->setServer(header.server);
        m_readiness->setEndpointSummary(QString(), false);
        m_readiness->setBackendWatch(nullptr); // a recording keeps no backend: its ladder is its own record's
        m_replayBar->setReplay(replay, QFileInfo(m_shown->file()).fileName());
    } else {
        m_readiness->setServer(m_setup.serverUrl, m_setup.client->options().tls.insecure());
        m_waterfall->setServer(m_setup.serverUrl);
        m_readiness->setBackendWatch(m_backend);
        showEndpointSummary();
        m_replayBar->setReplay(nullptr, QString());
    }
    updateTitle();
}

} // namespace wf
