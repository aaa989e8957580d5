#pragma once
// Heartbeat: a 10 ms timer on the test's event loop. If anything blocks the loop (a synchronous
// read, a huge allocation, a UI layout of a megabyte label), the ticks stop and the gap grows.
// freezeLimitMs(): the longest gap a test accepts, 1 s times WF_TEST_TIME_SCALE (default 1; the
// sanitizer suite sets it, since ASan+UBSan make one paint of a window take most of a second).
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <algorithm>

namespace wf::test {

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
    static qint64 freezeLimitMs()
    {
        bool ok = false;
        const double scale = qEnvironmentVariable("WF_TEST_TIME_SCALE").toDouble(&ok);
        return qint64(1000 * (ok ? std::clamp(scale, 1.0, 50.0) : 1.0));
    }
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
