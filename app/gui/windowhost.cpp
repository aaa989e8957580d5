#include "windowhost.h"

#include "base/logging.h"

#include <QTimer>

namespace wf {

WindowHost::WindowHost(ClientOptions base, Labeller label, std::function<QString()> language, ReadinessSettings readiness,
                       QObject *parent)
    : QObject(parent), m_base(std::move(base)), m_label(std::move(label)), m_language(std::move(language)),
      m_readiness(readiness)
{
}

WindowHost::~WindowHost()
{
    m_window.reset(); // before the client it uses
    m_client.reset();
}

MainWindow *WindowHost::open(const QUrl &server, const TlsOptions &tls, const QString &trustOrigin)
{
    std::shared_ptr<FocusClient> oldClient(m_client.release());
    std::shared_ptr<MainWindow> oldWindow(m_window.release());
    if (oldWindow) {
        qCInfo(lcJob, "switching server to %s", qPrintable(server.toString()));
        oldWindow->stopForServerSwitch(); // the old job ends cleanly, its recording is closed, its layout saved
    }
    ClientOptions options = m_base;
    options.baseUrl = server;
    options.tls = tls;
    m_client = std::make_unique<FocusClient>(options);
    MainWindowSetup setup;
    setup.client = m_client.get();
    setup.serverLabel = m_label(server);
    setup.serverLabelWords = [label = m_label, server] { return label(server); };
    setup.serverUrl = server.toString();
    setup.trustOrigin = trustOrigin;
    setup.language = m_language();
    setup.readiness = m_readiness;
    m_window = std::make_unique<MainWindow>(setup);
    connect(m_window.get(), &MainWindow::serverChangeRequested, this, [this](const QUrl &url, const TlsOptions &t) {
        // Not from inside the old window's own slot: it is deleted by the switch.
        QTimer::singleShot(0, this, [this, url, t] {
            open(url, t, QStringLiteral("settings"));
            emit serverChanged(url);
        });
    });
    if (oldWindow) {
        m_window->setGeometry(oldWindow->geometry());
        if (oldWindow->isMaximized())
            m_window->showMaximized();
        else
            m_window->show();
        oldWindow->hide();
    } else {
        m_window->show();
    }
    emit windowOpened(m_window.get());
    m_window->probe();
    m_window->loadServerInfo();
    if (oldWindow) // let go once the events already queued for them are over
        QTimer::singleShot(0, this, [oldWindow, oldClient]() mutable {
            oldWindow.reset();
            oldClient.reset();
        });
    return m_window.get();
}

} // namespace wf
