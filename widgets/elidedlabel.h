#pragma once
// ElidedLabel: a one-line label that never widens its window. Its minimum width is small; text
// that does not fit is drawn elided ("…" at the trailing edge of the layout direction) and the
// whole text is its tool tip. Used for the texts that change while you work (the cursor readout,
// the HUD). Thread: GUI thread.
#include <QLabel>

namespace wf {

class ElidedLabel : public QLabel
{
    Q_OBJECT
  public:
    using QLabel::QLabel;
    void setText(const QString &text); // hides QLabel::setText: keeps the tool tip in step
    void clear() { setText(QString()); }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

  protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace wf
