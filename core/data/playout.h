#pragma once
// Playout: reveals a job's rows at the pace of their own timestamps, a small adaptive delay behind
// the newest row, so that a view scrolls continuously while rows arrive in bursts (one batch per
// REST poll, a line at a time over gRPC, a replay at its speed factor).
//
// A jitter buffer. The recent arrivals (on the source's clock) with the end of the newest row each
// brought (data time) give the data's rate (data ms per clock ms: 1 live, more for a historic job
// served fast) and its lead over the scaled clock. The reference lead is the largest of them (the
// freshest data); the delay is the largest shortfall seen over them: how far `rate * clock +
// reference lead` had run past the newest row just before each arrival (the gap between polls, the
// jitter of the server), plus a margin. The head, the newest data time shown, moves with the clock
// at the data's rate, steered towards `rate * clock + reference lead - delay`: a little faster when
// behind, slower when ahead, never past the newest row; far off (a clock or timestamp jump) it
// snaps. A replay on a virtual clock plays at its speed factor because its clock does.
//
// Owner: WaterfallModel. Thread: its. Pure logic: times come from the caller.
// Invariants: head() <= newest(); delayMs() within [minDelayMs, maxDelayMs].
#include <QtGlobal>
#include <deque>

namespace wf {

class Playout
{
  public:
    struct Settings {
        qint64 windowMs = 10'000;    // arrivals the delay is estimated from
        double marginFraction = 0.1; // added to the largest shortfall seen...
        double marginMs = 50;        // ...and this
        double minDelayMs = 100;
        double maxDelayMs = 10'000;
        double steerMs = 1'000;      // an error of this much changes the rate by 1x
        double maxRate = 8;          // at most this many data ms per clock ms while catching up
        double snapMs = 15'000;      // an error larger than this is not steered out but jumped
    };

    Playout() = default;
    explicit Playout(const Settings &s) : m_settings(s) {}

    void reset();                                   // a new job: nothing shown, nothing known
    void arrived(qint64 clockMs, double newestEndMs); // a batch whose newest row ends at newestEndMs
    // Moves the head to clock time `clockMs` and returns it (data time, epoch ms).
    double advance(qint64 clockMs);
    void catchUp(); // "back to live": the head jumps to the newest row

    bool started() const { return m_started; }
    double head() const { return m_head; }
    double newest() const { return m_newest; }
    double delayMs() const { return m_delay; } // data time
    double rate() const { return m_rate; }     // data ms per clock ms
    // Times the head reached the newest row while the steering wanted more: a delay that was too
    // short for the arrivals (it grows with them).
    qint64 underruns() const { return m_underruns; }
    const Settings &settings() const { return m_settings; }

  private:
    struct Arrival {
        qint64 atMs;
        double newestMs;   // newest row end known after this arrival
        double beforeMs;   // newest row end known just before it
    };
    void estimateDelay();
    double target(qint64 clockMs) const { return m_rate * double(clockMs) + m_lead - m_delay; }

    Settings m_settings;
    std::deque<Arrival> m_arrivals;
    bool m_started = false;
    bool m_waiting = false; // at the newest row, wanting more
    double m_head = 0, m_newest = 0, m_lead = 0;
    double m_delay = 0;
    double m_rate = 1;
    qint64 m_lastClock = 0;
    qint64 m_underruns = 0;
};

} // namespace wf
