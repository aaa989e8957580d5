#pragma once
// ContrastControls: the contrast row of the waterfall panel: the mode (auto, auto once, fixed,
// server), linear or dB, and the fixed levels as typed values and as two sliders kept in step.
// Typing a level or moving a slider switches the mode to Fixed. The sliders span the data seen so
// far (ContrastTracker::observedRange(), widened to the levels in use), in dB when dB is on.
//
// Owner: WaterfallPanel. Thread: GUI thread. Edits the ContrastTracker it is given (not owned) and
// emits levelsEdited() after every user change, so that the owner redraws; refresh() only shows
// the tracker's state and never emits.
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSlider;

namespace wf {

class ContrastTracker;

class ContrastControls : public QWidget
{
    Q_OBJECT
  public:
    static constexpr int kSliderSteps = 1000;

    explicit ContrastControls(ContrastTracker *tracker, QWidget *parent = nullptr);

    // Shows the tracker's mode and levels and re-spans the sliders over the data seen; leaves
    // alone a value the user is typing or a slider being dragged.
    void refresh();

    // The level a slider position stands for in the current span, and back (clamped).
    double levelAt(int position) const;
    int positionOf(double level) const;
    double spanLow() const { return m_spanLo; }
    double spanHigh() const { return m_spanHi; }

    QComboBox *modeBox() const { return m_mode; }
    QCheckBox *dbBox() const { return m_db; }
    QDoubleSpinBox *minBox() const { return m_min; }
    QDoubleSpinBox *maxBox() const { return m_max; }
    QSlider *minSlider() const { return m_minSlider; }
    QSlider *maxSlider() const { return m_maxSlider; }

  signals:
    void levelsEdited();

  protected:
    void changeEvent(QEvent *event) override;

  private:
    void retranslate();
    void onSlider(QSlider *moved);
    void onTyped();
    void setFixed(double min, double max);
    void updateSpan();
    void showLevels(double min, double max);

    ContrastTracker *m_tracker;
    QComboBox *m_mode;
    QCheckBox *m_db;
    QDoubleSpinBox *m_min;
    QSlider *m_minSlider;
    QSlider *m_maxSlider;
    QDoubleSpinBox *m_max;
    double m_spanLo = 0;
    double m_spanHi = 1;
};

} // namespace wf
