#pragma once
// RowProducer: what reads a job's rows from the server, one per route: RestRowPoller (GET
// /waterfall) and StreamRowDriver (the job's gRPC DataStream). Both tell the JobLifecycle what they
// saw (replies, failures, readiness) and hand their rows to a RowSink: the ReadinessController,
// which accounts for them once and publishes them to the job's followers. A replayed session reaches
// the same two producers through a replayed JobApi and stream source.
#include "job/jobrun.h"

#include <memory>

namespace wf {

class RowSink
{
  public:
    virtual ~RowSink() = default;
    // A batch of the job's rows (never empty), shared and immutable from here on.
    virtual void takeRows(std::shared_ptr<const WaterfallBlocks> blocks, const RowArrival &arrival) = 0;
    // Auto mode: the REST waterfall route is not deployed; read the job's gRPC stream instead.
    // False when the job has no stream to read.
    virtual bool readFromStream(const QString &why) = 0;
    // The stream producer takes over from the REST one (before its first connection attempt).
    virtual void streamTakesOver() = 0;
};

class RowProducer
{
  public:
    virtual ~RowProducer() = default;
    virtual RowSourceKind kind() const = 0;
    // Starts reading the job's rows (why: the job log's words for it). False when it cannot.
    virtual bool start(const QString &why) = 0;
    // The user stops the job: hand over what is held (a stream's last line), then stop.
    virtual void finish() = 0;
    // The job ended: nothing more is asked or handed over.
    virtual void cancel() = 0;
};

} // namespace wf
