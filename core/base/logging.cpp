#include "base/logging.h"

#include "base/redact.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <cstdio>

namespace wf {

Q_LOGGING_CATEGORY(lcNet, "focus.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcJob, "focus.job", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGrpc, "focus.grpc", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRender, "focus.render", QtWarningMsg)
Q_LOGGING_CATEGORY(lcQuality, "focus.quality", QtWarningMsg)

namespace {

struct LogState {
    QMutex mutex;
    QFile file;
    QString dir;
    QString base;
    qint64 maxBytes = 0;
    int keep = 0;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

LogState &state()
{
    static LogState s;
    return s;
}

QString pathOf(const LogState &s, int index)
{
    return QDir(s.dir).filePath(index == 0 ? s.base + QStringLiteral(".log") : QStringLiteral("%1.%2.log").arg(s.base).arg(index));
}

// With the mutex held: the current file to .1, .1 to .2, ...; the oldest dropped.
void rotate(LogState &s)
{
    s.file.close();
    QFile::remove(pathOf(s, s.keep));
    for (int i = s.keep - 1; i >= 0; --i)
        QFile::rename(pathOf(s, i), pathOf(s, i + 1));
    s.file.setFileName(pathOf(s, 0));
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &unmasked)
{
    // Any line, ours or Qt's, that quotes a URL with a password or a secret key's value.
    const QString message = redactSecrets(unmasked);
    LogState &s = state();
    QtMessageHandler previous = nullptr;
    {
        QMutexLocker lock(&s.mutex);
        previous = s.previous;
        if (s.installed && s.file.isOpen()) {
            const QByteArray line = QStringLiteral("%1 %2 %3: %4\n")
                                        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                             QString::fromLatin1(levelName(type)),
                                             QString::fromLatin1(context.category ? context.category : "default"), message)
                                        .toUtf8();
            if (s.file.size() + line.size() > s.maxBytes)
                rotate(s);
            s.file.write(line);
            s.file.flush();
        }
    }
    // The console keeps its old noise level: our info lines go to the file only.
    const bool ours = context.category && qstrncmp(context.category, "focus.", 6) == 0;
    const bool fileOnly = ours && (type == QtInfoMsg || type == QtDebugMsg);
    if (previous && !fileOnly)
        previous(type, context, message);
}

} // namespace

bool FileLog::install(const QString &dir, const QString &baseName, QString *error, qint64 maxBytes, int keep)
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QStringLiteral("cannot create the log folder %1").arg(dir);
        return false;
    }
    s.dir = dir;
    s.base = baseName;
    s.maxBytes = std::max<qint64>(1024, maxBytes);
    s.keep = std::max(1, keep);
    s.file.close();
    s.file.setFileName(pathOf(s, 0));
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        if (error)
            *error = QStringLiteral("cannot write the log file %1: %2").arg(s.file.fileName(), s.file.errorString());
        s.dir.clear();
        return false;
    }
    if (!s.installed)
        s.previous = qInstallMessageHandler(handler);
    s.installed = true;
    // With a file to hold them, the categories' info lines are on (a rule of QT_LOGGING_RULES about
    // them still wins: Qt applies that variable after these rules).
    QLoggingCategory::setFilterRules(QStringLiteral("focus.*.info=true"));
    return true;
}

void FileLog::uninstall()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.installed)
        return;
    qInstallMessageHandler(s.previous);
    s.previous = nullptr;
    s.installed = false;
    s.file.close();
    s.dir.clear();
}

QString FileLog::directory()
{
    QMutexLocker lock(&state().mutex);
    return state().dir;
}

QString FileLog::currentFile()
{
    QMutexLocker lock(&state().mutex);
    return state().installed ? state().file.fileName() : QString();
}

} // namespace wf
