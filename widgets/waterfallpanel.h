#pragma once
// WaterfallPanel: the waterfall view with its controls: colour map, contrast, negatives, pause/live,
// exports, cursor readout with linked trace plots and a small HUD. Owns the WaterfallModel (row
// history, contrast) that feeds its WaterfallPlot; follows a RowSource. Thread: GUI thread.
#include "data/waterfallmodel.h"
#include "waterfallexporter.h"

#include <QPointer>
#include <QSize>
#include <QWidget>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QSettings;
class QSpinBox;
class QLabel;
class QPushButton;
class QTimer;

namespace wf {

class BinChoice;
class ContrastControls;
class ElidedLabel;
class QualityMonitor;
class FindingMarker;
class WaterfallPlot;
class WaterfallHud;
class WaterfallTraces;
struct CursorSample;

class WaterfallPanel : public QWidget
{
    Q_OBJECT
  public:
    explicit WaterfallPanel(QWidget *parent = nullptr);
    ~WaterfallPanel() override;

    using Previous = WaterfallModel::Previous;
    // Follows the source's rows through the panel's model (see WaterfallModel::attach): a new job
    // starts the history over; nullptr follows none, so a replay and the live job never feed the
    // panel together.
    void attach(RowSource *source, Previous previous = Previous::Drop);
    RowSource *source() const;
    // Where the negative counter under the waterfall comes from: the job's quality checks, so the
    // Quality tab and the waterfall say one number for one job (nullptr: the history's own count,
    // for a panel shown without checks). Not owned.
    void setQuality(QualityMonitor *monitor);
    void setHistoryBudgetBytes(qint64 bytes); // default RowStore::kDefaultBudgetBytes; resets the history
    // Channels lo..hi; dx > 0 adds a metres axis. Resets the history.
    void resetJob(int lo, int hi, double dxMeters = 0, double fiberStartMeters = 0, double linesDtSeconds = 0,
                  double timeAxisSeconds = 0);
    // Rows shown without a source (tests, a replay's header); arrival time is the model's clock.
    void appendBlocks(const WaterfallBlocks &blocks);

    WaterfallModel *model() const { return m_model; }
    WaterfallPlot *plot() const { return m_plot; }
    const RowStore &store() const { return m_model->store(); }
    ContrastTracker &contrast() { return m_model->contrast(); }
    ContrastControls *contrastControls() const { return m_contrastControls; }
    QWidget *toolbar() const { return m_toolbar; } // the controls above the plot (tests, screenshots)
    // Smooth scrolling (the playout, see WaterfallPlot::setPlayout): on by default; off shows
    // each batch as it arrives. The "Smooth scroll" box says and sets it.
    void setPlayoutEnabled(bool on);
    bool playoutEnabled() const;
    // Said on the plot while it has no rows: why it is empty (the job's diagnosis, e.g. "Waiting for
    // the consumer…"); empty: "No rows yet". See WaterfallPlot::setEmptyMessage.
    void setEmptyMessage(const QString &message);
    // The keyboard's ways through the waterfall (Space, Home, End, PageUp/PageDown, +/-, Ctrl+0,
    // Ctrl+E), active anywhere in the panel's window; the window lists them in its menus.
    const QList<QAction *> &keyboardActions() const { return m_keyActions; }
    // The remembered view (colour map, contrast, highlight, smooth scroll): waterfallpanelsettings.cpp.
    void saveSettings(QSettings &settings) const;
    void loadSettings(QSettings &settings);
    // Presentation: the plot, its colour bar and the status line only (no controls, no traces).
    void setPresentationMode(bool on);
    // "" while the picture shows the newest rows; else "PAUSED · 12.0 s behind live" or "12.0 s behind live".
    QString viewLagText() const;

    // The exports (WaterfallExporter's; these name them for the panel's users). Who the exports'
    // caption names as the server (the caption also says the job, the time range, colour map and levels).
    void setServer(const QString &server);
    // The view as shown (the plot without the scroll bar or the cursor crosshair, a legend of only
    // the marks in it) with the caption in a band under it.
    bool exportViewPng(const QString &path) const;
    QImage viewPicture() const; // the same without the caption band
    // What an export's save dialog proposes: "focus-HOST_PORT-job-ID-20260412-122757Z-view.png"
    // (the server, the job, the UTC time of the newest row shown).
    QString proposedExportName(int kind) const;
    // The same for any file of this view's session: "focus-HOST_PORT-job-ID-STAMP-<what>".
    QString proposedFileName(const QString &what) const;
    QString exportCaption() const; // the caption a view export carries now
    using ExportKind = wf::ExportKind;
    // Writes one export and says the outcome in the status line, for exportMessageTimeoutMs().
    void exportTo(ExportKind kind, const QString &path);
    void setExportMessageTimeoutMs(int ms); // 10 s by default
    int exportMessageTimeoutMs() const { return m_exportMessageMs; }
    QString statusText() const; // the status line under the plot (cursor readout or an export's outcome)
    // The whole history: one pixel per channel, one row per stored line, newest at the top, in the
    // current colour map, levels and negative highlight; bounded by ExportLimits (newest lines kept).
    bool exportFullResolutionPng(const QString &path, FullExportInfo *info = nullptr) const;
    bool exportCsv(const QString &path) const; // the visible window
    // The sentence shown after a full-resolution export (says what was left out, if anything).
    static QString fullExportMessage(const FullExportInfo &info, const QString &path);
    void jumpToLatestNegative();
    // Scrolls to the row that started at rowStartMs (pausing the view) and flashes the channel
    // (0: the whole row). False when that row is no longer in the history.
    bool showFinding(qint64 rowStartMs, qint64 channel);
    FindingMarker *findingMarker() const { return m_marker; }

    // The trace plots are shown only where the waterfall (with its legend) keeps this height beside
    // them; on a shorter panel they step aside and come back when it grows. The toolbar always gets
    // the rows it wraps into.
    static constexpr int kPlotHeightBeforeTraces = 280;

  protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

  private:
    // The toolbar's height for its width (its rows wrap; a layout squeezed below that drew the
    // buttons over the contrast controls) and whether the traces fit beside a usable waterfall.
    void fitToSize();
    bool m_presentation = false;
    void retranslate();
    void buildKeyboardActions();
    void retranslateKeyboardActions();
    void alignLabels();
    void applyLevels(bool force);
    void updateCounters();
    void updateHud();
    void onCursor(const CursorSample &s);
    void showTraces(qint64 seq, int channel); // the row trace of line seq, the channel trace of channel
    void showDefaultTraces();                 // no cursor: the newest row shown, the middle channel
    void chooseExport(int kind);

    void refreshBins(); // shows the bin choice for rows of frequency bins, says it on the colour bar
    void showHistory(); // after the model's history was replaced: plot, levels, traces and counters from it
    void onLinesAppended();
    void feedStreamScale(); // the gRPC stream's scale as the "server" contrast range

    WaterfallModel *m_model; // first: the contrast controls are built on its tracker
    QPointer<QualityMonitor> m_quality;
    std::unique_ptr<CursorSample> m_cursorSample; // the last, to word the readout again after a language switch
    bool m_cursorOnPlot = false;     // the traces follow the cursor; otherwise showDefaultTraces()
    WaterfallPlot *m_plot;
    FindingMarker *m_marker = nullptr;
    QWidget *m_toolbar;
    QComboBox *m_mapBox;
    ContrastControls *m_contrastControls;
    QCheckBox *m_highlight;
    QCheckBox *m_playoutBox;
    BinChoice *m_bins;           // gRPC multichannel: mean / max / one bin per channel
    QPushButton *m_pause;
    QLabel *m_behind;
    QPushButton *m_clear;
    QPushButton *m_resetZoom;
    QPushButton *m_export;
    QPushButton *m_negatives;
    ElidedLabel *m_readout;
    WaterfallHud *m_hud;
    WaterfallTraces *m_traces; // the row and channel traces under the plot
    QTimer *m_hudTimer;
    QList<QAction *> m_keyActions;
    void showExportMessage(const QString &message);
    std::unique_ptr<WaterfallExporter> m_exporter;
    QTimer *m_exportMessageTimer = nullptr; // clears the export's outcome unless the readout replaced it
    QString m_exportMessage;
    int m_exportMessageMs = 10'000;
};

} // namespace wf
