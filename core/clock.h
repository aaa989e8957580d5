#pragma once
// Clock: time and single-shot timers behind an interface, so state machines are tested without
// sleeping. SystemClock is the real one; tests use a manual clock that they advance.
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

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

class SystemClock final : public Clock
{
  public:
    SystemClock() { m_elapsed.start(); }
    qint64 nowMs() const override { return m_elapsed.elapsed(); }
    quint64 callAfter(int ms, QObject *context, std::function<void()> f) override
    {
        auto *timer = new QTimer(context);
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
        const quint64 handle = ++m_next;
        QObject::connect(timer, &QTimer::timeout, context, [this, timer, handle, f = std::move(f)] {
            m_timers.remove(handle);
            timer->deleteLater();
            f();
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

  private:
    QElapsedTimer m_elapsed;
    QHash<quint64, QPointer<QTimer>> m_timers;
    quint64 m_next = 0;
};

} // namespace wf
