#include "processprobe.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QTimer>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace wf::soak {

namespace {
// The number after `key` ("VmRSS:") in /proc/self/status, -1 when absent.
qint64 statusField(const QByteArray &key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // Read in one go: QFile::readLine on /proc works, but the file is small.
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith(key))
            continue;
        const QList<QByteArray> parts = line.mid(key.size()).simplified().split(' ');
        bool ok = false;
        const qint64 v = parts.value(0).toLongLong(&ok);
        return ok ? v : -1;
    }
    return -1;
}
} // namespace

qint64 ProcessProbe::residentKb()
{
    return statusField("VmRSS:");
}

int ProcessProbe::threads()
{
    return int(statusField("Threads:"));
}

int ProcessProbe::openFds()
{
    // The listing itself opens one descriptor; it is counted identically every time.
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size());
}

qint64 ProcessProbe::retainedKb()
{
#ifdef __GLIBC__
    // glibc keeps freed memory of a reply's transient buffers (megabytes each) resident for reuse, by
    // chance more or less of it at any moment: ±10 % of RSS in a short soak. Handing the free pages
    // back first leaves what the process really holds, where a leak shows.
    malloc_trim(0);
#endif
    return residentKb();
}

ProcessReading ProcessProbe::read(const QList<const QObject *> &roots)
{
    ProcessReading r;
    r.rssKb = retainedKb();
    r.fds = openFds();
    r.threads = threads();
    for (const QObject *root : roots) {
        if (!root)
            continue;
        r.qobjects += 1 + int(root->findChildren<QObject *>().size());
        r.qtimers += int(root->findChildren<QTimer *>().size()) + (qobject_cast<const QTimer *>(root) ? 1 : 0);
    }
    return r;
}

} // namespace wf::soak
