#pragma once
// SoakRun: one accelerated long run of the live path, end to end: the emulator (in-process, 127.0.0.1,
// port 0, its clock running `speed` times faster) → FocusClient → ReadinessController → WaterfallPanel
// (RowStore, WaterfallPlot and its frame timer, offscreen). Path::Grpc reads the rows from the job's
// gRPC DataStream instead (GrpcRowSource: three streams of 256-bin lines, paced `grpcSpeed` times
// faster, each call ended with UNAVAILABLE every `reconnectMinutes` of data). Readings are taken at
// three points: start (after a warm-up, once connections exist), half and end; fds, threads, QObjects
// and QTimers are the minimum over a window of batches, so a call in flight at the moment of reading
// is not a "leak".
// Owner: focus-soak's main. Thread: GUI thread. finished() is emitted once, after the job was stopped.
#include "processprobe.h"
#include "job/readiness.h"
#include "soakoptions.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <memory>

namespace wf {
class ClientJobApi;
class FocusClient;
class ReadinessController;
class Clock;
class SystemClock;
class WaterfallPanel;
namespace emu {
class FocusEmulator;
}
} // namespace wf

namespace wf::soak {

class SoakRun : public QObject
{
    Q_OBJECT
  public:
    enum class Path { Rest, Grpc };
    SoakRun(const SoakOptions &options, Path path, QObject *parent = nullptr);
    ~SoakRun() override;

    bool start(QString &error); // false: nothing runs
    QJsonObject report() const; // one JSON object with every figure and the verdict
    bool passed() const { return m_failures.isEmpty(); }

  signals:
    void finished();

  private:
    // A reading kept as the minimum over a window of consecutive replies.
    struct Window {
        qint64 fromRows = 0;
        int remaining = 0;
        qint64 strideRows = 0; // > 0: one reading each this many rows, not each batch
        qint64 nextAtRows = 0;
        ProcessReading min;
        bool done() const { return remaining == 0 && min.fds >= 0; }
        void take(const ProcessReading &r);
        bool due(qint64 rows) const { return rows >= fromRows && rows >= nextAtRows; }
    };

    void onBlocks();
    void onJobFinished(JobState state);
    void onStallCheck();
    void finish();
    QList<const QObject *> roots() const;
    qint64 budgetBytes() const;
    QJsonObject grpcReport() const;

    SoakOptions m_options;
    Path m_path;
    QElapsedTimer m_wall;
    std::unique_ptr<Clock> m_emulatorClock; // outlives the emulator
    std::unique_ptr<emu::FocusEmulator> m_emulator;
    std::unique_ptr<FocusClient> m_client;
    std::unique_ptr<ClientJobApi> m_api;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<ReadinessController> m_controller;
    std::unique_ptr<WaterfallPanel> m_panel;

    qint64 m_targetRows = 0;
    double m_linesDtS = 0;
    qint64 m_lastRows = 0;
    qint64 m_lastProgressMs = 0;
    // Readings over kWindowReplies replies each; memory is compared by each window's minimum, the
    // memory kept between replies, not the transient peak of a reply being decoded.
    Window m_start, m_half, m_end;
    ProcessReading m_before;
    qint64 m_rssStart = -1, m_rssHalf = -1, m_rssEnd = -1;
    bool m_fullAtHalf = false;
    double m_frameP50First = -1, m_frameP95First = -1, m_frameP50Last = -1, m_frameP95Last = -1;
    qint64 m_framesFirst = 0;
    double m_wallS = 0;
    double m_cpuStartS = 0, m_cpuS = 0; // process CPU (viewer and the built-in emulator, as in the demo)
    bool m_finished = false;
    QString m_jobState;
    QStringList m_failures;
};

} // namespace wf::soak
