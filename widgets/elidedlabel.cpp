#include "elidedlabel.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOption>

namespace wf {

void ElidedLabel::setText(const QString &text)
{
    m_parts.clear();
    QLabel::setText(text);
    setToolTip(text);
}

void ElidedLabel::setParts(const QStringList &parts, const QString &separator)
{
    const QString text = parts.join(separator);
    QLabel::setText(text);
    setToolTip(text);
    m_parts = parts;
    m_separator = separator;
}

QString ElidedLabel::shownText() const
{
    const int width = contentsRect().width();
    const QFontMetrics fm = fontMetrics();
    if (!m_parts.isEmpty()) {
        QString shown;
        for (const QString &part : m_parts) {
            const QString longer = shown.isEmpty() ? part : shown + m_separator + part;
            if (fm.horizontalAdvance(longer) > width)
                break;
            shown = longer;
        }
        if (!shown.isEmpty())
            return shown;
    }
    return fm.elidedText(text(), Qt::ElideRight, width);
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
    const QString shown = shownText();
    QStyleOption opt;
    opt.initFrom(this);
    style()->drawItemText(&p, r, int(QStyle::visualAlignment(layoutDirection(), alignment())) | Qt::TextSingleLine,
                          opt.palette, isEnabled(), shown, foregroundRole());
}

} // namespace wf
