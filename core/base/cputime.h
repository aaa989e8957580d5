#pragma once
// CPU time from the kernel's clocks (POSIX): of this process (every thread), of the calling
// thread, or of any clock id (pthread_getcpuclockid gives one for another thread). Seconds.
#include <time.h>

namespace wf {

inline double cpuSeconds(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}
inline double processCpuSeconds() { return cpuSeconds(CLOCK_PROCESS_CPUTIME_ID); }
inline double threadCpuSeconds() { return cpuSeconds(CLOCK_THREAD_CPUTIME_ID); }

} // namespace wf
