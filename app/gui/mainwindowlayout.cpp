// MainWindow's layout: the side panels as docks around the waterfall, the View menu, the saved
// window state and presentation mode.
#include "mainwindow.h"

#include "apptext.h"
#include "configureform.h"
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
#include <QGuiApplication>
#include <QHash>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

namespace wf {

namespace {

// Bumped when the docks change so that an older saved state is not applied to them.
constexpr int kStateVersion = 1;
// Narrower windows put every side panel on one side, as tabs (the verdict bar stands in for the
// job status panel when another tab is in front).
constexpr int kNarrowWidth = 1100;
// The side panels' share of a window at most: the waterfall keeps 60 % of a wide one, and 62 % of
// a narrow one, whose side panels are tabs of one width (36 % of 1024 px still holds every form
// row whole in both languages; 42 % left the form's inputs in a third of empty panel). The
// separators between take a few pixels more.
constexpr int kWideDocksPercent = 38;
constexpr int kNarrowDocksPercent = 36;

QDockWidget *makeDock(const QString &objectName, QWidget *content, QMainWindow *window)
{
    auto *dock = new QDockWidget(window);
    dock->setObjectName(objectName); // saveState() keys the docks by their object names
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    return dock;
}

// A panel taller than a small screen scrolls inside its dock instead of raising the window's minimum.
QScrollArea *scrolling(QWidget *panel, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    return scroll;
}

} // namespace

void MainWindow::buildDocks()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    setDocumentMode(false);
    m_configureDock = makeDock(QStringLiteral("configureDock"), scrolling(m_form, this), this);
    m_endpointsDock = makeDock(QStringLiteral("endpointsDock"), scrolling(m_endpoints, this), this);
    m_qualityDock = makeDock(QStringLiteral("qualityDock"), scrolling(m_qualityPanel, this), this);
    m_statusDock = makeDock(QStringLiteral("statusDock"), scrolling(m_readiness, this), this);
    // Configure, endpoints and quality share the leading side as tabs; the job status is on the
    // trailing side (dock areas are physical: a right-to-left layout puts them the other way round).
    const bool rtl = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    m_docksRightToLeft = rtl;
    addDockWidget(rtl ? Qt::RightDockWidgetArea : Qt::LeftDockWidgetArea, m_configureDock);
    tabifyDockWidget(m_configureDock, m_endpointsDock);
    tabifyDockWidget(m_endpointsDock, m_qualityDock);
    addDockWidget(rtl ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea, m_statusDock);
    setTabPosition(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea, QTabWidget::North);
    for (QDockWidget *d : {m_configureDock, m_endpointsDock, m_qualityDock})
        connect(d, &QDockWidget::visibilityChanged, this, [this, d](bool visible) {
            if (visible)
                m_frontDock = d;
        });
    m_configureDock->raise();
    m_frontDock = m_configureDock;
    // Whether the job status panel is on screen is known after the layout has settled.
    // (visibilityChanged also tells when its tab is brought to the front or goes behind another.)
    connect(m_statusDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_statusOnScreen = visible;
        QTimer::singleShot(0, this, &MainWindow::updateVerdictBar);
    });
    // The waterfall gets what is left after these; the user drags the separators from there.
    resizeDocks({m_configureDock, m_statusDock}, {320, 340}, Qt::Horizontal);
    m_defaultState = saveState(kStateVersion);
    m_defaultRightToLeft = rtl;
}

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

void MainWindow::mirrorDocks()
{
    // Each docked panel moves to the other side, keeping its tab group, the tab in front and its width.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    if (!m_configureDock || rtl == m_docksRightToLeft)
        return;
    QDockWidget *const front = m_frontDock;
    m_docksRightToLeft = rtl;
    auto opposite = [](Qt::DockWidgetArea a) {
        return a == Qt::LeftDockWidgetArea ? Qt::RightDockWidgetArea : a == Qt::RightDockWidgetArea ? Qt::LeftDockWidgetArea : a;
    };
    // The tab groups as they are, before any dock moves (moving one takes it out of its group).
    QHash<QDockWidget *, QList<QDockWidget *>> groups;
    QList<QDockWidget *> sized;
    QList<int> widths;
    for (QDockWidget *d : docks()) {
        if (d->isFloating())
            continue;
        groups.insert(d, tabifiedDockWidgets(d));
        if (d->isVisible()) {
            sized << d;
            widths << d->width();
        }
    }
    QList<QDockWidget *> placed;
    for (QDockWidget *d : docks()) {
        if (d->isFloating())
            continue;
        QDockWidget *partner = nullptr;
        for (QDockWidget *p : groups.value(d))
            if (placed.contains(p))
                partner = p;
        if (partner)
            tabifyDockWidget(partner, d);
        else
            addDockWidget(opposite(dockWidgetArea(d)), d);
        placed << d;
    }
    if (front)
        front->raise();
    resizeDocks(sized, widths, Qt::Horizontal);
}

void MainWindow::updateStartStop()
{
    const bool active = m_readiness->jobActive();
    m_startStop->setText(AppText::startStopText(active));
    m_startStop->setToolTip(AppText::startStopToolTip(active));
}

QDockWidget *MainWindow::dock(const QString &name) const
{
    if (name == QLatin1String("configure"))
        return m_configureDock;
    if (name == QLatin1String("endpoints"))
        return m_endpointsDock;
    if (name == QLatin1String("quality"))
        return m_qualityDock;
    if (name == QLatin1String("status"))
        return m_statusDock;
    return nullptr;
}

QList<QDockWidget *> MainWindow::docks() const
{
    return {m_configureDock, m_endpointsDock, m_qualityDock, m_statusDock};
}

void MainWindow::showTab(const QString &name)
{
    QDockWidget *d = dock(name);
    if (!d)
        d = m_configureDock;
    d->show();
    d->raise();
}

void MainWindow::resetLayout()
{
    if (m_presenting)
        setPresentationMode(false);
    for (QDockWidget *d : docks())
        d->setFloating(false);
    restoreState(m_defaultState, kStateVersion);
    m_docksRightToLeft = m_defaultRightToLeft;
    mirrorDocks();
    for (QDockWidget *d : docks())
        d->show();
    m_configureDock->raise();
    m_frontDock = m_configureDock;
    arrangeDocks();
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // A first start (or a geometry that no longer applies): most of the screen, never more.
        const QScreen *screen = QGuiApplication::primaryScreen();
        const QRect avail = screen ? screen->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(std::min(1600, avail.width() * 95 / 100), std::min(1000, avail.height() * 92 / 100));
    }
    // A state saved by another layout of docks, or damaged, is ignored: the default docks stay.
    if (restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kStateVersion)) {
        // Saved in the other direction: its sides are the other way round.
        m_docksRightToLeft = settings.value(QStringLiteral("window/stateRightToLeft")).toBool();
        mirrorDocks();
        m_dockWidthsChosen = true;
        m_arrangedNarrow = docksTabbedTogether();
    }
}

bool MainWindow::docksTabbedTogether() const
{
    return tabifiedDockWidgets(m_statusDock).contains(m_configureDock);
}

void MainWindow::arrangeDocks()
{
    // A narrow window: the job status becomes one more tab beside Configure (the verdict bar shows
    // its headline while another tab is in front); a wide one: it has the trailing side to itself.
    // Docks the user floated or closed stay as they are.
    if (m_presenting)
        return;
    const bool narrow = width() < kNarrowWidth;
    m_arrangedNarrow = narrow;
    if (!m_statusDock->isFloating() && !m_configureDock->isFloating() && !m_statusDock->isHidden()) {
        const bool tabbed = docksTabbedTogether();
        if (narrow && !tabbed) {
            QDockWidget *front = m_frontDock;
            tabifyDockWidget(m_qualityDock->isFloating() ? m_configureDock : m_qualityDock, m_statusDock);
            if (front)
                front->raise();
        } else if (!narrow && tabbed) {
            const bool rtl = layoutDirection() == Qt::RightToLeft;
            addDockWidget(rtl ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea, m_statusDock);
            m_statusDock->show();
            if (m_frontDock == m_statusDock || !m_frontDock)
                m_configureDock->raise();
        }
    }
    fitDocksToWindow();
    QTimer::singleShot(0, this, &MainWindow::updateVerdictBar);
}

void MainWindow::fitDocksToWindow()
{
    // The side panels' widths for the window's: the waterfall first (see kWideDocksPercent), the
    // form and the verdict share the rest; the panels wrap their texts to fit, never scroll sideways.
    const int w = width();
    const int separator = style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent, nullptr, this);
    if (docksTabbedTogether()) {
        const int side = std::clamp(w * kNarrowDocksPercent / 100 - separator, 240, 440);
        resizeDocks({m_configureDock}, {side}, Qt::Horizontal);
        return;
    }
    const int budget = w * kWideDocksPercent / 100 - 2 * separator;
    const int form = std::clamp(budget * 48 / 100, 240, 420);
    resizeDocks({m_configureDock, m_statusDock}, {form, std::clamp(budget - form, 240, 440)}, Qt::Horizontal);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (!isVisible() || m_presenting)
        return;
    // Across the narrow/wide line the panels are arranged again; otherwise they keep the widths the
    // user gave them, unless they took more than their share (a window grown back from small).
    const bool narrow = width() < kNarrowWidth;
    if (!m_arrangedNarrow || *m_arrangedNarrow != narrow)
        QTimer::singleShot(0, this, &MainWindow::arrangeDocks);
    else if (centralWidget() && centralWidget()->width() * 100 < width() * (narrow ? 55 : 60))
        QTimer::singleShot(0, this, &MainWindow::fitDocksToWindow);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_dockWidthsChosen) {
        m_dockWidthsChosen = true;
        QTimer::singleShot(0, this, &MainWindow::arrangeDocks); // once the window has its size
    }
}

void MainWindow::saveWindowState(QSettings &settings)
{
    if (m_presenting) // the layout the user works in, not the full-screen one
        setPresentationMode(false);
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(kStateVersion));
    settings.setValue(QStringLiteral("window/stateRightToLeft"), m_docksRightToLeft);
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presenting)
        return;
    m_presenting = on;
    {
        const QSignalBlocker block(m_presentation);
        m_presentation->setChecked(on);
    }
    if (on) {
        m_statePresentation = saveState(kStateVersion);
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
        restoreState(m_statePresentation, kStateVersion);
        updateVerdictBar();
        QTimer::singleShot(0, this, &MainWindow::updateVerdictBar); // once the docks are back on screen
    }
}

void MainWindow::updateVerdictBar()
{
    // The verdict stays on screen: in large type in presentation mode, in one line when the job
    // status panel is hidden, floating away or behind another panel's tab.
    const bool statusOnScreen = m_statusDock && m_statusDock->isVisible() && m_statusOnScreen;
    m_verdictBar->setLarge(m_presenting);
    m_verdictBar->setVisible(m_presenting || !statusOnScreen);
}

} // namespace wf
