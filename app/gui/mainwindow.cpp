#include "mainwindow.h"

#include "job/backendwatch.h"

#include "grpc/grpcrowsource.h"

#include "session/livejobsession.h"
#include "base/logging.h"
#include "job/qualitymonitor.h"
#include "qualitypanel.h"
#include "replaybar.h"
#include "sessionrecording.h"
#include "session/sessionreplay.h"
#include "sessionreport.h"
#include "session/shownsession.h"

#include "apptext.h"
#include "busyindicator.h"
#include "configureform.h"
#include "configuretext.h"
#include "connectdialog.h"
#include "docklayout.h"
#include "endpointpanel.h"
#include "endpointsummaryline.h"
#include "jobwaitindicator.h"
#include "languagemenu.h"
#include "net/prober.h"
#include "net/serverinfoloader.h"
#include "readinesspanel.h"
#include "recordingopenfeedback.h"
#include "serverswitchquestion.h"
#include "tlsbadges.h"
#include "verdictbar.h"
#include "waterfallpanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMessageBox>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QFileDialog>
#include <QFileInfo>
#include <QDateTime>
#include <QVBoxLayout>
#include <QStatusBar>
#include <QTimer>

#include <memory>

namespace wf {

MainWindow::MainWindow(const MainWindowSetup &setup, QWidget *parent)
    : QMainWindow(parent), m_setup(setup),
      // Where the REST waterfall is not deployed, the rows are read from the job's gRPC stream.
      m_live(new LiveJobSession(setup.client, GrpcRowSource::factory(), this)),
      m_prober(new EndpointProber(setup.client, this)), m_serverInfo(new ServerInfoLoader(setup.client, this)),
      m_controller(m_live->controller()), m_form(new ConfigureForm(this)),
      m_endpoints(new EndpointPanel(this)), m_readiness(new ReadinessPanel(this)), m_waterfall(new WaterfallPanel(this)),
      m_quality(m_live->quality()), m_qualityPanel(new QualityPanel(this)),
      m_replayBar(new ReplayBar(this)),
      m_serverStatus(new QLabel(this)), m_tlsBadges(new TlsBadges(setup.client->options().tls, setup.trustOrigin, this)),
      m_recordBadge(new QLabel(this)), m_verdictBar(new VerdictBar(this))
{
    m_recording = new SessionRecording(m_live->recording(), this);
    m_shown = new ShownSession(m_live, this);
    m_summaryLine = new EndpointSummaryLine(m_readiness, &m_serverCheck, m_shown, this);

    // The spectrogram is the central widget (the replay bar above it while a recording is shown,
    // the verdict in one line when the job status panel is not on screen, in large type in
    // presentation mode); the panels are docks around it.
    m_verdictBar->setSource([this] {
        VerdictView v;
        v.badge = m_readiness->stateText();
        v.badgeColor = m_readiness->stateColor();
        v.headline = m_readiness->diagnosisSentence();
        v.headlineColor = m_readiness->verdictColor();
        v.elapsed = m_readiness->elapsedText();
        v.viewLag = m_waterfall->viewLagText();
        return v;
    });
    m_verdictBar->hide();
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_replayBar);
    column->addWidget(m_verdictBar);
    column->addWidget(m_waterfall, 1);
    setCentralWidget(central);
    buildDocks();
    connect(m_readiness, &ReadinessPanel::verdictChanged, this, [this] {
        if (m_verdictBar->isVisible())
            m_verdictBar->refresh();
        // An empty waterfall says why it is empty, in the job panel's words.
        m_waterfall->setEmptyMessage(m_readiness->diagnosisSentence());
    });
    connect(m_replayBar, &ReplayBar::backToLiveRequested, this, &MainWindow::returnToLive);
    connect(m_replayBar, &ReplayBar::replayAgainRequested, m_shown, &ShownSession::replayAgain);
    connect(m_shown, &ShownSession::switched, this, &MainWindow::onShownSessionSwitched);
    m_waterfall->attach(m_controller);
    m_qualityPanel->setMonitor(m_quality);
    m_waterfall->setQuality(m_quality);
    connect(m_qualityPanel, &QualityPanel::jumpRequested, this, [this](QualityCheck, const FindingSite &site) {
        if (!m_waterfall->showFinding(site.rowStartMs, site.channel))
            statusBar()->showMessage(tr("That row is no longer in the waterfall's history."), 5000);
    });

    const bool insecure = setup.client->options().tls.insecure();
    statusBar()->addWidget(m_serverStatus, 1);
    m_busy = new BusyIndicator(this);
    m_busy->setObjectName(QStringLiteral("busy"));
    statusBar()->addPermanentWidget(m_busy);
    // The busy indicator while a recording loads and a box when it cannot be opened, then the replay.
    new RecordingOpenFeedback(m_shown, m_busy, this);
    connect(m_shown, &ShownSession::opened, this, &MainWindow::announceReplay);
    m_recordBadge->setStyleSheet(QStringLiteral("QLabel { color: #c62828; padding: 2px 6px; font-weight: bold; }"));
    m_recordBadge->setVisible(false);
    statusBar()->addPermanentWidget(m_recordBadge);
    statusBar()->addPermanentWidget(m_tlsBadges);
    m_readiness->setServer(setup.serverUrl, insecure);
    m_waterfall->setServer(setup.serverUrl); // named in the exported pictures' caption
    m_readiness->setController(m_controller);
    m_backend = new BackendWatch(this);
    m_backend->follow(m_controller);
    m_readiness->setBackendWatch(m_backend);
    connect(m_readiness, &ReadinessPanel::backendAccessRequested, this, &MainWindow::openBackendAccess);
    loadBackendAccess();

    m_fileMenu = menuBar()->addMenu(QString());
    m_connect = m_fileMenu->addAction(QString(), this, &MainWindow::connectToServer);
    m_saveReport = m_fileMenu->addAction(QString(), this, &MainWindow::chooseReportFile);
    m_saveReport->setShortcut(QKeySequence::Save);
    m_fileMenu->addSeparator();
    m_record = m_fileMenu->addAction(QString(), this, [this] {
        if (isRecording())
            stopRecording();
        else
            chooseRecordFile();
    });
    m_openRecording = m_fileMenu->addAction(QString(), this, &MainWindow::chooseRecording);
    m_openRecording->setShortcut(QKeySequence::Open);
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_languageMenu = new LanguageMenu(setup.language, this);
    menuBar()->addMenu(m_languageMenu);
    connect(m_languageMenu, &LanguageMenu::languageRequested, this, &MainWindow::languageRequested);
    buildMenus();

    connect(m_endpoints, &EndpointPanel::reprobeRequested, this, [this] {
        probe();
        loadServerInfo(); // a redeployed server may also report another version or fiber
    });
    // The form takes each answer at once; the endpoint panel shows both together once both are over.
    connect(m_serverInfo, &ServerInfoLoader::channelsReceived, m_form, &ConfigureForm::setChannelRange);
    connect(m_serverInfo, &ServerInfoLoader::liveMetadataReceived, m_form, &ConfigureForm::setLiveMetadata);
    connect(m_serverInfo, &ServerInfoLoader::loaded, m_endpoints, &EndpointPanel::setServerInfo);
    connect(m_prober, &EndpointProber::finished, m_endpoints, &EndpointPanel::setResult);
    connect(m_prober, &EndpointProber::finished, this, [this] { m_busy->end(QStringLiteral("probe")); });
    new JobWaitIndicator(m_controller, m_busy, this); // the long wait of a job, cancellable
    connect(m_prober, &EndpointProber::finished, this, [this](const ProbeResult &r) {
        m_serverCheck.probed(r);
        m_summaryLine->setResult(r);
        m_summaryLine->show();
    });
    connect(m_form, &ConfigureForm::configureRequested, this, [this](const ConfigureRequest &request) {
        returnToLive(); // a live job is never shown under a replay's name
        askBackendPassword();
        m_form->clearServerRejection();
        m_form->setBusy(true);
        QSettings settings;
        m_form->saveSettings(settings);
        ReadinessSettings readiness = m_setup.readiness;
        readiness.rowsFrom = m_form->rowsFrom();
        readiness.streamReadyTimeoutMs = m_form->streamReadyTimeoutMs();
        // The job's channels on the axis at once, before its first rows (which may never come);
        // a history on screen (the previous job's, or the live one behind a replay) stays until then.
        if (m_waterfall->store().isEmpty())
            m_waterfall->resetJob(request.channelMin, request.channelMax);
        m_controller->start(request, readiness);
        // The endpoint summary beside the job describes the present: a server that was unreachable
        // (or was checked long ago) is checked again as the job starts.
        if (m_serverCheck.wantedAtJobStart(m_endpoints->result(), QDateTime::currentMSecsSinceEpoch()))
            probe();
    });
    connect(m_form, &ConfigureForm::recordingsRequested, this, [this](qint64 startS, qint64 endS) {
        m_setup.client->recordings(startS, endS, [this](const Reply<QList<Recording>> &r) {
            if (r.value)
                m_form->setRecordings(*r.value);
            else if (r.info.httpStatus == 404 && r.info.errorBody.shape == ErrorShape::Application)
                m_form->setRecordings({}); // "No recording found in given time range"
            else
                m_form->setRecordingsError(ConfigureText::recordingsProblem(r.info, r.decodeError));
        });
    });
    connect(m_readiness, &ReadinessPanel::startRequested, this, &MainWindow::startJob);
    connect(m_readiness, &ReadinessPanel::stopRequested, this, [this] { m_shown->controller()->stop(); });
    connect(m_form, &ConfigureForm::stopRequested, this, [this] { m_shown->controller()->stop(); });
    connect(m_controller, &ReadinessController::finished, this, &MainWindow::onJobFinished);
    connect(m_recording, &SessionRecording::changed, this, &MainWindow::updateRecordingStatus);
    connect(m_recording, &SessionRecording::stopped, this, [this](const QString &message, bool failed) {
        statusBar()->showMessage(message, 15000);
        if (failed) { // not modal: the recording failed on its own, maybe while nobody watches
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Record session"), message, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });

    QSettings settings;
    m_form->setStreamReadyTimeoutMs(m_setup.readiness.streamReadyTimeoutMs); // the default until one is remembered
    m_form->loadSettings(settings);
    m_qualityPanel->loadSettings(settings);
    m_waterfall->loadSettings(settings);
    retranslate();
    {
        QSettings settings;
        m_docks->restoreWindow(settings);
    }
    m_waterfall->setEmptyMessage(m_readiness->diagnosisSentence()); // "No job yet: ..."
}

MainWindow::~MainWindow()
{
    // ~QWidget closes the window after this destructor: its docks then report "not visible" to
    // handlers that would read a MainWindow that is gone (UBSan: member access in a QWidget).
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        dock->disconnect(this);
    // The recording writes its trailer from the controller's state and the panels let go of a replay
    // before it goes; then the live session (its quality monitor before its controller).
    delete m_recording;
    m_recording = nullptr;
    m_waterfall->attach(nullptr);
    m_qualityPanel->setMonitor(nullptr);
    m_waterfall->setQuality(nullptr);
    m_readiness->setController(nullptr);
    delete m_shown;
    m_shown = nullptr;
    m_quality = nullptr;
    m_controller = nullptr;
    delete m_live;
    m_live = nullptr;
}

void MainWindow::probe()
{
    m_endpoints->setProbing(true);
    m_busy->begin(QStringLiteral("probe"), [] { return tr("Probing the server's endpoints…"); }, [this] {
        m_prober->cancel();
        m_endpoints->setProbing(false);
        m_serverCheck.cancelled();
        showEndpointSummary();
    });
    m_prober->start();
}

void MainWindow::loadServerInfo()
{
    m_serverInfo->load();
}

void MainWindow::startJob()
{
    if (!m_form->validate().empty()) {
        showTab(QStringLiteral("configure"));
        return;
    }
    emit m_form->configureRequested(m_form->request());
}

void MainWindow::showEndpointSummary()
{
    m_summaryLine->show();
}

void MainWindow::onJobFinished(JobState state, Diagnosis diagnosis)
{
    Q_UNUSED(state);
    m_form->setBusy(false);
    // A failure that may mean the server changed under the job: the endpoint summary is checked
    // once more, so that the two panels never contradict each other ("unreachable" above,
    // "reachable" under it).
    if (m_serverCheck.recheckAfter(diagnosis)) {
        showEndpointSummary();
        probe();
    }
    const CallInfo &info = m_controller->configureInfo();
    if ((diagnosis == Diagnosis::ConfigureRejected || diagnosis == Diagnosis::WaitingForFiber) && info.httpStatus > 0)
        m_form->showServerRejection(info.httpStatus, info.errorBody.message.isEmpty() ? info.errorBody.raw : info.errorBody.message);
}

bool MainWindow::saveReport(const QString &path, QString *error)
{
    SessionReportInput input;
    const QualityMonitor *quality = m_shown->quality();
    if (const SessionReplay *replay = m_shown->replay()) {
        // The recorded session's facts; the endpoint table is the live server's: left out.
        input.server = replay->session().header.server;
        input.insecure = replay->session().header.insecure;
        input.controller = m_shown->controller();
        input.replayedFrom = m_shown->file();
    } else {
        input.server = m_setup.serverUrl;
        input.insecure = m_setup.client->options().tls.insecure();
        input.controller = m_controller;
        input.endpoints = m_endpoints->result();
        input.backend = m_backend;
    }
    input.quality = &quality->checker();
    input.waterfall = SessionReport::markedWaterfall(*m_waterfall->plot(), quality->checker());
    input.generatedAt = QDateTime::currentDateTime();
    return SessionReport::save(path, input, error);
}

bool MainWindow::chooseReportFile()
{
    // Named by server, job and UTC time, as the waterfall's exports.
    const QString suggested = m_waterfall->proposedFileName(QStringLiteral("report.html"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save session report"), suggested,
                                                      tr("HTML report (*.html)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (saveReport(path, &error)) {
        statusBar()->showMessage(tr("Report saved: %1 and %2").arg(ltr(path), ltr(SessionReport::jsonPathFor(path))), 8000);
        return true;
    }
    QMessageBox::warning(this, tr("Save session report"), error);
    return false;
}

bool MainWindow::confirmServerSwitch()
{
    // The live job and its history go with this window: asked first, with the report offered.
    const bool active = m_readiness->jobActive() && !m_shown->isReplay();
    const qint64 rows = m_controller->rowsReceived();
    if (!active && rows == 0)
        return true;
    switch (ServerSwitchQuestion(active, m_controller->jobId(), rows, this).ask()) {
    case ServerSwitchQuestion::Answer::Discard: return true;
    case ServerSwitchQuestion::Answer::SaveReportFirst: return chooseReportFile();
    case ServerSwitchQuestion::Answer::Cancel: break;
    }
    return false;
}

void MainWindow::connectToServer()
{
    // The client belongs to one server for its whole life: another server gets another client
    // and window, made by the WindowHost at this window's place (the trust chosen is saved).
    QSettings settings;
    ConnectDialog dialog(settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QUrl url;
    TlsOptions tls;
    QString error;
    if (!dialog.choice(url, tls, error) || !confirmServerSwitch())
        return;
    // The window host replaces this window (and its client) by one on the new server, in place.
    statusBar()->showMessage(tr("Connecting to %1…").arg(ltr(url.toString())));
    emit serverChangeRequested(url, tls);
}

void MainWindow::stopForServerSwitch()
{
    saveEverything();
    stopRecording();
    m_shown->controller()->stop();
    m_prober->disconnect(this);
}

void MainWindow::saveEverything()
{
    QSettings settings;
    saveWindowState(settings);
    m_form->saveSettings(settings);
    m_qualityPanel->saveSettings(settings);
    m_waterfall->saveSettings(settings);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        statusBar()->clearMessage(); // a passing sentence in the language left behind
    }
    if (event->type() == QEvent::LayoutDirectionChange)
        m_docks->mirror();
    // The panels' texts have other widths in the other language: their widths are chosen again,
    // as on a fresh start in it, once the new texts are laid out.
    if ((event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange) && isVisible()
        && !m_presenting)
        QTimer::singleShot(0, m_docks, &DockLayout::arrange);
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveEverything();
    stopRecording();
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslate()
{
    updateTitle();
    m_fileMenu->setTitle(tr("&File"));
    m_connect->setText(tr("&Connect to server…"));
    m_saveReport->setText(tr("&Save session report…"));
    m_openRecording->setText(tr("&Open recording…"));
    updateRecordingStatus();
    m_quit->setText(tr("&Quit"));
    m_languageMenu->retranslate();
    dock(QStringLiteral("configure"))->setWindowTitle(tr("Configure"));
    dock(QStringLiteral("endpoints"))->setWindowTitle(tr("Endpoints"));
    dock(QStringLiteral("quality"))->setWindowTitle(tr("Quality"));
    dock(QStringLiteral("status"))->setWindowTitle(tr("Job status"));
    m_viewMenu->setTitle(tr("&View"));
    m_presentation->setText(tr("&Presentation mode"));
    m_presentation->setToolTip(tr("Full screen with the waterfall and the diagnosis only (F11 returns)"));
    m_resetLayout->setText(tr("&Reset layout"));
    // The summary was worded when the probe came back: word it again in the new language.
    if (const std::optional<ProbeResult> probe = m_endpoints->result()) {
        m_summaryLine->setResult(*probe);
        showEndpointSummary();
    }
    m_jobMenu->setTitle(tr("&Job"));
    m_waterfallMenu->setTitle(tr("&Waterfall"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcuts->setText(tr("&Keyboard shortcuts…"));
    m_about->setText(tr("&About Focus Waterfall Viewer…"));
    m_openLogs->setText(tr("Open &log folder"));
    m_openLogs->setToolTip(FileLog::currentFile().isEmpty() ? tr("No log file is written (the folder could not be made)")
                                                            : tr("The log file: %1").arg(ltr(FileLog::currentFile())));
    m_reprobe->setText(tr("Re-&probe endpoints"));
    m_backendAccess->setText(tr("&Backend access…"));
    updateStartStop();
    m_serverStatus->setText(tr("Server: %1").arg(m_setup.serverLabelWords ? m_setup.serverLabelWords() : m_setup.serverLabel));
    m_tlsBadges->retranslate();
}

void MainWindow::updateTitle()
{
    const QString title = m_setup.client->options().tls.insecure() ? tr("Focus Waterfall Viewer — INSECURE TLS")
                                                                   : tr("Focus Waterfall Viewer");
    setWindowTitle(m_shown->isReplay() ? tr("Replay: %1 — %2").arg(QFileInfo(m_shown->file()).fileName(), title) : title);
}

} // namespace wf
