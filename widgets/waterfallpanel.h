#pragma once
// WaterfallPanel: the waterfall view with its controls: colour map, contrast, negatives, pause/live,
// exports, cursor readout with linked trace plots and a small HUD. Owns the RowStore and the
// ContrastTracker that feed its WaterfallPlot. Thread: GUI thread.
#include "levels.h"
#include "rowstore.h"
#include "waterfallcodec.h"

#include <QWidget>
#include <deque>
#include <memory>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTimer;

namespace wf {

class ReadinessController;
class WaterfallPlot;
struct CursorSample;

class WaterfallPanel : public QWidget
{
    Q_OBJECT
  public:
    explicit WaterfallPanel(QWidget *parent = nullptr);
    ~WaterfallPanel() override;

    // Follows the controller's rows: the store is reset to the job's channel range when a new job
    // delivers its first block. Not owned.
    void attach(ReadinessController *controller);
    void setHistoryBudgetBytes(qint64 bytes); // default RowStore::kDefaultBudgetBytes; resets the history
    void setPollLatencyMs(double ms);
    // Channels lo..hi; dx > 0 adds a metres axis. Resets the history.
    void resetJob(int lo, int hi, double dxMeters = 0, double fiberStartMeters = 0, double linesDtSeconds = 0);
    // What attach() calls for each reply; public for tests and replays.
    void appendBlocks(const WaterfallBlocks &blocks);

    WaterfallPlot *plot() const { return m_plot; }
    const RowStore &store() const { return *m_store; }
    ContrastTracker &contrast() { return m_contrast; }

    bool exportViewPng(const QString &path) const;
    bool exportFullResolutionPng(const QString &path) const; // one pixel per channel and line
    bool exportCsv(const QString &path) const;                // the visible window
    void jumpToLatestNegative();

  protected:
    void changeEvent(QEvent *event) override;

  private:
    void retranslate();
    void applyLevels(bool force);
    void updateContrastControls();
    void updateCounters();
    void updateHud();
    void onCursor(const CursorSample &s);
    void chooseExport(int kind);

    ContrastTracker m_contrast;
    qint64 m_budget = RowStore::kDefaultBudgetBytes; // before m_store, which is built from it
    std::unique_ptr<RowStore> m_store;
    QString m_jobId;
    double m_pollLatencyMs = -1;
    std::deque<std::pair<qint64, qint64>> m_arrivals; // (ms, rows) over the last seconds

    WaterfallPlot *m_plot;
    QComboBox *m_mapBox;
    QComboBox *m_modeBox;
    QCheckBox *m_db;
    QDoubleSpinBox *m_min;
    QDoubleSpinBox *m_max;
    QCheckBox *m_highlight;
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
