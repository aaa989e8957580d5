#pragma once
// Heartbeat: a 10 ms timer on the test's event loop. If anything blocks the loop (a synchronous
// read, a huge allocation, a UI layout of a megabyte label), the ticks stop and the gap grows.
// freezeLimitMs(): the longest gap a test accepts, 1 s times timeScale() (ASan+UBSan make one paint of
// a window take most of a second).
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <algorithm>

namespace wf::test {

// How much slower than a plain build this run may be: WF_TEST_TIME_SCALE (1 to 50; default 1). The
// sanitizer suite sets 10. For waits on wall time that a slow build stretches, never for verdicts.
inline double timeScale()
{
    bool ok = false;
    const double scale = qEnvironmentVariable("WF_TEST_TIME_SCALE").toDouble(&ok);
    return ok ? std::clamp(scale, 1.0, 50.0) : 1.0;
}

inline int scaledMs(int ms)
{
    return int(ms * timeScale());
}

class Heartbeat : public QObject
{
  public:
    Heartbeat()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_maxGapMs = std::max(m_maxGapMs, now - m_lastMs);
            m_lastMs = now;
            ++m_ticks;
        });
        m_clock.start();
        m_timer.start();
    }
    static qint64 freezeLimitMs() { return qint64(1000 * timeScale()); }
    int ticks() const { return m_ticks; }
    qint64 maxGapMs() const { return m_maxGapMs; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

  private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0, m_maxGapMs = 0;
    int m_ticks = 0;
};

} // namespace wf::test
