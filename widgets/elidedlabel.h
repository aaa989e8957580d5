#pragma once
// ElidedLabel: a one-line label that never widens its window. Its minimum width is small; text
// that does not fit is drawn elided ("…" at the trailing edge of the layout direction) and the
// whole text is its tool tip. Used for the texts that change while you work (the cursor readout,
// the HUD). Text set as parts (setParts) is never cut inside a part: as many whole parts as fit are
// shown, the first ones first ("34.6 rows/s · 40 fps", never "playout delay 1…"). Thread: GUI thread.
#include <QLabel>

namespace wf {

class ElidedLabel : public QLabel
{
    Q_OBJECT
  public:
    using QLabel::QLabel;
    void setText(const QString &text); // hides QLabel::setText: keeps the tool tip in step
    void clear() { setText(QString()); }
    // The text is parts joined by `separator`; what does not fit is left out a whole part at a time.
    void setParts(const QStringList &parts, const QString &separator);
    QString shownText() const; // what is drawn at the label's present width
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

  protected:
    void paintEvent(QPaintEvent *event) override;

  private:
    QStringList m_parts; // empty: plain text, elided
    QString m_separator;
};

} // namespace wf
