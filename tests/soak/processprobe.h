#pragma once
// ProcessProbe: readings of this process for leak checks: resident memory, threads, open file
// descriptors, and the QObjects / QTimers alive in the object trees the caller names. Linux (/proc) only.
// Stateless; GUI thread (it walks object trees).
#include <QList>
#include <QtGlobal>

class QObject;

namespace wf::soak {

struct ProcessReading {
    qint64 rssKb = -1;  // VmRSS of /proc/self/status
    int fds = -1;       // entries of /proc/self/fd
    int threads = -1;   // Threads of /proc/self/status
    int qobjects = 0;   // the roots and all their descendants
    int qtimers = 0;    // QTimers among them
};

class ProcessProbe
{
  public:
    static qint64 residentKb();
    static int threads();
    // Resident memory after the allocator has returned its free pages (glibc: malloc_trim).
    static qint64 retainedKb();
    static int openFds();
    static ProcessReading read(const QList<const QObject *> &roots);
};

} // namespace wf::soak
