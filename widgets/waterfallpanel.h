#pragma once
// WaterfallPanel: the waterfall view with its controls: colour map, contrast, negatives, pause/live,
// exports, cursor readout with linked trace plots and a small HUD. Owns the RowStore and the
// ContrastTracker that feed its WaterfallPlot. Thread: GUI thread.
#include "levels.h"
#include "rowstore.h"
#include "waterfallcodec.h"

#include <QPointer>
#include <QSize>
#include <QWidget>
#include <deque>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QCustomPlot;
class QLabel;
class QPushButton;
class QTimer;

namespace wf {

class ContrastControls;
class FindingMarker;
class ReadinessController;
class WaterfallPlot;
struct CursorSample;

// What a full-resolution export wrote.
struct FullExportInfo {
    QSize size;                // pixels: channels x lines
    qint64 linesHeld = 0;      // lines in the history
    qint64 linesLeftOut = 0;   // the oldest lines that did not fit (see ExportLimits)
    int channelsLeftOut = 0;   // the highest channels that did not fit
};

class WaterfallPanel : public QWidget
{
    Q_OBJECT
  public:
    explicit WaterfallPanel(QWidget *parent = nullptr);
    ~WaterfallPanel() override;

    // What becomes of the job followed before attach().
    enum class Previous {
        Drop,            // its rows go
        KeepInBackground // its rows go on into a history of their own, shown again when it is
                         // attached again (the live job behind a replay); at most one is kept
    };
    // Follows the controller's rows: the store is reset to the job's channel range when a new job
    // delivers its first block. Not owned; replaces the controller followed before (nullptr: none),
    // so a replay and the live job never feed the panel together. Attaching the controller kept in
    // the background shows its history again, with the rows that arrived meanwhile.
    void attach(ReadinessController *controller, Previous previous = Previous::Drop);
    ReadinessController *controller() const;
    void setHistoryBudgetBytes(qint64 bytes); // default RowStore::kDefaultBudgetBytes; resets the history
    void setPollLatencyMs(double ms);
    // Channels lo..hi; dx > 0 adds a metres axis. Resets the history.
    void resetJob(int lo, int hi, double dxMeters = 0, double fiberStartMeters = 0, double linesDtSeconds = 0);
    // What attach() calls for each reply; public for tests and replays.
    void appendBlocks(const WaterfallBlocks &blocks);

    WaterfallPlot *plot() const { return m_plot; }
    const RowStore &store() const { return *m_store; }
    ContrastTracker &contrast() { return m_contrast; }
    ContrastControls *contrastControls() const { return m_contrastControls; }
    QWidget *toolbar() const { return m_toolbar; } // the controls above the plot (tests, screenshots)

    bool exportViewPng(const QString &path) const;
    // The whole history: one pixel per channel, one row per stored line, newest at the top, in the
    // current colour map, levels and negative highlight; bounded by ExportLimits (newest lines kept).
    bool exportFullResolutionPng(const QString &path, FullExportInfo *info = nullptr) const;
    bool exportCsv(const QString &path) const; // the visible window
    // The sentence shown after a full-resolution export (says what was left out, if anything).
    static QString fullExportMessage(const FullExportInfo &info, const QString &path);
    void jumpToLatestNegative();
    // Scrolls to the row that started at rowStartMs (pausing the view) and flashes the channel
    // (0: the whole row). False when that row is no longer in the history.
    bool showFinding(qint64 rowStartMs, int channel);
    FindingMarker *findingMarker() const { return m_marker; }

  protected:
    void changeEvent(QEvent *event) override;

  private:
    void retranslate();
    void alignLabels();
    void applyLevels(bool force);
    void updateCounters();
    void updateHud();
    void onCursor(const CursorSample &s);
    void chooseExport(int kind);

    // A job's channels, metres and line spacing, as resetJob() takes them.
    struct Geometry {
        int lo = 1, hi = 0;
        double dxMeters = 0, fiberStartMeters = 0, linesDtSeconds = 0;
        bool spectrum = false; // single channel from the gRPC stream: frequency bins across, Hz on top
    };
    static Geometry geometryOf(const ReadinessController &controller);
    void refreshBins();          // shows the bin choice for rows of frequency bins, says it on the colour bar
    // The job followed in the background (attach(…, KeepInBackground)): only its history is kept.
    struct Background {
        QPointer<ReadinessController> controller;
        QString jobId;
        std::unique_ptr<RowStore> store;
        Geometry geometry;
    };
    void dropBackground();
    void showHistory(); // after the store was swapped in: plot, levels, traces and counters from it

    ContrastTracker m_contrast;
    qint64 m_budget = RowStore::kDefaultBudgetBytes; // before m_store, which is built from it
    std::unique_ptr<RowStore> m_store;
    Geometry m_geometry;
    std::optional<Background> m_background;
    QPointer<ReadinessController> m_controller;
    QString m_jobId;
    double m_pollLatencyMs = -1;
    std::deque<std::pair<qint64, qint64>> m_arrivals; // (ms, rows) over the last seconds

    WaterfallPlot *m_plot;
    FindingMarker *m_marker = nullptr;
    QWidget *m_toolbar;
    QComboBox *m_mapBox;
    ContrastControls *m_contrastControls;
    QCheckBox *m_highlight;
    QComboBox *m_binsBox;        // gRPC multichannel: mean / max / one bin per channel
    QSpinBox *m_binSpin;   // the bin shown in "one bin" mode
    QPushButton *m_pause;
    QLabel *m_behind;
    QPushButton *m_clear;
    QPushButton *m_resetZoom;
    QPushButton *m_export;
    QPushButton *m_negatives;
    QLabel *m_readout;
    QLabel *m_hud;
    QCustomPlot *m_rowTrace;
    QCustomPlot *m_channelTrace;
    QTimer *m_hudTimer;
};

} // namespace wf
