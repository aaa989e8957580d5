#include "waterfallplotlegend.h"

#include "flowlayout.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <algorithm>

namespace wf {

// A small picture of the mark as the plot draws it: a filled square (negative), a band (gap), a
// line across (overlap), a narrow upright bar (the suspect-range strip), a frame (finding).
class WaterfallPlotLegend::Swatch : public QWidget
{
  public:
    Swatch(Entry entry, QWidget *parent) : QWidget(parent), m_entry(entry) { setFixedSize(22, 14); }
    void setColor(const QColor &color)
    {
        m_color = color;
        update();
    }
    QColor color() const { return m_color; }

  protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const QRect r = rect().adjusted(0, 0, -1, -1);
        const QColor dark(0x44, 0x01, 0x54); // the waterfall's usual background, behind thin marks
        switch (m_entry) {
        case Entry::Negative:
        case Entry::Gap:
            p.fillRect(r, m_color);
            break;
        case Entry::Overlap:
            p.fillRect(r, dark);
            p.fillRect(QRect(r.left(), r.center().y() - 1, r.width() + 1, 3), m_color);
            break;
        case Entry::SuspectRange:
            p.fillRect(QRect(r.center().x() - 2, r.top(), 5, r.height() + 1), m_color);
            break;
        case Entry::Finding:
            p.fillRect(r, dark);
            p.setPen(QPen(m_color, 2));
            p.drawRect(r.adjusted(1, 1, -1, -1));
            break;
        }
        p.setPen(QColor(0x80, 0x80, 0x80));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r);
    }

  private:
    Entry m_entry;
    QColor m_color;
};

WaterfallPlotLegend::WaterfallPlotLegend(QWidget *parent) : QWidget(parent)
{
    auto *flow = new FlowLayout(this, 14, 2);
    flow->setContentsMargins(4, 2, 4, 2);
    for (int i = 0; i < kEntries; ++i) {
        auto *item = new QWidget(this);
        auto *row = new QHBoxLayout(item);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(5);
        m_swatches[size_t(i)] = new Swatch(Entry(i), item);
        m_labels[size_t(i)] = new QLabel(item);
        row->addWidget(m_swatches[size_t(i)]);
        row->addWidget(m_labels[size_t(i)]);
        flow->addWidget(item);
    }
    setEntryShown(Entry::Finding, false); // until a finding is jumped to
    setColors(overlayColors(ColorMapId::Viridis));
    retranslate();
}

void WaterfallPlotLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WaterfallPlotLegend::retranslate()
{
    const std::array<QString, kEntries> texts{tr("Negative value"), tr("Gap (no rows)"), tr("Overlap / time going back"),
                                              tr("Suspect block min/max"), tr("Jumped-to finding")};
    const std::array<QString, kEntries> tips{
        tr("A sample below zero (in the image), a row holding one (strip right of the image)"),
        tr("No rows arrived for this time: the band is as tall as the missing rows"),
        tr("A line before a row that starts before the previous row ended, or before it started"),
        tr("Strip left of the image: the block's reported minimum/maximum is negative, or its maximum is below its minimum"),
        tr("The frame around the finding you jumped to from the Quality tab")};
    for (int i = 0; i < kEntries; ++i) {
        m_labels[size_t(i)]->setText(texts[size_t(i)]);
        m_labels[size_t(i)]->parentWidget()->setToolTip(tips[size_t(i)]);
    }
}

void WaterfallPlotLegend::setColors(const OverlayColors &colors)
{
    const std::array<uint32_t, kEntries> c{colors.negative, colors.gap, colors.overlap, colors.suspect, colors.finding};
    for (int i = 0; i < kEntries; ++i)
        m_swatches[size_t(i)]->setColor(QColor::fromRgba(c[size_t(i)]));
}

void WaterfallPlotLegend::setEntryShown(Entry entry, bool shown)
{
    m_swatches[size_t(entry)]->parentWidget()->setVisible(shown);
}

bool WaterfallPlotLegend::isEntryShown(Entry entry) const
{
    return !m_swatches[size_t(entry)]->parentWidget()->isHidden();
}

QColor WaterfallPlotLegend::swatchColor(Entry entry) const
{
    return m_swatches[size_t(entry)]->color();
}

QString WaterfallPlotLegend::text(Entry entry) const
{
    return m_labels[size_t(entry)]->text();
}

} // namespace wf

namespace wf {

QImage WaterfallPlotLegend::image(const Entries &entries, const OverlayColors &colors, int width, double devicePixelRatio)
{
    if (std::none_of(entries.begin(), entries.end(), [](bool on) { return on; }))
        return {};
    WaterfallPlotLegend legend; // never shown: laid out and rendered off screen
    legend.setLayoutDirection(QGuiApplication::layoutDirection());
    legend.setColors(colors);
    for (int i = 0; i < kEntries; ++i)
        legend.setEntryShown(Entry(i), entries[size_t(i)]);
    legend.ensurePolished();
    legend.resize(width, std::max(1, legend.layout()->heightForWidth(width)));
    legend.layout()->activate();
    QImage out(legend.size() * devicePixelRatio, QImage::Format_ARGB32);
    out.setDevicePixelRatio(devicePixelRatio);
    out.fill(legend.palette().color(QPalette::Window));
    legend.render(&out, QPoint(), QRegion(), QWidget::DrawChildren);
    return out;
}

} // namespace wf
