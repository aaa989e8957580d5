#pragma once
// QualityPanel: the data-quality checklist of the followed job — pass / warn / fail per check,
// live counts, first and latest occurrence with "jump to", thresholds the tester can change, the
// metadata change log. Reads a QualityMonitor (not owned). Thread: GUI thread.
#include "data/quality.h"

#include <QWidget>

class QLabel;
class QSettings;
class QPlainTextEdit;
class QSpinBox;
class QDoubleSpinBox;
class QTableWidget;
class QTimer;

namespace wf {

class QualityMonitor;

class QualityPanel : public QWidget
{
    Q_OBJECT
  public:
    explicit QualityPanel(QWidget *parent = nullptr);

    void setMonitor(QualityMonitor *monitor); // nullptr detaches
    QualityMonitor *monitor() const { return m_monitor; }
    // Refreshes the view at once (it otherwise follows the monitor at most 4 times a second).
    void refresh();

    QTableWidget *table() const { return m_table; }
    QString summaryText() const;
    // Thresholds are remembered between runs (group "quality").
    void loadSettings(QSettings &settings);
    void saveSettings(QSettings &settings) const;

  signals:
    // The tester asked to see a finding in the waterfall.
    void jumpRequested(wf::QualityCheck check, const wf::FindingSite &site);
    void thresholdsChanged(const wf::QualityThresholds &thresholds);

  protected:
    void changeEvent(QEvent *event) override;

  private:
    enum Column { Verdict, Check, Count, First, Latest, FailAt, ColumnCount };
    void retranslate();
    void buildRows();
    void applyThresholds();
    void jump(int row, bool latest);

    QualityMonitor *m_monitor = nullptr;
    QLabel *m_summary;
    QLabel *m_consumerLabel;
    QDoubleSpinBox *m_consumerThreshold;
    QTableWidget *m_table;
    QLabel *m_logLabel;
    QPlainTextEdit *m_log;
    QTimer *m_refresh;
    bool m_updatingThresholds = false;
};

} // namespace wf
