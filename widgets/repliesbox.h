#pragma once
// RepliesBox: the readiness panel's "Replies" box: the followed job's replies per endpoint and
// status, the rows received, and how they came (the waterfall polls' latency, or the gRPC
// stream's frames and reconnects).
// Owner: ReadinessPanel. Thread: GUI thread.
#include <QGroupBox>

class QLabel;

namespace wf {

class ReadinessController;
class ReplyCountersTable;

class RepliesBox : public QGroupBox
{
    Q_OBJECT
  public:
    explicit RepliesBox(QWidget *parent = nullptr);

    void refresh(const ReadinessController *controller); // nullptr: no job

  protected:
    void changeEvent(QEvent *event) override;

  private:
    void retranslate();

    ReplyCountersTable *m_counters;
    QLabel *m_rows;
    QLabel *m_latency;
};

} // namespace wf
