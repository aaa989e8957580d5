#pragma once
// FindingMarker: flashes a frame around one (channel, time) of the waterfall, so that a finding the
// tester jumped to is found by eye. Draws on the plot's buffered "cursor" layer, never on the image.
// Owner: WaterfallPanel. Thread: GUI thread.
#include <QColor>
#include <QObject>

class QCustomPlot;
class QCPItemRect;
class QTimer;

namespace wf {

class FindingMarker : public QObject
{
    Q_OBJECT
  public:
    explicit FindingMarker(QCustomPlot *plot, QObject *parent = nullptr);

    // channel 0: the whole visible channel range at that time.
    void flash(double channel, double timeMs, double rowMs);
    bool isShowing() const;  // flashing (the frame may be between two blinks)
    bool isDrawn() const;    // the frame is on the plot at this moment
    void setColor(const QColor &color); // the frame's (the colour map's OverlayColors::finding)
    QColor color() const;
    // Plot coordinates of the frame (channel, epoch seconds): for tests.
    QRectF frame() const;

  signals:
    void showingChanged(bool showing); // a flash began or ended

  private:
    void tick();

    QCustomPlot *m_plot;
    QCPItemRect *m_rect;
    QTimer *m_timer;
    int m_ticks = 0;
};

} // namespace wf
