#pragma once
// JobWaitIndicator: the long wait at a job's start in the status bar's BusyIndicator — configuring,
// then the consumer (or, on the gRPC path, the job's stream to open; said again when auto switches
// to it) — with Cancel stopping the job.
#include <QObject>

namespace wf {

class BusyIndicator;
class ReadinessController;

class JobWaitIndicator : public QObject
{
    Q_OBJECT
  public:
    JobWaitIndicator(ReadinessController *controller, BusyIndicator *busy, QObject *parent = nullptr);

  private:
    void update();
    ReadinessController *m_controller;
    BusyIndicator *m_busy;
};

} // namespace wf
