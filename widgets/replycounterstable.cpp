#include "replycounterstable.h"

#include "apptext.h"
#include "readinesstext.h"

#include <QHeaderView>

namespace wf {

ReplyCountersTable::ReplyCountersTable(QWidget *parent) : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setMinimumSectionSize(44);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed); // as large as its cells, no blank area
}

void ReplyCountersTable::setPolls(const Polls &polls)
{
    const QStringList endpoints = ReadinessText::endpointOrder(polls);
    const QStringList statuses = ReadinessText::statusOrder(polls);
    setRowCount(int(endpoints.size()));
    setColumnCount(int(statuses.size()));
    for (int c = 0; c < statuses.size(); ++c) {
        auto *header = new QTableWidgetItem(statuses.at(c));
        header->setForeground(statusKeyColor(statuses.at(c)));
        setHorizontalHeaderItem(c, header);
    }
    for (int r = 0; r < endpoints.size(); ++r) {
        auto *header = new QTableWidgetItem(ltr(endpoints.at(r)));
        header->setData(Qt::UserRole, endpoints.at(r));
        setVerticalHeaderItem(r, header);
        for (int c = 0; c < statuses.size(); ++c) {
            QTableWidgetItem *cell = item(r, c);
            if (!cell) {
                cell = new QTableWidgetItem;
                cell->setTextAlignment(Qt::AlignCenter);
                setItem(r, c, cell);
            }
            const int n = polls.value(endpoints.at(r)).value(statuses.at(c));
            cell->setText(n > 0 ? QString::number(n) : QString());
            cell->setForeground(statusKeyColor(statuses.at(c)));
        }
    }
}

int ReplyCountersTable::shownCount(const QString &endpoint, const QString &status) const
{
    for (int r = 0; r < rowCount(); ++r) {
        if (verticalHeaderItem(r)->data(Qt::UserRole).toString() != endpoint)
            continue;
        for (int c = 0; c < columnCount(); ++c)
            if (horizontalHeaderItem(c)->text() == status && item(r, c))
                return item(r, c)->text().toInt();
    }
    return 0;
}

} // namespace wf
