#pragma once
// The log categories (QLoggingCategory): focus.net (every request and its outcome), focus.job (a
// job's states and verdict), focus.grpc (stream connects, reconnects, ends), focus.render (frames
// over budget, rebuilds), focus.quality (findings). Enable or silence them with QT_LOGGING_RULES
// ("focus.*.info=true"); by default only their warnings are on. FileLog writes them to a rotating
// file and turns their info lines on (to the file only: the console stays as quiet as before).
#include <QLoggingCategory>
#include <QString>

namespace wf {

Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcJob)
Q_DECLARE_LOGGING_CATEGORY(lcGrpc)
Q_DECLARE_LOGGING_CATEGORY(lcRender)
Q_DECLARE_LOGGING_CATEGORY(lcQuality)

// Every Qt message (ours and Qt's own) also goes to `dir`/`baseName`.log, one line each with an
// ISO 8601 time, the level and the category; at `maxBytes` the file becomes baseName.1.log (the
// older ones move up to `keep` files, the oldest is dropped). The previous handler (stderr) still
// gets the message. Thread-safe. install() returns false, with the reason, when the folder cannot
// be written (the program goes on without a file).
class FileLog
{
  public:
    static bool install(const QString &dir, const QString &baseName, QString *error = nullptr,
                        qint64 maxBytes = 5 * 1024 * 1024, int keep = 3);
    static void uninstall();
    static QString directory();   // where the file is, empty when none is installed
    static QString currentFile(); // its path
};

} // namespace wf
