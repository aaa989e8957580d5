#pragma once
// FocusEmulator: a faithful stand-in for the Focus Server on Qt HttpServer, with FastAPI's error
// shapes and the real server's quirks, plus switches for every failure a tester rehearses.
// Owned by its creator (tests, the GUI's built-in demo, focus-sim); lives on the thread that
// created it. Time: one Clock (base/clock.h) for every time it reads and every delay it waits (the
// sweep of expired jobs, --latency, slow replies, a stream port that refuses for a while), so a test
// on a VirtualClock waits no wall-clock seconds; its gRPC server threads pace rows by the real clock,
// as a real server's do. Invariant: /openapi.json lists exactly the routes it serves.
#include "base/clock.h"
#include "dasscene.h"
#include "emulatorjob.h"
#include "emulatoroptions.h"
#include "faults.h"
#include "streamserver.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QTimer>
#include <functional>
#include <memory>

class QHttpServerResponder;

namespace wf::emu {

class FocusEmulator : public QAbstractHttpServer
{
    Q_OBJECT
  public:
    explicit FocusEmulator(EmulatorOptions options = {}, QObject *parent = nullptr);
    ~FocusEmulator() override;

    // Binds 127.0.0.1 unless told otherwise; port 0 picks a free one. Returns the port, 0 on failure.
    quint16 start(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    QString baseUrl() const; // e.g. "http://127.0.0.1:41234" (with basePath)
    QString startError() const { return m_startError; }

    EmulatorOptions &options() { return m_options; }   // switches may change at run time
    const EmulatorStats &stats() const { return m_stats; }
    QByteArray certificatePem() const { return m_certPem; }
    QString certificateFingerprint() const; // SHA-256, "AB:CD:..."
    // A fresh certificate (HTTPS): a server whose pinned certificate changed. When already started,
    // it listens again on the same address and port, so new connections get the new certificate.
    bool regenerateCertificate();
    const FaultInjector &faults() const { return m_faults; }

    // The clock it runs on (not owned; outlives the emulator); default: a SystemClock of its own.
    // Wall time goes on from where it was: the epoch at construction plus the clock's elapsed ms.
    void setClock(Clock *clock);
    Clock *clock() const { return m_clock; }
    qint64 now() const { return m_epochAtMark + (m_clock->nowMs() - m_clockAtMark); } // epoch ms
    void killJob(const QString &id); // the job disappears, as after an analyzer crash
    // The gRPC stream state of a job (counters of what it served), null without one.
    std::shared_ptr<const JobStreamState> streamState(const QString &id) const;
    int jobCount() const { return int(m_jobs.size()); }
    const QHash<QString, EmulatorJob> &jobs() const { return m_jobs; } // BackendEmulator reads them
    QStringList servedRoutes() const; // "GET /ack", ... as listed in /openapi.json
    QList<QPair<qint64, qint64>> recordingsMs() const; // [start, end] epoch ms; end -1: still recording

  signals:
    void logged(const QString &line); // one line per request and per injected event

  protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

  private:
    using Response = EmuResponse;
    Response route(const QHttpServerRequest &request);
    Response onConfigure(const QByteArray &body, const QString &fixedId);
    QByteArray lenientViewType(const QByteArray &body);
    Response onMetadata(const QString &id);
    Response onWaterfall(const QString &id, const QString &rowCount);
    Response onRecordings(const QByteArray &body);
    Response onLiveMetadata() const;
    Response openApi() const;
    QJsonObject liveMetadataJson() const;
    EmulatorJob *findJob(const QString &id);
    void sweep();
    void scheduleSweep();
    void startStream(EmulatorJob &job);
    void openStream(const QString &id, const std::shared_ptr<JobStreamServer> &server);
    void closeStream(const QString &id);
    QString streamHost() const;
    int takePooledPort();
    void endCancelledPlayback(EmulatorJob &job);
    bool injectServerError(const char *what);
    void log(const QString &line);
    void logInjected(const QString &id, const EmulatorStats &before);

    EmulatorOptions m_options;
    EmulatorStats m_stats;
    DasScene m_scene;
    std::unique_ptr<SystemClock> m_ownClock;
    Clock *m_clock = nullptr;
    qint64 m_epochAtMark = 0; // now() == m_epochAtMark when m_clock->nowMs() == m_clockAtMark
    qint64 m_clockAtMark = 0;
    quint64 m_sweepTimer = 0; // the next sweep on m_clock, 0: none
    QHash<QString, EmulatorJob> m_jobs;
    QHash<QString, std::shared_ptr<JobStreamServer>> m_streams;
    QHash<QString, class StreamFront *> m_streamFronts; // --stream-fault no-http2 / cut-mid-message: on the announced port
    QList<int> m_portPool; // reusePorts: stream ports of ended jobs, oldest first
    qint64 m_counter = 0;
    qint64 m_startedMs = 0;
    quint64 m_requestNo = 0;
    quint16 m_port = 0;
    QHostAddress m_address;
    QString m_startError;
    QByteArray m_certPem;
    FaultInjector m_faults{m_options};
};

} // namespace wf::emu
