// MainWindow's layout: the docks (DockLayout), the menus, the saved window state,
// presentation mode and the verdict bar.
#include "mainwindow.h"

#include "apptext.h"
#include "configureform.h"
#include "docklayout.h"
#include "helpdialogs.h"
#include "base/logging.h"
#include "endpointpanel.h"
#include "languagemenu.h"
#include "qualitypanel.h"
#include "readinesspanel.h"
#include "session/shownsession.h"
#include "verdictbar.h"
#include "waterfallpanel.h"

#include <QAction>
#include <QDesktopServices>
#include <QUrl>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace wf {

void MainWindow::buildMenus()
{
    // One Start/Stop action: the Job menu, Ctrl+R, the form's and the job panel's buttons all say and
    // do the same (see updateStartStop). A plain command, not a check item; not repeated in the
    // waterfall's toolbar ("Stop job" three times on one screen was two too many).
    m_jobMenu = menuBar()->addMenu(QString());
    m_startStop = m_jobMenu->addAction(QString(), this, [this] {
        if (m_readiness->jobActive())
            m_shown->controller()->stop();
        else
            startJob();
    });
    m_startStop->setObjectName(QStringLiteral("startStopAction"));
    m_startStop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reprobe = m_jobMenu->addAction(QString(), this, [this] {
        probe();
        loadServerInfo();
    });
    m_reprobe->setShortcut(QKeySequence(Qt::Key_F5));
    m_backendAccess = m_jobMenu->addAction(QString(), this, &MainWindow::openBackendAccess);
    m_backendAccess->setObjectName(QStringLiteral("backendAccessAction"));
    connect(m_readiness, &ReadinessPanel::verdictChanged, this, &MainWindow::updateStartStop);

    m_viewMenu = menuBar()->addMenu(QString());
    for (QDockWidget *d : docks())
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addSeparator();
    m_presentation = m_viewMenu->addAction(QString(), this, [this](bool on) { setPresentationMode(on); });
    m_presentation->setCheckable(true);
    m_presentation->setShortcut(QKeySequence(Qt::Key_F11));
    m_presentation->setShortcutContext(Qt::ApplicationShortcut);
    addAction(m_presentation); // F11 also works while the menu bar is hidden
    m_resetLayout = m_viewMenu->addAction(QString(), this, &MainWindow::resetLayout);

    m_waterfallMenu = menuBar()->addMenu(QString());
    m_waterfallMenu->addActions(m_waterfall->keyboardActions());

    addAction(m_languageMenu->switchAction()); // Ctrl+L also works while the menu bar is hidden

    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcuts = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcuts->setShortcut(QKeySequence::HelpContents);
    addAction(m_shortcuts);
    m_openLogs = m_helpMenu->addAction(QString(), this, [] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(FileLog::directory()));
    });
    m_openLogs->setEnabled(!FileLog::directory().isEmpty());
    m_helpMenu->addSeparator();
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_about->setMenuRole(QAction::AboutRole);
    // The window's own keys work while the menu bar is hidden (presentation mode).
    addActions({m_startStop, m_reprobe});
}

void MainWindow::showNotice(const QString &text)
{
    statusBar()->showMessage(text, 30000);
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this, this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setObjectName(QStringLiteral("aboutDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateStartStop()
{
    const bool active = m_readiness->jobActive();
    m_startStop->setText(AppText::startStopText(active));
    m_startStop->setToolTip(AppText::startStopToolTip(active));
}

void MainWindow::buildDocks()
{
    m_docks = new DockLayout(this, {m_form, m_endpoints, m_qualityPanel, m_readiness});
    connect(m_docks, &DockLayout::statusOnScreenChanged, this, &MainWindow::updateVerdictBar);
}

QDockWidget *MainWindow::dock(const QString &name) const
{
    return m_docks->dock(name);
}

QList<QDockWidget *> MainWindow::docks() const
{
    return m_docks->docks();
}

void MainWindow::showTab(const QString &name)
{
    m_docks->showTab(name);
}

void MainWindow::resetLayout()
{
    if (m_presenting)
        setPresentationMode(false);
    m_docks->reset();
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    m_docks->windowResized();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_docks->windowShown();
}

void MainWindow::saveWindowState(QSettings &settings)
{
    if (m_presenting) // the layout the user works in, not the full-screen one
        setPresentationMode(false);
    m_docks->saveWindow(settings);
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presenting)
        return;
    m_presenting = on;
    m_docks->setSuspended(on);
    {
        const QSignalBlocker block(m_presentation);
        m_presentation->setChecked(on);
    }
    if (on) {
        m_statePresentation = m_docks->state();
        m_wasMaximized = isMaximized();
        for (QDockWidget *d : docks())
            d->hide();
        menuBar()->hide();
        statusBar()->hide();
        m_waterfall->setPresentationMode(true);
        updateVerdictBar();
        showFullScreen();
    } else {
        m_waterfall->setPresentationMode(false);
        menuBar()->show();
        statusBar()->show();
        if (m_wasMaximized)
            showMaximized();
        else
            showNormal();
        m_docks->restoreState(m_statePresentation);
        updateVerdictBar();
        QTimer::singleShot(0, this, &MainWindow::updateVerdictBar); // once the docks are back on screen
    }
}

void MainWindow::updateVerdictBar()
{
    // The verdict stays on screen: in large type in presentation mode, in one line when the job
    // status panel is hidden, floating away or behind another panel's tab.
    const bool statusOnScreen = m_docks && m_docks->statusOnScreen();
    m_verdictBar->setLarge(m_presenting);
    m_verdictBar->setVisible(m_presenting || !statusOnScreen);
}

} // namespace wf
