#pragma once
// WaterfallPlotLegend: a one-line strip under the waterfall saying what its overlay colours mean
// (negative value, gap, overlap, a block's suspect min/max, the jumped-to finding), in the colours
// the active map uses. Only the marks that can appear are listed (the finding's frame while it
// flashes); an exported picture's legend lists only the marks it holds (image()). The strip wraps
// rather than widening the window.
// Owner: WaterfallPlot. Thread: GUI thread.
#include "data/colormap.h"

#include <QImage>
#include <QWidget>
#include <array>

class QLabel;

namespace wf {

class WaterfallPlotLegend : public QWidget
{
    Q_OBJECT
  public:
    enum class Entry { Negative, Gap, Overlap, SuspectRange, Finding };
    static constexpr int kEntries = 5;
    using Entries = std::array<bool, kEntries>; // indexed by Entry

    explicit WaterfallPlotLegend(QWidget *parent = nullptr);

    void setColors(const OverlayColors &colors);
    void setEntryShown(Entry entry, bool shown);
    bool isEntryShown(Entry entry) const;
    // What a swatch shows and says (tests, screenshots).
    QColor swatchColor(Entry entry) const;
    QString text(Entry entry) const;
    // The legend as a picture `width` logical pixels wide listing only `entries`, in `colors` and
    // the application's direction (exports); null when no entry is listed.
    static QImage image(const Entries &entries, const OverlayColors &colors, int width, double devicePixelRatio);

  protected:
    void changeEvent(QEvent *event) override;

  private:
    class Swatch;
    void retranslate();

    std::array<Swatch *, kEntries> m_swatches{};
    std::array<QLabel *, kEntries> m_labels{};
};

} // namespace wf
