#pragma once
// DockLayout: the main window's side panels as docks around the central waterfall, and where they go.
// Configure, Endpoints and Quality share the leading side as tabs, Job status has the trailing side;
// below kNarrowWidth every panel is a tab on one side. The waterfall keeps the space first (the docks
// take at most kWideDocksPercent / kNarrowDocksPercent of the window). It mirrors the docks when the
// layout direction changes, restores and saves the window's geometry and dock state (ignoring a state
// saved for other docks), and puts the docks back where a first start does (View → Reset layout).
// GUI thread; no text of its own (the window names the docks).
#include <QByteArray>
#include <QList>
#include <QObject>
#include <optional>

class QDockWidget;
class QMainWindow;
class QSettings;
class QWidget;

namespace wf {

class DockLayout : public QObject
{
    Q_OBJECT
  public:
    // Narrower windows put every side panel on one side, as tabs (the verdict bar stands in for the
    // job status panel when another tab is in front).
    static constexpr int kNarrowWidth = 1100;
    // The side panels' share of a window at most: the waterfall keeps 60 % of a wide one, and 62 % of
    // a narrow one, whose side panels are tabs of one width (36 % of 1024 px still holds every form
    // row whole in both languages; 42 % left the form's inputs in a third of empty panel). The
    // separators between take a few pixels more.
    static constexpr int kWideDocksPercent = 38;
    static constexpr int kNarrowDocksPercent = 36;

    struct Panels {
        QWidget *configure, *endpoints, *quality, *status;
    };
    // Builds the docks ("configureDock", "endpointsDock", "qualityDock", "statusDock"), each panel
    // scrolling inside its dock, in the window's present layout direction.
    DockLayout(QMainWindow *window, const Panels &panels);

    QDockWidget *dock(const QString &name) const; // "configure", "endpoints", "quality", "status"
    QList<QDockWidget *> docks() const;
    void showTab(const QString &name); // shows and raises that dock (unknown: Configure)
    void reset();                      // where a first start puts them

    void restoreWindow(QSettings &settings); // geometry (else most of the screen) and dock state
    void saveWindow(QSettings &settings) const;
    QByteArray state() const;               // the docks as they are (presentation mode keeps it)
    void restoreState(const QByteArray &state);

    // While suspended (presentation mode) the docks are left alone on resizes.
    void setSuspended(bool on) { m_suspended = on; }
    void mirror();      // after a change of layout direction: the docks change sides
    void arrange();     // narrow window: all side panels tabbed on one side; wide: status on the other
    void fitToWindow(); // the side panels' default widths for the window's width
    bool tabbedTogether() const;
    void windowResized(); // the window's resizeEvent
    void windowShown();   // the window's showEvent
    // The job status dock is visible and its tab in front.
    bool statusOnScreen() const;

  signals:
    void statusOnScreenChanged(); // after the layout has settled

  private:
    QMainWindow *m_window;
    QDockWidget *m_configure, *m_endpoints, *m_quality, *m_status;
    QDockWidget *m_front = nullptr; // the side tab last brought to the front
    QByteArray m_defaultState;      // the docks as built, for reset()
    std::optional<bool> m_arrangedNarrow; // the arrangement the docks have (see arrange)
    bool m_statusInFront = true;          // the job status dock's tab is in front (its visibilityChanged)
    bool m_widthsChosen = false;          // by a restored state, or by fitToWindow on first show
    bool m_rightToLeft = false;           // the side the docks are on was laid out for right-to-left
    bool m_defaultRightToLeft = false;    // ... in m_defaultState
    bool m_suspended = false;
};

} // namespace wf
