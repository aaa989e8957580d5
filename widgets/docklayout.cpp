// DockLayout: see docklayout.h.
#include "docklayout.h"

#include <QDockWidget>
#include <QGuiApplication>
#include <QHash>
#include <QMainWindow>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStyle>
#include <QTimer>
#include <algorithm>

namespace wf {

namespace {

// Bumped when the docks change so that an older saved state is not applied to them.
constexpr int kStateVersion = 1;

QDockWidget *makeDock(const QString &objectName, QWidget *content, QMainWindow *window)
{
    auto *dock = new QDockWidget(window);
    dock->setObjectName(objectName); // saveState() keys the docks by their object names
    // A panel taller than a small screen scrolls inside its dock instead of raising the window's minimum.
    auto *scroll = new QScrollArea(window);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    dock->setWidget(scroll);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    return dock;
}

Qt::DockWidgetArea leading(bool rtl)
{
    return rtl ? Qt::RightDockWidgetArea : Qt::LeftDockWidgetArea;
}

Qt::DockWidgetArea trailing(bool rtl)
{
    return rtl ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea;
}

} // namespace

DockLayout::DockLayout(QMainWindow *window, const Panels &panels)
    : QObject(window), m_window(window), m_configure(makeDock(QStringLiteral("configureDock"), panels.configure, window)),
      m_endpoints(makeDock(QStringLiteral("endpointsDock"), panels.endpoints, window)),
      m_quality(makeDock(QStringLiteral("qualityDock"), panels.quality, window)),
      m_status(makeDock(QStringLiteral("statusDock"), panels.status, window))
{
    window->setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    window->setDocumentMode(false);
    // Configure, endpoints and quality share the leading side as tabs; the job status is on the
    // trailing side (dock areas are physical: a right-to-left layout puts them the other way round).
    const bool rtl = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    m_rightToLeft = rtl;
    window->addDockWidget(leading(rtl), m_configure);
    window->tabifyDockWidget(m_configure, m_endpoints);
    window->tabifyDockWidget(m_endpoints, m_quality);
    window->addDockWidget(trailing(rtl), m_status);
    window->setTabPosition(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea, QTabWidget::North);
    for (QDockWidget *d : {m_configure, m_endpoints, m_quality})
        connect(d, &QDockWidget::visibilityChanged, this, [this, d](bool visible) {
            if (visible)
                m_front = d;
        });
    m_configure->raise();
    m_front = m_configure;
    // Whether the job status panel is on screen is known after the layout has settled.
    // (visibilityChanged also tells when its tab is brought to the front or goes behind another.)
    connect(m_status, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_statusInFront = visible;
        QTimer::singleShot(0, this, &DockLayout::statusOnScreenChanged);
    });
    // The waterfall gets what is left after these; the user drags the separators from there.
    window->resizeDocks({m_configure, m_status}, {320, 340}, Qt::Horizontal);
    m_defaultState = window->saveState(kStateVersion);
    m_defaultRightToLeft = rtl;
}

QDockWidget *DockLayout::dock(const QString &name) const
{
    if (name == QLatin1String("configure"))
        return m_configure;
    if (name == QLatin1String("endpoints"))
        return m_endpoints;
    if (name == QLatin1String("quality"))
        return m_quality;
    if (name == QLatin1String("status"))
        return m_status;
    return nullptr;
}

QList<QDockWidget *> DockLayout::docks() const
{
    return {m_configure, m_endpoints, m_quality, m_status};
}

void DockLayout::showTab(const QString &name)
{
    QDockWidget *d = dock(name);
    if (!d)
        d = m_configure;
    d->show();
    d->raise();
}

bool DockLayout::statusOnScreen() const
{
    return m_status->isVisible() && m_statusInFront;
}

void DockLayout::mirror()
{
    // Each docked panel moves to the other side, keeping its tab group, the tab in front and its width.
    const bool rtl = m_window->layoutDirection() == Qt::RightToLeft;
    if (rtl == m_rightToLeft)
        return;
    QDockWidget *const front = m_front;
    m_rightToLeft = rtl;
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
        groups.insert(d, m_window->tabifiedDockWidgets(d));
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
            m_window->tabifyDockWidget(partner, d);
        else
            m_window->addDockWidget(opposite(m_window->dockWidgetArea(d)), d);
        placed << d;
    }
    if (front)
        front->raise();
    m_window->resizeDocks(sized, widths, Qt::Horizontal);
}

void DockLayout::reset()
{
    for (QDockWidget *d : docks())
        d->setFloating(false);
    m_window->restoreState(m_defaultState, kStateVersion);
    m_rightToLeft = m_defaultRightToLeft;
    mirror();
    for (QDockWidget *d : docks())
        d->show();
    m_configure->raise();
    m_front = m_configure;
    arrange();
}

void DockLayout::restoreWindow(QSettings &settings)
{
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !m_window->restoreGeometry(geometry)) {
        // A first start (or a geometry that no longer applies): most of the screen, never more.
        const QScreen *screen = QGuiApplication::primaryScreen();
        const QRect avail = screen ? screen->availableGeometry() : QRect(0, 0, 1600, 1000);
        m_window->resize(std::min(1600, avail.width() * 95 / 100), std::min(1000, avail.height() * 92 / 100));
    }
    // A state saved by another layout of docks, or damaged, is ignored: the default docks stay.
    if (m_window->restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kStateVersion)) {
        // Saved in the other direction: its sides are the other way round.
        m_rightToLeft = settings.value(QStringLiteral("window/stateRightToLeft")).toBool();
        mirror();
        m_widthsChosen = true;
        m_arrangedNarrow = tabbedTogether();
    }
}

void DockLayout::saveWindow(QSettings &settings) const
{
    settings.setValue(QStringLiteral("window/geometry"), m_window->saveGeometry());
    settings.setValue(QStringLiteral("window/state"), m_window->saveState(kStateVersion));
    settings.setValue(QStringLiteral("window/stateRightToLeft"), m_rightToLeft);
}

QByteArray DockLayout::state() const
{
    return m_window->saveState(kStateVersion);
}

void DockLayout::restoreState(const QByteArray &state)
{
    m_window->restoreState(state, kStateVersion);
}

bool DockLayout::tabbedTogether() const
{
    return m_window->tabifiedDockWidgets(m_status).contains(m_configure);
}

void DockLayout::arrange()
{
    // A narrow window: the job status becomes one more tab beside Configure (the verdict bar shows
    // its headline while another tab is in front); a wide one: it has the trailing side to itself.
    // Docks the user floated or closed stay as they are.
    if (m_suspended)
        return;
    const bool narrow = m_window->width() < kNarrowWidth;
    m_arrangedNarrow = narrow;
    if (!m_status->isFloating() && !m_configure->isFloating() && !m_status->isHidden()) {
        const bool tabbed = tabbedTogether();
        if (narrow && !tabbed) {
            QDockWidget *front = m_front;
            m_window->tabifyDockWidget(m_quality->isFloating() ? m_configure : m_quality, m_status);
            if (front)
                front->raise();
        } else if (!narrow && tabbed) {
            m_window->addDockWidget(trailing(m_window->layoutDirection() == Qt::RightToLeft), m_status);
            m_status->show();
            if (m_front == m_status || !m_front)
                m_configure->raise();
        }
    }
    fitToWindow();
    QTimer::singleShot(0, this, &DockLayout::statusOnScreenChanged);
}

void DockLayout::fitToWindow()
{
    // The side panels' widths for the window's: the waterfall first (see kWideDocksPercent), the
    // form and the verdict share the rest; the panels wrap their texts to fit, never scroll sideways.
    const int w = m_window->width();
    const int separator = m_window->style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent, nullptr, m_window);
    if (tabbedTogether()) {
        const int side = std::clamp(w * kNarrowDocksPercent / 100 - separator, 240, 440);
        m_window->resizeDocks({m_configure}, {side}, Qt::Horizontal);
        return;
    }
    const int budget = w * kWideDocksPercent / 100 - 2 * separator;
    const int form = std::clamp(budget * 48 / 100, 240, 420);
    m_window->resizeDocks({m_configure, m_status}, {form, std::clamp(budget - form, 240, 440)}, Qt::Horizontal);
}

void DockLayout::windowResized()
{
    if (!m_window->isVisible() || m_suspended)
        return;
    // Across the narrow/wide line the panels are arranged again; otherwise they keep the widths the
    // user gave them, unless they took more than their share (a window grown back from small).
    const int w = m_window->width();
    const bool narrow = w < kNarrowWidth;
    const QWidget *central = m_window->centralWidget();
    if (!m_arrangedNarrow || *m_arrangedNarrow != narrow)
        QTimer::singleShot(0, this, &DockLayout::arrange);
    else if (central && central->width() * 100 < w * (narrow ? 55 : 60))
        QTimer::singleShot(0, this, &DockLayout::fitToWindow);
}

void DockLayout::windowShown()
{
    if (!m_widthsChosen) {
        m_widthsChosen = true;
        QTimer::singleShot(0, this, &DockLayout::arrange); // once the window has its size
    }
}

} // namespace wf
