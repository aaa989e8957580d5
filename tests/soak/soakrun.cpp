#include "soakrun.h"

#include "base/clock.h"
#include "base/cputime.h"

#include "net/focusclient.h"
#include "focusemulator.h"
#include "grpc/grpcrowsource.h"
#include "net/jobapi.h"
#include "job/readinesscontroller.h"
#include "data/rowstore.h"
#include "scenarios.h"
#include "waterfallpanel.h"
#include "waterfallplot.h"

#include <QApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <limits>

namespace wf::soak {


namespace {

// The emulator's clock in a soak: time `speed` times faster than the wall's (hours of a job in
// minutes); its timers fire as much sooner.
class FastClock final : public Clock
{
  public:
    explicit FastClock(double speed) : m_speed(std::max(speed, 1e-3)) { m_wall.start(); }
    qint64 nowMs() const override { return qint64(double(m_wall.elapsed()) * m_speed); }
    quint64 callAfter(int ms, QObject *context, std::function<void()> f) override
    {
        return m_system.callAfter(int(std::ceil(double(std::max(ms, 0)) / m_speed)), context, std::move(f));
    }
    void cancel(quint64 handle) override { m_system.cancel(handle); }

  private:
    double m_speed;
    QElapsedTimer m_wall;
    SystemClock m_system;
};
constexpr int kWindowReplies = 20;

QJsonValue figure(double v, int decimals = 2)
{
    if (v < 0 || !std::isfinite(v))
        return QJsonValue(); // not measured
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

// A change that may be negative (memory can shrink); null only when it was not measured.
QJsonValue signedFigure(bool measured, double v, int decimals)
{
    if (!measured || !std::isfinite(v))
        return QJsonValue();
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}
} // namespace

void SoakRun::Window::take(const ProcessReading &r)
{
    if (remaining == 0)
        return;
    nextAtRows = std::max(nextAtRows, fromRows) + strideRows;
    if (min.fds < 0) {
        min = r;
    } else {
        min.rssKb = std::min(min.rssKb, r.rssKb);
        min.fds = std::min(min.fds, r.fds);
        min.threads = std::min(min.threads, r.threads);
        min.qobjects = std::min(min.qobjects, r.qobjects);
        min.qtimers = std::min(min.qtimers, r.qtimers);
    }
    --remaining;
}

SoakRun::SoakRun(const SoakOptions &options, Path path, QObject *parent) : QObject(parent), m_options(options), m_path(path) {}

SoakRun::~SoakRun()
{
    // The panel follows the controller, the controller calls the client: tear down in that order.
    m_panel.reset();
    m_controller.reset();
    m_api.reset();
    m_client.reset();
    m_emulator.reset();
}

QList<const QObject *> SoakRun::roots() const
{
    return {QCoreApplication::instance(), m_emulator.get(), m_client.get(), m_controller.get(), m_panel.get(),
            m_controller ? m_controller->streamSource() : nullptr};
}

qint64 SoakRun::budgetBytes() const
{
    return m_path == Path::Grpc ? m_options.grpcBudgetBytes : m_options.budgetBytes;
}

bool SoakRun::start(QString &error)
{
    m_before = ProcessProbe::read({QCoreApplication::instance()});
    emu::EmulatorOptions eo;
    emu::applyScenario(QStringLiteral("normal"), eo);
    // Virtual time runs `speed` times faster: a job must neither expire nor drop rows while we drain it.
    eo.jobExpiryMs = std::numeric_limits<int>::max();
    eo.backlogRows = std::numeric_limits<int>::max();
    const bool grpc = m_path == Path::Grpc;
    if (grpc) {
        // The stream runs on the wall clock at its own pace; each call ends every few minutes of data.
        eo.liveStreamSpeed = m_options.grpcSpeed;
        eo.streamDropEveryFrames = std::max(1, int(std::lround(m_options.reconnectMinutes * 60 / m_options.grpcLinesDtS)));
    }
    m_emulator = std::make_unique<emu::FocusEmulator>(eo);
    m_cpuStartS = processCpuSeconds();
    m_wall.start();
    m_emulatorClock = std::make_unique<FastClock>(m_options.speed);
    m_emulator->setClock(m_emulatorClock.get());
    if (m_emulator->start() == 0) {
        error = QStringLiteral("emulator did not start: %1").arg(m_emulator->startError());
        return false;
    }

    ClientOptions co;
    co.baseUrl = QUrl(m_emulator->baseUrl());
    co.timeoutMs = 60'000; // 100 rows × 2222 channels is ~2 MB a reply; sanitizer builds are slow
    m_client = std::make_unique<FocusClient>(co);
    m_api = std::make_unique<ClientJobApi>(m_client.get());
    m_clock = std::make_unique<SystemClock>();
    m_controller = std::make_unique<ReadinessController>(m_api.get(), m_clock.get());
    if (grpc)
        m_controller->setStreamSourceFactory(GrpcRowSource::factory());

    m_panel = std::make_unique<WaterfallPanel>();
    m_panel->setHistoryBudgetBytes(budgetBytes());
    m_panel->setPlayoutEnabled(m_options.playout);
    m_panel->attach(m_controller.get());
    m_panel->resize(1600, 1000);
    m_panel->show();

    // After attach(): the panel has taken each reply by the time onBlocks() reads the store.
    connect(m_controller.get(), &ReadinessController::rowsReceivedBlocks, this, &SoakRun::onBlocks);
    connect(m_controller.get(), &ReadinessController::finished, this,
            [this](JobState state, Diagnosis) { onJobFinished(state); });
    auto *stall = new QTimer(this);
    connect(stall, &QTimer::timeout, this, &SoakRun::onStallCheck);
    stall->start(5000);

    ConfigureRequest request; // the GUI's demo job: the full 2222-channel width, live
    request.channelMin = 1;
    request.channelMax = m_options.channels;
    request.nfft = 1024;
    request.freqMin = 0;
    request.freqMax = 500;
    request.height = 1000;
    request.timeAxisDurationS = 30;
    if (grpc) {
        // The recorded job's shape: 256 bins (1.95 Hz apart, 0 to 499 Hz) and 0.5 s lines (30 s over 60 lines).
        request.freqMax = 499;
        request.height = int(std::lround(request.timeAxisDurationS / m_options.grpcLinesDtS));
    }
    ReadinessSettings settings;
    settings.rowsFrom = grpc ? RowsFrom::Grpc : RowsFrom::Rest;
    settings.rowCount = m_options.rowCount;
    settings.dataTimeoutMs = 120'000;
    m_controller->start(request, settings);
    return true;
}

void SoakRun::onBlocks()
{
    if (m_finished)
        return;
    const qint64 rows = m_controller->rowsReceived();
    m_lastProgressMs = m_wall.elapsed();
    if (m_targetRows == 0) {
        m_linesDtS = m_controller->configureReply() ? m_controller->configureReply()->linesDt : 0.03;
        m_targetRows = std::max<qint64>(1, std::llround(m_options.minutesEquivalent * 60 / m_linesDtS));
        // A REST reply brings up to rowCount rows: one reading each. A gRPC batch brings a row or a few,
        // and frames in flight (megabytes each) make single readings swing: one reading each 10 rows.
        const bool grpc = m_path == Path::Grpc;
        const qint64 stride = grpc ? 10 : 0;
        const qint64 perReading = grpc ? stride : m_options.rowCount;
        const qint64 warmUp = grpc ? 50 : 5LL * m_options.rowCount;
        m_start = Window{std::max<qint64>(m_targetRows / 10, warmUp), kWindowReplies, stride, 0, {}};
        m_half = Window{m_targetRows / 2, kWindowReplies, stride, 0, {}};
        m_end = Window{std::max<qint64>(0, m_targetRows - qint64(kWindowReplies) * perReading), kWindowReplies, stride, 0, {}};
    }
    const qint64 step = std::max<qint64>(1, m_targetRows / 10);
    if (rows / step != m_lastRows / step)
        QTextStream(stderr) << "soak: " << rows << "/" << m_targetRows << " rows, " << m_wall.elapsed() / 1000
                            << " s, rss " << ProcessProbe::residentKb() / 1024 << " MB, threads " << ProcessProbe::threads()
                            << ", fds " << ProcessProbe::openFds() << "\n";
    m_lastRows = rows;

    if (m_start.due(rows) && !m_start.done()) {
        m_start.take(ProcessProbe::read(roots()));
        if (m_start.done()) {
            m_rssStart = m_start.min.rssKb;
            const WaterfallPlot *plot = m_panel->plot();
            m_frameP50First = plot->frameMsP50();
            m_frameP95First = plot->frameMsP95();
            m_framesFirst = plot->framesDrawn();
        }
    }
    if (m_half.due(rows) && m_start.done() && !m_half.done()) {
        if (m_half.remaining == kWindowReplies)
            m_fullAtHalf = m_panel->store().size() == m_panel->store().capacity();
        m_half.take(ProcessProbe::read(roots()));
        if (m_half.done())
            m_rssHalf = m_half.min.rssKb;
    }
    if (m_end.due(rows) && m_half.done())
        m_end.take(ProcessProbe::read(roots()));
    if (rows >= m_targetRows && m_end.done()) {
        m_rssEnd = m_end.min.rssKb;
        m_frameP50Last = m_panel->plot()->frameMsP50();
        m_frameP95Last = m_panel->plot()->frameMsP95();
        finish();
    }
}

void SoakRun::onJobFinished(JobState state)
{
    if (m_finished)
        return;
    const auto d = m_controller->diagnosis();
    m_failures << QStringLiteral("the job ended after %1 of %2 rows: %3 (%4)")
                      .arg(m_controller->rowsReceived())
                      .arg(m_targetRows)
                      .arg(jobStateName(state), d ? diagnosisName(*d) : QStringLiteral("no diagnosis"));
    finish();
}

void SoakRun::onStallCheck()
{
    if (m_finished || m_wall.elapsed() - m_lastProgressMs < qint64(m_options.stallSeconds) * 1000)
        return;
    m_failures << QStringLiteral("no rows for %1 s (state %2)").arg(m_options.stallSeconds).arg(jobStateName(m_controller->state()));
    finish();
}

void SoakRun::finish()
{
    m_finished = true;
    m_wallS = m_wall.elapsed() / 1000.0;
    m_cpuS = processCpuSeconds() - m_cpuStartS;
    m_jobState = jobStateName(m_controller->state());
    m_controller->stop();

    if (m_rssEnd >= 0) {
        if (!m_fullAtHalf)
            m_failures << QStringLiteral("the history budget was not full at half-time, so growth means nothing: "
                                         "use a smaller --history-mb or a longer run");
        const double growth = 100.0 * double(m_rssEnd - m_rssHalf) / double(std::max<qint64>(1, m_rssHalf));
        if (growth >= m_options.maxGrowthPct)
            m_failures << QStringLiteral("resident memory grew %1 % from half to end (limit %2 %)")
                              .arg(growth, 0, 'f', 2)
                              .arg(m_options.maxGrowthPct);
        const ProcessReading &a = m_start.min, &b = m_end.min;
        if (b.fds > a.fds)
            m_failures << QStringLiteral("open file descriptors %1 → %2").arg(a.fds).arg(b.fds);
        if (b.threads > a.threads)
            m_failures << QStringLiteral("threads %1 → %2").arg(a.threads).arg(b.threads);
        if (b.qtimers > a.qtimers)
            m_failures << QStringLiteral("live QTimers %1 → %2").arg(a.qtimers).arg(b.qtimers);
        if (b.qobjects > a.qobjects)
            m_failures << QStringLiteral("live QObjects %1 → %2").arg(a.qobjects).arg(b.qobjects);
    }
    if (const StreamRowSource *source = m_path == Path::Grpc ? m_controller->streamSource() : nullptr) {
        qint64 dropped = 0;
        for (const StreamStatus &st : source->status())
            dropped += st.framesDropped;
        if (dropped > 0)
            m_failures << QStringLiteral("the viewer dropped %1 frames (its queue was full): the run measured overload, "
                                         "not a long run; use a lower --grpc-speed").arg(dropped);
        if (m_rssEnd >= 0 && source->reconnects() < 1)
            m_failures << QStringLiteral("no stream reconnected: the run did not test reconnects");
    } else if (m_path == Path::Grpc) {
        m_failures << QStringLiteral("no gRPC stream was read");
    }
    // Let the stop reach the server and deleteLater() run before the owner tears everything down.
    QTimer::singleShot(300, this, &SoakRun::finished);
}

QJsonObject SoakRun::report() const
{
    const RowStore &store = m_panel->store();
    const qint64 rows = m_controller ? m_controller->rowsReceived() : 0;
    const bool growthMeasured = m_rssHalf > 0 && m_rssEnd > 0;
    const double growth = growthMeasured ? 100.0 * double(m_rssEnd - m_rssHalf) / double(m_rssHalf) : 0;
    const emu::EmulatorStats &es = m_emulator->stats();
    QJsonObject out{
        {QStringLiteral("passed"), passed()},
        {QStringLiteral("path"), m_path == Path::Grpc ? QStringLiteral("grpc") : QStringLiteral("rest")},
        {QStringLiteral("failures"), QJsonArray::fromStringList(m_failures)},
        {QStringLiteral("minutes_equivalent_target"), m_options.minutesEquivalent},
        {QStringLiteral("minutes_equivalent_streamed"), figure(double(rows) * m_linesDtS / 60.0)},
        {QStringLiteral("channels"), m_options.channels},
        {QStringLiteral("lines_dt_s"), m_linesDtS},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("target_rows"), m_targetRows},
        {QStringLiteral("samples"), double(rows) * m_options.channels},
        {QStringLiteral("wall_s"), figure(m_wallS, 1)},
        {QStringLiteral("rows_per_s"), figure(m_wallS > 0 ? double(rows) / m_wallS : -1, 0)},
        {QStringLiteral("speedup_vs_live"), figure(m_wallS > 0 ? double(rows) * m_linesDtS / m_wallS : -1, 1)},
        {QStringLiteral("cpu_percent_of_core"), figure(m_wallS > 0 ? 100.0 * m_cpuS / m_wallS : -1, 1)},
        {QStringLiteral("cpu_ms_per_row"), figure(rows > 0 ? 1000.0 * m_cpuS / double(rows) : -1, 3)},
        {QStringLiteral("playout"), m_options.playout},
        {QStringLiteral("frames_per_s"), figure(m_wallS > 0 ? double(m_panel->plot()->framesDrawn()) / m_wallS : -1, 1)},
        {QStringLiteral("job_state"), m_jobState},
        {QStringLiteral("history_budget_bytes"), double(budgetBytes())},
        {QStringLiteral("history_capacity_lines"), double(store.capacity())},
        {QStringLiteral("history_lines_held"), double(store.size())},
        {QStringLiteral("history_full_at_half"), m_fullAtHalf},
        {QStringLiteral("rss_kb_before_job"), double(m_before.rssKb)},
        {QStringLiteral("rss_kb_start"), double(m_rssStart)},
        {QStringLiteral("rss_kb_half"), double(m_rssHalf)},
        {QStringLiteral("rss_kb_end"), double(m_rssEnd)},
        {QStringLiteral("rss_growth_half_to_end_pct"), signedFigure(growthMeasured, growth, 3)},
        {QStringLiteral("rss_growth_limit_pct"), m_options.maxGrowthPct},
        {QStringLiteral("fds_before_job"), m_before.fds},
        {QStringLiteral("fds_start"), m_start.min.fds},
        {QStringLiteral("fds_end"), m_end.min.fds},
        {QStringLiteral("threads_before_job"), m_before.threads},
        {QStringLiteral("threads_start"), m_start.min.threads},
        {QStringLiteral("threads_end"), m_end.min.threads},
        {QStringLiteral("qobjects_start"), m_start.min.qobjects},
        {QStringLiteral("qobjects_end"), m_end.min.qobjects},
        {QStringLiteral("qtimers_start"), m_start.min.qtimers},
        {QStringLiteral("qtimers_end"), m_end.min.qtimers},
        {QStringLiteral("frames_drawn"), double(m_panel->plot()->framesDrawn())},
        {QStringLiteral("frames_in_first_part"), double(m_framesFirst)},
        {QStringLiteral("frame_ms_p50_first"), figure(m_frameP50First, 3)},
        {QStringLiteral("frame_ms_p95_first"), figure(m_frameP95First, 3)},
        {QStringLiteral("frame_ms_p50_last"), figure(m_frameP50Last, 3)},
        {QStringLiteral("frame_ms_p95_last"), figure(m_frameP95Last, 3)},
        {QStringLiteral("emulator_rows_served"), double(es.rowsServed)},
        {QStringLiteral("emulator_backlog_dropped_rows"), double(es.backlogDroppedRows)},
        {QStringLiteral("emulator_server_errors"), double(es.serverErrors)},
    };
    if (m_path == Path::Grpc)
        out.insert(QStringLiteral("grpc"), grpcReport());
    return out;
}

QJsonObject SoakRun::grpcReport() const
{
    const StreamRowSource *source = m_controller ? m_controller->streamSource() : nullptr;
    if (!source)
        return {};
    qint64 frames = 0, bytes = 0, dropped = 0, lost = 0, missed = 0, bad = 0, nonFinite = 0;
    for (const StreamStatus &st : source->status()) {
        frames += st.frames;
        bytes += st.bytes;
        dropped += st.framesDropped;
        lost += st.rowsLostAtReconnect;
        missed += st.rowsMissed;
        bad += st.badFrames;
        nonFinite += st.nonFiniteScales;
    }
    const auto *reply = m_controller->configureReply() ? &*m_controller->configureReply() : nullptr;
    return QJsonObject{
        {QStringLiteral("streams"), int(source->status().size())},
        {QStringLiteral("values_per_channel"), reply ? reply->frequenciesAmount : 0},
        {QStringLiteral("speed"), m_options.grpcSpeed},
        {QStringLiteral("reconnect_every_minutes"), m_options.reconnectMinutes},
        {QStringLiteral("reconnects"), source->reconnects()},
        {QStringLiteral("frames"), double(frames)},
        {QStringLiteral("gb"), figure(double(bytes) / 1e9, 2)},
        {QStringLiteral("mb_per_s"), figure(m_wallS > 0 ? double(bytes) / 1e6 / m_wallS : -1, 1)},
        {QStringLiteral("complete_rows"), double(source->completeRows())},
        {QStringLiteral("frames_dropped"), double(dropped)},
        {QStringLiteral("rows_lost_at_reconnect"), double(lost)},
        {QStringLiteral("rows_missed"), double(missed)},
        {QStringLiteral("bad_frames"), double(bad)},
        {QStringLiteral("non_finite_scales"), double(nonFinite)},
    };
}

} // namespace wf::soak
