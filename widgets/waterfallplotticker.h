#pragma once
// TimeAxisTicker: wall-clock ticks for an axis in seconds since the epoch at round steps (1, 2, 5,
// 10, 15, 30 s, 1, 2, 5, 10, 15, 30 min, 1, 2, 3, 6, 12 h, and 0.5 s down to 1 ms), so every label
// is distinct and exact; the label's precision follows the step (".z" below a second, ".zz" below a
// tenth, hours and minutes only from a minute up). Local time, as the readout.
// Owner: the axis (QSharedPointer). Thread: GUI thread.
#include <qcustomplot.h>

namespace wf {

class TimeAxisTicker : public QCPAxisTicker
{
  public:
    TimeAxisTicker();
    double lastStep() const { return m_step; } // seconds; what the labels are formatted for
    // The label format for a step in seconds ("HH:mm:ss.z" for 0.1-0.5 s, ...).
    static QString formatForStep(double stepSeconds);

  protected:
    double getTickStep(const QCPRange &range) override;
    int getSubTickCount(double tickStep) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;

  private:
    double m_step = 1;
    QString m_format;
};

} // namespace wf
