#include "biditextstyle.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace wf {

void BidiTextStyle::drawItemText(QPainter *painter, const QRect &rect, int flags, const QPalette &pal, bool enabled,
                                 const QString &text, QPalette::ColorRole textRole) const
{
    const bool rightToLeft = (flags & Qt::TextForceRightToLeft)
                             || (!(flags & Qt::TextForceLeftToRight) && painter->layoutDirection() == Qt::RightToLeft);
    // Only what the defect touches; a mnemonic or a tab keeps the style's own drawing.
    const bool mnemonic = (flags & (Qt::TextShowMnemonic | Qt::TextHideMnemonic)) && text.contains(QLatin1Char('&'));
    if (!(flags & Qt::TextWordWrap) || !rightToLeft || text.isEmpty() || mnemonic || text.contains(QLatin1Char('\t'))
        || (flags & Qt::AlignJustify)) {
        QProxyStyle::drawItemText(painter, rect, flags, pal, enabled, text, textRole);
        return;
    }
    QString paragraph = text;
    paragraph.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    option.setTextDirection(Qt::RightToLeft);
    const Qt::Alignment visual = QStyle::visualAlignment(Qt::RightToLeft, Qt::Alignment(flags & Qt::AlignHorizontal_Mask));
    option.setAlignment((visual & (Qt::AlignLeft | Qt::AlignRight | Qt::AlignHCenter)) | Qt::AlignAbsolute);
    QTextLayout layout(paragraph, painter->font(), painter->device());
    layout.setTextOption(option);
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    qreal top = rect.top();
    if (flags & Qt::AlignVCenter)
        top += (rect.height() - height) / 2;
    else if (flags & Qt::AlignBottom)
        top += rect.height() - height;
    const QPen saved = painter->pen();
    if (textRole != QPalette::NoRole)
        painter->setPen(QPen(pal.brush(textRole), saved.widthF()));
    layout.draw(painter, QPointF(rect.left(), top));
    painter->setPen(saved);
}

void BidiTextStyle::install()
{
    if (!qobject_cast<BidiTextStyle *>(QApplication::style()))
        QApplication::setStyle(new BidiTextStyle(QApplication::style()->name()));
}

} // namespace wf
