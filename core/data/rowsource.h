#pragma once
// RowSource: the seam between whatever produces a job's rows and whatever shows or checks them.
// A source tells its followers, in this order: jobChanged() with the geometry of the job whose rows
// come next, then rowsReceivedBlocks() with each batch as shared immutable data (no follower copies
// it). Followers never ask the producer for the job's id or geometry on each batch; one that joins
// mid-job reads geometry() once. Implemented by ReadinessController (the REST waterfall, the gRPC
// DataStream and a replayed session all reach it); followed by WaterfallModel. QualityMonitor
// follows the job rather than this seam: besides the rows it checks the job's own evidence (a
// malformed reply, a stream's range mismatch, the consumer's creation time), which only the
// ReadinessController has. Lives on its owner's thread.
#include "base/clock.h"
#include "api/waterfallcodec.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

namespace wf {

// What a job's rows look like, as a view needs it.
struct RowGeometry {
    QString jobId;
    int lo = 1, hi = 0;            // channels (spectrum: bins 1..n)
    double dxMeters = 0;           // metres per channel (spectrum: Hz per bin); 0 = unknown
    double fiberStartMeters = 0;   // of channel lo (spectrum: Hz of bin 1)
    double linesDtSeconds = 0;     // seconds between lines; 0 = unknown
    double timeAxisSeconds = 0;    // the configured time axis (displayTimeAxisDuration); 0 = unknown
    bool spectrum = false;         // single channel over the gRPC stream: frequency bins across, Hz on top
    int binsPerChannel = 0;        // gRPC multichannel: frequency bins a row holds per channel (> 1: a view reduces them)
    QList<double> frequencies;     // Hz of each bin, when the server said
    bool operator==(const RowGeometry &) const = default;
};

// When and how a batch arrived, on the source's clock.
struct RowArrival {
    qint64 atMs = 0;                  // Clock::nowMs() of the source
    std::optional<double> latencyMs;  // round trip of the reply that carried it (REST); none for a stream
};

class RowSource : public QObject
{
    Q_OBJECT
  public:
    using QObject::QObject;
    // The job whose rows arrive now (default-constructed before the first batch of a job).
    const RowGeometry &geometry() const { return m_geometry; }
    virtual Clock *clock() const = 0; // what followers time themselves with

  signals:
    void jobChanged(const wf::RowGeometry &geometry);
    void rowsReceivedBlocks(const std::shared_ptr<const wf::WaterfallBlocks> &blocks, const wf::RowArrival &arrival);

  protected:
    // For implementations: a new job starts (its first batch says jobChanged again).
    void beginJob()
    {
        m_geometry = {};
        m_told = false;
    }
    // Tells jobChanged() first when the geometry differs from the one told last (or none was told
    // since beginJob()), then the batch.
    void publish(const RowGeometry &geometry, std::shared_ptr<const WaterfallBlocks> blocks, const RowArrival &arrival)
    {
        if (!m_told || !(geometry == m_geometry)) {
            m_geometry = geometry;
            m_told = true;
            emit jobChanged(m_geometry);
        }
        emit rowsReceivedBlocks(blocks, arrival);
    }

  private:
    RowGeometry m_geometry;
    bool m_told = false;
};

} // namespace wf
