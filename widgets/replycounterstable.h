#pragma once
// ReplyCountersTable: replies per endpoint (rows) and status (columns), as counted by the
// readiness controller; statuses coloured by class (2xx green, 4xx orange, 5xx red, transport grey).
#include <QMap>
#include <QTableWidget>

namespace wf {

class ReplyCountersTable : public QTableWidget
{
    Q_OBJECT
  public:
    using Polls = QMap<QString, QMap<QString, int>>; // endpoint → status → count

    explicit ReplyCountersTable(QWidget *parent = nullptr);

    void setPolls(const Polls &polls);
    // The number shown for one endpoint and status; 0 when the cell is absent or empty.
    int shownCount(const QString &endpoint, const QString &status) const;
};

} // namespace wf
