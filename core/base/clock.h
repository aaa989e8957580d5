#pragma once
// Clock: time and single-shot timers behind an interface, so state machines are tested without
// sleeping. SystemClock is the real one; tests and replays use VirtualClock (virtualclock.h).
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <algorithm>
#include <functional>
#include <optional>

namespace wf {

class Clock
{
  public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0; // monotonic
    // Calls f after ms unless `context` is destroyed first. Returns a handle for cancel().
    virtual quint64 callAfter(int ms, QObject *context, std::function<void()> f) = 0;
    virtual void cancel(quint64 handle) = 0;
};

// SystemClock: the real one. Event time, not read time: while a timer's callback runs, nowMs() is
// the time the timer was due, and holdUntilIdle() keeps the time of one reply's arrival for
// everything that handles that reply. So a recorded session's times are the ones a replay on a
// virtual clock reproduces exactly. Owner: the composition root; GUI thread. Invariant: nowMs()
// never decreases.
class SystemClock final : public Clock
{
  public:
    SystemClock() { m_elapsed.start(); }
    qint64 nowMs() const override
    {
        m_floor = std::max(m_held.value_or(m_elapsed.elapsed()), m_floor);
        return m_floor;
    }
    quint64 callAfter(int ms, QObject *context, std::function<void()> f) override
    {
        auto *timer = new QTimer(context);
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
        const quint64 handle = ++m_next;
        const qint64 due = nowMs() + std::max(ms, 0);
        QObject::connect(timer, &QTimer::timeout, context, [this, timer, handle, due, f = std::move(f)] {
            m_timers.remove(handle);
            timer->deleteLater();
            const std::optional<qint64> before = m_held;
            m_held = std::max(due, m_floor);
            f();
            m_held = before;
        });
        m_timers.insert(handle, timer);
        timer->start(ms);
        return handle;
    }
    void cancel(quint64 handle) override
    {
        if (QPointer<QTimer> t = m_timers.take(handle))
            t->deleteLater();
    }
    // Holds the current time until control returns to the event loop (connect it to a reply signal).
    void holdUntilIdle()
    {
        m_held.reset();
        m_held = nowMs();
        if (m_releasePending)
            return;
        m_releasePending = true;
        QMetaObject::invokeMethod(
            &m_context, [this] {
                m_releasePending = false;
                m_held.reset();
            },
            Qt::QueuedConnection);
    }

  private:
    QElapsedTimer m_elapsed;
    QHash<quint64, QPointer<QTimer>> m_timers;
    quint64 m_next = 0;
    std::optional<qint64> m_held;
    mutable qint64 m_floor = 0;
    bool m_releasePending = false;
    QObject m_context; // the queued release dies with the clock
};

} // namespace wf
