#pragma once
// Word-wrapped right-to-left text drawn whole.
//
// Qt 6.4 draws a wrapped right-to-left label (QPainter::drawText with Qt::TextWordWrap, as
// QLabel does for plain text) one break space further left than the line was measured: a line
// that nearly fills the label loses the start of its leftmost word at the label's edge (seen in
// Hebrew as "נקודת הקצה של המפ" for "…של המפל"). The line breaks themselves are right, and
// QTextLayout places the lines right; this style draws such text with QTextLayout and leaves
// every other text to the application's style.
#include <QProxyStyle>

namespace wf {

class BidiTextStyle : public QProxyStyle
{
    Q_OBJECT

  public:
    using QProxyStyle::QProxyStyle;

    void drawItemText(QPainter *painter, const QRect &rect, int flags, const QPalette &pal, bool enabled,
                      const QString &text, QPalette::ColorRole textRole = QPalette::NoRole) const override;

    // Wraps the application's current style (once; QApplication owns it).
    static void install();
};

} // namespace wf
