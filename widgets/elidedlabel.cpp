#include "elidedlabel.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOption>

namespace wf {

void ElidedLabel::setText(const QString &text)
{
    QLabel::setText(text);
    setToolTip(text);
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QSize s = QLabel::minimumSizeHint();
    return {std::min(s.width(), fontMetrics().horizontalAdvance(QStringLiteral("MMMM…"))), s.height()};
}

QSize ElidedLabel::sizeHint() const
{
    return QLabel::sizeHint();
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect r = contentsRect();
    const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, r.width());
    QStyleOption opt;
    opt.initFrom(this);
    style()->drawItemText(&p, r, int(QStyle::visualAlignment(layoutDirection(), alignment())) | Qt::TextSingleLine,
                          opt.palette, isEnabled(), shown, foregroundRole());
}

} // namespace wf
