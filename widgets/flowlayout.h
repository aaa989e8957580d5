#pragma once
// FlowLayout: items side by side in the layout's direction, wrapping to a new row when the width
// runs out, so a row of controls never sets a window's minimum width beyond its widest item. In a
// row, the width left over goes to the items that expand horizontally (sliders, a stretch), so a
// wide window shows one row as an QHBoxLayout would. Mirrors in a right-to-left layout.
#include <QLayout>
#include <QList>

namespace wf {

class FlowLayout : public QLayout
{
  public:
    explicit FlowLayout(QWidget *parent = nullptr, int hSpacing = 6, int vSpacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    void insertWidget(int index, QWidget *widget);
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return Qt::Horizontal; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

  private:
    int layOut(const QRect &rect, bool apply) const; // the height used
    QList<QLayoutItem *> m_items;
    int m_hSpacing;
    int m_vSpacing;
};

} // namespace wf
