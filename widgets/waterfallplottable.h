#pragma once
// WaterfallPlottable: draws a WaterfallImage into a QCustomPlot axis rect, stretched over a key
// (channel) and value (time, seconds since the epoch) rectangle. It owns no pixels: the plot
// keeps the image and tells the plottable where it lies. Thread: GUI thread. The image is in device
// pixels (WaterfallPlot sizes it to the axis rect × the device pixel ratio), drawn into a rect in
// logical pixels: QCustomPlot's buffer at that ratio maps one image pixel to one device pixel.
#include <qcustomplot.h>

namespace wf {

class WaterfallImage;

class WaterfallPlottable : public QCPAbstractPlottable
{
    Q_OBJECT
  public:
    WaterfallPlottable(QCPAxis *keyAxis, QCPAxis *valueAxis);

    // Not owned; nullptr draws nothing.
    void setImage(const WaterfallImage *image) { m_image = image; }
    // Per-row marks in lockstep with the image, 2 columns: [0] rows with negative samples, drawn as
    // a strip just right of the axis rect; [1] rows of blocks with a suspect reported range, drawn
    // as ticks over the time axis. Not owned; nullptr draws none.
    void setMarks(const WaterfallImage *marks) { m_marks = marks; }
    static constexpr int kStripWidth = 8;
    // Behind the marks strip right of the image (from the palette: light or dark).
    void setStripBackground(const QColor &color) { m_stripBackground = color; }
    QColor stripBackground() const { return m_stripBackground; }
    // Where the image lies in plot coordinates: keys = the channel extent of its columns
    // (first - 0.5 .. last + 0.5), values = the time extent of its rows (oldest .. newest).
    void setExtent(const QCPRange &keys, const QCPRange &values);
    QCPRange keyExtent() const { return m_keys; }
    QCPRange valueExtent() const { return m_values; }
    // The pixel rectangle the image occupies with the current axis ranges.
    QRectF pixelRect() const;

    double selectTest(const QPointF &pos, bool onlySelectable, QVariant *details = nullptr) const override;
    QCPRange getKeyRange(bool &foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange &inKeyRange = QCPRange()) const override;

  protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override;

  private:
    QRect clipRect() const override; // the marks lie outside the axis rect
    void drawMarks(QCPPainter *painter, const QRectF &image) const;

    const WaterfallImage *m_image = nullptr;
    const WaterfallImage *m_marks = nullptr;
    QCPRange m_keys{0, 1};
    QCPRange m_values{0, 1};
    QColor m_stripBackground{0xee, 0xee, 0xee};
};

} // namespace wf
