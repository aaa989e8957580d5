#pragma once
// WaterfallPlotLegend: a one-line strip under the waterfall saying what its overlay colours mean
// (negative value, gap, overlap, the jumped-to finding), in the colours the active map uses. Only
// the marks that can appear are listed; the strip wraps rather than widening the window.
// Owner: WaterfallPlot. Thread: GUI thread.
#include "colormap.h"

#include <QWidget>
#include <array>

class QLabel;

namespace wf {

class WaterfallPlotLegend : public QWidget
{
    Q_OBJECT
  public:
    enum class Entry { Negative, Gap, Overlap, Finding };
    static constexpr int kEntries = 4;

    explicit WaterfallPlotLegend(QWidget *parent = nullptr);

    void setColors(const OverlayColors &colors);
    void setEntryShown(Entry entry, bool shown);
    bool isEntryShown(Entry entry) const;
    // What a swatch shows and says (tests, screenshots).
    QColor swatchColor(Entry entry) const;
    QString text(Entry entry) const;

  protected:
    void changeEvent(QEvent *event) override;

  private:
    class Swatch;
    void retranslate();

    std::array<Swatch *, kEntries> m_swatches{};
    std::array<QLabel *, kEntries> m_labels{};
};

} // namespace wf
