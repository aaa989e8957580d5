#include "waterfallhud.h"

#include "apptext.h"
#include "base/cputime.h"
#include "base/logging.h"
#include "readinesstext.h"
#include "data/waterfallmodel.h"
#include "waterfallplot.h"

#include <QLocale>

namespace wf {

WaterfallHud::WaterfallHud(QWidget *parent) : ElidedLabel(parent)
{
    setObjectName(QStringLiteral("hud"));
    setStyleSheet(QStringLiteral("color: palette(placeholder-text); font-family: monospace;")); // follows a dark palette
    m_cpuS = processCpuSeconds();
    m_cpuWall.start();
}

void WaterfallHud::refresh(const WaterfallModel &model, const WaterfallPlot &plot)
{
    // The process's CPU (every thread) in % of one core: over the last interval of >= 0.4 s, or,
    // before the first one has passed, over the time since the panel was made.
    const double cpuS = processCpuSeconds();
    const qint64 ns = m_cpuWall.nsecsElapsed();
    const double current = ns > 0 ? 100.0 * (cpuS - m_cpuS) / (double(ns) / 1e9) : 0;
    if (ns >= 400'000'000) {
        m_cpuPercent = current;
        m_cpuS = cpuS;
        m_cpuWall.restart();
    }
    const double cpuPercent = m_cpuPercent >= 0 ? m_cpuPercent : current;
    // Slow frames go to the log, at most once in ten seconds.
    if (plot.frameMsP95() > 50 && (!m_slowLogged.isValid() || m_slowLogged.elapsed() > 10'000)) {
        qCWarning(lcRender, "frames are slow: p95 %.1f ms, %.0f fps, %.0f%% CPU", plot.frameMsP95(), plot.framesPerSecond(),
                  cpuPercent);
        m_slowLogged.start();
    }
    const QLocale loc;
    const std::optional<double> latencyMs = model.latencyMs();
    const QString latency = latencyMs ? AppText::milliseconds(*latencyMs) : tr("n/a");
    // Each value is isolated on its own, so a Hebrew sentence keeps every number next to its unit.
    const auto iso = [](const QString &v) { return ltrIsolate(v); };
    // The smoothness first (rate, frames, playout, CPU), then the details: an elided HUD keeps those.
    QStringList parts{tr("%1 rows/s").arg(iso(loc.toString(model.rowsPerSecond(), 'f', 1))),
                      tr("%1 fps").arg(iso(loc.toString(plot.framesPerSecond(), 'f', 0))),
                      plot.playoutActive()
                          ? tr("playout delay %1 s").arg(iso(loc.toString(plot.playoutDelayMs() / 1000, 'f', 1)))
                          : plot.playoutEnabled() ? tr("playout waiting for rows") : tr("playout off")};
    parts << tr("CPU %1 %").arg(iso(loc.toString(cpuPercent, 'f', 0)));
    parts << tr("poll %1").arg(iso(latency)) << tr("frame p95 %1").arg(iso(AppText::milliseconds(plot.frameMsP95())))
          << tr("history %1 MiB").arg(iso(loc.toString(model.store().bytesUsed() / 1048576.0, 'f', 1)));
    setParts(parts, QStringLiteral(" · "));
}

} // namespace wf
