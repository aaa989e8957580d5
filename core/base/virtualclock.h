#pragma once
// VirtualClock: time that moves only when told. Owner: a test or a SessionReplay; one thread.
// advance() runs every timer that falls due, in due order (ties: creation order), each at its
// own due time. Invariants: nowMs() never decreases; a cancelled timer or one whose context died
// never runs.
#include "base/clock.h"

#include <QPointer>
#include <algorithm>
#include <optional>
#include <vector>

namespace wf {

class VirtualClock final : public Clock
{
  public:
    explicit VirtualClock(qint64 startMs = 0) : m_now(startMs) {}

    qint64 nowMs() const override { return m_now; }
    quint64 callAfter(int ms, QObject *context, std::function<void()> f) override
    {
        const quint64 handle = ++m_next;
        m_timers.push_back({m_now + std::max(ms, 0), handle, context, context != nullptr, std::move(f)});
        return handle;
    }
    void cancel(quint64 handle) override
    {
        std::erase_if(m_timers, [handle](const Timer &t) { return t.handle == handle; });
    }

    // When the next timer is due, if any.
    std::optional<qint64> nextDueMs() const
    {
        const auto due = earliest();
        return due == m_timers.end() ? std::nullopt : std::optional<qint64>(due->at);
    }
    // Runs the earliest timer if it is due at or before `limitMs`; false when none is.
    bool runNext(qint64 limitMs)
    {
        auto due = std::min_element(m_timers.begin(), m_timers.end(), before);
        if (due == m_timers.end() || due->at > limitMs)
            return false;
        Timer t = std::move(*due);
        m_timers.erase(due);
        m_now = std::max(m_now, t.at);
        if (!t.hasContext || t.context)
            t.f();
        return true;
    }
    void advanceTo(qint64 atMs)
    {
        while (runNext(atMs)) {
        }
        m_now = std::max(m_now, atMs);
    }
    void advance(qint64 ms) { advanceTo(m_now + std::max<qint64>(ms, 0)); }
    // Moves time without running the timers that fall due: an event loop too busy to run them yet.
    void jumpTo(qint64 atMs) { m_now = std::max(m_now, atMs); }
    int pendingTimers() const { return int(m_timers.size()); }

  private:
    struct Timer {
        qint64 at;
        quint64 handle;
        QPointer<QObject> context;
        bool hasContext;
        std::function<void()> f;
    };
    static bool before(const Timer &a, const Timer &b) { return a.at != b.at ? a.at < b.at : a.handle < b.handle; }
    std::vector<Timer>::const_iterator earliest() const
    {
        return std::min_element(m_timers.begin(), m_timers.end(), before);
    }

    qint64 m_now;
    quint64 m_next = 0;
    std::vector<Timer> m_timers;
};

} // namespace wf
