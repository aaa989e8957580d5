#pragma once
// MainWindow: composes the panels and wires them to the client and the readiness controller. Its
// own logic, in three files: the menus and the docks' arrangement (mainwindowlayout.cpp: narrow or
// wide, presentation mode, saved state), recording and replay (mainwindowsessions.cpp), and here
// starting a job and saving the report. Single jobs are classes it owns: ServerCheck and
// EndpointSummaryLine (re-probing, the "Endpoints:" line), JobWaitIndicator, RecordingOpenFeedback,
// LanguageMenu, ServerSwitchQuestion. The panels show either the live job or, after File → Open
// recording, a replayed session (ShownSession owns it) — never both at once.
#include "backend/backendclient.h"
#include "net/focusclient.h"
#include "job/readinesscontroller.h"
#include "job/servercheck.h"
#include "net/truststore.h"

#include <QMainWindow>
#include <functional>
#include <memory>
#include <optional>

class QActionGroup;
class QAction;
class QDockWidget;
class QSettings;
class QLabel;
class QMenu;
class QTabWidget;

namespace wf {

class BackendWatch;
class BusyIndicator;
class PasswordStore;
class LiveJobSession;
class ConfigureForm;
class QualityMonitor;
class QualityPanel;
class EndpointPanel;
class EndpointProber;
class EndpointSummaryLine;
class ReadinessPanel;
class ReplayBar;
class SessionRecording;
class SessionReplay;
class ServerInfoLoader;
class ShownSession;
class WaterfallPanel;
struct SessionHeader;

struct MainWindowSetup {
    FocusClient *client = nullptr;
    QString serverLabel;     // shown in the status bar (may hold bidi marks)
    std::function<QString()> serverLabelWords; // the same, worded in the language of the moment (if set)
    QString serverUrl;       // plain URL, for reports
    QString trustOrigin;     // where the TLS trust came from: "" (command line) or "settings"
    QString language;        // "en" / "he"
    ReadinessSettings readiness;
};

class MainWindow : public QMainWindow
{
    Q_OBJECT
  public:
    explicit MainWindow(const MainWindowSetup &setup, QWidget *parent = nullptr);
    ~MainWindow() override;

    EndpointPanel *endpointPanel() const { return m_endpoints; }
    ConfigureForm *configureForm() const { return m_form; }
    ReadinessPanel *readinessPanel() const { return m_readiness; }
    ReadinessController *controller() const { return m_controller; }
    WaterfallPanel *waterfallPanel() const { return m_waterfall; }
    QualityPanel *qualityPanel() const { return m_qualityPanel; }
    QualityMonitor *qualityMonitor() const { return m_quality; } // the live job's

    void probe();          // endpoint panel
    void loadServerInfo(); // /channels and /live_metadata for the form
    void startJob();       // configure the job the form describes (if valid)
    // Writes the HTML session report to `path` and its JSON beside it; the reason on failure.
    bool saveReport(const QString &path, QString *error);
    void showTab(const QString &name); // "configure", "endpoints", "quality": raises that dock
    void showNotice(const QString &text); // a sentence in the status bar, for a while

    // The side panels are docks; the waterfall is the central widget and gets the space first.
    QDockWidget *dock(const QString &name) const; // "configure", "endpoints", "quality", "status"
    QList<QDockWidget *> docks() const;
    // View → Presentation mode (F11): full screen, the waterfall and the diagnosis only.
    void setPresentationMode(bool on);
    bool isPresentationMode() const { return m_presenting; }
    void resetLayout(); // View → Reset layout: the docks where a first start puts them
    void showShortcuts(); // Help → Keyboard shortcuts (window-modal, not waiting)
    void showAbout();

    // File → Record session: the next live job is recorded to `path` (SessionRecording) until
    // stopRecording(), the window closes or the recorder fails. False, with the reason in words,
    // when the file cannot be written or a recording is already running.
    bool startRecording(const QString &path, QString *error);
    void stopRecording();
    bool isRecording() const;
    SessionRecording *recording() const { return m_recording; }

    // File → Open recording: the panels, the quality checks and the session report follow the
    // recorded session instead of the live job, played at `speed` (0: as fast as possible, 1: real
    // time). False, with what is wrong (and on which line) in words, when the file is not a valid
    // session; then nothing changes.
    // Reads the file on this thread: for start-up (--replay) and tests.
    bool openRecording(const QString &path, QString *error, double speed = 1.0);
    // What the menu does: the file is read on a worker thread, the UI stays live; the result comes
    // as ShownSession::opened (the replay shown) or openFailed (a message box; nothing changed).
    void openRecordingInBackground(const QString &path, double speed = 1.0);
    ShownSession *shownSession() const { return m_shown; }
    // "Back to live": the replay is closed and the panels follow the live controller again.
    void returnToLive();
    SessionReplay *replay() const;
    QualityMonitor *replayQualityMonitor() const;
    ReplayBar *replayBar() const { return m_replayBar; }
    BusyIndicator *busyIndicator() const { return m_busy; }

    // Before the window host replaces this window by one on another server: settings saved, the
    // recording closed, the job stopped.
    void stopForServerSwitch();
    // Before File → Connect to server replaces this window: a running job or a history on screen
    // is discarded only when the user says so ("Stop job 3-1757 and discard 8,421 rows?"), with the
    // session report offered first. True: go on.
    bool confirmServerSwitch();

    // The backend ladder: what the live job's backend says (Job → Backend access…).
    BackendWatch *backendWatch() const { return m_backend; }
    void openBackendAccess();
    // Opens the backend with `access` for this window only, saving nothing (the built-in demo's).
    void useBackendAccess(const BackendAccess &access);
    QString serverUrl() const { return m_setup.serverUrl; }
    static PasswordStore &passwords();

  signals:
    void languageRequested(const QString &lang);
    void serverChangeRequested(const QUrl &server, const wf::TlsOptions &tls); // File → Connect to server

  protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

  private:
    void retranslate();
    void buildDocks();
    void buildMenus();
    void saveWindowState(QSettings &settings);
    void updateVerdictBar(); // shown in presentation mode, or when the job status panel is not on screen
    void updateStartStop();
    void showEndpointSummary(); // the live server's probe summary and its age, in the job panel
    void connectToServer();
    void saveEverything(); // window state, form, quality panel
    void onJobFinished(JobState state, Diagnosis diagnosis);
    bool chooseReportFile(); // true: a report was saved
    void chooseRecordFile();
    void chooseRecording();
    void onShownSessionSwitched();
    void announceReplay(const QString &path);
    void updateTitle();
    void updateRecordingStatus();
    SessionHeader liveSessionHeader(const ConfigureRequest &request) const;
    void loadBackendAccess();
    bool askBackendPassword(); // once per session, where no keyring had it: true when one was typed

    MainWindowSetup m_setup;
    LiveJobSession *m_live; // the live job's graph: client api, clock, controller, quality monitor
    EndpointProber *m_prober;
    ServerInfoLoader *m_serverInfo; // /channels and /live_metadata for the form and the endpoint panel
    ReadinessController *m_controller;
    ConfigureForm *m_form;
    EndpointPanel *m_endpoints;
    ReadinessPanel *m_readiness;
    WaterfallPanel *m_waterfall;
    QualityMonitor *m_quality;
    QualityPanel *m_qualityPanel;
    SessionRecording *m_recording = nullptr;
    ShownSession *m_shown = nullptr; // the live job, or a replay in its place
    ReplayBar *m_replayBar;
    ServerCheck m_serverCheck; // when the live server is probed again, and what its last probe found
    EndpointSummaryLine *m_summaryLine; // that probe in the job panel's "Endpoints:" line
    class DockLayout *m_docks = nullptr; // the side panels' docks and where they go
    QByteArray m_statePresentation; // the docks before presentation mode, put back after it
    bool m_presenting = false;
    bool m_wasMaximized = false;
    QLabel *m_serverStatus;
    class TlsBadges *m_tlsBadges; // verification off; the pinned fingerprint or the CA file
    QLabel *m_recordBadge;
    class VerdictBar *m_verdictBar; // the verdict above the waterfall (see updateVerdictBar)
    BusyIndicator *m_busy = nullptr; // probing, waiting for a consumer, loading a recording: with Cancel
    QMenu *m_fileMenu;
    class LanguageMenu *m_languageMenu;
    QMenu *m_viewMenu;
    QMenu *m_jobMenu;
    QAction *m_startStop; // Job → Start/Stop job (Ctrl+R), also in the waterfall's toolbar
    QAction *m_reprobe;   // Job → Re-probe endpoints (F5)
    QMenu *m_waterfallMenu; // the waterfall panel's keyboard actions
    QMenu *m_helpMenu;
    QAction *m_shortcuts;
    QAction *m_about;
    QAction *m_openLogs; // Help → Open log folder
    QAction *m_presentation;
    QAction *m_resetLayout;
    QAction *m_connect;
    QAction *m_saveReport;
    QAction *m_record;
    QAction *m_openRecording;
    QAction *m_quit;
    QAction *m_backendAccess;
    BackendWatch *m_backend;
    std::optional<BackendAccess> m_savedBackend; // as saved for this server (no password)
    bool m_backendPasswordNeeded = false;
    bool m_demoBackend = false;
};

} // namespace wf
