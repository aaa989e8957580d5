#pragma once
// StreamRowSource: the seam for a job's rows pushed by a stream (the gRPC DataStream), beside the
// REST poller of ReadinessController. Blocks arrive as shared immutable data, in row order, already
// assembled across the job's streams. Core holds the interface only; wf_grpc implements it and the
// composition root (focusctl watch, the GUI) hands a factory to the controller, so core links no gRPC.
// Lives on the thread that created it; its workers never touch the UI thread's objects.
#include "stream/rowassembler.h"
#include "api/waterfallcodec.h"

#include <QObject>
#include <functional>
#include <memory>

namespace wf {

struct StreamSourceConfig {
    QString host;                   // stream_url without its scheme
    int port = 0;                   // stream_port
    std::vector<StreamPlan> streams;// from channel_to_stream_index
    int bins = 1;                   // frequencies_amount (values per channel per line)
    int jobSlot = -1;               // the job's slot (job_id "slot-counter"): frames with another job_id are foreign
    double linesDtS = 0;
    int connectTimeoutMs = 10'000;  // a connection attempt that neither opens nor is refused (a silent port)
    int maxReconnectDelayMs = 5'000;
    int refusedRetryMs = 250;       // a refused connection is known at once: try again this soon
    int refusedReportMs = 5'000;    // while refused, said again this often (not at every attempt)
    bool historic = false;          // a historic job: a stream that delivered and then ended is done
    int keepaliveMs = 30'000;       // HTTP/2 keepalive pings, as the field client; tests shorten them
    int keepaliveTimeoutMs = 10'000;
    // Frames read and not yet handled on the owner's thread: past this, frames are dropped (counted and
    // said) rather than queued without bound when they come faster than the viewer takes them.
    qint64 maxQueuedBytes = 256LL * 1024 * 1024;
};

enum class StreamProblem {
    CannotConnect,    // the channel never became ready within the connect timeout
    Refused,          // the port refused the connection (nothing listens there yet: the job's pod is not up)
    Unavailable,      // UNAVAILABLE mid-stream: reconnected with backoff
    DeadlineExceeded,
    BadFrame,         // bytes that do not match the frame's shape; the frame is dropped
    RangeMismatch,    // global_minimum/maximum disagree with the values
    Ended,            // the server finished the call (OK)
    ForeignFrames,    // a (re)connected stream serves another job's frames: refused, never counted
    CompetingReader,  // row_index advances past lines we never got, in a pattern: another client takes rows
    BadScale,         // global_minimum/maximum NaN or infinite: no scale, the previous one kept (never a finding)
    FramesDropped,    // frames came faster than the viewer took them: dropped here, counted (never a finding of the server)
    Failed,           // any other status
};
QString streamProblemName(StreamProblem p); // "cannot_connect", ...

struct StreamStatus {
    StreamPlan plan;
    qint64 frames = 0, lines = 0, badFrames = 0, rangeMismatches = 0, rowIndexGaps = 0, rowIndexRepeats = 0;
    qint64 bytes = 0;
    int reconnects = 0;
    int badFramesInARow = 0;
    std::optional<qint64> connectedAtMs, firstFrameAtMs; // source clock (epoch ms)
    bool ended = false;
    std::optional<int32_t> lastRowIndex;
    // The latest frame, for the frame inspector.
    int shapeX = 0, shapeY = 0, shapeZ = 1;
    qint64 lastFrameBytes = 0;
    float globalMin = 0, globalMax = 0, decodedMin = 0, decodedMax = 0;
    double framesPerSecond = 0;
    // global_minimum/maximum are a colour scale the server keeps, not the frame's range: its changes.
    qint64 scaleChanges = 0;
    std::optional<int32_t> scaleChangedAtRow; // the latest change
    bool scaleEverFell = false;                // a scale that never falls tells another job's frames by a fall
    // Identity: frames of another job (job_id, row_index restarting, channels, scale) are refused.
    qint64 foreignFrames = 0;
    bool verifyIdentity = false;               // after a reconnect, until a frame proves itself the job's
    // Lines that went to another reader: row_index advanced past them. Exact, from the indices.
    qint64 rowsMissed = 0, missEvents = 0;
    // Dropped by this viewer (its queue was full): not missed by the server, never a competing reader.
    qint64 framesDropped = 0, linesDropped = 0, dropsUnaccounted = 0;
    // Lines lost with a connection (cut mid-message, reset): the gap at the first frame after a reconnect.
    qint64 rowsLostAtReconnect = 0;
    bool gapExpected = false;
    // Frames whose global_minimum/maximum is not a finite number: no scale, the previous one is kept.
    qint64 nonFiniteScales = 0;
};

// Over every stream: how many rows went to another reader, and whether the pattern says one reads.
struct CompetingReaderEvidence {
    qint64 rowsMissed = 0, missEvents = 0;
    bool suspected = false;
};
CompetingReaderEvidence competingReaderEvidence(const std::vector<StreamStatus> &status);

class StreamRowSource : public QObject
{
    Q_OBJECT
  public:
    using QObject::QObject;
    ~StreamRowSource() override = default;

    virtual void start(const StreamSourceConfig &config) = 0;
    virtual void stop() = 0; // rows already complete go on; a partial row is dropped
    virtual std::vector<StreamStatus> status() const = 0;
    virtual QString endpoint() const = 0; // "HOST:PORT"
    virtual qint64 completeRows() const = 0;
    virtual int reconnects() const = 0;

  signals:
    // First of all for every event, before anything reads the time: a SystemClock holds it here
    // (holdUntilIdle), so everything that handles one frame sees one instant, as a replay does.
    void eventArriving();
    void rowsArrived(const std::shared_ptr<const wf::WaterfallBlocks> &blocks);
    void streamConnected(int streamIndex);
    void firstFrame(int streamIndex);
    void problem(int streamIndex, wf::StreamProblem kind, const QString &evidence);
    void allEnded();
    void statusChanged();
    // The server's colour scale (global_minimum/maximum) changed on a stream, at a row: noted, never a finding.
    void scaleChanged(int streamIndex, float minimum, float maximum, qint64 atRow);
};

// What a stream source met, as it came: what a recording keeps and a replay plays again (the rows,
// findings and counts are derived from these, the same way live and replayed).
struct StreamEvent {
    enum class Kind { Connected, Frame, Problem } kind = Kind::Frame;
    int stream = 0;            // index into the plan
    bool reconnect = false;    // Connected
    StreamFrame frame;         // Frame: with its main_data bytes
    qint64 droppedFrames = 0, droppedLines = 0; // Frame: dropped by this viewer on this stream just before it
    std::shared_ptr<const DecodedFrame> decoded; // Frame: read already (off the UI thread), or null
    StreamProblem problem = StreamProblem::Failed; // Problem (transport only: frame findings are derived)
    QString evidence;
    bool final = false;        // Problem: the call ended for good (stream ended)
};

// The part of a stream source that lives on its owner's thread: it takes events (from worker
// threads, or from a recording), assembles full lines, keeps the per-stream status and emits the
// signals. GrpcRowSource (wf_grpc) feeds it from the network; ReplayStreamSource from a session.
class AssemblingStreamSource : public StreamRowSource
{
    Q_OBJECT
  public:
    using StreamRowSource::StreamRowSource;

    std::vector<StreamStatus> status() const override { return m_status; }
    QString endpoint() const override;
    qint64 completeRows() const override { return m_rows; }
    int reconnects() const override;

  signals:
    void recordable(const wf::StreamEvent &event); // every event handled, for a SessionRecorder

  protected:
    void begin(const StreamSourceConfig &config); // resets the assembly and status
    void end();                                    // at stop: the held complete row goes on
    void handle(const StreamEvent &event);
    bool running() const { return m_running; }
    const StreamSourceConfig &config() const { return m_config; }

  private:
    void onFrame(int index, const StreamFrame &frame, const DecodedFrame &decoded);
    QString foreignEvidence(const StreamStatus &s, const StreamFrame &frame, const DecodedFrame &decoded) const;
    void deliver(std::vector<WaterfallRow> rows);

    StreamSourceConfig m_config;
    RowAssembler m_assembler;
    std::vector<StreamStatus> m_status;
    std::vector<qint64> m_firstFrameAt;
    qint64 m_rows = 0;
    int m_endedStreams = 0;
    bool m_running = false;
    bool m_competingSaid = false;
};

using StreamSourceFactory = std::function<std::unique_ptr<StreamRowSource>()>;

// "http://10.0.0.5" → "10.0.0.5"; "10.0.0.5" unchanged.
QString streamHost(const QString &streamUrl);
// The streams of a configure reply: contiguous channel ranges per stream index.
std::vector<StreamPlan> streamPlans(const ConfigureReply &reply);

} // namespace wf

Q_DECLARE_METATYPE(wf::StreamProblem)
Q_DECLARE_METATYPE(wf::StreamEvent)
