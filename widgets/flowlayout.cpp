#include "flowlayout.h"

#include <QStyle>
#include <QWidget>
#include <algorithm>

namespace wf {

FlowLayout::FlowLayout(QWidget *parent, int hSpacing, int vSpacing)
    : QLayout(parent), m_hSpacing(hSpacing), m_vSpacing(vSpacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

void FlowLayout::insertWidget(int index, QWidget *widget)
{
    addChildWidget(widget);
    m_items.insert(std::clamp(index, 0, int(m_items.size())), new QWidgetItem(widget));
    invalidate();
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

int FlowLayout::heightForWidth(int width) const
{
    return layOut(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // The widest single item: anything narrower than the row wraps.
    QSize size;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // One row of everything at its preferred size.
    int width = 0;
    int height = 0;
    int n = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize s = item->sizeHint();
        width += s.width() + (n++ > 0 ? m_hSpacing : 0);
        height = std::max(height, s.height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    layOut(rect, true);
}

int FlowLayout::layOut(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int width = std::max(1, area.width());
    struct Row {
        QList<QLayoutItem *> items;
        int used = 0; // preferred widths plus spacing
        int height = 0;
    };
    QList<Row> rows(1);
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize s = item->sizeHint().boundedTo(QSize(width, QWIDGETSIZE_MAX)).expandedTo(item->minimumSize().boundedTo(QSize(width, QWIDGETSIZE_MAX)));
        Row *row = &rows.last();
        const int need = s.width() + (row->items.isEmpty() ? 0 : m_hSpacing);
        if (!row->items.isEmpty() && row->used + need > width) {
            rows.append(Row{});
            row = &rows.last();
        }
        row->used += s.width() + (row->items.isEmpty() ? 0 : m_hSpacing);
        row->items.append(item);
        row->height = std::max(row->height, item->hasHeightForWidth() ? item->heightForWidth(s.width()) : s.height());
    }
    int y = area.top();
    const Qt::LayoutDirection dir = parentWidget() ? parentWidget()->layoutDirection() : Qt::LeftToRight;
    for (const Row &row : rows) {
        if (row.items.isEmpty())
            continue;
        if (apply) {
            // What is left of the row goes to its horizontally expanding items, in equal parts.
            int expanding = 0;
            for (const QLayoutItem *item : row.items)
                expanding += (item->expandingDirections() & Qt::Horizontal) ? 1 : 0;
            int spare = std::max(0, width - row.used);
            int x = area.left();
            for (QLayoutItem *item : row.items) {
                int w = std::min(width, item->sizeHint().width());
                w = std::max(w, std::min(width, item->minimumSize().width()));
                if (expanding > 0 && (item->expandingDirections() & Qt::Horizontal)) {
                    const int extra = spare / expanding;
                    w += extra;
                    spare -= extra;
                    --expanding;
                }
                const int h = std::min(row.height, std::max(item->minimumSize().height(), item->sizeHint().height()));
                const QRect cell(x, y + (row.height - h) / 2, w, h);
                item->setGeometry(QStyle::visualRect(dir, area, cell));
                x += w + m_hSpacing;
            }
        }
        y += row.height + m_vSpacing;
    }
    return y - area.top() - m_vSpacing + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace wf
