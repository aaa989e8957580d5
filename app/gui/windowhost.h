#pragma once
// WindowHost: the viewer's one client and its main window, and File → Connect to server done in
// place. A new server gets a new client (its own TLS trust) and a new window at the same place,
// with the same docks and language; the old job is stopped, the old window closed, and both are
// let go once their events are over. No new process, nothing added to a command line.
#include "net/focusclient.h"
#include "mainwindow.h"

#include <QObject>
#include <functional>
#include <memory>

namespace wf {

class WindowHost : public QObject
{
    Q_OBJECT
  public:
    // `label` words a server for the status bar (the built-in emulator says so); `language` is
    // asked each time, so a window opened later is in the language chosen meanwhile.
    using Labeller = std::function<QString(const QUrl &)>;
    WindowHost(ClientOptions base, Labeller label, std::function<QString()> language, ReadinessSettings readiness,
               QObject *parent = nullptr);
    ~WindowHost() override;

    // Opens (or replaces) the window on `server` with `tls`; trustOrigin as in MainWindowSetup.
    MainWindow *open(const QUrl &server, const TlsOptions &tls, const QString &trustOrigin = QString());
    MainWindow *window() const { return m_window.get(); }
    FocusClient *client() const { return m_client.get(); }

  signals:
    void windowOpened(wf::MainWindow *window); // after each open: wire languageRequested etc. here
    void serverChanged(const QUrl &server);    // a switch from File → Connect to server happened

  private:
    ClientOptions m_base;
    Labeller m_label;
    std::function<QString()> m_language;
    ReadinessSettings m_readiness;
    std::unique_ptr<FocusClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace wf
