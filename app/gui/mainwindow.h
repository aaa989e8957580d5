#pragma once
// MainWindow: composes the panels and wires them to the client and the readiness controller; it
// owns no logic of its own beyond that wiring.
#include "focusclient.h"
#include "readinesscontroller.h"
#include "truststore.h"

#include <QMainWindow>
#include <memory>

class QActionGroup;
class QSettings;
class QLabel;
class QMenu;
class QTabWidget;

namespace wf {

class ConfigureForm;
class QualityMonitor;
class QualityPanel;
class EndpointPanel;
class EndpointProber;
class ReadinessPanel;
class WaterfallPanel;

struct MainWindowSetup {
    FocusClient *client = nullptr;
    QString serverLabel;     // shown in the status bar (may hold bidi marks)
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
    QualityMonitor *qualityMonitor() const { return m_quality; }

    void probe();          // endpoint panel
    void loadServerInfo(); // /channels and /live_metadata for the form
    void startJob();       // configure the job the form describes (if valid)
    // Writes the HTML session report to `path` and its JSON beside it; the reason on failure.
    bool saveReport(const QString &path, QString *error);
    void showTab(const QString &name); // "configure", "endpoints", "quality"

  signals:
    void languageRequested(const QString &lang);

  protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

  private:
    void retranslate();
    void connectToServer();
    void onJobFinished(JobState state, Diagnosis diagnosis);
    void chooseReportFile();

    MainWindowSetup m_setup;
    ClientJobApi m_api;
    SystemClock m_clock;
    EndpointProber *m_prober;
    ReadinessController *m_controller;
    ConfigureForm *m_form;
    EndpointPanel *m_endpoints;
    ReadinessPanel *m_readiness;
    WaterfallPanel *m_waterfall;
    QualityMonitor *m_quality;
    QualityPanel *m_qualityPanel;
    QTabWidget *m_tabs;
    QLabel *m_serverStatus;
    QLabel *m_insecureBadge;
    QLabel *m_trustBadge; // the pinned fingerprint or the CA file, when one is used
    QMenu *m_fileMenu;
    QMenu *m_languageMenu;
    QAction *m_connect;
    QAction *m_saveReport;
    QAction *m_quit;
    QAction *m_english;
    QAction *m_hebrew;
};

} // namespace wf
