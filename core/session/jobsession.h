#pragma once
// JobSession: what a job offers those who show it, live or replayed: its ReadinessController (the
// job's state and the RowSource its rows come from), its QualityMonitor, the JobApi it reads
// through and the Clock its time runs on. LiveJobSession and SessionReplay implement it; a window
// or a command asks the session it holds for these, without knowing which kind it is.
// Owner: whoever made the session; lives on its thread.
#include <QObject>

namespace wf {

class Clock;
class JobApi;
class QualityMonitor;
class ReadinessController;

class JobSession : public QObject
{
    Q_OBJECT
  public:
    using QObject::QObject;

    virtual ReadinessController *controller() = 0;
    virtual QualityMonitor *quality() = 0;
    virtual JobApi *api() = 0;
    virtual Clock *clock() = 0;
    virtual bool isReplay() const = 0; // a recorded session played back, not a server's job
};

} // namespace wf
